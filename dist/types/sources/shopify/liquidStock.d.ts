import type { Config } from '../../config/Config';
import { type ProductStock } from '../../core/StockRecord';
/** The products the page's Liquid describes, by product GID. Read fresh on each look-up (sections re-render). */
export declare function readLiquidStock(doc: Document, config: Config): Map<string, ProductStock>;
