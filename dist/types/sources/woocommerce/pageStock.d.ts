import type { Config } from "../../config/Config.js";
import type { ProductStock } from "../../core/StockRecord.js";
import { type StoreProduct } from "./woocommerceSchema.js";
/**
 * The products the page describes, by id. Read fresh on each look-up; a bad block costs only itself.
 * `seen` gets each product as the Store API would have sent it (the source remembers its categories).
 */
export declare function readPageStock(doc: Document | undefined, config: Config, seen: (p: StoreProduct) => void): Map<string, ProductStock>;
