/**
 * Adds `css` to a document or shadow root, once: a constructable stylesheet, which works under
 * `style-src 'self'` with no nonce, else (older browsers) a `<style>` carrying the merchant's nonce
 * and the attribute `marker`, by which a second call sees it is there. The one way the widget, its
 * extras, the bindings and the theme-text rule put styles on a page.
 */
export declare function adoptSheet(root: Document | ShadowRoot, css: string, marker: string, nonce?: string): void;
