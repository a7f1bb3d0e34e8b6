import { mountAsItComes } from '../mountAsItComes';
import type { PageIntegration } from '../PageIntegration';
import { mountBlockCards } from './blockCards';
import { mountBlockCartLines } from './blockCartLines';
import { mountBlockProduct } from './blockProductForm';
import { mountClassicCards } from './classicCards';
import { mountClassicCartLines } from './classicCartLines';
import { mountClassicProduct } from './classicProductForm';

/**
 * WooCommerce's classic templates (Storefront and most themes built on them) and block themes
 * (Twenty Twenty-Five): the single product page (simple and variable, and the Add to Cart + Options
 * block), product cards (shop, category, related and up-sell lists; Product Collection), and cart
 * lines (the classic cart page and the Cart block). Idempotent: elements already there are left as
 * they are, so what arrives later (infinite scroll, AJAX filters, the Cart block's client-side
 * rows and re-renders) gets its own too.
 */
export const woocommerceIntegration: PageIntegration = {
  mount(doc, runtime) {
    const { config } = runtime;
    mountAsItComes(doc, () => {
      // Before mountClassicProduct: the block's form may also carry the classic `cart` class.
      mountBlockProduct(doc, config);
      mountClassicProduct(doc, config);
      mountBlockCards(doc, config);
      mountClassicCards(doc);
      mountClassicCartLines(doc, runtime);
      mountBlockCartLines(doc, runtime);
    });
  },
};
