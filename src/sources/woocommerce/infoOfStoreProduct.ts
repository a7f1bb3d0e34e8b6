import type { ProductInfo } from '../../core/StockRecord';
import { decodeEntities } from './decodeEntities';
import { formatStorePrice } from './formatStorePrice';
import type { StoreProduct } from './storeApiSchema';

/** Only links a shopper can follow: same-site paths and http(s) URLs. */
const safeUrl = (u: string | undefined) => (u && (/^https?:\/\//i.test(u) || /^\/(?!\/)/.test(u)) ? u : undefined);

/** Name, link, picture and price for cards and alternatives. All of it is shown as text or attributes. */
export function infoOfStoreProduct(p: StoreProduct): ProductInfo {
  const img = p.images?.[0];
  return {
    name: p.name ? decodeEntities(p.name) : undefined,
    url: safeUrl(p.permalink),
    image: safeUrl(img?.thumbnail) ?? safeUrl(img?.src),
    price: p.prices ? formatStorePrice(p.prices) : undefined,
  };
}
