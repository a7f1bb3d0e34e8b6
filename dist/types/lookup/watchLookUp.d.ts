import type { Runtime } from "../Runtime.js";
import type { LookUpProps, StatusSnapshot } from "./Resolution.js";
/** What `watchLookUp` returns: change the props, look up again, or stop. */
export interface LookUpWatch {
    set(props: LookUpProps): void;
    refresh(): void;
    unsubscribe(): void;
}
/**
 * The look-up, kept current, for code that is not a component: `listener` hears every change
 * (loading, each answer) until `unsubscribe()`. `runtime` null: the page's runtime from `configure()`.
 */
export declare function watchLookUp(runtime: Runtime | null, props: LookUpProps, listener: (snapshot: StatusSnapshot) => void): LookUpWatch;
