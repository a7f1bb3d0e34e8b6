import * as z from 'zod/mini';
import type { Config } from '../../config/Config';
import { toDateOnly } from '../../core/dates';
import { report } from '../../core/report';
import type { ProductStock } from '../../core/StockRecord';
import { maxLength } from '../../core/zodParts';
import { lenient } from '../lenient';
import { type StoreProduct, storeProduct, storeProductList } from './woocommerceSchema';
import { woocommerceStock } from './woocommerceStock';

/**
 * The no-request mode of the WordPress plugin (wordpress-plugin/stock-status): on a product page
 * PHP prints `<script type="application/json" data-stock-status-woocommerce>` with the product and
 * its variations in the Store API's own shape, worked out in PHP from WooCommerce's stock facts as
 * the Store API works them out (class-stock-status-page-stock.php), plus the merchant's restock
 * date. So one rule, woocommerceStock, reads both, and the page needs no request.
 */
const restock = z.lazy(() => z.object({ restock_date: lenient(z.nullish(z.string().check(maxLength(40))), null) }));

/**
 * The products the page describes, by id. Read fresh on each look-up; a bad block costs only itself.
 * `seen` gets each product as the Store API would have sent it (the source remembers its categories).
 */
export function readPageStock(doc: Document | undefined, config: Config, seen: (p: StoreProduct) => void): Map<string, ProductStock> {
  const out = new Map<string, ProductStock>();
  for (const script of Array.from(doc?.querySelectorAll?.('script[data-stock-status-woocommerce]') ?? [])) {
    const items: (StoreProduct & z.infer<typeof restock>)[] = [];
    try {
      // At most 1000 entries (storeProductList), as from the Store API.
      for (const raw of z.parse(storeProductList, JSON.parse(script.textContent ?? '')))
        items.push({ ...z.parse(storeProduct, raw), ...z.parse(restock, raw) });
    } catch {
      report('warn', 'a <script data-stock-status-woocommerce> block is not valid; asking the Store API instead.');
      continue;
    }
    const record = (p: (typeof items)[number], productId: string, variantId: string | null) => {
      const r = woocommerceStock(p, productId, variantId);
      const date = toDateOnly(p.restock_date, config.timeZone);
      r.restock = date ? { date, confirmed: true } : null;
      return r;
    };
    for (const p of items) {
      if (p.parent !== 0) continue;
      const productId = String(p.id);
      const variants = items.filter((v) => v.parent === p.id).map((v) => record(v, productId, String(v.id)));
      seen(p);
      out.set(productId, { productId, product: record(p, productId, null), variants });
    }
  }
  return out;
}
