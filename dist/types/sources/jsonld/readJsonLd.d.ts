import * as z from "zod/mini";
declare const offer: z.ZodMiniLazy<z.ZodMiniObject<{
    '@type': z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | string[] | undefined, unknown>>>;
    availability: z.ZodMiniOptional<z.ZodMiniUnknown>;
    availabilityStarts: z.ZodMiniOptional<z.ZodMiniUnknown>;
    price: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | number | undefined, unknown>>>;
    lowPrice: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | number | undefined, unknown>>>;
    priceCurrency: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    offers: z.ZodMiniOptional<z.ZodMiniUnknown>;
    sku: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | number | undefined, unknown>>>;
    inventoryLevel: z.ZodMiniOptional<z.ZodMiniUnknown>;
}, z.core.$loose>>;
export type JsonLdOffer = z.infer<typeof offer>;
declare const product: z.ZodMiniLazy<z.ZodMiniObject<{
    '@type': z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniArray<z.ZodMiniString<string>>]>;
    '@id': z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    name: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    sku: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | number | undefined, unknown>>>;
    productID: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | number | undefined, unknown>>>;
    mpn: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | number | undefined, unknown>>>;
    productGroupID: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | number | undefined, unknown>>>;
    url: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string | undefined, unknown>>>;
    image: z.ZodMiniOptional<z.ZodMiniUnknown>;
    offers: z.ZodMiniOptional<z.ZodMiniUnknown>;
    hasVariant: z.ZodMiniOptional<z.ZodMiniUnknown>;
}, z.core.$loose>>;
export type JsonLdProduct = z.infer<typeof product> & {
    variants: JsonLdProduct[];
    offerList: JsonLdOffer[];
};
/** Offers as a flat list: a single Offer, an array, or an AggregateOffer with or without its own offers. */
export declare function offersOf(value: unknown, depth?: number): JsonLdOffer[];
export declare function toProduct(node: unknown, depth?: number): JsonLdProduct | null;
/** Every Product on the page, in document order. Malformed scripts are skipped with one warning. */
export declare function readJsonLd(doc: Document): JsonLdProduct[];
/** The identifiers a product or variant may be addressed by. */
export declare function idsOf(p: JsonLdProduct): string[];
export {};
