import type { Runtime } from "../../Runtime.js";
export declare function mountClassicCartLines(doc: Document, runtime: Runtime): void;
