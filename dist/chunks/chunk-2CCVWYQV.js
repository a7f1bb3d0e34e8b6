import {
  adoptSheet,
  css
} from "./chunk-PJLWCUOJ.js";

// src/bindings/stockStatusCss.ts
var stockStatusCss = css.replace(/(?<=^|[{}])([^{}]+)\{/g, (_, prelude) => {
  if (prelude.trim().startsWith("@")) return `${prelude}{`;
  const scoped = prelude.split(",").map((selector) => {
    const s = selector.trim();
    const host = /^:host(?:\((.*?)\))?(.*)$/.exec(s);
    if (!host) return `.stock-status ${s}`;
    return `.stock-status${(host[1] ?? "").replace(/\[context=/g, "[data-context=")}${host[2]}`;
  });
  return `${scoped.join(",")}{`;
});
var adoptStockStatusCss = (root, nonce) => adoptSheet(root, stockStatusCss, "data-stock-status", nonce);

// src/bindings/stockStatusValue.ts
var statusValue = ({ state, resolution }, refresh) => ({
  state,
  resolution,
  text: state === "loading" ? null : resolution?.text ?? null,
  refresh
});
var askOf = ({ productId, variantId, quantity, context }) => ({
  productId,
  variantId,
  quantity,
  context
});
var contextOf = (props, r) => r?.context ?? (props.context === "card" || props.context === "cart" ? props.context : "product");

export {
  stockStatusCss,
  adoptStockStatusCss,
  statusValue,
  askOf,
  contextOf
};
//# sourceMappingURL=chunk-2CCVWYQV.js.map
