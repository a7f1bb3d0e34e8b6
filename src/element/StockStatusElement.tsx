import { render } from 'preact';
import { computeEta, type Eta } from '../core/computeEta';
import { describeStatus, type StatusContext, type StatusText } from '../core/describeStatus';
import { report } from '../core/report';
import { type Availability, normalizeQuantity, resolveAvailability } from '../core/resolveAvailability';
import { type ProductStock, pickRecord, type StockRecord, type StockState } from '../core/StockRecord';
import { StatusView } from '../ui/StatusView';
import { adoptStyles } from '../ui/styles';
import { getRuntime, onRuntime, type Runtime } from './Runtime';

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

/** Hooks the optional extras bundle plugs into, so the first bundle stays small. */
export interface ElementExtension {
  /** Extra UI under the status in the product context. */
  render?(element: StockStatusElement, resolution: Resolution): preact.ComponentChildren;
  /** Told after every resolution (the add-to-cart button manager listens here). */
  resolved?(element: StockStatusElement, resolution: Resolution): void;
}
export const extensions = new Set<ElementExtension>();

const CONTEXTS: StatusContext[] = ['product', 'card', 'cart'];
const BaseElement = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * `<stock-status product-id variant-id quantity context>`: asks the store, runs the pure core and
 * renders into an open shadow root. Nothing in here may throw into the page: every path is guarded.
 */
export class StockStatusElement extends BaseElement {
  static observedAttributes = ['product-id', 'variant-id', 'quantity', 'context'];
  private controller: AbortController | null = null;
  private unsubscribe: (() => void) | null = null;
  private lastEvent = '';
  private scheduled = false;
  /** The latest resolution, for the extras and for tests. */
  resolution: Resolution | null = null;

  get productId(): string {
    return (this.getAttribute('product-id') ?? '').trim();
  }
  get variantId(): string | null {
    const v = (this.getAttribute('variant-id') ?? '').trim();
    return v === '' ? null : v;
  }
  get quantity(): number {
    return normalizeQuantity(this.getAttribute('quantity'));
  }
  get context(): StatusContext {
    const c = this.getAttribute('context') as StatusContext;
    return CONTEXTS.includes(c) ? c : 'product';
  }

  connectedCallback(): void {
    try {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: 'open' });
        adoptStyles(root, getRuntime()?.config.nonce);
      }
      if (!this.hasAttribute('data-state')) this.setState('loading');
      this.renderView('loading', null);
      this.schedule();
    } catch (e) {
      report('error', `the widget could not start: ${(e as Error).message}`);
    }
  }

  disconnectedCallback(): void {
    this.controller?.abort();
    this.controller = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
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
    if (this.resolution === null || this.resolution.stock?.productId !== productId) this.setState('loading');
    let stock: ProductStock | null = null;
    try {
      stock = await runtime.store.get(productId, controller.signal);
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
      for (const ext of extensions) ext.resolved?.(this, resolution);
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
    const resolution = this.resolution;
    const extras =
      state !== 'loading' && resolution && this.context === 'product' ? [...extensions].map((ext) => ext.render?.(this, resolution)) : null;
    render(
      <StatusView state={state} text={text} context={this.context}>
        {extras}
      </StatusView>,
      this.shadowRoot,
    );
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
