import type { Config } from '../../config/Config';
import { mountAsItComes } from '../mountAsItComes';
import type { PageIntegration } from '../PageIntegration';
import { mountCards } from './mountCards';
import { mountCartLines } from './mountCartLines';
import { mountProductForm } from './mountProductForm';

function mountAll(doc: Document, config: Config) {
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form[data-cart-item-add]'))) {
    // Already followed: the element sits right after its form.
    if (form.nextElementSibling?.matches('stock-status[data-mounted]')) continue;
    mountProductForm(form, config);
  }
  mountCards(doc);
  mountCartLines(doc, config);
}

/**
 * BigCommerce's default Stencil theme, Cornerstone, with nothing added but the script tag: the
 * product page (and quick view), category and search cards, and cart lines. Cornerstone swaps
 * content in place (quick view, faceted search, cart updates), so new markup is mounted as it comes.
 */
export const cornerstoneIntegration: PageIntegration = {
  mount(doc, config) {
    mountAsItComes(doc, () => mountAll(doc, config), 50);
  },
};
