import * as z from 'zod/mini';
import { between, matches, maxLength, orDefault, whole } from '../../core/zodParts';
import { lenient } from '../lenient';

/**
 * The subset of a WooCommerce Store API product (`/wp-json/wc/store/v1/products`) the widget reads.
 * Field shapes follow WooCommerce's ProductSchema.php (src/StoreApi/Schemas/V1). Stock fields are
 * strict: without them there is no truthful answer. Display fields fall back to nothing when
 * malformed, so a broken image list never hides the stock.
 */
const plain = (max: number) => z.string().check(maxLength(max));
/** Woo post ids: positive integers. */
export const storeId = z.lazy(() => z.number().check(whole(), between(1, Number.MAX_SAFE_INTEGER)));
/** Quantities are integers unless a plugin filters `woocommerce_stock_amount` (then `number`). */
const quantity = z.lazy(() => z.number().check(between(-1e9, 1e9)));
const optional = <T extends z.ZodMiniType>(schema: T) => lenient(z.optional(schema), undefined);

const prices = z.lazy(() =>
  z.object({
    price: z.string().check(matches(/^-?\d{1,15}$/)),
    currency_code: optional(plain(3)),
    currency_minor_unit: orDefault(z.number().check(whole(), between(0, 4)), 2),
    currency_decimal_separator: orDefault(plain(5), '.'),
    currency_thousand_separator: orDefault(plain(5), ','),
    currency_prefix: orDefault(plain(20), ''),
    currency_suffix: orDefault(plain(20), ''),
  }),
);

const image = z.lazy(() => z.object({ src: optional(plain(2000)), thumbnail: optional(plain(2000)) }));

export const storeProduct = z.lazy(() =>
  z.object({
    id: storeId,
    /** The variable product a variation belongs to; 0 for a product. */
    parent: orDefault(z.number().check(whole(), between(0)), 0),
    type: optional(plain(50)),
    name: optional(plain(1000)),
    permalink: optional(plain(2000)),
    is_purchasable: z.boolean(),
    is_in_stock: z.boolean(),
    is_on_backorder: orDefault(z.boolean(), false),
    low_stock_remaining: orDefault(z.nullable(quantity), null),
    stock_availability: optional(z.object({ class: optional(plain(100)) })),
    sold_individually: orDefault(z.boolean(), false),
    add_to_cart: optional(z.object({ maximum: optional(quantity) })),
    prices: optional(prices),
    images: optional(z.array(image).check(maxLength(100))),
    categories: optional(z.array(z.object({ id: storeId })).check(maxLength(100))),
    variations: optional(z.array(z.object({ id: storeId })).check(maxLength(2000))),
  }),
);

/** A collection answer; entries are parsed one by one so one bad product costs only itself. */
export const storeProductList = z.lazy(() => z.array(z.unknown()).check(maxLength(1000)));

export type StoreProduct = z.infer<typeof storeProduct>;
export type StorePrices = z.infer<typeof prices>;
