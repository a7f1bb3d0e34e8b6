import * as z from "zod/mini";
export declare const productStockSchema: z.ZodMiniLazy<z.ZodMiniObject<{
    productId: z.ZodMiniString<string>;
    product: z.ZodMiniLazy<z.ZodMiniObject<{
        productId: z.ZodMiniString<string>;
        variantId: z.ZodMiniNullable<z.ZodMiniString<string>>;
        purchasable: z.ZodMiniBoolean<boolean>;
        tracked: z.ZodMiniBoolean<boolean>;
        inStock: z.ZodMiniBoolean<boolean>;
        onHand: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
        backorderable: z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniLazy<z.ZodMiniNumber<number>>, z.ZodMiniLiteral<"unlimited">]>>;
        backorder: z.ZodMiniBoolean<boolean>;
        lowStockAt: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
        low: z.ZodMiniBoolean<boolean>;
        showCounts: z.ZodMiniBoolean<boolean>;
        preorder: z.ZodMiniNullable<z.ZodMiniObject<{
            releaseDate: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        restock: z.ZodMiniNullable<z.ZodMiniObject<{
            date: z.ZodMiniLazy<z.ZodMiniString<string>>;
            confirmed: z.ZodMiniBoolean<boolean>;
        }, z.core.$strip>>;
        storeText: z.ZodMiniOptional<z.ZodMiniObject<{
            unavailable: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            outOfStock: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            backorder: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            preorder: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
    }, z.core.$loose>>;
    variants: z.ZodMiniArray<z.ZodMiniLazy<z.ZodMiniObject<{
        productId: z.ZodMiniString<string>;
        variantId: z.ZodMiniNullable<z.ZodMiniString<string>>;
        purchasable: z.ZodMiniBoolean<boolean>;
        tracked: z.ZodMiniBoolean<boolean>;
        inStock: z.ZodMiniBoolean<boolean>;
        onHand: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
        backorderable: z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniLazy<z.ZodMiniNumber<number>>, z.ZodMiniLiteral<"unlimited">]>>;
        backorder: z.ZodMiniBoolean<boolean>;
        lowStockAt: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
        low: z.ZodMiniBoolean<boolean>;
        showCounts: z.ZodMiniBoolean<boolean>;
        preorder: z.ZodMiniNullable<z.ZodMiniObject<{
            releaseDate: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        restock: z.ZodMiniNullable<z.ZodMiniObject<{
            date: z.ZodMiniLazy<z.ZodMiniString<string>>;
            confirmed: z.ZodMiniBoolean<boolean>;
        }, z.core.$strip>>;
        storeText: z.ZodMiniOptional<z.ZodMiniObject<{
            unavailable: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            outOfStock: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            backorder: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            preorder: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
    }, z.core.$loose>>>;
    info: z.ZodMiniOptional<z.ZodMiniObject<{
        name: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
        url: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
        image: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
        price: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
    }, z.core.$strip>>;
    variantAliases: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniObject<{}, z.core.$loose>, z.ZodMiniTransform<Record<string, string>, {
        [x: string]: unknown;
    }>>>;
}, z.core.$loose>>;
/** One cached answer: when it was fetched and what it was (null: the platform does not know it). */
export declare const cacheEntrySchema: z.ZodMiniLazy<z.ZodMiniObject<{
    at: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
    value: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniObject<{
        productId: z.ZodMiniString<string>;
        product: z.ZodMiniLazy<z.ZodMiniObject<{
            productId: z.ZodMiniString<string>;
            variantId: z.ZodMiniNullable<z.ZodMiniString<string>>;
            purchasable: z.ZodMiniBoolean<boolean>;
            tracked: z.ZodMiniBoolean<boolean>;
            inStock: z.ZodMiniBoolean<boolean>;
            onHand: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
            backorderable: z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniLazy<z.ZodMiniNumber<number>>, z.ZodMiniLiteral<"unlimited">]>>;
            backorder: z.ZodMiniBoolean<boolean>;
            lowStockAt: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
            low: z.ZodMiniBoolean<boolean>;
            showCounts: z.ZodMiniBoolean<boolean>;
            preorder: z.ZodMiniNullable<z.ZodMiniObject<{
                releaseDate: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniString<string>>>;
            }, z.core.$strip>>;
            restock: z.ZodMiniNullable<z.ZodMiniObject<{
                date: z.ZodMiniLazy<z.ZodMiniString<string>>;
                confirmed: z.ZodMiniBoolean<boolean>;
            }, z.core.$strip>>;
            storeText: z.ZodMiniOptional<z.ZodMiniObject<{
                unavailable: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
                outOfStock: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
                backorder: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
                preorder: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            }, z.core.$strip>>;
        }, z.core.$loose>>;
        variants: z.ZodMiniArray<z.ZodMiniLazy<z.ZodMiniObject<{
            productId: z.ZodMiniString<string>;
            variantId: z.ZodMiniNullable<z.ZodMiniString<string>>;
            purchasable: z.ZodMiniBoolean<boolean>;
            tracked: z.ZodMiniBoolean<boolean>;
            inStock: z.ZodMiniBoolean<boolean>;
            onHand: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
            backorderable: z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniLazy<z.ZodMiniNumber<number>>, z.ZodMiniLiteral<"unlimited">]>>;
            backorder: z.ZodMiniBoolean<boolean>;
            lowStockAt: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
            low: z.ZodMiniBoolean<boolean>;
            showCounts: z.ZodMiniBoolean<boolean>;
            preorder: z.ZodMiniNullable<z.ZodMiniObject<{
                releaseDate: z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniString<string>>>;
            }, z.core.$strip>>;
            restock: z.ZodMiniNullable<z.ZodMiniObject<{
                date: z.ZodMiniLazy<z.ZodMiniString<string>>;
                confirmed: z.ZodMiniBoolean<boolean>;
            }, z.core.$strip>>;
            storeText: z.ZodMiniOptional<z.ZodMiniObject<{
                unavailable: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
                outOfStock: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
                backorder: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
                preorder: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            }, z.core.$strip>>;
        }, z.core.$loose>>>;
        info: z.ZodMiniOptional<z.ZodMiniObject<{
            name: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            url: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            image: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
            price: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniString<string>>>;
        }, z.core.$strip>>;
        variantAliases: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniObject<{}, z.core.$loose>, z.ZodMiniTransform<Record<string, string>, {
            [x: string]: unknown;
        }>>>;
    }, z.core.$loose>>>;
}, z.core.$strip>>;
