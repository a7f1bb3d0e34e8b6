import type { Runtime } from '../Runtime';

/**
 * A theme integration for `data-mount="auto"`: finds the product form, listing cards and cart
 * lines of its platform's default theme and inserts `<stock-status>` elements that follow the
 * shopper's choices. It must never move or break the theme's own markup.
 */
export interface PageIntegration {
  /**
   * Insert what is missing; called at start and again when the page changes (it must be
   * idempotent). The page's runtime gives the settings and the one store and transport.
   */
  mount(doc: Document, runtime: Runtime): void;
}
