import type { StatusContext } from '../core/describeStatus';
import { report } from '../core/report';
import type { StockState } from '../core/StockRecord';
import { checkProp } from '../lookup/checkProps';
import { type AskWatch, watchAsk } from '../lookup/lookUpStore';
import type { LookUpAsk, Resolution, StatusSnapshot } from '../lookup/Resolution';
import { getRuntime } from '../Runtime';
import { inSlices } from '../sources/inSlices';
import { renderStatus } from '../ui/renderStatus';
import { adoptStyles } from '../ui/styles';
import { buttonController } from './buttonController';
import { extrasController } from './extrasController';
import { extend } from './registeredExtras';
import type { StatusController } from './StatusController';
import { changeDetail } from './StockStatusChangeEvent';
import { wantedExtras } from './wantedExtras';

export type { StockStatusChangeDetail } from './StockStatusChangeEvent';

const BaseElement = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;
/** Each property and the attribute it reflects (the attribute is the truth). */
const ATTRIBUTES = { productId: 'product-id', variantId: 'variant-id', quantity: 'quantity', context: 'context' } as const;

/**
 * `<stock-status product-id variant-id quantity context>`: a thin element over the headless
 * look-up (`watchAsk`, the core of `lookUpStore`). It renders each answer into an open shadow root, sets `data-state` and
 * dispatches `stock-status:change`; the extras and the add-to-cart button are its controllers.
 * Nothing in here may throw into the page.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface below types the properties the loop defines
export class StockStatusElement extends BaseElement {
  static observedAttributes = Object.values(ATTRIBUTES);
  /** For the extras script, which has no import of ours: `customElements.get('stock-status').extend(…)`. */
  static extend = extend;
  /** The latest answer (null until the first). */
  resolution: Resolution | null = null;
  #watch: AskWatch | null = null;
  #controllers: StatusController[] = [];
  #lastEvent = '';

  connectedCallback(): void {
    const card = this.getAttribute('context') === 'card';
    this.#guard(() => {
      if (!this.hasAttribute('data-state')) this.#setState('loading');
      // A card the page brought is an empty inline element, 0 px, until its slice draws it; 500
      // of them upgrade in one task, so theirs wait. A card badge an integration inserts takes its
      // stylesheet at once (it is what takes the badge out of the card's flow), and a product or
      // cart status asks and renders now, holding its height from the first frame.
      if (card && !this.hasAttribute('data-mounted'))
        inSlices(() => this.isConnected && this.#guard(() => this.#wake(card)), 'user-blocking');
      else {
        this.#root();
        this.#wake(card);
      }
    });
  }

  /** Asks for the stock, then draws (a card in a slice: the store's request waits for the asking, so it still costs one batch). */
  #wake(card: boolean): void {
    this.#watch ??= watchAsk(
      null,
      () => this,
      (s) => this.#show(s),
    );
    if (card) inSlices(() => this.isConnected && this.#guard(() => this.#start()));
    else this.#start();
  }

  #guard(run: () => void): void {
    try {
      run();
    } catch (e) {
      report('error', `the widget could not start: ${(e as Error).message}`);
    }
  }

  #root(): ShadowRoot {
    if (this.shadowRoot) return this.shadowRoot;
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, getRuntime()?.config.nonce);
    return root;
  }

  #start(): void {
    const root = this.#root();
    if (!this.#controllers.length) {
      const rerender = () => this.resolution && this.#render(this.resolution.availability.state);
      this.#controllers = [extrasController(root, rerender), buttonController(this)];
    }
    for (const c of this.#controllers) c.connect();
    this.#render(this.resolution ? this.resolution.availability.state : 'loading');
  }

  disconnectedCallback(): void {
    this.#watch?.stop();
    this.#watch = null;
    for (const c of this.#controllers) c.disconnect();
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (old !== value) this.#watch?.refresh();
  }

  /** Look up again (after `StockStatus.refresh()`, answered from the cache while it is fresh). */
  refresh(): void {
    this.#watch?.refresh();
  }

  #setState(state: StockState | 'loading') {
    if (this.getAttribute('data-state') !== state) this.setAttribute('data-state', state);
  }

  /** Loading keeps the last answer on screen (no jump); an answer is rendered and announced. */
  #show({ state, resolution }: StatusSnapshot) {
    try {
      this.#setState(state);
      if (state === 'loading') return;
      this.resolution = resolution;
      this.#render(state);
      if (resolution) this.#announce(resolution);
    } catch (e) {
      report('error', `could not show availability: ${(e as Error).message}`);
    }
  }

  #render(state: StockState | 'loading') {
    const r = state === 'loading' ? null : this.resolution;
    if (!this.shadowRoot) return;
    renderStatus(this.shadowRoot, { state, text: r?.text ?? null, context: r?.context ?? this.context, extras: wantedExtras(r) });
    if (r) for (const c of this.#controllers) c.update(r);
  }

  /** One event per change of what the shopper is told (state, date, units shipping now). */
  #announce(r: Resolution) {
    const d = changeDetail(r);
    const key = JSON.stringify([d.productId, d.variantId, d.state, d.available, d.eta, d.etaKind]);
    if (key === this.#lastEvent) return;
    this.#lastEvent = key;
    this.dispatchEvent(new CustomEvent('stock-status:change', { detail: d, bubbles: true, composed: true }));
  }
}

// The properties, read through the look-up's own checks (a bad attribute is named as written and
// read as its default) and reflected: `el.variantId = 42` sets `variant-id="42"`, null removes it.
for (const [key, name] of Object.entries(ATTRIBUTES) as [keyof LookUpAsk, string][]) {
  Object.defineProperty(StockStatusElement.prototype, key, {
    get(this: Element) {
      const v = checkProp(key, this.getAttribute(name), (raw) => `<stock-status ${name}="${raw}">`);
      return key === 'quantity' ? Number(v) : key === 'productId' ? (v ?? '') : v;
    },
    set(this: Element, v: unknown) {
      if (v === null || v === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(v));
    },
  });
}

// Typed accessors for the properties defined above (the class has no field of its own to clash with).
export interface StockStatusElement {
  get productId(): string;
  set productId(v: string | number | null);
  get variantId(): string | null;
  set variantId(v: string | number | null);
  get quantity(): number;
  set quantity(v: number | string | null);
  get context(): StatusContext;
  set context(v: StatusContext | null);
}

declare global {
  interface HTMLElementTagNameMap {
    'stock-status': StockStatusElement;
  }
}
