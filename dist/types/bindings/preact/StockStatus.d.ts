import type { ComponentChildren } from "preact";
import { type UseStockStatusProps } from "../stockStatusValue.js";
export interface StockStatusProps extends UseStockStatusProps {
    /** Add `stockStatusCss` to the document (default true); false when you style it yourself or render in a shadow root. */
    styles?: boolean;
    children?: ComponentChildren;
}
/**
 * `<StockStatus productId="77" />`: the element's view and look in a Preact tree (light DOM): the
 * same placeholder, polite live region and parts, keyed on `data-state` and `data-context`. Like
 * the element, it keeps the last answer on screen while another product loads, so nothing jumps.
 */
export declare function StockStatus({ styles, children, ...props }: StockStatusProps): import("preact").JSX.Element;
