import type { Build } from "./PlatformTable.js";
import { type Runtime } from "./Runtime.js";
import type { Source } from "./sources/Source.js";
import type { TransportOptions } from "./sources/Transport.js";
export interface ConfigureOptions {
    /** `data-*` attributes of the script tag, when there is one. */
    attributes?: Record<string, string | undefined>;
    document?: Document;
    transport?: TransportOptions;
    /** Session cache; pass null to turn it off. */
    storage?: Storage | null;
    ttlMs?: number;
    /** A source of your own (a custom or headless store); it replaces the platform's. */
    source?: Source;
}
/**
 * Validates the settings and makes the page's runtime from the platforms this build carries: the
 * source for the platform, the shared transport and the batching store. Elements already on the
 * page wake up and look up. `settings` are camelCase keys as in `window.StockStatusConfig`.
 * JSON-LD is always there: it is every platform's fallback.
 */
export declare function createRuntime({ platforms, network }: Build, settings?: unknown, options?: ConfigureOptions): Runtime;
/**
 * Today's date in a zone, worked out at most once a minute: formatting it costs a fraction of a
 * millisecond, and a listing asks once per card.
 */
export declare function todayIn(timeZone?: string, now?: () => number): () => string;
