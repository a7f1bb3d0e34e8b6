import type { Config } from "../../config/Config.js";
export declare function mountBlockCards(doc: Document, config: Config): void;
