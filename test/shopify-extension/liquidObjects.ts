import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Liquid objects as Shopify hands them to a theme app extension, built only from properties that
 * Shopify's Liquid reference lists (test/fixtures/schemas/shopify-liquid-objects.subset.json, from
 * Shopify/theme-liquid-docs data/objects.json): `shaped()` refuses any other key, so a fixture
 * cannot drift into fields the real objects do not have.
 */
type Obj = Record<string, unknown>;
const REFERENCE: Record<string, Record<string, string>> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/schemas/shopify-liquid-objects.subset.json'), 'utf8'),
);
/** Search results carry one more key ("Search results have an additional `object_type` property"). */
const EXTRA: Record<string, string[]> = { product: ['object_type'] };

export function shaped(kind: string, value: unknown, path = kind): void {
  if (value === null || value === undefined) return;
  const known = REFERENCE[kind];
  if (!known) throw new Error(`no reference for ${kind}`);
  for (const [key, v] of Object.entries(value as Obj)) {
    const type = known[key];
    if (!type && !EXTRA[kind]?.includes(key)) throw new Error(`${path}.${key} is not a property of Shopify's ${kind} object`);
    const element = /^array<(\w+)>$/.exec(type ?? '')?.[1];
    if (element && REFERENCE[element] && Array.isArray(v)) {
      for (const [i, item] of v.entries()) shaped(element, item, `${path}.${key}[${i}]`);
    } else if (type && REFERENCE[type] && v && typeof v === 'object') shaped(type, v, `${path}.${key}`);
  }
}

/** A metafield as `product.metafields.<namespace>.<key>` gives it. */
export const metafield = (value: unknown, type = 'date') => ({ value, type });

export interface VariantFields {
  available?: boolean;
  inventory_quantity?: number;
  inventory_policy?: 'continue' | 'deny';
  inventory_management?: string | null;
  incoming?: boolean;
  next_incoming_date?: string | null;
  metafields?: Obj;
  title?: string;
}

export function variant(id: number, fields: VariantFields = {}): Obj {
  return {
    id,
    title: 'Default Title',
    available: true,
    inventory_quantity: 10,
    inventory_policy: 'deny',
    inventory_management: 'shopify',
    incoming: false,
    next_incoming_date: null,
    metafields: {},
    ...fields,
  };
}

export function product(id: number, variants: Obj[], fields: Obj = {}): Obj {
  return {
    id,
    title: `Product ${id}`,
    handle: `product-${id}`,
    available: variants.some((v) => v.available),
    variants,
    variants_count: variants.length,
    metafields: {},
    ...fields,
  };
}

export function lineItem(p: Obj, v: Obj, quantity: number): Obj {
  return { product_id: p.id, variant_id: v.id, quantity, product: p, variant: v, title: `${p.title} - ${v.title}`, key: `${v.id}:abc` };
}

export const cart = (items: Obj[] = []): Obj => ({
  item_count: items.reduce((n, i) => n + (i.quantity as number), 0),
  items,
});

export const collection = (products: Obj[]): Obj => ({
  id: 400,
  handle: 'all',
  title: 'All',
  products,
  products_count: products.length,
  all_products_count: products.length,
});

export const search = (results: Obj[]): Obj => ({ performed: true, terms: 'shirt', results, results_count: results.length });

/** Checks a page's objects against the reference and returns them unchanged. */
export function page<T extends { product?: unknown; collection?: unknown; cart?: unknown; search?: unknown }>(objects: T): T {
  shaped('product', objects.product, 'product');
  shaped('collection', objects.collection, 'collection');
  shaped('cart', objects.cart, 'cart');
  shaped('search', objects.search, 'search');
  // search.results is untyped in the reference: its products are checked as products.
  const results = ((objects.search as Obj | undefined)?.results ?? []) as Obj[];
  for (const [i, r] of results.entries()) if (r.object_type === 'product') shaped('product', r, `search.results[${i}]`);
  return objects;
}
