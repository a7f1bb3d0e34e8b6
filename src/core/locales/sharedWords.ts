import type { Catalog } from './catalog';

/**
 * How a script-tag page's locale file hands its words to the app (two separate scripts, one
 * global): the locale file runs first (the loader keeps them in order), the app reads at start.
 */
type Shared = Record<string, Catalog>;
const holder = globalThis as { StockStatusWords?: Shared };

/** The locale file's one statement. */
export function shareWords(language: string, catalog: Catalog): void {
  holder.StockStatusWords ??= {};
  holder.StockStatusWords[language] = catalog;
}

/** What locale files have shared (a plain object only: anything else on the page is ignored). */
export function sharedWords(): Shared {
  const w = holder.StockStatusWords;
  return w && typeof w === 'object' ? w : {};
}
