import { adoptSheet } from '../adoptSheet';
import type { Config } from '../config/Config';

/** Marks a theme's stock text that ours stands in for; the rule wins over themes' inline `display`. */
const MARK = 'data-stock-status-replaced';
const RULE = `[${MARK}]{display:none!important}`;
const following = new WeakMap<Element, () => Element[]>();

/** Hidden while ours speaks; given back when ours is `unknown` or gone. */
function mark(element: Element, themeText: () => Element[]) {
  const give = element.getAttribute('data-state') === 'unknown' || !element.isConnected;
  for (const node of themeText()) {
    if (give) node.removeAttribute(MARK);
    else node.setAttribute(MARK, '');
  }
}

/**
 * One availability message per product: while `element` has something to say, the theme's own
 * stock text (found afresh each time by `themeText`, since themes re-render it) is hidden; when
 * ours is `unknown` (no data, or a look-up that failed with no fallback) it is given back.
 * `themeStock: 'keep'` leaves the theme's text alone. Idempotent per element.
 */
export function yieldThemeStock(element: Element, themeText: () => Element[], config: Config): void {
  if (config.themeStock === 'keep' || following.has(element)) return;
  following.set(element, themeText);
  adoptSheet(element.ownerDocument, RULE, 'data-stock-status-rule', config.nonce);
  // Our element holds its place while loading, so the theme's text goes at once (no double message).
  mark(element, themeText);
  new MutationObserver(() => mark(element, themeText)).observe(element, { attributes: true, attributeFilter: ['data-state'] });
}

/** Hides again what a theme re-rendered for an element already followed; a no-op otherwise. */
export function reapplyThemeStock(element: Element): void {
  const themeText = following.get(element);
  if (themeText) mark(element, themeText);
}
