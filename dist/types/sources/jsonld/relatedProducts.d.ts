import { type JsonLdProduct } from "./readJsonLd.js";
/**
 * schema.org `isSimilarTo` / `isRelatedTo` of a product: inline Products, or `{"@id": …}`
 * references to other Products on the page. Anything else is skipped.
 */
export declare function relatedProducts(p: JsonLdProduct, onPage: JsonLdProduct[]): JsonLdProduct[];
