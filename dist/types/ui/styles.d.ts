/**
 * The default look. Text inherits the theme's colour and font (so it reads on light and dark
 * themes alike, with the theme's own contrast); the state shows as a coloured dot and border.
 * Every value is a `--stock-status-*` custom property, so themes restyle without `::part()`.
 */
export declare const css = "\n:host{display:block;font:inherit;color:inherit;min-height:var(--stock-status-min-height,1.5em);contain:layout style}\n:host([hidden]),:host([data-state=unknown][context=card]){display:none}\n:host([context=card]){min-height:0;display:inline-block}\n*{box-sizing:border-box}\n.status{display:flex;flex-wrap:wrap;align-items:baseline;gap:var(--stock-status-gap,.25em .75em);line-height:1.5}\n.badge{display:inline-flex;align-items:center;gap:.4em;font-weight:var(--stock-status-badge-weight,600);border-radius:var(--stock-status-radius,999px)}\n.badge::before{content:\"\";flex:none;width:.6em;height:.6em;border-radius:50%;background:var(--dot);forced-color-adjust:none}\n:host([context=card]) .badge{font-size:var(--stock-status-card-font-size,.875em);padding:.1em .6em;border:1px solid var(--dot)}\n.detail,.limit{font-size:var(--stock-status-detail-size,.95em)}\n.limit{font-style:italic}\n.placeholder{display:block;height:1.5em}\n.status{--dot:var(--stock-status-unknown,#6e7781)}\n[data-state=in-stock]{--dot:var(--stock-status-in-stock,#1a7f37)}\n[data-state=low-stock]{--dot:var(--stock-status-low-stock,#bf8700)}\n[data-state=backorder]{--dot:var(--stock-status-backorder,#0969da)}\n[data-state=preorder]{--dot:var(--stock-status-preorder,#8250df)}\n[data-state=out-of-stock]{--dot:var(--stock-status-out-of-stock,#cf222e)}\n[data-state=unavailable]{--dot:var(--stock-status-unavailable,#6e7781)}\n@media (forced-colors:active){.badge::before{background:CanvasText}:host([context=card]) .badge{border-color:CanvasText}}\n@media (prefers-reduced-motion:no-preference){.status{transition:opacity .15s}}\n";
/**
 * A constructable stylesheet works under `style-src 'self'` with no nonce; older browsers get a
 * `<style>` carrying the merchant's nonce.
 */
export declare function adoptStyles(root: ShadowRoot, nonce?: string): void;
