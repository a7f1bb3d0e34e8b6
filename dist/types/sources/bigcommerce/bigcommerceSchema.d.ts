import * as z from "zod/mini";
export declare const aggregatedSchema: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
    availableToSell: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
    warningLevel: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
    availableOnHand: z.ZodMiniOptional<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
    availableForBackorder: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
    unlimitedBackorder: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
}, z.core.$strip>>>>;
export declare const variantSchema: z.ZodMiniLazy<z.ZodMiniObject<{
    entityId: z.ZodMiniNumber<number>;
    sku: z.ZodMiniOptional<z.ZodMiniString<string>>;
    isPurchasable: z.ZodMiniBoolean<boolean>;
    inventory: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
        isInStock: z.ZodMiniBoolean<boolean>;
        aggregated: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            availableToSell: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
            warningLevel: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
            availableOnHand: z.ZodMiniOptional<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
            availableForBackorder: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
            unlimitedBackorder: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        }, z.core.$strip>>>>;
    }, z.core.$strip>>>;
    metafields: z.ZodMiniOptional<z.ZodMiniObject<{
        edges: z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniObject<{
            node: z.ZodMiniObject<{
                key: z.ZodMiniString<string>;
                value: z.ZodMiniString<string>;
            }, z.core.$strip>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
    options: z.ZodMiniOptional<z.ZodMiniObject<{
        edges: z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniObject<{
            node: z.ZodMiniObject<{
                entityId: z.ZodMiniNumber<number>;
                values: z.ZodMiniObject<{
                    edges: z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniObject<{
                        node: z.ZodMiniObject<{
                            entityId: z.ZodMiniNumber<number>;
                        }, z.core.$strip>;
                    }, z.core.$strip>>>;
                }, z.core.$strip>;
            }, z.core.$strip>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
}, z.core.$strip>>;
export declare const productSchema: z.ZodMiniLazy<z.ZodMiniObject<{
    entityId: z.ZodMiniNumber<number>;
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    path: z.ZodMiniOptional<z.ZodMiniString<string>>;
    defaultImage: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
        url: z.ZodMiniString<string>;
    }, z.core.$strip>>>;
    prices: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
        price: z.ZodMiniObject<{
            value: z.ZodMiniNumber<number>;
            currencyCode: z.ZodMiniString<string>;
        }, z.core.$strip>;
    }, z.core.$strip>>>;
    availabilityV2: z.ZodMiniObject<{
        status: z.ZodMiniLiteral<"Unavailable" | "Available" | "Preorder">;
        message: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        willBeReleasedAt: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            utc: z.ZodMiniString<string>;
        }, z.core.$strip>>>;
    }, z.core.$strip>;
    inventory: z.ZodMiniObject<{
        isInStock: z.ZodMiniBoolean<boolean>;
        hasVariantInventory: z.ZodMiniBoolean<boolean>;
        isStockTracked: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        aggregated: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            availableToSell: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
            warningLevel: z.ZodMiniLazy<z.ZodMiniNumber<number>>;
            availableOnHand: z.ZodMiniOptional<z.ZodMiniLazy<z.ZodMiniNumber<number>>>;
            availableForBackorder: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLazy<z.ZodMiniNumber<number>>>>;
            unlimitedBackorder: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        }, z.core.$strip>>>>;
    }, z.core.$strip>;
    metafields: z.ZodMiniOptional<z.ZodMiniObject<{
        edges: z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniObject<{
            node: z.ZodMiniObject<{
                key: z.ZodMiniString<string>;
                value: z.ZodMiniString<string>;
            }, z.core.$strip>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
    variants: z.ZodMiniOptional<z.ZodMiniObject<{
        pageInfo: z.ZodMiniOptional<z.ZodMiniObject<{
            hasNextPage: z.ZodMiniBoolean<boolean>;
        }, z.core.$strip>>;
        edges: z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniObject<{
            node: z.ZodMiniUnknown;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
}, z.core.$strip>>;
export declare const inventorySettingsSchema: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
    stockLevelDisplay: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLiteral<"DONT_SHOW" | "SHOW" | "SHOW_WHEN_LOW">>>;
    defaultOutOfStockMessage: z.ZodMiniOptional<z.ZodMiniString<string>>;
    showBackorderAvailabilityPrompt: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    backorderAvailabilityPrompt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    showDefaultShippingExpectationPrompt: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    defaultShippingExpectationPrompt: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strip>>>>;
/** The envelope of every answer: data and/or errors. */
export declare const responseSchema: z.ZodMiniLazy<z.ZodMiniObject<{
    data: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{}, z.core.$loose>>>;
    errors: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        message: z.ZodMiniString<string>;
    }, z.core.$strip>>>;
}, z.core.$strip>>;
/** `site` of the products and related documents; products stay unknown so one bad product costs only itself. */
export declare const siteSchema: z.ZodMiniLazy<z.ZodMiniObject<{
    site: z.ZodMiniObject<{
        products: z.ZodMiniOptional<z.ZodMiniObject<{
            edges: z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniObject<{
                node: z.ZodMiniUnknown;
            }, z.core.$strip>>>;
        }, z.core.$strip>>;
        product: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            relatedProducts: z.ZodMiniOptional<z.ZodMiniObject<{
                edges: z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniObject<{
                    node: z.ZodMiniUnknown;
                }, z.core.$strip>>>;
            }, z.core.$strip>>;
        }, z.core.$loose>>>;
        settings: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            inventory: z.ZodMiniLazy<z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
                stockLevelDisplay: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniLiteral<"DONT_SHOW" | "SHOW" | "SHOW_WHEN_LOW">>>;
                defaultOutOfStockMessage: z.ZodMiniOptional<z.ZodMiniString<string>>;
                showBackorderAvailabilityPrompt: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
                backorderAvailabilityPrompt: z.ZodMiniOptional<z.ZodMiniString<string>>;
                showDefaultShippingExpectationPrompt: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
                defaultShippingExpectationPrompt: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strip>>>>;
        }, z.core.$strip>>>;
    }, z.core.$strip>;
}, z.core.$strip>>;
export declare const cartSchema: z.ZodMiniLazy<z.ZodMiniObject<{
    site: z.ZodMiniObject<{
        cart: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniObject<{
            lineItems: z.ZodMiniObject<{
                physicalItems: z.ZodMiniArray<z.ZodMiniObject<{
                    entityId: z.ZodMiniString<string>;
                    productEntityId: z.ZodMiniNumber<number>;
                    variantEntityId: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
                    quantity: z.ZodMiniNumber<number>;
                }, z.core.$strip>>;
            }, z.core.$strip>;
        }, z.core.$strip>>>;
    }, z.core.$strip>;
}, z.core.$strip>>;
export type BcProduct = z.infer<typeof productSchema>;
export type BcVariant = z.infer<typeof variantSchema>;
export type BcAggregated = z.infer<typeof aggregatedSchema>;
export type BcInventorySettings = z.infer<typeof inventorySettingsSchema>;
