import { mountAsItComes } from '../mountAsItComes';
import type { PageIntegration } from '../PageIntegration';
import { mountDawnCards } from './dawnCards';
import { mountDawnProduct } from './dawnProductForm';
import { mountHorizonCards } from './horizonCards';
import { followHorizonSelection, mountHorizonProduct } from './horizonProductForm';
import { learnFromCartChange, mountShopifyCartLines } from './shopifyCartLines';
import { followStandardEvents } from './standardEvents';

/**
 * Shopify's themes with only the script tag: Horizon (custom elements + Shopify's standard
 * storefront events) and Dawn (and the themes built on either), plus any theme's `/cart/add` form.
 * Each mount is idempotent and claims only its own theme's markup, so they run side by side.
 * Themes re-render sections in place (variant changes, cart updates, infinite collections, quick
 * add), so the page is watched and whatever is new gets its element; the standard events bring
 * the variant a theme picked silently and the cart's verdict on a quantity.
 */
export const shopifyIntegration: PageIntegration = {
  mount(doc, runtime) {
    followStandardEvents(doc, {
      onSelect: (selection) => followHorizonSelection(doc, selection),
      onCart: (change) => learnFromCartChange(doc, change, runtime),
    });
    mountAsItComes(
      doc,
      () => {
        mountHorizonProduct(doc, runtime.config);
        mountDawnProduct(doc);
        mountHorizonCards(doc);
        mountDawnCards(doc);
        mountShopifyCartLines(doc);
      },
      30,
    );
  },
};
