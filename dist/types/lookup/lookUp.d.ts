import { type ProductStock } from "../core/StockRecord.js";
import type { Runtime } from "../Runtime.js";
import type { LookUpAsk, LookUpProps, Resolution } from "./Resolution.js";
/**
 * The headless look-up: asks the page's batching store for the product (one request for every
 * look-up of a task, cached briefly) and answers with its record, availability, date and words.
 * Props are checked first (a bad one is named in one warning and read as its default). A failing
 * or unknown product answers `unknown` (with one `[stock-status]` warning where there is something
 * to fix); only an aborted `signal` rejects (with its reason, an `AbortError` by default).
 */
export declare function lookUp(runtime: Runtime, props: LookUpProps, signal?: AbortSignal): Promise<Resolution>;
/** The same for an ask already checked (the element's properties are). */
export declare function answer(runtime: Runtime, ask: LookUpAsk, signal?: AbortSignal): Promise<Resolution>;
/** The pure part: the product's stock → the picked record, availability, date and words (the one place the core is chained). */
export declare function resolution(runtime: Runtime, ask: LookUpAsk, stock: ProductStock | null): Resolution;
