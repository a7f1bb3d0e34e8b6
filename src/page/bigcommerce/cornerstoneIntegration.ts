import type { Runtime } from '../../Runtime';
import { mountAsItComes } from '../mountAsItComes';
import type { PageIntegration } from '../PageIntegration';
import { mountCornerstoneCards } from './cornerstoneCards';
import { mountCornerstoneCartLines } from './cornerstoneCartLines';
import { mountCornerstoneProduct } from './cornerstoneProductForm';

function mountAll(doc: Document, runtime: Runtime) {
  const { config } = runtime;
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form[data-cart-item-add]'))) {
    // Already followed: the element sits right after its form.
    if (form.nextElementSibling?.matches('stock-status[data-mounted]')) continue;
    mountCornerstoneProduct(form, runtime);
  }
  mountCornerstoneCards(doc);
  mountCornerstoneCartLines(doc, config);
}

/**
 * BigCommerce's default Stencil theme, Cornerstone, with nothing added but the script tag: the
 * product page (and quick view), category and search cards, and cart lines. Cornerstone swaps
 * content in place (quick view, faceted search, cart updates), so new markup is mounted as it comes.
 */
export const cornerstoneIntegration: PageIntegration = {
  mount(doc, runtime) {
    mountAsItComes(doc, () => mountAll(doc, runtime), 50);
  },
};
