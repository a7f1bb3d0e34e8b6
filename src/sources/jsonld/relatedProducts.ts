import * as z from 'zod/mini';
import { maxLength, nonEmpty } from '../../core/zodParts';
import { type JsonLdProduct, offersOf } from './readJsonLd';

const scalar = z.lazy(() => z.union([z.string(), z.number()]));
/** An inline related Product: only what an alternative needs (name, link, image, offers, ids). */
const related = z.lazy(() =>
  z.looseObject({
    '@id': z.optional(z.string()),
    name: z.string().check(nonEmpty(), maxLength(500)),
    sku: z.optional(scalar),
    productID: z.optional(scalar),
    url: z.optional(z.string()),
    image: z.optional(z.unknown()),
    offers: z.optional(z.unknown()),
  }),
);

/**
 * schema.org `isSimilarTo` / `isRelatedTo` of a product: inline Products, or `{"@id": …}`
 * references to other Products on the page. Anything else is skipped.
 */
export function relatedProducts(p: JsonLdProduct, onPage: JsonLdProduct[]): JsonLdProduct[] {
  const out: JsonLdProduct[] = [];
  for (const node of ([] as unknown[]).concat(p.isSimilarTo ?? [], p.isRelatedTo ?? []).slice(0, 50)) {
    const ref = node && typeof node === 'object' ? (node as { '@id'?: unknown })['@id'] : undefined;
    const known = typeof ref === 'string' ? onPage.find((x) => x['@id'] === ref) : undefined;
    if (known) {
      out.push(known);
      continue;
    }
    const parsed = z.safeParse(related, node);
    if (parsed.success) out.push({ ...parsed.data, '@type': 'Product', variants: [], offerList: offersOf(parsed.data.offers) });
  }
  return out;
}
