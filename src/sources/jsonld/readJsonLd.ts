import * as z from 'zod/mini';
import { report } from '../../core/report';

/** Bigger than any honest product markup; past it a script is not read. */
const MAX_SCRIPT = 1_000_000;

const scalar = z.union([z.string(), z.number()]);
const offer = z.looseObject({
  '@type': z.optional(z.union([z.string(), z.array(z.string())])),
  availability: z.optional(z.unknown()),
  availabilityStarts: z.optional(z.unknown()),
  price: z.optional(scalar),
  lowPrice: z.optional(scalar),
  priceCurrency: z.optional(z.string()),
  offers: z.optional(z.unknown()),
  sku: z.optional(scalar),
  inventoryLevel: z.optional(z.unknown()),
});
export type JsonLdOffer = z.infer<typeof offer>;

const product = z.looseObject({
  '@type': z.union([z.string(), z.array(z.string())]),
  '@id': z.optional(z.string()),
  name: z.optional(z.string()),
  sku: z.optional(scalar),
  productID: z.optional(scalar),
  mpn: z.optional(scalar),
  productGroupID: z.optional(scalar),
  url: z.optional(z.string()),
  image: z.optional(z.unknown()),
  offers: z.optional(z.unknown()),
  hasVariant: z.optional(z.unknown()),
});
export type JsonLdProduct = z.infer<typeof product> & { variants: JsonLdProduct[]; offerList: JsonLdOffer[] };

const isType = (node: { '@type'?: unknown }, name: string) =>
  ([] as unknown[])
    .concat(node['@type'] ?? [])
    .some((t) => typeof t === 'string' && t.replace(/^(https?:\/\/schema\.org\/|schema:)/, '') === name);

/** Offers as a flat list: a single Offer, an array, or an AggregateOffer with or without its own offers. */
export function offersOf(value: unknown): JsonLdOffer[] {
  const out: JsonLdOffer[] = [];
  for (const item of ([] as unknown[]).concat(value ?? [])) {
    const parsed = z.safeParse(offer, item);
    if (!parsed.success) continue;
    out.push(parsed.data);
    if (parsed.data.offers) out.push(...offersOf(parsed.data.offers));
  }
  return out;
}

function toProduct(node: unknown): JsonLdProduct | null {
  const parsed = z.safeParse(product, node);
  if (!parsed.success) return null;
  const variants = ([] as unknown[])
    .concat(parsed.data.hasVariant ?? [])
    .map(toProduct)
    .filter((v): v is JsonLdProduct => v !== null);
  return { ...parsed.data, variants, offerList: offersOf(parsed.data.offers) };
}

/** Walks `@graph`, arrays and nesting (a WebPage's mainEntity) for Product and ProductGroup nodes. */
function collect(node: unknown, out: JsonLdProduct[], depth = 0): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node.slice(0, 500)) collect(n, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (isType(obj as { '@type'?: unknown }, 'ProductGroup') || isType(obj as { '@type'?: unknown }, 'Product')) {
    const p = toProduct(obj);
    if (p) out.push(p);
    return; // its variants are read with it
  }
  for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item']) if (key in obj) collect(obj[key], out, depth + 1);
}

/** Every Product on the page, in document order. Malformed scripts are skipped with one warning. */
export function readJsonLd(doc: Document): JsonLdProduct[] {
  const out: JsonLdProduct[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT) {
      report('warn', `a JSON-LD script of ${text.length} characters was too large to read.`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      report('warn', 'the page has a JSON-LD script that is not valid JSON; it was skipped.');
      continue;
    }
    collect(data, out);
  }
  return out;
}

/** The identifiers a product or variant may be addressed by. */
export function idsOf(p: JsonLdProduct): string[] {
  return [p.productID, p.sku, p['@id'], p.mpn, p.productGroupID].filter((v) => v !== undefined && v !== '').map((v) => String(v));
}
