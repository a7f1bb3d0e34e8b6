import type { PlatformTable } from "./PlatformTable.js";
/** Every platform: what dist/stock-status.js and the ES module carry. Platform code lives only in its folders. */
export declare const allPlatforms: PlatformTable;
