/**
 * The one shape every platform adapter normalises to. The pure core (availability, eta,
 * messages) reads nothing else, so a new platform only has to fill this in truthfully.
 */
/** A calendar date, `YYYY-MM-DD`. Date-only values stay strings so no time zone can move them. */
export type DateOnly = string;
export interface StockRecord {
    productId: string;
    /** null for the product as a whole (no variant picked, or a product without variants). */
    variantId: string | null;
    /** false: the platform says it cannot be bought at all (disabled, discontinued, not purchasable). */
    purchasable: boolean;
    /** false: stock is not tracked, so it is always in stock and there are no counts. */
    tracked: boolean;
    /**
     * The platform's own verdict that at least one unit ships now. Used when counts are unknown
     * (hidden by the store, or never given, as with JSON-LD).
     */
    inStock: boolean;
    /** Units that ship now; null when the platform does not tell (or the store hides counts). */
    onHand: number | null;
    /**
     * Units that can be ordered beyond `onHand` and ship later: a number (0 = no backorders),
     * `'unlimited'`, or null when unknown. When null, `backorder` says whether backorders are taken.
     */
    backorderable: number | 'unlimited' | null;
    /**
     * true: the platform gives a count but does not say whether more than `onHand` can be ordered
     * (Shopify's Storefront API hides the inventory policy). No cap is drawn from the count then.
     */
    capUnknown?: boolean;
    /** The platform says it is on backorder right now (orderable, not in stock). */
    backorder: boolean;
    /** Low stock when `onHand` is at or under this (only when > 0). */
    lowStockAt: number | null;
    /** The platform itself says stock is low (schema.org LimitedAvailability, Woo low_stock_remaining). */
    low: boolean;
    /** Whether the store lets shoppers see counts. When false, no number is ever shown. */
    showCounts: boolean;
    /** Present when the item is sold as a pre-order; the release date when known. */
    preorder: {
        releaseDate: DateOnly | null;
    } | null;
    /** When more stock is expected; `confirmed` for a date the merchant committed to. */
    restock: {
        date: DateOnly;
        confirmed: boolean;
    } | null;
    /** The store's own words, shown instead of ours where present (plain text only). */
    storeText?: {
        unavailable?: string;
        outOfStock?: string;
        backorder?: string;
        preorder?: string;
    };
}
/** What a product card or an alternative needs beyond stock. All text is rendered as text. */
export interface ProductInfo {
    name?: string;
    url?: string;
    image?: string;
    /** Already formatted by the platform or us, e.g. "$12.00". */
    price?: string;
}
/** One product as a source returns it: the product-level record plus one per variant. */
export interface ProductStock {
    productId: string;
    product: StockRecord;
    variants: StockRecord[];
    info?: ProductInfo;
    /** Other ids a variant answers to (a SKU, a GID), → its `variantId`. */
    variantAliases?: Record<string, string>;
    /** false when the source knows it has no alternatives to offer (so the extras are not fetched for them). */
    hasAlternatives?: boolean;
    /**
     * true when `variants` lists only some of the product's variants (BigCommerce answers the first
     * 50 of up to 600): a picked variant not among them is asked for on its own (`Source.withVariant`).
     */
    partialVariants?: boolean;
}
/** The record for the picked variant, or the product's own when none is picked or it has no variants. */
export declare function pickRecord(stock: ProductStock | null, variantId: string | null): StockRecord | null;
/** The variant's own record among those the answer lists (by id or alias), or null. */
export declare function findVariant(stock: ProductStock, variantId: string): StockRecord | null;
/** The states of the public contract, in `data-state`. */
export type StockState = 'in-stock' | 'low-stock' | 'backorder' | 'preorder' | 'out-of-stock' | 'unavailable' | 'unknown';
export type EtaKind = 'confirmed' | 'estimated';
/** A blank record, so adapters state only what they know. */
export declare function emptyRecord(productId: string, variantId?: string | null): StockRecord;
