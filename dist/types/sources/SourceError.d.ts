import type { ProductStock } from "../core/StockRecord.js";
/**
 * Why a source failed, for the one warning the shopper's page gets. `partial`: the products it
 * could still read when only some failed (an answer drifting from the platform's schema); the
 * store shows those and asks the fallback for the rest. A type-only import: still a leaf module.
 */
export declare class SourceError extends Error {
    readonly retryable: boolean;
    readonly partial?: readonly ProductStock[] | undefined;
    name: string;
    constructor(message: string, retryable?: boolean, partial?: readonly ProductStock[] | undefined);
}
/** What a failed read could still use (`partial`), for look-ups that need no fallback (alternatives); rethrows any other failure. */
export declare function readableOf(e: unknown): ProductStock[];
