import * as z from 'zod/mini';
declare const offer: z.ZodMiniObject<{
    '@type': z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniArray<z.ZodMiniString<string>>]>>;
    availability: z.ZodMiniOptional<z.ZodMiniUnknown>;
    availabilityStarts: z.ZodMiniOptional<z.ZodMiniUnknown>;
    price: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>;
    lowPrice: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>;
    priceCurrency: z.ZodMiniOptional<z.ZodMiniString<string>>;
    offers: z.ZodMiniOptional<z.ZodMiniUnknown>;
    sku: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>;
    inventoryLevel: z.ZodMiniOptional<z.ZodMiniUnknown>;
}, z.core.$loose>;
export type JsonLdOffer = z.infer<typeof offer>;
declare const product: z.ZodMiniObject<{
    '@type': z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniArray<z.ZodMiniString<string>>]>;
    '@id': z.ZodMiniOptional<z.ZodMiniString<string>>;
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sku: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>;
    productID: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>;
    mpn: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>;
    productGroupID: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>;
    url: z.ZodMiniOptional<z.ZodMiniString<string>>;
    image: z.ZodMiniOptional<z.ZodMiniUnknown>;
    offers: z.ZodMiniOptional<z.ZodMiniUnknown>;
    hasVariant: z.ZodMiniOptional<z.ZodMiniUnknown>;
}, z.core.$loose>;
export type JsonLdProduct = z.infer<typeof product> & {
    variants: JsonLdProduct[];
    offerList: JsonLdOffer[];
};
/** Offers as a flat list: a single Offer, an array, or an AggregateOffer with or without its own offers. */
export declare function offersOf(value: unknown): JsonLdOffer[];
/** Every Product on the page, in document order. Malformed scripts are skipped with one warning. */
export declare function readJsonLd(doc: Document): JsonLdProduct[];
/** The identifiers a product or variant may be addressed by. */
export declare function idsOf(p: JsonLdProduct): string[];
export {};
