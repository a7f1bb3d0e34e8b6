import type { Config } from "../../config/Config.js";
/**
 * A `context="card"` badge in each Catalyst card (category, search, related products), in place
 * of the card's inventory message. Every card of a render asks in the same task: one request.
 */
export declare function mountCatalystCards(doc: Document, config: Config): void;
