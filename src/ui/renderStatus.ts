import type { StatusContext, StatusText } from '../core/describeStatus';
import type { StockState } from '../core/StockRecord';
import type { ExtraPart } from '../extras/Extra';

export interface StatusViewModel {
  state: StockState | 'loading';
  text: StatusText | null;
  context: StatusContext;
  /** Containers to reserve for the extras bundle (product context only). */
  extras?: ExtraPart[];
}

interface Nodes {
  placeholder?: HTMLElement;
  status?: HTMLElement;
  badge?: HTMLElement;
  detail?: HTMLElement;
  limit?: HTMLElement;
  extras: Map<ExtraPart, HTMLElement>;
}
const rendered = new WeakMap<Node, Nodes>();
const EXTRA_ORDER: ExtraPart[] = ['signup', 'alternatives'];

function make(root: Node, tag: string, cls: string, part: string): HTMLElement {
  const e = (root.ownerDocument ?? document).createElement(tag);
  e.className = cls;
  e.setAttribute('part', part);
  return e;
}

function setText(e: HTMLElement, text: string) {
  if (e.textContent !== text) e.textContent = text;
}

/** A span present with `text`, or gone; kept in place between renders. */
function optionalSpan(parent: HTMLElement, current: HTMLElement | undefined, text: string | null, cls: string, part: string) {
  if (!text) {
    current?.remove();
    return undefined;
  }
  const e = current ?? parent.appendChild(make(parent, 'span', cls, part));
  setText(e, text);
  return e;
}

/**
 * The status as the shopper sees it, in plain DOM (the script-tag bundle carries no view library):
 * while loading a placeholder keeps the space (no layout shift); then the status, created together
 * with its first text, so the first state is not announced (it is page content) while later changes
 * are, once each (the region is atomic, and unchanged text is not touched). Cards are not live
 * regions: forty on a listing page would only be noise. The signup and alternatives containers sit
 * outside the region and keep their nodes, so the extras script renders into them undisturbed.
 * Nodes it did not make (a fallback `<style>`) are left alone. All text is set as text.
 */
export function renderStatus(root: ShadowRoot | HTMLElement, { state, text, context, extras = [] }: StatusViewModel): void {
  let n = rendered.get(root);
  if (!n) {
    n = { extras: new Map() };
    rendered.set(root, n);
  }
  const live = state !== 'loading' && text;
  if (!live) {
    n.status?.remove();
    n.status = n.badge = n.detail = n.limit = undefined;
    for (const c of n.extras.values()) c.remove();
    n.extras.clear();
  }
  if (state === 'loading') {
    if (!n.placeholder) {
      n.placeholder = root.appendChild(make(root, 'span', 'placeholder', 'placeholder'));
      n.placeholder.setAttribute('aria-hidden', 'true');
    }
    return;
  }
  n.placeholder?.remove();
  n.placeholder = undefined;
  if (!text) return;

  if (!n.status) {
    n.status = make(root, 'div', 'status', 'status');
    n.badge = n.status.appendChild(make(root, 'span', 'badge', 'badge'));
    setText(n.badge, text.label);
    const first = n.extras.values().next().value;
    root.insertBefore(n.status, first ?? null);
  }
  const status = n.status;
  status.setAttribute('data-state', state);
  // Its own language, so a screen reader speaks "Auf Lager" in German on an English page (WCAG 3.1.2).
  if (status.lang !== text.lang) status.lang = text.lang;
  for (const [name, value] of [
    ['role', 'status'],
    ['aria-live', 'polite'],
    ['aria-atomic', 'true'],
  ]) {
    if (context === 'card') status.removeAttribute(name!);
    else status.setAttribute(name!, value!);
  }
  setText(n.badge!, text.label);
  n.detail = optionalSpan(status, n.detail, context === 'card' ? null : text.detail, 'detail', 'date');
  n.limit = optionalSpan(status, n.limit, context === 'card' ? null : text.limit, 'limit', 'limit');
  // Badge, date, limit in that order however spans came and went, a space between each: the flex
  // layout ignores it, and without that layout (a light-DOM view, a reader's text) the words stay
  // apart. Untouched while the order holds, so an unchanged status is not announced again.
  const spans = [n.badge!, n.detail, n.limit].filter((e) => e !== undefined);
  if (status.childNodes.length !== spans.length * 2 - 1 || spans.some((e, i) => status.childNodes[i * 2] !== e))
    status.replaceChildren(...spans.flatMap((e, i) => (i ? [' ', e] : [e])));

  for (const part of EXTRA_ORDER) {
    const current = n.extras.get(part);
    if (!extras.includes(part)) {
      current?.remove();
      n.extras.delete(part);
    } else if (!current) {
      const c = make(root, 'div', part, part);
      c.setAttribute('data-extra', part);
      c.lang = text.lang;
      const later = EXTRA_ORDER.slice(EXTRA_ORDER.indexOf(part) + 1)
        .map((p) => n.extras.get(p))
        .find(Boolean);
      root.insertBefore(c, later ?? null);
      n.extras.set(part, c);
    }
  }
}
