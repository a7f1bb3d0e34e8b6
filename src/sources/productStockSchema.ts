import * as z from 'zod/mini';
import { isDateOnly } from '../core/dates';
import { maxLength, recordOf } from '../core/zodParts';

/**
 * `ProductStock` as it comes back from sessionStorage, which any script on the page can write:
 * every field the core reads is checked again. Loose objects keep fields added later (they are
 * the store's own data), so a newer field survives a round trip.
 */
const count = z.lazy(() => z.number().check(z.refine(Number.isFinite)));
const dateOnly = z.lazy(() => z.string().check(z.refine(isDateOnly)));
const text = z.lazy(() => z.optional(z.string().check(maxLength(5000))));

const stockRecord = z.lazy(() =>
  z.looseObject({
    productId: z.string(),
    variantId: z.nullable(z.string()),
    purchasable: z.boolean(),
    tracked: z.boolean(),
    inStock: z.boolean(),
    onHand: z.nullable(count),
    backorderable: z.nullable(z.union([count, z.literal('unlimited')])),
    backorder: z.boolean(),
    lowStockAt: z.nullable(count),
    low: z.boolean(),
    showCounts: z.boolean(),
    preorder: z.nullable(z.object({ releaseDate: z.nullable(dateOnly) })),
    restock: z.nullable(z.object({ date: dateOnly, confirmed: z.boolean() })),
    storeText: z.optional(z.object({ unavailable: text, outOfStock: text, backorder: text, preorder: text })),
  }),
);

export const productStockSchema = z.lazy(() =>
  z.looseObject({
    productId: z.string(),
    product: stockRecord,
    variants: z.array(stockRecord),
    info: z.optional(z.object({ name: text, url: text, image: text, price: text })),
    variantAliases: z.optional(recordOf(() => true, z.string())),
  }),
);

/** One cached answer: when it was fetched and what it was (null: the platform does not know it). */
export const cacheEntrySchema = z.lazy(() =>
  z.object({
    at: count,
    value: z.nullable(productStockSchema),
  }),
);
