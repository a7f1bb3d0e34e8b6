/**
 * For ES module users (no script tag to load the extras beside): registers the signup form and
 * the alternatives with `<stock-status>` and sends signups left pending by an earlier visit.
 * Call it once, after `define()`; a second call changes nothing.
 */
export declare function registerExtras(): void;
/** @deprecated Renamed `registerExtras` (it registers; it is not a hook). */
export declare const useExtras: typeof registerExtras;
