import type { Eta } from "../core/computeEta.js";
import type { StatusContext, StatusText } from "../core/describeStatus.js";
import type { Availability } from "../core/resolveAvailability.js";
import type { ProductStock, StockRecord, StockState } from "../core/StockRecord.js";
import type { Runtime } from "../Runtime.js";
/**
 * What to look up, as a developer gives it (hook props, element properties). Ids may be numbers;
 * every value is checked like an attribute, and a bad one is named in one warning and read as its default.
 */
export interface LookUpProps {
    /** The platform's own product id (Shopify: numeric or GID); may be left out with `jsonld`. */
    productId?: string | number | null;
    variantId?: string | number | null;
    /** Wanted units, at least 1 (the default). */
    quantity?: number | string | null;
    /** `product` (default), `card` or `cart`: how much is said. */
    context?: StatusContext | null;
}
/** The same, checked: what a resolution answers. */
export interface LookUpAsk {
    productId: string;
    variantId: string | null;
    quantity: number;
    context: StatusContext;
}
/**
 * One answer of the headless look-up: what was asked, the product's stock as the source returned
 * it, the picked record, the availability (state and counts), the date and the shopper's words
 * (null when there is nothing to say, as with `unknown`).
 */
export interface Resolution extends LookUpAsk {
    stock: ProductStock | null;
    record: StockRecord | null;
    availability: Availability;
    eta: Eta;
    text: StatusText | null;
    runtime: Runtime;
}
/**
 * A subscribable look-up's state. `loading` until the first answer, and again while another
 * product is looked up; `resolution` is the latest answer (kept while loading, so a view need not jump).
 */
export interface StatusSnapshot {
    state: StockState | 'loading';
    resolution: Resolution | null;
}
