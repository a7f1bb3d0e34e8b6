import type { Runtime } from "../../Runtime.js";
import { type StoreCartLine } from "../../sources/woocommerce/loadStoreCart.js";
/** What the page knows of the shopper's cart: the last answer and which request it answered. */
export interface StoreCartState {
    lines: StoreCartLine[] | null;
    /** Requests sent so far; a row first seen at `asked` = n is answered by request n + 1 or later. */
    asked: number;
    /** The request the current `lines` answer. */
    answered: number;
    asking: boolean;
    failed: boolean;
    /** Lines the answer had but could not be read (already reported): rows without a line are theirs. */
    skipped: number;
}
export declare function storeCartState(doc: Document): StoreCartState;
/**
 * One `GET /cart` at a time for the page's cart rows (the Cart block and the classic cart page share
 * it). Superseded answers are not a concern: each answer replaces the last, and `then` re-runs the
 * mounting over the rows as they are now, so rows re-rendered during the look-up are the ones served.
 * A failure is said once and not retried on every re-render.
 */
export declare function askStoreCart(doc: Document, runtime: Runtime, then: () => void): void;
/** Whether the cart answer in hand was asked for after `row` appeared (so a row it lacks is truly unknown to it). */
export declare function answeredSince(row: Element, s: StoreCartState): boolean;
