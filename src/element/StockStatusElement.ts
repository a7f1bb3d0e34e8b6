import { computeEta, type Eta } from '../core/computeEta';
import { describeStatus, type StatusContext, type StatusText } from '../core/describeStatus';
import { report } from '../core/report';
import { type Availability, resolveAvailability } from '../core/resolveAvailability';
import { type ProductStock, pickRecord, type StockRecord, type StockState } from '../core/StockRecord';
import { renderStatus } from '../ui/renderStatus';
import { adoptStyles } from '../ui/styles';
import { type ExtensionHandle, type ExtraPart, extend, extensions, onExtend } from './extensions';
import { loadExtras } from './loadExtras';
import { findCartButton, manageButton } from './manageButton';
import { getRuntime, onRuntime, type Runtime } from './Runtime';
import { readContext, readProductId, readQuantity, readVariantId } from './readAttributes';
import { wantedExtras } from './wantedExtras';

/** The `detail` of `stock-status:change`, exactly as DESIGN.md promises it. */
export interface StockStatusChangeDetail {
  productId: string;
  variantId: string | null;
  quantity: number;
  state: StockState;
  available: number | null;
  eta: string | null;
  etaKind: 'confirmed' | 'estimated' | null;
  platform: string;
}

/** What one element knows after a look-up; the extras (signup, alternatives, button) read it. */
export interface Resolution {
  stock: ProductStock | null;
  record: StockRecord | null;
  availability: Availability;
  eta: Eta;
  text: StatusText | null;
  runtime: Runtime;
}

export { type ElementExtension, type ExtensionHandle, type ExtraPart, extend, extensions } from './extensions';

const BaseElement = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * `<stock-status product-id variant-id quantity context>`: asks the store, runs the pure core and
 * renders into an open shadow root. Nothing in here may throw into the page: every path is guarded.
 */
export class StockStatusElement extends BaseElement {
  static observedAttributes = ['product-id', 'variant-id', 'quantity', 'context'];
  /** For the extras script, which has no import of ours: `customElements.get('stock-status').extend(…)`. */
  static extend = extend;
  /** Every connected element, wherever it is (shadow roots included), for `StockStatus.refresh()`. */
  static connected = new Set<StockStatusElement>();
  private controller: AbortController | null = null;
  private unsubscribe: (() => void) | null = null;
  private unextend: (() => void) | null = null;
  /** Extras mounted in this element's containers, by part. */
  private mounted = new Map<ExtraPart, { container: HTMLElement; handle: ExtensionHandle }>();
  private button: HTMLElement | null = null;
  private lastEvent = '';
  private scheduled = false;
  /** The latest resolution, for the extras and for tests. */
  resolution: Resolution | null = null;

  get productId(): string {
    return readProductId(this);
  }
  get variantId(): string | null {
    return readVariantId(this);
  }
  get quantity(): number {
    return readQuantity(this);
  }
  get context(): StatusContext {
    return readContext(this);
  }

  connectedCallback(): void {
    StockStatusElement.connected.add(this);
    try {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: 'open' });
        adoptStyles(root, getRuntime()?.config.nonce);
      }
      if (!this.hasAttribute('data-state')) this.setState('loading');
      this.renderView('loading', null);
      this.unextend ??= onExtend(() => this.resolution && this.renderView(this.resolution.availability.state, this.resolution.text));
      this.schedule();
    } catch (e) {
      report('error', `the widget could not start: ${(e as Error).message}`);
    }
  }

  disconnectedCallback(): void {
    StockStatusElement.connected.delete(this);
    this.controller?.abort();
    this.controller = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.unextend?.();
    this.unextend = null;
    for (const { handle } of this.mounted.values()) handle.destroy();
    this.mounted.clear();
    if (this.button) manageButton(this.button, null, null);
    this.button = null;
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (old !== value && this.isConnected) this.schedule();
  }

  /** Look up again (after StockStatus.refresh(), or a changed attribute). */
  refresh(): void {
    this.schedule();
  }

  /** Several attribute changes in one task cost one look-up. */
  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) void this.update();
    });
  }

  private async update(): Promise<void> {
    const runtime = getRuntime();
    if (!runtime) {
      this.unsubscribe ??= onRuntime(() => this.schedule());
      return;
    }
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const productId = this.productId;
    if (productId === '' && runtime.source.platform !== 'jsonld') {
      report('warn', `<stock-status> needs a product-id with data-platform="${runtime.source.platform}".`);
      this.apply(runtime, null, controller);
      return;
    }
    // Loading only for another product: a variant or quantity change answers from the same data
    // (ids compared in the platform's canonical form: a Shopify GID and its number are one product).
    const shown = this.resolution?.stock?.productId;
    if (shown === undefined || runtime.store.key(shown) !== runtime.store.key(productId)) this.setState('loading');
    let stock: ProductStock | null = null;
    try {
      // The picked variant's own stock, however many variants the product has.
      stock = await runtime.store.withVariant(productId, this.variantId, controller.signal);
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') return; // superseded: a newer look-up will answer
      report('warn', `stock look-up failed: ${(e as Error)?.message ?? e}`);
    }
    if (controller.signal.aborted) return;
    this.apply(runtime, stock, controller);
  }

  private apply(runtime: Runtime, stock: ProductStock | null, controller: AbortController) {
    try {
      const record = pickRecord(stock, this.variantId);
      const availability = resolveAvailability(record, this.quantity);
      const today = runtime.today();
      const eta = computeEta(availability, record, runtime.config, today);
      const text = describeStatus(availability, eta, {
        locale: runtime.locale,
        context: this.context,
        today,
        overrides: runtime.config.messages,
        storeText: record?.storeText,
      });
      const resolution: Resolution = { stock, record, availability, eta, text, runtime };
      this.resolution = resolution;
      this.setState(availability.state);
      this.renderView(availability.state, text);
      this.manageButton(runtime, availability.state);
      this.announce(runtime, resolution);
    } catch (e) {
      report('error', `could not show availability: ${(e as Error).message}`);
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  private setState(state: StockState | 'loading') {
    if (this.getAttribute('data-state') !== state) this.setAttribute('data-state', state);
  }

  private renderView(state: StockState | 'loading', text: StatusText | null) {
    if (!this.shadowRoot) return;
    const resolution = state === 'loading' ? null : this.resolution;
    const runtime = resolution?.runtime ?? getRuntime();
    const parts = runtime && text ? wantedExtras(this.context, runtime.config, resolution) : [];
    renderStatus(this.shadowRoot, { state, text, context: this.context, extras: parts });
    if (resolution) this.mountExtras(parts, resolution);
  }

  /** Hands each reserved container to its extension; fetches the extras script the first time one is missing. */
  private mountExtras(parts: ExtraPart[], resolution: Resolution) {
    for (const [part, m] of this.mounted) {
      if (!parts.includes(part) || !m.container.isConnected) {
        m.handle.destroy();
        this.mounted.delete(part);
      }
    }
    let missing = false;
    for (const part of parts) {
      const container = this.shadowRoot?.querySelector<HTMLElement>(`[data-extra="${part}"]`);
      const ext = [...extensions].find((e) => e.part === part);
      if (!container) continue;
      if (!ext) {
        missing = true;
        continue;
      }
      const m = this.mounted.get(part);
      try {
        if (m && m.container === container) m.handle.update(resolution);
        else this.mounted.set(part, { container, handle: ext.mount(container, this, resolution) });
      } catch (e) {
        report('error', `the ${part} could not be shown: ${(e as Error).message}`);
      }
    }
    // After the badge is on screen: the extras never delay it.
    if (missing) setTimeout(() => loadExtras(resolution.runtime.config.nonce), 0);
  }

  /** `data-button="manage"`: the product context relabels the theme's add-to-cart button. */
  private manageButton(runtime: Runtime, state: StockState) {
    if (runtime.config.button !== 'manage' || this.context !== 'product') return;
    try {
      if (!this.button?.isConnected) this.button = findCartButton(this);
      if (this.button) manageButton(this.button, state === 'unknown' ? null : state, runtime);
    } catch (e) {
      report('warn', `could not update the add-to-cart button: ${(e as Error).message}`);
    }
  }

  /** One event per change of what the shopper is told (state, date, units shipping now). */
  private announce(runtime: Runtime, r: Resolution) {
    const detail: StockStatusChangeDetail = {
      productId: this.productId,
      variantId: this.variantId,
      quantity: this.quantity,
      state: r.availability.state,
      available: r.availability.shipNow,
      eta: r.eta.eta,
      etaKind: r.eta.etaKind,
      platform: runtime.source.platform,
    };
    const key = JSON.stringify([detail.productId, detail.variantId, detail.state, detail.available, detail.eta, detail.etaKind]);
    if (key === this.lastEvent) return;
    this.lastEvent = key;
    this.dispatchEvent(new CustomEvent('stock-status:change', { detail, bubbles: true, composed: true }));
  }
}
