import type { Extra } from "../extras/Extra.js";
/** The extras registered on this page (the extras script's, or `registerExtras()`'s). */
export declare const registeredExtras: Set<Extra>;
/** Registers an extra; elements already on the page mount it at once. Returns false for a duplicate. */
export declare function extend(extra: Extra): boolean;
/** Elements listen here to re-render when an extra arrives (returns an unsubscribe). */
export declare function onExtraRegistered(listener: () => void): () => void;
