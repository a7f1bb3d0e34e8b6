import * as z from 'zod/mini';
import { isDateOnly } from '../../core/dates';
import { between, maxLength, nonEmpty, orDefault, whole } from '../../core/zodParts';
import { lenient } from '../lenient';

/**
 * Version 1 of our own JSON endpoint format, for custom and headless stores. The README documents
 * it from this schema; change both together, and bump `version` for anything not backward compatible.
 */
const count = z.lazy(() => z.number().check(whole(), between(0, 1e9)));
const dateOnly = z.lazy(() => z.string().check(z.refine(isDateOnly))); // a real calendar day: 2026-02-30 is not one
const plain = (max: number) => z.string().check(maxLength(max));

export const jsonStock = z.lazy(() =>
  z.object({
    purchasable: orDefault(z.boolean(), true),
    tracked: orDefault(z.boolean(), true),
    inStock: z.optional(z.boolean()),
    onHand: z.optional(z.nullable(count)),
    backorderable: z.optional(z.nullable(z.union([count, z.literal('unlimited')]))),
    lowStockAt: z.optional(z.nullable(count)),
    showCounts: orDefault(z.boolean(), true),
    preorder: z.optional(z.nullable(z.object({ releaseDate: z.optional(z.nullable(dateOnly)) }))),
    restock: z.optional(z.nullable(z.object({ date: dateOnly, confirmed: orDefault(z.boolean(), false) }))),
  }),
);

const id = z.lazy(() => z.pipe(z.union([z.string().check(nonEmpty(), maxLength(200)), z.number()]), z.transform(String)));

export const jsonVariant = z.lazy(() => z.object({ id, stock: jsonStock }));

export const jsonProduct = z.lazy(() =>
  z.object({
    id,
    name: z.optional(plain(500)),
    url: z.optional(plain(2000)),
    image: z.optional(plain(2000)),
    price: z.optional(plain(100)),
    stock: jsonStock,
    variants: z.optional(z.array(jsonVariant).check(maxLength(2000))),
    /** Ids of products to offer instead when this one cannot be bought; a malformed list is ignored, not fatal. */
    alternatives: lenient(z.optional(z.array(id).check(maxLength(50))), undefined),
  }),
);

export const jsonFeed = z.lazy(() =>
  z.object({
    version: z.literal(1),
    products: z.array(z.unknown()).check(maxLength(1000)),
  }),
);

export type JsonStock = z.infer<typeof jsonStock>;
export type JsonProduct = z.infer<typeof jsonProduct>;
