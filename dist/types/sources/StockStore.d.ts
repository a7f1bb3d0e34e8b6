import { type ProductStock } from "../core/StockRecord.js";
import type { Source, SourceContext } from "./Source.js";
export interface StockStoreOptions {
    source: Source;
    /** Asked for what the source could not answer because it failed (JSON-LD of the page). */
    fallback?: Source | null;
    context: Omit<SourceContext, 'signal'>;
    /** How long an answer is reused, in memory and in sessionStorage. */
    ttlMs?: number;
    storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
    /** Wait this long for other elements before sending (they upgrade in the same task). */
    batchDelayMs?: number;
    now?: () => number;
}
/**
 * Every element asks here; the store answers from cache, joins a request already under way, or
 * gathers the asks of one task into one request per `batchSize` products. A request no element
 * still wants is aborted. When the source fails, the page's JSON-LD is asked once, with one warning.
 */
export declare class StockStore {
    private readonly options;
    private readonly cache;
    private readonly inflight;
    private queue;
    private batchDue;
    private readonly ttl;
    private readonly now;
    private generation;
    /** Requests sent, for tests and the demo's request counter. */
    requests: number;
    constructor(options: StockStoreOptions);
    key(productId: string): string;
    private storageKey;
    private fromCache;
    /** In memory now; in sessionStorage now too unless `later` (then `persist`, a few per task). */
    private remember;
    /** The cached answer written to sessionStorage: synchronous, so a hundred in one task would be a long one. */
    private persist;
    /** Drop every cached answer and abort what is under way (StockStatus.refresh()). */
    clear(): void;
    /** The stock of one product, or null when the platform does not know it. Rejects with AbortError when `signal` aborts. */
    get(productId: string, signal?: AbortSignal): Promise<ProductStock | null>;
    /**
     * The product, with `variantId` among its variants: when its answer listed only some
     * (`partialVariants`) and not this one, the source reads that one (`Source.withVariant`) and the
     * cached product keeps it.
     */
    withVariant(productId: string, variantId: string | null, signal?: AbortSignal): Promise<ProductStock | null>;
    private drop;
    private schedule;
    private flush;
    private run;
    /** The one warning of a failed look-up, and the page's own data for exactly the products it could not read. */
    private fallBack;
    /**
     * Every waiter answered, a few per task: each answer renders an element and tells the page, and a
     * hundred of those in one task would be a long one.
     */
    private settle;
}
