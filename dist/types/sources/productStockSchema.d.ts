import * as z from "zod/mini";
export declare const productStockSchema: z.ZodMiniObject<{
    productId: z.ZodMiniString<string>;
    product: z.ZodMiniObject<{
        productId: z.ZodMiniString<string>;
        variantId: z.ZodMiniNullable<z.ZodMiniString<string>>;
        purchasable: z.ZodMiniBoolean<boolean>;
        tracked: z.ZodMiniBoolean<boolean>;
        inStock: z.ZodMiniBoolean<boolean>;
        onHand: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        backorderable: z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniLiteral<"unlimited">]>>;
        backorder: z.ZodMiniBoolean<boolean>;
        lowStockAt: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        low: z.ZodMiniBoolean<boolean>;
        showCounts: z.ZodMiniBoolean<boolean>;
        preorder: z.ZodMiniNullable<z.ZodMiniObject<{
            releaseDate: z.ZodMiniNullable<z.ZodMiniString<string>>;
        }, z.core.$strip>>;
        restock: z.ZodMiniNullable<z.ZodMiniObject<{
            date: z.ZodMiniString<string>;
            confirmed: z.ZodMiniBoolean<boolean>;
        }, z.core.$strip>>;
        storeText: z.ZodMiniOptional<z.ZodMiniObject<{
            unavailable: z.ZodMiniOptional<z.ZodMiniString<string>>;
            outOfStock: z.ZodMiniOptional<z.ZodMiniString<string>>;
            backorder: z.ZodMiniOptional<z.ZodMiniString<string>>;
            preorder: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
    variants: z.ZodMiniArray<z.ZodMiniObject<{
        productId: z.ZodMiniString<string>;
        variantId: z.ZodMiniNullable<z.ZodMiniString<string>>;
        purchasable: z.ZodMiniBoolean<boolean>;
        tracked: z.ZodMiniBoolean<boolean>;
        inStock: z.ZodMiniBoolean<boolean>;
        onHand: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        backorderable: z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniLiteral<"unlimited">]>>;
        backorder: z.ZodMiniBoolean<boolean>;
        lowStockAt: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
        low: z.ZodMiniBoolean<boolean>;
        showCounts: z.ZodMiniBoolean<boolean>;
        preorder: z.ZodMiniNullable<z.ZodMiniObject<{
            releaseDate: z.ZodMiniNullable<z.ZodMiniString<string>>;
        }, z.core.$strip>>;
        restock: z.ZodMiniNullable<z.ZodMiniObject<{
            date: z.ZodMiniString<string>;
            confirmed: z.ZodMiniBoolean<boolean>;
        }, z.core.$strip>>;
        storeText: z.ZodMiniOptional<z.ZodMiniObject<{
            unavailable: z.ZodMiniOptional<z.ZodMiniString<string>>;
            outOfStock: z.ZodMiniOptional<z.ZodMiniString<string>>;
            backorder: z.ZodMiniOptional<z.ZodMiniString<string>>;
            preorder: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strip>>;
    }, z.core.$loose>>;
    info: z.ZodMiniOptional<z.ZodMiniObject<{
        name: z.ZodMiniOptional<z.ZodMiniString<string>>;
        url: z.ZodMiniOptional<z.ZodMiniString<string>>;
        image: z.ZodMiniOptional<z.ZodMiniString<string>>;
        price: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>>;
    variantAliases: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniObject<{}, z.core.$loose>, z.ZodMiniTransform<Record<string, string>, {
        [x: string]: unknown;
    }>>>;
}, z.core.$loose>;
/** One cached answer: when it was fetched and what it was (null: the platform does not know it). */
export declare const cacheEntrySchema: z.ZodMiniObject<{
    at: z.ZodMiniNumber<number>;
    value: z.ZodMiniNullable<z.ZodMiniObject<{
        productId: z.ZodMiniString<string>;
        product: z.ZodMiniObject<{
            productId: z.ZodMiniString<string>;
            variantId: z.ZodMiniNullable<z.ZodMiniString<string>>;
            purchasable: z.ZodMiniBoolean<boolean>;
            tracked: z.ZodMiniBoolean<boolean>;
            inStock: z.ZodMiniBoolean<boolean>;
            onHand: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
            backorderable: z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniLiteral<"unlimited">]>>;
            backorder: z.ZodMiniBoolean<boolean>;
            lowStockAt: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
            low: z.ZodMiniBoolean<boolean>;
            showCounts: z.ZodMiniBoolean<boolean>;
            preorder: z.ZodMiniNullable<z.ZodMiniObject<{
                releaseDate: z.ZodMiniNullable<z.ZodMiniString<string>>;
            }, z.core.$strip>>;
            restock: z.ZodMiniNullable<z.ZodMiniObject<{
                date: z.ZodMiniString<string>;
                confirmed: z.ZodMiniBoolean<boolean>;
            }, z.core.$strip>>;
            storeText: z.ZodMiniOptional<z.ZodMiniObject<{
                unavailable: z.ZodMiniOptional<z.ZodMiniString<string>>;
                outOfStock: z.ZodMiniOptional<z.ZodMiniString<string>>;
                backorder: z.ZodMiniOptional<z.ZodMiniString<string>>;
                preorder: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strip>>;
        }, z.core.$loose>;
        variants: z.ZodMiniArray<z.ZodMiniObject<{
            productId: z.ZodMiniString<string>;
            variantId: z.ZodMiniNullable<z.ZodMiniString<string>>;
            purchasable: z.ZodMiniBoolean<boolean>;
            tracked: z.ZodMiniBoolean<boolean>;
            inStock: z.ZodMiniBoolean<boolean>;
            onHand: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
            backorderable: z.ZodMiniNullable<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniLiteral<"unlimited">]>>;
            backorder: z.ZodMiniBoolean<boolean>;
            lowStockAt: z.ZodMiniNullable<z.ZodMiniNumber<number>>;
            low: z.ZodMiniBoolean<boolean>;
            showCounts: z.ZodMiniBoolean<boolean>;
            preorder: z.ZodMiniNullable<z.ZodMiniObject<{
                releaseDate: z.ZodMiniNullable<z.ZodMiniString<string>>;
            }, z.core.$strip>>;
            restock: z.ZodMiniNullable<z.ZodMiniObject<{
                date: z.ZodMiniString<string>;
                confirmed: z.ZodMiniBoolean<boolean>;
            }, z.core.$strip>>;
            storeText: z.ZodMiniOptional<z.ZodMiniObject<{
                unavailable: z.ZodMiniOptional<z.ZodMiniString<string>>;
                outOfStock: z.ZodMiniOptional<z.ZodMiniString<string>>;
                backorder: z.ZodMiniOptional<z.ZodMiniString<string>>;
                preorder: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strip>>;
        }, z.core.$loose>>;
        info: z.ZodMiniOptional<z.ZodMiniObject<{
            name: z.ZodMiniOptional<z.ZodMiniString<string>>;
            url: z.ZodMiniOptional<z.ZodMiniString<string>>;
            image: z.ZodMiniOptional<z.ZodMiniString<string>>;
            price: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strip>>;
        variantAliases: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniObject<{}, z.core.$loose>, z.ZodMiniTransform<Record<string, string>, {
            [x: string]: unknown;
        }>>>;
    }, z.core.$loose>>;
}, z.core.$strip>;
