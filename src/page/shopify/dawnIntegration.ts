import { mountAsItComes } from '../mountAsItComes';
import type { PageIntegration } from '../PageIntegration';
import { mountDawnCards } from './dawnCards';
import { mountDawnCart } from './dawnCartLines';
import { mountDawnProduct } from './dawnProductForm';

function mountAll(doc: Document) {
  mountDawnProduct(doc);
  mountDawnCards(doc);
  mountDawnCart(doc);
}

/**
 * Shopify's Dawn (and the many themes built on it) with only the script tag: the product form,
 * product cards and cart lines. Dawn re-renders sections in place (variant changes, cart updates,
 * infinite collections, quick add), so the page is watched and whatever is new gets its element.
 */
export const dawnIntegration: PageIntegration = {
  mount(doc) {
    mountAsItComes(doc, () => mountAll(doc), 30);
  },
};
