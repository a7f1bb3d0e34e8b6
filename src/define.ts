import { StockStatusElement } from './element/StockStatusElement';

/**
 * Registers `<stock-status>`. Safe to call twice, and safe when another copy of the script
 * registered it first (the first registration wins, as custom elements require).
 */
export function define(name = 'stock-status'): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  customElements.define(name, name === 'stock-status' ? StockStatusElement : class extends StockStatusElement {});
}
