import { useEffect, useState, useSyncExternalStore } from 'react';
import { LOADING, lookUpStore } from '../../lookup/lookUpStore';
import { askOf, type StockStatusValue, statusValue, type UseStockStatusProps } from '../stockStatusValue';

const serverSnapshot = () => LOADING;

/**
 * The live status of one product in a React 18/19 component (`useSyncExternalStore` over the
 * headless look-up): `loading`, then the answer, again when `productId`, `variantId`, `quantity`
 * or `context` change and on `StockStatus.refresh()`. On the server it is `loading` (the look-up
 * runs in the browser). A superseded look-up is aborted.
 */
export function useStockStatus(props: UseStockStatusProps): StockStatusValue {
  const [store] = useState(() => lookUpStore(props.runtime ?? null, askOf(props)));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
  const { productId, variantId, quantity, context } = props;
  useEffect(() => store.set({ productId, variantId, quantity, context }), [store, productId, variantId, quantity, context]);
  return statusValue(snapshot, store.refresh);
}
