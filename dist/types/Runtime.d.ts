import type { Config } from "./config/Config.js";
import type { DateOnly } from "./core/StockRecord.js";
import type { Source } from "./sources/Source.js";
import type { StockStore } from "./sources/StockStore.js";
import type { Transport } from "./sources/Transport.js";
/** Everything a look-up needs to answer, made once per page by `configure()` (or `createRuntime`). */
export interface Runtime {
    config: Config;
    source: Source;
    store: StockStore;
    /** The page's one network path, so every request shares its time-outs and back-off. */
    transport: Transport;
    document: Document;
    /** The shopper's locale, resolved and checked. */
    locale: string;
    /** Today's calendar date where the merchant's promises are judged. */
    today(): DateOnly;
    /** Forgets every cached answer and has everything that shows one look up again (`StockStatus.refresh()`). */
    refresh(): void;
}
/** The page's runtime: the last one `createRuntime` made. */
export declare function setRuntime(runtime: Runtime): void;
/** A runtime was made or refreshed: the look-ups that use it answer again. */
export declare function runtimeChanged(runtime: Runtime): void;
export declare function getRuntime(): Runtime | null;
/** Look-ups listen here: for the page's runtime when it comes (or a newer one), and for refreshes (returns an unsubscribe). */
export declare function onRuntime(listener: (r: Runtime) => void): () => void;
