import type { ComponentChildren } from 'preact';
import type { StatusContext, StatusText } from '../core/describeStatus';
import type { StockState } from '../core/StockRecord';

export interface StatusViewProps {
  state: StockState | 'loading';
  text: StatusText | null;
  context: StatusContext;
  /** Product context extras (signup, alternatives) rendered below the status. */
  children?: ComponentChildren;
}

/**
 * The status as the shopper sees it. While loading, a placeholder keeps the space (no layout
 * shift). The live region is created together with its first text, so the first state is not
 * announced (it is page content); later changes are, once each, since the region is atomic.
 */
export function StatusView({ state, text, context, children }: StatusViewProps) {
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
      {children}
    </>
  );
}
