import type { PageIntegration } from '../PageIntegration';
import { mountDawnCards } from './dawnCards';
import { mountDawnCart } from './dawnCartLines';
import { mountDawnProduct } from './dawnProductForm';

const watched = new WeakSet<Document>();

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
    mountAll(doc);
    if (watched.has(doc) || !doc.body) return;
    watched.add(doc);
    let pending = false;
    new MutationObserver(() => {
      if (pending) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        try {
          mountAll(doc);
        } catch {}
      }, 30);
    }).observe(doc.body, { childList: true, subtree: true });
  },
};
