import * as z from "zod/mini";
/**
 * The subset of a WooCommerce Store API cart (`GET /wp-json/wc/store/v1/cart`; CartSchema.php and
 * CartItemSchema.php in src/StoreApi/Schemas/V1) that maps the page's cart rows to products. Only
 * what identifies a line is strict; the line's stock comes from the products look-up, as everywhere.
 */
export declare const storeCartItem: z.ZodMiniLazy<z.ZodMiniObject<{
    key: z.ZodMiniString<string>;
    id: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
    type: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    quantity: z.ZodMiniNumber<number>;
    permalink: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
}, z.core.$strip>>;
/** The cart; items are parsed one by one, so one bad line costs only itself. */
export declare const storeCart: z.ZodMiniLazy<z.ZodMiniObject<{
    items: z.ZodMiniArray<z.ZodMiniUnknown>;
}, z.core.$strip>>;
export type StoreCartItem = z.infer<typeof storeCartItem>;
