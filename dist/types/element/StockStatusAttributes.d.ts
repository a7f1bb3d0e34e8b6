import type { StatusContext } from "../core/describeStatus.js";
import type { StockStatusElement } from "./StockStatusElement.js";
/** The attributes of `<stock-status>` in TSX (Preact here; React's in `stock-status/react`). */
export interface StockStatusAttributes {
    'product-id'?: string | number;
    'variant-id'?: string | number;
    quantity?: string | number;
    context?: StatusContext;
}
declare module 'preact' {
    namespace JSX {
        interface IntrinsicElements {
            'stock-status': JSX.HTMLAttributes<StockStatusElement> & StockStatusAttributes;
        }
    }
}
