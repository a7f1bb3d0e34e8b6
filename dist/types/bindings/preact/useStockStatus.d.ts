import { type StockStatusValue, type UseStockStatusProps } from "../stockStatusValue.js";
/**
 * The live status of one product in a Preact component: `loading`, then the answer, again when
 * `productId`, `variantId`, `quantity` or `context` change and on `StockStatus.refresh()`.
 * A superseded look-up is aborted; the runtime is the page's (`configure()`) unless one is given.
 */
export declare function useStockStatus(props: UseStockStatusProps): StockStatusValue;
