import type { ExtraPart } from "../extras/Extra.js";
import type { Resolution } from "../lookup/Resolution.js";
/**
 * Which extras a product-context element shows, decided in the main bundle so the containers are
 * laid out with the badge and the extras script is fetched only when something needs it.
 * Signup: out of stock with `notify` set. Alternatives: out of stock or unavailable, or a backorder
 * shipping later than `alternativesAfterDays`, when the source can name some.
 */
export declare function wantedExtras(r: Resolution | null): ExtraPart[];
