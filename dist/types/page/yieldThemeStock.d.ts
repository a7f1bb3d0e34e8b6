import type { Config } from "../config/Config.js";
/**
 * One availability message per product: while `element` has something to say, the theme's own
 * stock text (found afresh each time by `themeText`, since themes re-render it) is hidden; when
 * ours is `unknown` (no data, or a look-up that failed with no fallback) it is given back.
 * `themeStock: 'keep'` leaves the theme's text alone. Idempotent per element.
 */
export declare function yieldThemeStock(element: Element, themeText: () => Element[], config: Config): void;
/** Hides again what a theme re-rendered for an element already followed; a no-op otherwise. */
export declare function reapplyThemeStock(element: Element): void;
