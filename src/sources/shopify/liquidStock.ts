import * as z from 'zod/mini';
import type { Config } from '../../config/Config';
import { toDateOnly } from '../../core/dates';
import { report } from '../../core/report';
import { emptyRecord, type ProductStock, type StockRecord } from '../../core/StockRecord';
import { between, maxLength, nonEmpty, whole } from '../../core/zodParts';
import { lenient } from '../lenient';
import { normalizeShopifyId } from './shopifyIds';
import { aliasesOf, productRecord, restockOf } from './shopifyStock';

/**
 * The no-request mode: the theme's Liquid prints stock into
 * `<script type="application/json" data-stock-status-shopify>`, in one of two shapes:
 * - one product (the snippet in docs/shopify.md): `{ product_id, restock_date, variants: [...] }`;
 * - the app embed's page (shopify-extension/): `{ products: [<product>, ...], cart: [{ product_id, variant_id, quantity }] }`.
 * A product written twice (the page's product and a cart line) is one product with both lists of variants.
 * Liquid sees what the Storefront API hides (policy, counts, incoming stock), so it is also the most exact.
 */
const id = z.lazy(() => z.pipe(z.union([z.number().check(whole(), between(0)), z.string().check(maxLength(100))]), z.transform(String)));
const optionalText = lenient(z.nullish(z.string().check(maxLength(100))), null);

const liquidVariant = z.lazy(() =>
  z.object({
    id,
    available: z.boolean(),
    inventory_quantity: lenient(z.nullish(z.number().check(whole(), between(-1e9, 1e9))), null),
    inventory_policy: optionalText,
    inventory_management: optionalText,
    incoming: lenient(z.nullish(z.boolean()), null),
    next_incoming_date: optionalText,
    restock_date: optionalText,
  }),
);

const liquidProduct = z.lazy(() =>
  z.object({
    product_id: id,
    restock_date: optionalText,
    variants: z.array(liquidVariant).check(nonEmpty(), maxLength(2048)),
  }),
);

const cartLine = z.lazy(() => z.object({ product_id: id, variant_id: id, quantity: z.number().check(whole(), between(1, 1e6)) }));

/** The embed's page. Products are checked one by one, so one bad product costs only itself. */
const liquidPage = z.lazy(() =>
  z.object({
    products: z.array(z.unknown()).check(maxLength(500)),
    cart: lenient(z.array(cartLine).check(maxLength(500)), []),
  }),
);

type LiquidVariant = z.infer<typeof liquidVariant>;
type LiquidProduct = z.infer<typeof liquidProduct>;
export type LiquidCartLine = z.infer<typeof cartLine>;

function liquidRecord(productId: string, v: LiquidVariant, productRestock: StockRecord['restock'], config: Config): StockRecord {
  const r = emptyRecord(productId, normalizeShopifyId(v.id, 'variant'));
  // The merchant's own date wins; incoming stock from a transfer or purchase order is an estimate.
  const incoming = v.incoming !== false ? toDateOnly(v.next_incoming_date, config.timeZone) : null;
  r.restock = restockOf(v.restock_date, config) ?? productRestock ?? (incoming ? { date: incoming, confirmed: false } : null);
  const q = v.inventory_quantity ?? null;
  if (!v.available) {
    r.onHand = 0;
  } else if (v.inventory_management === null || q === null) {
    // Not tracked (Liquid gives nil): always in stock, no counts.
    r.tracked = v.inventory_management !== null;
    r.inStock = true;
  } else {
    r.onHand = Math.max(0, q);
    r.inStock = q > 0;
    const continues = v.inventory_policy === 'continue';
    r.backorderable = continues ? 'unlimited' : 0;
    r.backorder = continues && q <= 0;
  }
  return r;
}

const BLOCKS = 'script[data-stock-status-shopify]';
// A 50-product grid of 250-variant products is about 2.2 MB: read it, refuse what is beyond any page.
const MAX_BLOCK = 5_000_000;

/** Each block's JSON, or nothing (with one warning) when it is too large or not JSON. */
function blocksOf(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll(BLOCKS))) {
    try {
      const textContent = script.textContent ?? '';
      if (textContent.length > MAX_BLOCK) throw new Error('too large');
      out.push(JSON.parse(textContent));
    } catch {
      report('warn', 'a <script data-stock-status-shopify> block is not valid JSON; it was skipped.');
    }
  }
  return out;
}

/** The products the page's Liquid describes, by product GID. Read fresh on each look-up (sections re-render). */
export function readLiquidStock(doc: Document, config: Config): Map<string, ProductStock> {
  // Product GID → its product-level fields and its variants by variant GID, merged across blocks.
  const merged = new Map<string, { product: LiquidProduct; variants: Map<string, LiquidVariant> }>();
  const add = (p: LiquidProduct) => {
    const productId = normalizeShopifyId(p.product_id, 'product');
    const entry = merged.get(productId) ?? { product: p, variants: new Map() };
    entry.product = { ...entry.product, restock_date: entry.product.restock_date ?? p.restock_date };
    for (const v of p.variants) entry.variants.set(normalizeShopifyId(v.id, 'variant'), v);
    merged.set(productId, entry);
  };
  for (const raw of blocksOf(doc)) {
    const page = z.safeParse(liquidPage, raw);
    const products = page.success ? page.data.products : [raw];
    for (const item of products) {
      const parsed = z.safeParse(liquidProduct, item);
      if (parsed.success) add(parsed.data);
      else report('warn', 'a <script data-stock-status-shopify> block does not match the documented snippet; it was skipped.');
    }
  }
  const out = new Map<string, ProductStock>();
  for (const [productId, { product, variants }] of merged) {
    const productRestock = restockOf(product.restock_date, config);
    const records = [...variants.values()].map((v) => liquidRecord(productId, v, productRestock, config));
    out.set(productId, { productId, product: productRecord(productId, records), variants: records, variantAliases: aliasesOf(records) });
  }
  return out;
}

/** The cart's lines as the embed wrote them (for themes whose cart markup carries no quantity). */
export function readLiquidCart(doc: Document): LiquidCartLine[] {
  const lines: LiquidCartLine[] = [];
  for (const raw of blocksOf(doc)) {
    const page = z.safeParse(liquidPage, raw);
    if (page.success) lines.push(...(page.data.cart ?? []));
  }
  return lines;
}
