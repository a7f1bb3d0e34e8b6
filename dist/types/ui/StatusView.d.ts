import type { ComponentChildren } from 'preact';
import type { StatusContext, StatusText } from '../core/describeStatus';
import type { StockState } from '../core/StockRecord';
export interface StatusViewProps {
    state: StockState | 'loading';
    text: StatusText | null;
    context: StatusContext;
    /** Product context extras (signup, alternatives) rendered below the status. */
    children?: ComponentChildren;
}
/**
 * The status as the shopper sees it. While loading, a placeholder keeps the space (no layout
 * shift). The live region is created together with its first text, so the first state is not
 * announced (it is page content); later changes are, once each, since the region is atomic.
 */
export declare function StatusView({ state, text, context, children }: StatusViewProps): import("preact").JSX.Element | null;
