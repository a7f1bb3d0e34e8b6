import { adoptSheet } from '../adoptSheet';

/**
 * The look of the signup form and the alternatives. Colours come from the theme (`currentColor`,
 * inherited text), so contrast is the theme's own on light and dark pages alike; every value is a
 * `--stock-status-*` custom property. Adopted into the element's shadow root next to the main sheet.
 */
export const extrasCss = `
.signup-form{display:grid;gap:.4em;max-width:var(--stock-status-signup-max-width,30em)}
.signup-intro,.signup-error,.signup-message{margin:0}
.signup-label{font-weight:600}
.signup-row{display:flex;flex-wrap:wrap;gap:.5em}
.signup-input,.signup-button{font:inherit;min-height:2.75em;border-radius:var(--stock-status-control-radius,.375em)}
.signup-input{flex:1 1 12em;min-width:0;color:inherit;background:var(--stock-status-input-background,transparent);border:1px solid var(--stock-status-border,currentColor);padding:.5em .75em}
.signup-input[aria-invalid=true]{border-width:2px;border-color:var(--stock-status-error,currentColor)}
.signup-button{flex:none;font-weight:600;color:var(--stock-status-button-color,inherit);background:var(--stock-status-button-background,transparent);border:2px solid var(--stock-status-button-border,currentColor);padding:.5em 1.1em;cursor:pointer}
.signup-error{font-weight:600;color:var(--stock-status-error,inherit)}
.signup-error::before{content:"\\26A0\\FE0E  " / ""}
.signup-message{min-height:1.5em}
:focus-visible{outline:2px solid var(--stock-status-focus,currentColor);outline-offset:2px}
.alts-heading{margin:0 0 .5em;font-size:var(--stock-status-heading-size,1em);font-weight:600}
.alts-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(var(--stock-status-alternative-min-width,7.5em),1fr));gap:var(--stock-status-space,.75em)}
.alt{border:1px solid var(--stock-status-card-border,color-mix(in srgb,currentColor 25%,transparent));border-radius:var(--stock-status-control-radius,.375em);background:var(--stock-status-surface,transparent)}
.alt-link{display:grid;align-content:start;gap:.2em;padding:.5em;color:inherit;text-decoration:none;height:100%;border-radius:inherit}
.alt-image{display:block;width:100%;height:auto;aspect-ratio:1;object-fit:cover;border-radius:calc(var(--stock-status-control-radius,.375em) / 2);margin-bottom:.3em}
.alt-name{font-weight:600;text-decoration:underline;text-underline-offset:.15em;overflow-wrap:anywhere}
div.alt-link .alt-name{text-decoration:none}
.alt-link:hover .alt-name{text-decoration-thickness:2px}
.alt-price{font-variant-numeric:tabular-nums}
.alt-badge{display:inline-flex;align-items:center;gap:.35em;font-size:var(--stock-status-card-font-size,.875em)}
.alt-badge::before{content:"";flex:none;width:.55em;height:.55em;border-radius:50%;background:var(--stock-status-in-stock,#1a7f37);forced-color-adjust:none}
.alt-badge[data-state=low-stock]::before{background:var(--stock-status-low-stock,#bf8700)}
@media (forced-colors:active){.alt-badge::before{background:CanvasText}.signup-input,.signup-button,.alt{border-color:CanvasText}}
@media (prefers-reduced-motion:no-preference){.signup-button,.alt-name{transition:text-decoration-thickness .15s,background-color .15s}}
`;

/** The extras' stylesheet, next to the element's in its shadow root (nothing outside one). */
export function adoptExtrasStyles(container: HTMLElement, nonce?: string): void {
  const root = container.getRootNode();
  if (root instanceof ShadowRoot) adoptSheet(root, extrasCss, 'data-extras', nonce);
}
