import { type StockStatusValue, type UseStockStatusProps } from "../stockStatusValue.js";
/**
 * The live status of one product in a React 18/19 component (`useSyncExternalStore` over the
 * headless look-up): `loading`, then the answer, again when `productId`, `variantId`, `quantity`
 * or `context` change and on `StockStatus.refresh()`. On the server it is `loading` (the look-up
 * runs in the browser). A superseded look-up is aborted.
 */
export declare function useStockStatus(props: UseStockStatusProps): StockStatusValue;
