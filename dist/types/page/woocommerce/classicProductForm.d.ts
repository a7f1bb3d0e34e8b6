import type { Config } from "../../config/Config.js";
export declare function mountClassicProduct(doc: Document, config: Config): void;
