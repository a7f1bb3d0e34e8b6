import type { Runtime } from "../../Runtime.js";
export declare function mountBlockCartLines(doc: Document, runtime: Runtime): void;
