import { type Catalog } from "./catalog.js";
/**
 * The languages the widget speaks: English and every built-in language (src/core/locales/<language>.ts).
 * The ES module speaks them all. The script-tag app files are built with pageCatalogs.ts in this
 * module's place (scripts/build.mjs): English and the one language the page's locale file brought.
 */
export declare const catalogs: Record<string, Catalog>;
