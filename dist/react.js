import {
  adoptStockStatusCss,
  askOf,
  statusValue,
  stockStatusCss
} from "./chunks/chunk-2CCVWYQV.js";
import {
  LOADING,
  lookUpStore
} from "./chunks/chunk-PJLWCUOJ.js";

// src/bindings/react/useStockStatus.ts
import { useEffect, useState, useSyncExternalStore } from "react";
var serverSnapshot = () => LOADING;
function useStockStatus(props) {
  const [store] = useState(() => lookUpStore(props.runtime ?? null, askOf(props)));
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
  const { productId, variantId, quantity, context } = props;
  useEffect(() => store.set({ productId, variantId, quantity, context }), [store, productId, variantId, quantity, context]);
  return statusValue(snapshot, store.refresh);
}
export {
  adoptStockStatusCss,
  stockStatusCss,
  useStockStatus
};
//# sourceMappingURL=react.js.map
