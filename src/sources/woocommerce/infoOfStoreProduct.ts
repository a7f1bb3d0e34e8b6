import type { ProductInfo } from '../../core/StockRecord';
import { safeLink } from '../../core/safeLink';
import { decodeEntities } from './decodeEntities';
import { formatStorePrice } from './formatStorePrice';
import type { StoreProduct } from './woocommerceSchema';

/**
 * The Store API's `name` is HTML (the theme prints it as such): read it as the shopper sees it on the
 * theme's own card, i.e. its text without the tags, then the entities decoded. Never interpreted.
 */
const textOfHtml = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim() || undefined;

/** Name, link, picture and price for cards and alternatives. All of it is shown as text or attributes. */
export function infoOfStoreProduct(p: StoreProduct): ProductInfo {
  const img = p.images?.[0];
  return {
    name: p.name ? textOfHtml(p.name) : undefined,
    url: safeLink(p.permalink),
    image: safeLink(img?.thumbnail) ?? safeLink(img?.src),
    price: p.prices ? formatStorePrice(p.prices) : undefined,
  };
}
