import * as z from "zod/mini";
export declare const shopifyVariant: z.ZodMiniLazy<z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    availableForSale: z.ZodMiniBoolean<boolean>;
    currentlyNotInStock: z.ZodMiniBoolean<boolean>;
    quantityAvailable: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<number | null | undefined, unknown>>>;
    metafield: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        value: string;
    } | null | undefined, unknown>>>;
}, z.core.$strip>>;
export declare const shopifyProduct: z.ZodMiniLazy<z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    title: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    handle: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    onlineStoreUrl: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | null | undefined, unknown>>>;
    availableForSale: z.ZodMiniBoolean<boolean>;
    featuredImage: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        url: string;
    } | null | undefined, unknown>>>;
    priceRange: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        minVariantPrice: {
            amount: string;
            currencyCode: string;
        };
    } | null | undefined, unknown>>>;
    metafield: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
        value: string;
    } | null | undefined, unknown>>>;
    variants: z.ZodMiniObject<{
        nodes: z.ZodMiniArray<z.ZodMiniLazy<z.ZodMiniObject<{
            id: z.ZodMiniString<string>;
            availableForSale: z.ZodMiniBoolean<boolean>;
            currentlyNotInStock: z.ZodMiniBoolean<boolean>;
            quantityAvailable: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<number | null | undefined, unknown>>>;
            metafield: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
                value: string;
            } | null | undefined, unknown>>>;
        }, z.core.$strip>>>;
    }, z.core.$strip>;
}, z.core.$strip>>;
/** A `nodes(ids:)` entry asked for by a variant id: the variant and its product. */
export declare const shopifyVariantNode: z.ZodMiniLazy<z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    product: z.ZodMiniLazy<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        title: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
        handle: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
        onlineStoreUrl: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | null | undefined, unknown>>>;
        availableForSale: z.ZodMiniBoolean<boolean>;
        featuredImage: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
            url: string;
        } | null | undefined, unknown>>>;
        priceRange: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
            minVariantPrice: {
                amount: string;
                currencyCode: string;
            };
        } | null | undefined, unknown>>>;
        metafield: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
            value: string;
        } | null | undefined, unknown>>>;
        variants: z.ZodMiniObject<{
            nodes: z.ZodMiniArray<z.ZodMiniLazy<z.ZodMiniObject<{
                id: z.ZodMiniString<string>;
                availableForSale: z.ZodMiniBoolean<boolean>;
                currentlyNotInStock: z.ZodMiniBoolean<boolean>;
                quantityAvailable: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<number | null | undefined, unknown>>>;
                metafield: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<{
                    value: string;
                } | null | undefined, unknown>>>;
            }, z.core.$strip>>>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
}, z.core.$strip>>;
declare const graphQlError: z.ZodMiniLazy<z.ZodMiniObject<{
    message: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string, unknown>>>;
    path: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
    extensions: z.ZodMiniOptional<z.ZodMiniObject<{
        code: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$loose>>;
}, z.core.$strip>>;
/** The envelope: `errors` is an array, or a string when the token is wrong (HTTP 401). */
export declare const shopifyEnvelope: z.ZodMiniLazy<z.ZodMiniObject<{
    data: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{}, z.core.$loose>>>;
    errors: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniArray<z.ZodMiniLazy<z.ZodMiniObject<{
        message: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string, unknown>>>;
        path: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
        extensions: z.ZodMiniOptional<z.ZodMiniObject<{
            code: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$loose>>;
    }, z.core.$strip>>>]>>;
}, z.core.$strip>>;
export type ShopifyProduct = z.infer<typeof shopifyProduct>;
export type ShopifyVariant = z.infer<typeof shopifyVariant>;
export type ShopifyError = z.infer<typeof graphQlError>;
export {};
