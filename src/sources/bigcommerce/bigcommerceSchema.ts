import * as z from 'zod/mini';
import { between, maxLength, whole } from '../../core/zodParts';

/**
 * zod/mini shapes of the Storefront API answers, as the schema files define them. Counts are
 * bounded, text is capped, and every Alpha field is optional (older stores never send it).
 */
const count = z.lazy(() => z.number().check(whole(), between(-1e9, 1e9)));
const text = (max: number) => z.string().check(maxLength(max));
const edges = <T extends z.ZodMiniType>(node: T) => z.object({ edges: z.nullable(z.array(z.object({ node })).check(maxLength(500))) });

export const aggregatedSchema = z.lazy(() =>
  z.nullish(
    z.object({
      availableToSell: count,
      warningLevel: count,
      availableOnHand: z.optional(count),
      availableForBackorder: z.optional(z.nullable(count)),
      unlimitedBackorder: z.optional(z.boolean()),
    }),
  ),
);

const metafields = edges(z.object({ key: text(200), value: text(10_000) }));

export const variantSchema = z.lazy(() =>
  z.object({
    entityId: z.number().check(whole()),
    sku: z.optional(text(500)),
    isPurchasable: z.boolean(),
    inventory: z.nullish(z.object({ isInStock: z.boolean(), aggregated: aggregatedSchema })),
    metafields: z.optional(metafields),
    options: z.optional(edges(z.object({ entityId: z.number(), values: edges(z.object({ entityId: z.number() })) }))),
  }),
);

export const productSchema = z.lazy(() =>
  z.object({
    entityId: z.number().check(whole()),
    name: z.optional(text(1000)),
    path: z.optional(text(2000)),
    defaultImage: z.nullish(z.object({ url: text(4000) })),
    prices: z.nullish(z.object({ price: z.object({ value: z.number(), currencyCode: text(3) }) })),
    availabilityV2: z.object({
      status: z.literal(['Available', 'Preorder', 'Unavailable']),
      message: z.nullish(text(5000)),
      willBeReleasedAt: z.nullish(z.object({ utc: text(64) })),
    }),
    inventory: z.object({
      isInStock: z.boolean(),
      hasVariantInventory: z.boolean(),
      isStockTracked: z.optional(z.boolean()),
      aggregated: aggregatedSchema,
    }),
    metafields: z.optional(metafields),
    // `hasNextPage`: more variants than were asked for (past the first 50).
    variants: z.optional(
      z.object({
        pageInfo: z.optional(z.object({ hasNextPage: z.boolean() })),
        edges: z.nullable(z.array(z.object({ node: z.unknown() })).check(maxLength(500))),
      }),
    ),
  }),
);

export const inventorySettingsSchema = z.lazy(() =>
  z.nullish(
    z.object({
      stockLevelDisplay: z.nullish(z.literal(['DONT_SHOW', 'SHOW', 'SHOW_WHEN_LOW'])),
      defaultOutOfStockMessage: z.optional(text(5000)),
      showBackorderAvailabilityPrompt: z.optional(z.boolean()),
      backorderAvailabilityPrompt: z.optional(text(5000)),
      showDefaultShippingExpectationPrompt: z.optional(z.boolean()),
      defaultShippingExpectationPrompt: z.optional(text(5000)),
    }),
  ),
);

/** The envelope of every answer: data and/or errors. */
export const responseSchema = z.lazy(() =>
  z.object({
    data: z.nullish(z.looseObject({})),
    errors: z.optional(z.array(z.object({ message: z.string() })).check(maxLength(100))),
  }),
);

/** `site` of the products and related documents; products stay unknown so one bad product costs only itself. */
export const siteSchema = z.lazy(() =>
  z.object({
    site: z.object({
      products: z.optional(edges(z.unknown())),
      // The related document's product carries `relatedProducts`; the variant document's is the product itself.
      product: z.nullish(z.looseObject({ relatedProducts: z.optional(edges(z.unknown())) })),
      settings: z.nullish(z.object({ inventory: inventorySettingsSchema })),
    }),
  }),
);

export const cartSchema = z.lazy(() =>
  z.object({
    site: z.object({
      cart: z.nullish(
        z.object({
          lineItems: z.object({
            physicalItems: z
              .array(
                z.object({
                  entityId: text(100),
                  productEntityId: z.number().check(whole()),
                  variantEntityId: z.nullish(z.number().check(whole())),
                  quantity: z.number().check(whole(), between(0, 1e6)),
                }),
              )
              .check(maxLength(500)),
          }),
        }),
      ),
    }),
  }),
);

export type BcProduct = z.infer<typeof productSchema>;
export type BcVariant = z.infer<typeof variantSchema>;
export type BcAggregated = z.infer<typeof aggregatedSchema>;
export type BcInventorySettings = z.infer<typeof inventorySettingsSchema>;
