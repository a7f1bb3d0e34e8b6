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
