import type { Platform } from "../config/Config.js";
import type { PlatformParts } from "../PlatformTable.js";
/** A single-platform file: that platform, the page's JSON-LD as its fallback, the network, and `data-platform` defaulting to it. */
export declare function startPlatformFile(platform: Platform, parts: PlatformParts): void;
