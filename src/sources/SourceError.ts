import type { ProductStock } from '../core/StockRecord';

/**
 * Why a source failed, for the one warning the shopper's page gets. `partial`: the products it
 * could still read when only some failed (an answer drifting from the platform's schema); the
 * store shows those and asks the fallback for the rest. A type-only import: still a leaf module.
 */
export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    message: string,
    readonly retryable = false,
    readonly partial?: readonly ProductStock[],
  ) {
    super(message);
  }
}

/** What a failed read could still use (`partial`), for look-ups that need no fallback (alternatives); rethrows any other failure. */
export function readableOf(e: unknown): ProductStock[] {
  if (e instanceof SourceError && e.partial) return [...e.partial];
  throw e;
}
