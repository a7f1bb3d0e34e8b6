import {
  css
} from "./chunk-JDWBXSHJ.js";

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
var sheet = null;
function adoptStockStatusCss(root, nonce) {
  try {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(stockStatusCss);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
  }
  const parent = root instanceof Document ? root.head : root;
  if (parent.querySelector("style[data-stock-status]")) return;
  const style = (root instanceof Document ? root : root.ownerDocument).createElement("style");
  style.setAttribute("data-stock-status", "");
  if (nonce) style.nonce = nonce;
  style.textContent = stockStatusCss;
  parent.appendChild(style);
}

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
//# sourceMappingURL=chunk-4AM4UUO6.js.map
