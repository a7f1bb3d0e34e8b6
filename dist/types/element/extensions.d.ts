import type { ElementExtension } from "../extras/ElementExtension.js";
/** The extensions registered on this page (the extras script's, or `registerExtras()`'s). */
export declare const extensions: Set<ElementExtension>;
/** Registers an extension; elements already on the page mount it at once. Returns false for a duplicate. */
export declare function extend(extension: ElementExtension): boolean;
/** Elements listen here to re-render when an extension arrives (returns an unsubscribe). */
export declare function onExtend(listener: () => void): () => void;
