import type { Config, Platform } from "../config/Config.js";
import type { ProductInfo, ProductStock, StockRecord } from "../core/StockRecord.js";
import type { Transport } from "./Transport.js";
/** What a source is given for one look-up. */
export interface SourceContext {
    config: Config;
    transport: Transport;
    /** Aborted when every element that wanted this look-up has moved on. */
    signal: AbortSignal;
    /** The page the widget runs on (JSON-LD reads it; API sources ignore it). */
    document: Document;
}
/** A product that can be offered instead, with its own availability. */
export interface Alternative {
    productId: string;
    info: ProductInfo;
    record: StockRecord;
}
/**
 * One platform's way of answering "how available is this?". A source requests, zod-parses and
 * normalises to `ProductStock`; it never decides a state (that is the pure core's job).
 */
export interface Source {
    readonly platform: Platform;
    /** Most products one request may ask for. */
    readonly batchSize: number;
    /** The canonical form of an id, so `77`, `"77"` and a Shopify GID meet in one cache key. */
    normalizeId?(id: string, kind: 'product' | 'variant'): string;
    /**
     * All products in one go (the store splits into `batchSize` chunks). Products the platform does
     * not know are left out of the answer. Throws a `SourceError` on transport or schema failure;
     * when only some products fail their schema, one `SourceError` whose `partial` holds the rest
     * (the store asks the fallback for what is missing and gives the one warning).
     */
    load(productIds: string[], context: SourceContext): Promise<ProductStock[]>;
    /**
     * `stock` (whose answer listed only some variants, `partialVariants`) with `variantId` read on
     * its own, by its id or an alias (a BigCommerce option key); `keep` stores the result in the
     * cache. Never rejects: a failed look-up answers `stock` as it was, with one warning.
     */
    withVariant?(stock: ProductStock, variantId: string, context: Omit<SourceContext, 'signal'>, keep: (s: ProductStock) => void): Promise<ProductStock>;
    /** In-stock products to offer instead; optional per platform. */
    alternatives?(productId: string, limit: number, context: SourceContext): Promise<Alternative[]>;
}
export { SourceError } from "./SourceError.js";
