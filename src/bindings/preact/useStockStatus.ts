import { useEffect, useState } from 'preact/hooks';
import { lookUpStore } from '../../lookup/lookUpStore';
import { askOf, type StockStatusValue, statusValue, type UseStockStatusProps } from '../stockStatusValue';

/**
 * The live status of one product in a Preact component: `loading`, then the answer, again when
 * `productId`, `variantId`, `quantity` or `context` change and on `StockStatus.refresh()`.
 * A superseded look-up is aborted; the runtime is the page's (`configure()`) unless one is given.
 */
export function useStockStatus(props: UseStockStatusProps): StockStatusValue {
  const [store] = useState(() => lookUpStore(props.runtime ?? null, askOf(props)));
  const [snapshot, setSnapshot] = useState(store.getSnapshot);
  useEffect(() => store.subscribe(() => setSnapshot(store.getSnapshot())), [store]);
  const { productId, variantId, quantity, context } = props;
  // Runs after the subscription above: in the same task, so the first look-up is one look-up.
  useEffect(() => store.set({ productId, variantId, quantity, context }), [store, productId, variantId, quantity, context]);
  return statusValue(snapshot, store.refresh);
}
