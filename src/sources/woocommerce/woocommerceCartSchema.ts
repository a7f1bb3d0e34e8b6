import * as z from 'zod/mini';
import { between, matches, maxLength } from '../../core/zodParts';
import { lenient } from '../lenient';
import { storeId } from './woocommerceSchema';

/**
 * The subset of a WooCommerce Store API cart (`GET /wp-json/wc/store/v1/cart`; CartSchema.php and
 * CartItemSchema.php in src/StoreApi/Schemas/V1) that maps the page's cart rows to products. Only
 * what identifies a line is strict; the line's stock comes from the products look-up, as everywhere.
 */
export const storeCartItem = z.lazy(() =>
  z.object({
    /** The line's key: the classic cart's `cart[<key>][qty]` and the Cart block's `data-cart-item-key`. */
    key: z.string().check(matches(/^[\w-]{1,64}$/)),
    /** The product's id, or the variation's on a variation line (`$product->get_id()`). */
    id: storeId,
    /** `simple`, `variation`, …; a bad value reads as not a variation. */
    type: lenient(z.string().check(maxLength(40)), undefined),
    /** `wc_stock_amount()`: whole unless a plugin filters it. */
    quantity: z.number().check(between(0, 1e9)),
    /** The link the Cart block prints on the line's name (display data: may be missing). */
    permalink: lenient(z.string().check(maxLength(2000)), undefined),
  }),
);

/** The cart; items are parsed one by one, so one bad line costs only itself. */
export const storeCart = z.lazy(() => z.object({ items: z.array(z.unknown()).check(maxLength(500)) }));

export type StoreCartItem = z.infer<typeof storeCartItem>;
