import type { Config } from '../config/Config';
import type { DateOnly } from '../core/StockRecord';
import type { Source } from '../sources/Source';
import type { StockStore } from '../sources/StockStore';
import type { Transport } from '../sources/Transport';
/** Everything an element needs to answer, made once per page by `configure()`. */
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
}
export declare function setRuntime(runtime: Runtime): void;
export declare function getRuntime(): Runtime | null;
/** Elements that upgrade before configuration wait here (returns an unsubscribe). */
export declare function onRuntime(listener: (r: Runtime) => void): () => void;
/** `data-locale`, then `<html lang>`, then the browser's; a tag Intl rejects is skipped. */
export declare function resolveLocale(configured: string | undefined, doc: Document | undefined): string;
/**
 * Today's date in a zone, worked out at most once a minute: formatting it costs a fraction of a
 * millisecond, and a listing asks once per card.
 */
export declare function todayIn(timeZone?: string, now?: () => number): () => string;
