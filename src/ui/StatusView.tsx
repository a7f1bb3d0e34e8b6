import type { ComponentChildren } from 'preact';
import type { StatusContext, StatusText } from '../core/describeStatus';
import type { StockState } from '../core/StockRecord';
import type { ExtraPart } from '../element/extensions';

export interface StatusViewProps {
  state: StockState | 'loading';
  text: StatusText | null;
  context: StatusContext;
  /** Containers to reserve for the extras bundle (product context only). */
  extras?: ExtraPart[];
  /** Anything more to show below the status (ES module users). */
  children?: ComponentChildren;
}

/**
 * The status as the shopper sees it. While loading, a placeholder keeps the space (no layout
 * shift). The live region is created together with its first text, so the first state is not
 * announced (it is page content); later changes are, once each, since the region is atomic and
 * an unchanged text is not touched. The signup and alternatives containers sit outside it and
 * keep fixed positions, so the extras script can render into them undisturbed.
 */
export function StatusView({ state, text, context, extras = [], children }: StatusViewProps) {
  if (state === 'loading') return <span class="placeholder" part="placeholder" aria-hidden="true" />;
  if (!text) return null;
  return (
    <>
      {/* Cards do not speak: forty live regions on a listing page would only be noise. */}
      <div
        class="status"
        part="status"
        data-state={state}
        {...(context === 'card' ? {} : { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' })}
      >
        <span class="badge" part="badge">
          {text.label}
        </span>
        {context !== 'card' && text.detail && (
          <span class="detail" part="date">
            {text.detail}
          </span>
        )}
        {context !== 'card' && text.limit && (
          <span class="limit" part="limit">
            {text.limit}
          </span>
        )}
      </div>
      {extras.includes('signup') ? <div class="signup" part="signup" data-extra="signup" /> : null}
      {extras.includes('alternatives') ? <div class="alternatives" part="alternatives" data-extra="alternatives" /> : null}
      {children}
    </>
  );
}
