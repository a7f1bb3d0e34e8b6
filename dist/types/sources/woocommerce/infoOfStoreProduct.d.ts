import type { ProductInfo } from "../../core/StockRecord.js";
import type { StoreProduct } from "./woocommerceSchema.js";
/** Name, link, picture and price for cards and alternatives. All of it is shown as text or attributes. */
export declare function infoOfStoreProduct(p: StoreProduct): ProductInfo;
