import * as z from "zod/mini";
export declare const jsonStock: z.ZodMiniLazy<z.ZodMiniObject<{
    purchasable: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
    tracked: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
    inStock: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    onHand: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
    backorderable: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniLazy<z.ZodMiniNumber<number>>, z.ZodMiniLiteral<"unlimited">]>>>;
    lowStockAt: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
    showCounts: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
    preorder: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
        releaseDate: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniString<string>>>>;
    }, z.core.$strip>>>;
    restock: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
        date: z.ZodMiniLazy<z.ZodMiniString<string>>;
        confirmed: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
    }, z.core.$strip>>>;
}, z.core.$strip>>;
export declare const jsonVariant: z.ZodMiniLazy<z.ZodMiniObject<{
    id: z.ZodMiniLazy<z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>, z.ZodMiniTransform<string, any>>>;
    stock: z.ZodMiniLazy<z.ZodMiniObject<{
        purchasable: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
        tracked: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
        inStock: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        onHand: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
        backorderable: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniLazy<z.ZodMiniNumber<number>>, z.ZodMiniLiteral<"unlimited">]>>>;
        lowStockAt: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
        showCounts: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
        preorder: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            releaseDate: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniString<string>>>>;
        }, z.core.$strip>>>;
        restock: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            date: z.ZodMiniLazy<z.ZodMiniString<string>>;
            confirmed: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
}, z.core.$strip>>;
export declare const jsonProduct: z.ZodMiniLazy<z.ZodMiniObject<{
    id: z.ZodMiniLazy<z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>, z.ZodMiniTransform<string, any>>>;
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    url: z.ZodMiniOptional<z.ZodMiniString<string>>;
    image: z.ZodMiniOptional<z.ZodMiniString<string>>;
    price: z.ZodMiniOptional<z.ZodMiniString<string>>;
    stock: z.ZodMiniLazy<z.ZodMiniObject<{
        purchasable: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
        tracked: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
        inStock: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        onHand: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
        backorderable: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniLazy<z.ZodMiniNumber<number>>, z.ZodMiniLiteral<"unlimited">]>>>;
        lowStockAt: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
        showCounts: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
        preorder: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            releaseDate: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniString<string>>>>;
        }, z.core.$strip>>>;
        restock: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            date: z.ZodMiniLazy<z.ZodMiniString<string>>;
            confirmed: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
    variants: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniLazy<z.ZodMiniObject<{
        id: z.ZodMiniLazy<z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>, z.ZodMiniTransform<string, any>>>;
        stock: z.ZodMiniLazy<z.ZodMiniObject<{
            purchasable: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
            tracked: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
            inStock: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            onHand: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
            backorderable: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniLazy<z.ZodMiniNumber<number>>, z.ZodMiniLiteral<"unlimited">]>>>;
            lowStockAt: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
            showCounts: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
            preorder: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
                releaseDate: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniString<string>>>>;
            }, z.core.$strip>>>;
            restock: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
                date: z.ZodMiniLazy<z.ZodMiniString<string>>;
                confirmed: z.ZodMiniPipe<z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>, z.ZodMiniTransform<boolean, boolean | undefined>>;
            }, z.core.$strip>>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>>>;
    alternatives: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<string[] | undefined, unknown>>>;
}, z.core.$strip>>;
export declare const jsonFeed: z.ZodMiniLazy<z.ZodMiniObject<{
    version: z.ZodMiniLiteral<1>;
    products: z.ZodMiniArray<z.ZodMiniUnknown>;
}, z.core.$strip>>;
export type JsonStock = z.infer<typeof jsonStock>;
export type JsonProduct = z.infer<typeof jsonProduct>;
