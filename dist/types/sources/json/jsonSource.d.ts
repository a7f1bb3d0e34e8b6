import { type Source } from "../Source.js";
/**
 * Our own endpoint format: `GET <endpoint>?ids=1,2,3` answers every product of a page at once.
 * A product entry that does not match the schema is left out of a `SourceError` carrying the others (they show; it falls back).
 */
export declare const jsonSource: Source;
