/**
 * What every script-tag bundle does (dist/stock-status.js and the single-platform files): reads
 * the tag's `data-*` attributes and `window.StockStatusConfig`, configures, registers the element
 * and mounts into the theme. Loaded twice, the second copy only refreshes. Nothing here may throw
 * into the page.
 */
import type { Platform } from "./config/Config.js";
import type { Build } from "./PlatformTable.js";
interface StockStatusGlobal {
    version: string;
    refresh(): void;
}
declare global {
    interface Window {
        StockStatus?: StockStatusGlobal;
        StockStatusConfig?: unknown;
    }
}
/**
 * Starts the widget on this page with what the bundle carries; `platform` is the default
 * for `data-platform` in a single-platform file.
 */
export declare function startScript(build: Build, platform?: Platform): void;
export {};
