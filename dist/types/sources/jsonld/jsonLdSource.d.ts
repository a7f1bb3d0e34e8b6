import { type ProductStock } from "../../core/StockRecord.js";
import type { Source, SourceContext } from "../Source.js";
import { type JsonLdProduct } from "./readJsonLd.js";
/** One JSON-LD product (or group) → the product record plus one per variant. */
export declare function stockOfJsonLd(p: JsonLdProduct, productId: string, config: SourceContext['config']): ProductStock | null;
/**
 * Reads the page's own schema.org Product markup: zero requests. Also the fallback of every API
 * source. An element without `product-id` gets the page's product (the first, when there are several).
 */
export declare const jsonLdSource: Source;
