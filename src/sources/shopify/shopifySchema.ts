import * as z from 'zod/mini';
import { between, matches, maxLength, whole } from '../../core/zodParts';
import { lenient } from '../lenient';

/** The parts of a Storefront API answer the source reads. Display fields fall back to nothing when odd; stock fields must be right. */
const text = (max: number) => lenient(z.optional(z.string().check(maxLength(max))), undefined);
const gid = (type: string) => {
  const re = new RegExp(`^gid://shopify/${type}/\\d{1,20}$`);
  return z.string().check(matches(re));
};
const metafield = lenient(z.nullish(z.object({ value: z.string().check(maxLength(100)) })), null);

export const shopifyVariant = z.lazy(() =>
  z.object({
    id: gid('ProductVariant'),
    availableForSale: z.boolean(),
    currentlyNotInStock: z.boolean(),
    // Absent when not asked for, null when the token lacks the inventory scope.
    quantityAvailable: lenient(z.nullish(z.number().check(whole(), between(-1e9, 1e9))), null),
    metafield,
  }),
);

export const shopifyProduct = z.lazy(() =>
  z.object({
    id: gid('Product'),
    title: text(500),
    handle: text(300),
    onlineStoreUrl: lenient(z.nullish(z.string().check(maxLength(2000))), null),
    availableForSale: z.boolean(),
    featuredImage: lenient(z.nullish(z.object({ url: z.string().check(maxLength(2000)) })), null),
    priceRange: lenient(
      z.nullish(z.object({ minVariantPrice: z.object({ amount: z.string().check(maxLength(40)), currencyCode: z.string() }) })),
      null,
    ),
    metafield,
    variants: z.object({ nodes: z.array(shopifyVariant).check(maxLength(2048)) }),
  }),
);

/** A `nodes(ids:)` entry asked for by a variant id: the variant and its product. */
export const shopifyVariantNode = z.lazy(() => z.object({ id: gid('ProductVariant'), product: shopifyProduct }));

const graphQlError = z.lazy(() =>
  z.object({
    message: lenient(z.string(), ''),
    path: z.optional(z.array(z.union([z.string(), z.number()])).check(maxLength(50))),
    extensions: z.optional(z.looseObject({ code: z.optional(z.string()) })),
  }),
);

/** The envelope: `errors` is an array, or a string when the token is wrong (HTTP 401). */
export const shopifyEnvelope = z.lazy(() =>
  z.object({
    data: z.optional(z.nullable(z.looseObject({}))),
    errors: z.optional(z.union([z.string(), z.array(graphQlError).check(maxLength(1000))])),
  }),
);

export type ShopifyProduct = z.infer<typeof shopifyProduct>;
export type ShopifyVariant = z.infer<typeof shopifyVariant>;
export type ShopifyError = z.infer<typeof graphQlError>;
