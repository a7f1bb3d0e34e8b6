import type { ElementExtension } from '../extras/ElementExtension';

/** The extensions registered on this page (the extras script's, or `registerExtras()`'s). */
export const extensions = new Set<ElementExtension>();
const listeners = new Set<() => void>();

/** Registers an extension; elements already on the page mount it at once. Returns false for a duplicate. */
export function extend(extension: ElementExtension): boolean {
  for (const e of extensions) if (e.name === extension.name) return false;
  extensions.add(extension);
  for (const l of listeners) l();
  return true;
}

/** Elements listen here to re-render when an extension arrives (returns an unsubscribe). */
export function onExtend(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
