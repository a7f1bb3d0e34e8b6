import type { ComponentChildren } from "preact";
import { type StatusViewModel } from "./renderStatus.js";
export interface StatusViewProps extends StatusViewModel {
    /** Anything more to show below the status. */
    children?: ComponentChildren;
}
/**
 * The status in a Preact tree (outside any shadow root): the very view the element renders,
 * through the same `renderStatus`, so both read and sound alike. The wrapper carries `data-state`
 * and `data-context`, which the light-DOM stylesheet (`stockStatusCss`) keys on as the element's does on its host.
 */
export declare function StatusView({ children, ...view }: StatusViewProps): import("preact").JSX.Element;
