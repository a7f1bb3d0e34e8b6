import {
  renderStatus
} from "./chunks/chunk-TBASGTVR.js";
import {
  adoptStockStatusCss,
  askOf,
  contextOf,
  statusValue,
  stockStatusCss
} from "./chunks/chunk-2CCVWYQV.js";
import {
  getRuntime,
  lookUpStore
} from "./chunks/chunk-PJLWCUOJ.js";

// src/ui/StatusView.tsx
import { useLayoutEffect, useRef } from "preact/hooks";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
function StatusView({ children, ...view }) {
  const ref = useRef(null);
  useLayoutEffect(() => {
    if (ref.current) renderStatus(ref.current, view);
  });
  return /* @__PURE__ */ jsxs(Fragment, { children: [
    /* @__PURE__ */ jsx("div", { class: "stock-status", "data-state": view.state, "data-context": view.context, ref }),
    children
  ] });
}

// src/bindings/preact/StockStatus.tsx
import { useLayoutEffect as useLayoutEffect2 } from "preact/hooks";

// src/bindings/preact/useStockStatus.ts
import { useEffect, useState } from "preact/hooks";
function useStockStatus(props) {
  const [store] = useState(() => lookUpStore(props.runtime ?? null, askOf(props)));
  const [snapshot, setSnapshot] = useState(store.getSnapshot);
  useEffect(() => store.subscribe(() => setSnapshot(store.getSnapshot())), [store]);
  const { productId, variantId, quantity, context } = props;
  useEffect(() => store.set({ productId, variantId, quantity, context }), [store, productId, variantId, quantity, context]);
  return statusValue(snapshot, store.refresh);
}

// src/bindings/preact/StockStatus.tsx
import { jsx as jsx2 } from "preact/jsx-runtime";
function StockStatus({ styles = true, children, ...props }) {
  const { state, resolution } = useStockStatus(props);
  const runtime = props.runtime ?? getRuntime();
  useLayoutEffect2(() => {
    if (styles && typeof document !== "undefined") adoptStockStatusCss(document, runtime?.config.nonce);
  }, [styles, runtime]);
  const shown = resolution ? resolution.availability.state : state;
  return /* @__PURE__ */ jsx2(StatusView, { state: shown, text: resolution?.text ?? null, context: contextOf(props, resolution), children });
}
export {
  StatusView,
  StockStatus,
  adoptStockStatusCss,
  stockStatusCss,
  useStockStatus
};
//# sourceMappingURL=preact.js.map
