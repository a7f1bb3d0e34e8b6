import type { Config } from "../../config/Config.js";
import type { ProductSelection } from "./standardEvents.js";
export declare function mountHorizonProduct(doc: Document, config: Config): void;
/**
 * A `shopify:product:select` for a product form we follow: once the theme has found the variant,
 * ours shows it (Horizon then sets the hidden input silently, which followForm would only see on
 * the shopper's next move). A selection on a product card is the card's own business.
 */
export declare function followHorizonSelection(doc: Document, selection: ProductSelection): void;
