import type { ComponentChildren } from 'preact';
import { type StatusViewModel } from './renderStatus';
export interface StatusViewProps extends StatusViewModel {
    /** Anything more to show below the status. */
    children?: ComponentChildren;
}
/**
 * The status for Preact apps (ES module users): the very view the element renders, through the
 * same `renderStatus`, so both read and sound alike. Style it with the same classes and parts.
 */
export declare function StatusView({ children, ...view }: StatusViewProps): import("preact").JSX.Element;
