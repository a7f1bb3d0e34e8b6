import type { StatusContext, StatusText } from '../core/describeStatus';
import type { StockState } from '../core/StockRecord';
import type { LookUpProps, Resolution, StatusSnapshot } from '../lookup/Resolution';
import type { Runtime } from '../Runtime';

/** What `useStockStatus` takes: what to look up, and optionally a runtime (default: the page's, from `configure()`). */
export interface UseStockStatusProps extends LookUpProps {
  runtime?: Runtime | null;
}

/** What `useStockStatus` gives (Preact and React alike). */
export interface StockStatusValue {
  /** `loading`, then the state (`in-stock`, `backorder`, …, `unknown`). */
  state: StockState | 'loading';
  /** The latest answer (record, availability, eta, words); while `state` is loading, the previous one or null. */
  resolution: Resolution | null;
  /** The shopper's words for the current answer; null while loading and when there is nothing to say. */
  text: StatusText | null;
  /** Look up again (the store's cache answers while fresh; `runtime.refresh()` clears it). */
  refresh(): void;
}

export const statusValue = ({ state, resolution }: StatusSnapshot, refresh: () => void): StockStatusValue => ({
  state,
  resolution,
  text: state === 'loading' ? null : (resolution?.text ?? null),
  refresh,
});

/** The four props a look-up depends on, as hook dependencies. */
export const askOf = ({ productId, variantId, quantity, context }: LookUpProps): LookUpProps => ({
  productId,
  variantId,
  quantity,
  context,
});

export const contextOf = (props: LookUpProps, r: Resolution | null): StatusContext =>
  r?.context ?? (props.context === 'card' || props.context === 'cart' ? props.context : 'product');
