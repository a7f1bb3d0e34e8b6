/** Called by the script-tag entry with `document.currentScript.src`. */
export declare function setExtrasUrl(mainScriptSrc: string | null | undefined): void;
/** Adds the extras script once; without a known URL (ES module use) the app registers extras itself. */
export declare function loadExtras(nonce?: string): void;
