import type { ProductStock } from "../core/StockRecord.js";
import type { Alternative } from "./Source.js";
/**
 * Looked-up products → alternatives a shopper can buy now: in stock or low stock for one unit,
 * named, not the product itself, in the order given, at most `limit`. Never an out-of-stock one.
 */
export declare function toAlternatives(found: ProductStock[], exclude: string, limit: number): Alternative[];
