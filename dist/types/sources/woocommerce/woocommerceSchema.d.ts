import * as z from "zod/mini";
/** Woo post ids: positive integers. */
export declare const storeId: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
declare const prices: z.ZodMiniLazy<z.ZodMiniObject<{
    price: z.ZodMiniString<string>;
    currency_code: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    currency_minor_unit: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniNumber<number>>, z.ZodMiniTransform<number, number | undefined>>;
    currency_decimal_separator: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniString<string>>, z.ZodMiniTransform<string, string | undefined>>;
    currency_thousand_separator: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniString<string>>, z.ZodMiniTransform<string, string | undefined>>;
    currency_prefix: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniString<string>>, z.ZodMiniTransform<string, string | undefined>>;
    currency_suffix: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniString<string>>, z.ZodMiniTransform<string, string | undefined>>;
}, z.core.$strip>>;
export declare const storeProduct: z.ZodMiniLazy<z.ZodMiniObject<{
    id: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
    parent: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniNumber<number>>, z.ZodMiniTransform<number, number | undefined>>;
    type: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    name: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    permalink: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    is_purchasable: z.ZodMiniBoolean<boolean>;
    is_in_stock: z.ZodMiniBoolean<boolean>;
    is_on_backorder: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
    low_stock_remaining: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>, z.ZodMiniTransform<number | null, number | null | undefined>>;
    stock_availability: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        class?: string | undefined;
    } | undefined, unknown>>>;
    sold_individually: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
    add_to_cart: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        maximum?: number | undefined;
    } | undefined, unknown>>>;
    prices: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        price: string;
        currency_minor_unit: number;
        currency_decimal_separator: string;
        currency_thousand_separator: string;
        currency_prefix: string;
        currency_suffix: string;
        currency_code?: string | undefined;
    } | undefined, unknown>>>;
    images: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        src?: string | undefined;
        thumbnail?: string | undefined;
    }[] | undefined, unknown>>>;
    categories: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        id: number;
    }[] | undefined, unknown>>>;
    variations: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        id: number;
    }[] | undefined, unknown>>>;
}, z.core.$strip>>;
/** A collection answer; entries are parsed one by one so one bad product costs only itself. */
export declare const storeProductList: z.ZodMiniLazy<z.ZodMiniArray<z.ZodMiniUnknown>>;
export type StoreProduct = z.infer<typeof storeProduct>;
export type StorePrices = z.infer<typeof prices>;
export {};
