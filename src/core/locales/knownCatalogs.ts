import { type Catalog, en } from './catalog';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pt } from './pt';

/**
 * The languages the widget speaks: English and every built-in language (src/core/locales/<language>.ts).
 * The ES module speaks them all. The script-tag app files are built with pageCatalogs.ts in this
 * module's place (scripts/build.mjs): English and the one language the page's locale file brought.
 */
export const catalogs: Record<string, Catalog> = { en, de, es, fr, it, ja, nl, pt };
