import type { StatusController } from "./StatusController.js";
/**
 * Hands each container the view reserved (`[data-extra]`) to its extra, and each newer
 * resolution to those already mounted; fetches the extras script the first time one is missing.
 * `rerender` is called when an extra arrives, so the element lays out its containers again.
 */
export declare function extrasController(root: ShadowRoot, rerender: () => void): StatusController;
