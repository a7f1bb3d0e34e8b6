import type { Config } from "../../config/Config.js";
export declare function mountClassicCartLines(doc: Document, config: Config): void;
