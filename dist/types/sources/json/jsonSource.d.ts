import { type Source } from "../Source.js";
/**
 * Our own endpoint format: `GET <endpoint>?ids=1,2,3` answers every product of a page at once.
 * A product entry that does not match the schema is skipped with one warning; the others show.
 */
export declare const jsonSource: Source;
