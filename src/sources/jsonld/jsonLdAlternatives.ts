import type { ProductStock } from '../../core/StockRecord';
import type { PlatformAlternatives } from '../Source';
import { toAlternatives } from '../toAlternatives';
import { stockOfJsonLd } from './jsonLdSource';
import { idsOf, readJsonLd } from './readJsonLd';
import { relatedProducts } from './relatedProducts';

/**
 * schema.org `isSimilarTo` / `isRelatedTo` Products (inline, or `{"@id"}` references to others on
 * the page) that can be bought now. Read from the page again, so it needs nothing from the look-up.
 */
export const jsonLdAlternatives: PlatformAlternatives = async (productId, limit, context) => {
  const products = readJsonLd(context.document);
  const p = productId === '' ? products[0] : products.find((x) => idsOf(x).includes(productId));
  if (!p) return [];
  const found: ProductStock[] = [];
  for (const related of relatedProducts(p, products)) {
    const id = idsOf(related)[0] ?? related.url;
    const stock = id ? stockOfJsonLd(related, id, context.config) : null;
    if (stock) found.push(stock);
  }
  return toAlternatives(found, productId === '' ? (idsOf(p)[0] ?? '') : productId, limit);
};
