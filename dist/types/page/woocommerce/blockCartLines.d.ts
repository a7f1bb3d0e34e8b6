import type { Config } from "../../config/Config.js";
export declare function mountBlockCartLines(doc: Document, config: Config): void;
