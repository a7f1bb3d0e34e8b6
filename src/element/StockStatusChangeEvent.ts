import type { StockState } from '../core/StockRecord';
import type { Resolution } from '../lookup/Resolution';

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

/**
 * `stock-status:change`: dispatched by `<stock-status>` on every change of what the shopper is
 * told (state, date, units shipping now); it bubbles out of shadow roots. A plain `CustomEvent`
 * at run time (no bytes of its own in the script-tag files), typed here.
 */
export type StockStatusChangeEvent = CustomEvent<StockStatusChangeDetail>;

/** The detail of one resolution. */
export function changeDetail(r: Resolution): StockStatusChangeDetail {
  return {
    productId: r.productId,
    variantId: r.variantId,
    quantity: r.quantity,
    state: r.availability.state,
    available: r.availability.shipNow,
    eta: r.eta.eta,
    etaKind: r.eta.etaKind,
    platform: r.runtime.source.platform,
  };
}

declare global {
  interface HTMLElementEventMap {
    'stock-status:change': StockStatusChangeEvent;
  }
  // It bubbles (and leaves shadow roots), so listeners on the document and window hear it too.
  interface DocumentEventMap {
    'stock-status:change': StockStatusChangeEvent;
  }
  interface WindowEventMap {
    'stock-status:change': StockStatusChangeEvent;
  }
}
