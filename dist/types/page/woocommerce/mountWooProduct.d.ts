import type { Config } from "../../config/Config.js";
export declare function mountWooProduct(doc: Document, config: Config): void;
