import type { StatusContext, StatusText } from "../core/describeStatus.js";
import type { StockState } from "../core/StockRecord.js";
import type { ExtraPart } from "../extras/Extra.js";
export interface StatusViewModel {
    state: StockState | 'loading';
    text: StatusText | null;
    context: StatusContext;
    /** Containers to reserve for the extras bundle (product context only). */
    extras?: ExtraPart[];
}
/**
 * The status as the shopper sees it, in plain DOM (the script-tag bundle carries no view library):
 * while loading a placeholder keeps the space (no layout shift); then the status, created together
 * with its first text, so the first state is not announced (it is page content) while later changes
 * are, once each (the region is atomic, and unchanged text is not touched). Cards are not live
 * regions: forty on a listing page would only be noise. The signup and alternatives containers sit
 * outside the region and keep their nodes, so the extras script renders into them undisturbed.
 * Nodes it did not make (a fallback `<style>`) are left alone. All text is set as text.
 */
export declare function renderStatus(root: ShadowRoot | HTMLElement, { state, text, context, extras }: StatusViewModel): void;
