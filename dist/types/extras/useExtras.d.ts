/**
 * For ES module users (no script tag to load the extras beside): registers the signup form and
 * the alternatives with `<stock-status>` and sends signups left pending by an earlier visit.
 */
export declare function useExtras(): void;
