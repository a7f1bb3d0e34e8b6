import type { Resolution } from "../lookup/Resolution.js";
/** The containers the main view reserves for the extras bundle, in the product context. */
export type ExtraPart = 'signup' | 'alternatives';
/** What a mounted extra answers to: a newer resolution, or its container going away. */
export interface ExtraHandle {
    update(resolution: Resolution): void;
    destroy(): void;
}
/**
 * An extra: a plug-in for `<stock-status>`. The extras bundle (signup, alternatives) is a separate script with
 * its own Preact, so it never renders through ours: it is handed a container `<div part=…>` inside
 * the shadow root and renders there by itself. The resolution says which product and variant.
 */
export interface Extra {
    /** One extra per name: a second copy of the extras script is ignored. */
    name: string;
    /** The container this extra fills. */
    part: ExtraPart;
    mount(container: HTMLElement, resolution: Resolution): ExtraHandle;
}
