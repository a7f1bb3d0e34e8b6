import * as z from 'zod/mini';
import type { Config } from '../../config/Config';
import { toDateOnly } from '../../core/dates';
import { report } from '../../core/report';
import { emptyRecord, type ProductStock, type StockRecord } from '../../core/StockRecord';
import { between, maxLength, orDefault, whole } from '../../core/zodParts';
import { lenient } from '../lenient';
import { storeId } from './storeApiSchema';

/**
 * The no-request mode of the WordPress plugin (wordpress-plugin/stock-status): on a product page
 * PHP prints `<script type="application/json" data-stock-status-woocommerce>` with the facts
 * WooCommerce decides by (class-stock-status-page-stock.php): stock status, managed or not,
 * quantity, the backorders setting, the low-stock amount, a restock date, per variation. They say
 * more than the Store API (whether backorders are taken, the count above the threshold).
 */
const facts = {
  purchasable: z.boolean(),
  stock_status: z.literal(['instock', 'outofstock', 'onbackorder']),
  manage_stock: z.boolean(),
  stock_quantity: z.nullable(z.number().check(between(-1e9, 1e9))),
  backorders: z.literal(['no', 'notify', 'yes']),
  low_stock_amount: orDefault(z.nullable(z.number().check(whole(), between(0, 1e9))), null),
  restock_date: lenient(z.nullish(z.string().check(maxLength(40))), null),
};

const pageProduct = z.object({
  product_id: storeId,
  ...facts,
  /** `woocommerce_stock_format`: `no_amount` hides every count. */
  stock_format: lenient(z.optional(z.string().check(maxLength(40))), undefined),
  categories: lenient(z.optional(z.array(storeId).check(maxLength(100))), undefined),
  variations: z.optional(z.array(z.object({ id: storeId, ...facts })).check(maxLength(2000))),
});

type Facts = z.infer<z.ZodMiniObject<typeof facts>>;

/** One product's stock as the page states it, and its categories (for alternatives without a request). */
export interface PageStock {
  stock: ProductStock;
  categories?: number[];
}

function pageRecord(productId: string, variantId: string | null, f: Facts, showCounts: boolean, config: Config): StockRecord {
  const r = emptyRecord(productId, variantId);
  r.purchasable = f.purchasable;
  r.showCounts = showCounts;
  const date = toDateOnly(f.restock_date, config.timeZone);
  r.restock = date ? { date, confirmed: true } : null;
  const takesBackorders = f.backorders !== 'no';
  if (f.stock_status === 'outofstock') {
    r.onHand = 0;
    r.backorderable = 0;
  } else if (f.stock_status === 'onbackorder') {
    // Orderable, nothing on the shelf; a status set by hand (stock not managed) says no more than that.
    r.backorder = true;
    r.onHand = 0;
    r.backorderable = takesBackorders ? 'unlimited' : null;
  } else if (!f.manage_stock || f.stock_quantity === null) {
    // In stock and not counted: always in stock, no counts (as WooCommerce sells it).
    r.tracked = false;
    r.inStock = true;
  } else {
    r.onHand = Math.max(0, Math.floor(f.stock_quantity));
    r.inStock = r.onHand > 0;
    r.backorderable = takesBackorders ? 'unlimited' : 0;
    r.lowStockAt = f.low_stock_amount;
  }
  return r;
}

/** The products the page describes, by id. Read fresh on each look-up; a bad block costs only itself. */
export function readPageStock(doc: Document | undefined, config: Config): Map<string, PageStock> {
  const out = new Map<string, PageStock>();
  for (const script of Array.from(doc?.querySelectorAll?.('script[data-stock-status-woocommerce]') ?? [])) {
    let raw: unknown;
    try {
      const text = script.textContent ?? '';
      if (text.length > 2_000_000) throw new Error('too large');
      raw = JSON.parse(text);
    } catch {
      report('warn', 'a <script data-stock-status-woocommerce> block is not valid JSON; asking the Store API instead.');
      continue;
    }
    const parsed = z.safeParse(pageProduct, raw);
    if (!parsed.success) {
      report('warn', 'a <script data-stock-status-woocommerce> block does not match what the plugin writes; asking the Store API instead.');
      continue;
    }
    const p = parsed.data;
    const productId = String(p.product_id);
    const showCounts = p.stock_format !== 'no_amount';
    const variants = (p.variations ?? []).map((v) => pageRecord(productId, String(v.id), v, showCounts, config));
    out.set(productId, {
      stock: { productId, product: pageRecord(productId, null, p, showCounts, config), variants },
      categories: p.categories,
    });
  }
  return out;
}
