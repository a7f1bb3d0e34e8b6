import * as z from 'zod/mini';
import { report } from '../../core/report';
import { lenient } from '../lenient';

/** Bigger than any honest product markup; past it a script is not read. */
const MAX_SCRIPT = 1_000_000;

/** Themes get descriptive fields wrong often; a wrong one is dropped, never the whole product. */
const scalar = lenient(z.optional(z.union([z.string(), z.number()])), undefined);
const str = lenient(z.optional(z.string()), undefined);
const offer = z.lazy(() =>
  z.looseObject({
    '@type': lenient(z.optional(z.union([z.string(), z.array(z.string())])), undefined),
    availability: z.optional(z.unknown()),
    availabilityStarts: z.optional(z.unknown()),
    price: scalar,
    lowPrice: scalar,
    priceCurrency: str,
    offers: z.optional(z.unknown()),
    sku: scalar,
    inventoryLevel: z.optional(z.unknown()),
  }),
);
export type JsonLdOffer = z.infer<typeof offer>;

const product = z.lazy(() =>
  z.looseObject({
    '@type': z.union([z.string(), z.array(z.string())]),
    '@id': str,
    name: str,
    sku: scalar,
    productID: scalar,
    mpn: scalar,
    productGroupID: scalar,
    url: str,
    image: z.optional(z.unknown()),
    offers: z.optional(z.unknown()),
    hasVariant: z.optional(z.unknown()),
  }),
);
export type JsonLdProduct = z.infer<typeof product> & { variants: JsonLdProduct[]; offerList: JsonLdOffer[] };

const isType = (node: { '@type'?: unknown }, name: string) =>
  ([] as unknown[])
    .concat(node['@type'] ?? [])
    .some((t) => typeof t === 'string' && t.replace(/^(https?:\/\/schema\.org\/|schema:)/, '') === name);

/** Offers as a flat list: a single Offer, an array, or an AggregateOffer with or without its own offers. */
export function offersOf(value: unknown, depth = 0): JsonLdOffer[] {
  const out: JsonLdOffer[] = [];
  // Honest markup nests an AggregateOffer once; deeper is hostile and would exhaust the stack.
  if (depth > 4) return out;
  for (const item of ([] as unknown[]).concat(value ?? []).slice(0, 1000)) {
    const parsed = z.safeParse(offer, item);
    if (!parsed.success) continue;
    out.push(parsed.data);
    if (parsed.data.offers) out.push(...offersOf(parsed.data.offers, depth + 1));
  }
  return out;
}

export function toProduct(node: unknown, depth = 0): JsonLdProduct | null {
  const parsed = z.safeParse(product, node);
  if (!parsed.success) return null;
  // Variants of variants do not exist in schema.org; one level is read.
  const variants =
    depth > 0
      ? []
      : ([] as unknown[])
          .concat(parsed.data.hasVariant ?? [])
          .slice(0, 2000)
          .map((v) => toProduct(v, depth + 1))
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
