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
 * The optional no-request mode: the theme's Liquid prints each product's variants into
 * `<script type="application/json" data-stock-status-shopify>` (snippet in docs/shopify.md).
 * Liquid sees what the Storefront API hides (policy, counts, incoming stock), so it is also the most exact.
 */
const id = z.pipe(z.union([z.number().check(whole(), between(0)), z.string().check(maxLength(100))]), z.transform(String));
const optionalText = lenient(z.nullish(z.string().check(maxLength(100))), null);

const liquidVariant = z.object({
  id,
  available: z.boolean(),
  inventory_quantity: lenient(z.nullish(z.number().check(whole(), between(-1e9, 1e9))), null),
  inventory_policy: optionalText,
  inventory_management: optionalText,
  incoming: lenient(z.nullish(z.boolean()), null),
  next_incoming_date: optionalText,
  restock_date: optionalText,
});

const liquidProduct = z.object({
  product_id: id,
  restock_date: optionalText,
  variants: z.array(liquidVariant).check(nonEmpty(), maxLength(2048)),
});

type LiquidVariant = z.infer<typeof liquidVariant>;

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

/** The products the page's Liquid describes, by product GID. Read fresh on each look-up (sections re-render). */
export function readLiquidStock(doc: Document, config: Config): Map<string, ProductStock> {
  const out = new Map<string, ProductStock>();
  for (const script of Array.from(doc.querySelectorAll('script[data-stock-status-shopify]'))) {
    let raw: unknown;
    try {
      const textContent = script.textContent ?? '';
      if (textContent.length > 2_000_000) throw new Error('too large');
      raw = JSON.parse(textContent);
    } catch {
      report('warn', 'a <script data-stock-status-shopify> block is not valid JSON; asking the Storefront API instead.');
      continue;
    }
    const parsed = z.safeParse(liquidProduct, raw);
    if (!parsed.success) {
      report(
        'warn',
        'a <script data-stock-status-shopify> block does not match the documented snippet; asking the Storefront API instead.',
      );
      continue;
    }
    const p = parsed.data;
    const productId = normalizeShopifyId(p.product_id, 'product');
    const productRestock = restockOf(p.restock_date, config);
    const variants = p.variants.map((v) => liquidRecord(productId, v, productRestock, config));
    out.set(productId, { productId, product: productRecord(productId, variants), variants, variantAliases: aliasesOf(variants) });
  }
  return out;
}
