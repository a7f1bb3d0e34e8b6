// src/ui/renderStatus.ts
var rendered = /* @__PURE__ */ new WeakMap();
var EXTRA_ORDER = ["signup", "alternatives"];
function make(root, tag, cls, part) {
  const e = (root.ownerDocument ?? document).createElement(tag);
  e.className = cls;
  e.setAttribute("part", part);
  return e;
}
function setText(e, text) {
  if (e.textContent !== text) e.textContent = text;
}
function optionalSpan(parent, current, text, cls, part) {
  if (!text) {
    current?.remove();
    return void 0;
  }
  const e = current ?? parent.appendChild(make(parent, "span", cls, part));
  setText(e, text);
  return e;
}
function renderStatus(root, { state, text, context, extras = [] }) {
  let n = rendered.get(root);
  if (!n) {
    n = { extras: /* @__PURE__ */ new Map() };
    rendered.set(root, n);
  }
  const live = state !== "loading" && text;
  if (!live) {
    n.status?.remove();
    n.status = n.badge = n.detail = n.limit = void 0;
    for (const c of n.extras.values()) c.remove();
    n.extras.clear();
  }
  if (state === "loading") {
    if (!n.placeholder) {
      n.placeholder = root.appendChild(make(root, "span", "placeholder", "placeholder"));
      n.placeholder.setAttribute("aria-hidden", "true");
    }
    return;
  }
  n.placeholder?.remove();
  n.placeholder = void 0;
  if (!text) return;
  if (!n.status) {
    n.status = make(root, "div", "status", "status");
    n.badge = n.status.appendChild(make(root, "span", "badge", "badge"));
    setText(n.badge, text.label);
    const first = n.extras.values().next().value;
    root.insertBefore(n.status, first ?? null);
  }
  const status = n.status;
  status.setAttribute("data-state", state);
  if (status.lang !== text.lang) status.lang = text.lang;
  for (const [name, value] of [
    ["role", "status"],
    ["aria-live", "polite"],
    ["aria-atomic", "true"]
  ]) {
    if (context === "card") status.removeAttribute(name);
    else status.setAttribute(name, value);
  }
  setText(n.badge, text.label);
  n.detail = optionalSpan(status, n.detail, context === "card" ? null : text.detail, "detail", "date");
  n.limit = optionalSpan(status, n.limit, context === "card" ? null : text.limit, "limit", "limit");
  const spans = [n.badge, n.detail, n.limit].filter((e) => e !== void 0);
  if (status.childNodes.length !== spans.length * 2 - 1 || spans.some((e, i) => status.childNodes[i * 2] !== e))
    status.replaceChildren(...spans.flatMap((e, i) => i ? [" ", e] : [e]));
  for (const part of EXTRA_ORDER) {
    const current = n.extras.get(part);
    if (!extras.includes(part)) {
      current?.remove();
      n.extras.delete(part);
    } else if (!current) {
      const c = make(root, "div", part, part);
      c.setAttribute("data-extra", part);
      c.lang = text.lang;
      const later = EXTRA_ORDER.slice(EXTRA_ORDER.indexOf(part) + 1).map((p) => n.extras.get(p)).find(Boolean);
      root.insertBefore(c, later ?? null);
      n.extras.set(part, c);
    }
  }
}

export {
  renderStatus
};
//# sourceMappingURL=chunk-TBASGTVR.js.map
