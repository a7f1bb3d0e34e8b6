import type { Extra } from '../extras/Extra';

/** The extras registered on this page (the extras script's, or `registerExtras()`'s). */
export const registeredExtras = new Set<Extra>();
const listeners = new Set<() => void>();

/** Registers an extra; elements already on the page mount it at once. Returns false for a duplicate. */
export function extend(extra: Extra): boolean {
  for (const e of registeredExtras) if (e.name === extra.name) return false;
  registeredExtras.add(extra);
  for (const l of listeners) l();
  return true;
}

/** Elements listen here to re-render when an extra arrives (returns an unsubscribe). */
export function onExtraRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
