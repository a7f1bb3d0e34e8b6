import { type Runtime } from "../Runtime.js";
import type { LookUpAsk, LookUpProps, StatusSnapshot } from "./Resolution.js";
/** The subscribable look-up, in the shape `useSyncExternalStore` asks for. */
export interface LookUpStore {
    /** The current state: the same object until something changes. */
    getSnapshot(): StatusSnapshot;
    /** The first listener starts looking up, the last one leaving stops (and aborts what is under way). */
    subscribe(listener: () => void): () => void;
    /** Look up something else; several changes in one task cost one look-up. */
    set(props: LookUpProps): void;
    /** Look up again (answered from the store's cache while fresh; `runtime.refresh()` clears it first). */
    refresh(): void;
}
/** Before the first answer. */
export declare const LOADING: StatusSnapshot;
/**
 * A look-up that stays current: it answers again when its props change, when the runtime is
 * refreshed (`StockStatus.refresh()`), and when `configure()` makes a runtime (`runtime` null: the
 * page's runtime, waited for). A superseded look-up is aborted and never overwrites a newer answer.
 */
export declare function lookUpStore(runtime: Runtime | null, props: LookUpProps): LookUpStore;
/** What `watchAsk` returns. */
export interface AskWatch {
    /** Look up again (the ask is read afresh); several calls in one task cost one look-up. */
    refresh(): void;
    /** Stop: abort what is under way, hear nothing more. */
    stop(): void;
}
/**
 * The core of every look-up that stays current, for one listener: `read()` gives the checked ask
 * (the element's properties are), each change is handed to `listener`. Loading is announced only
 * for another product: a variant or quantity change answers from the same data.
 */
export declare function watchAsk(runtime: Runtime | null, read: () => LookUpAsk, listener: (snapshot: StatusSnapshot) => void): AskWatch;
