import type { Platform } from "./config/Config.js";
import type { PageIntegration } from "./page/PageIntegration.js";
import type { Source } from "./sources/Source.js";
import type { Transport, TransportOptions } from "./sources/Transport.js";
/** What one platform brings: its adapter and its theme integration (`data-mount="auto"`). */
export interface PlatformParts {
    source: Source;
    integration: PageIntegration;
}
/**
 * The platforms a build carries. The script-tag bundles differ only in this table, so a
 * single-platform file leaves the other adapters out (see scripts/build.mjs).
 */
export type PlatformTable = Partial<Record<Platform, PlatformParts>>;
/** A script-tag bundle: its platforms, and how it reaches stores (the JSON-LD-only file makes no requests, so it carries no transport). */
export interface Build {
    platforms: PlatformTable;
    network?: (options?: TransportOptions) => Transport;
}
