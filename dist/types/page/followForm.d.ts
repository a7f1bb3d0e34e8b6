/**
 * Keeps an element's `variant-id` and `quantity` in step with a theme's form, whatever the theme
 * does: shopper input (change/input/click), scripts that set values and fire events, and scripts
 * that set values silently (a MutationObserver plus a re-read on the next frame after any event).
 */
export interface FormReader {
    variantId(): string | null;
    quantity(): number | null;
}
export declare function followForm(root: Element, element: Element, read: FormReader): () => void;
