import { adoptSheet } from '../adoptSheet';

/**
 * The default look. Text inherits the theme's colour and font (so it reads on light and dark
 * themes alike, with the theme's own contrast); the state shows as a coloured dot and border.
 * Every value is a `--stock-status-*` custom property, so themes restyle without `::part()`.
 * A card badge takes no space (CLS 0 whenever the script runs and whatever it learns): the element
 * is 0 px tall where the page placed it and the badge overlays what follows; where the widget
 * inserted it itself (`data-mounted`, first in the card's image) it is out of flow too, so adding
 * it moves nothing, not even a flex gap. An unknown badge is hidden, never removed from layout.
 */
export const css = `
:host{display:block;font:inherit;font-family:var(--stock-status-font,inherit);color:var(--stock-status-color,inherit);min-height:var(--stock-status-min-height,1.5em);contain:layout style}
:host([hidden]){display:none}
:host([context=card]){display:block;height:0;min-height:0;position:relative;z-index:1;pointer-events:none}
:host([context=card][data-mounted]){position:absolute;width:100%;align-self:flex-start}
:host([data-state=unknown][context=card]){visibility:hidden}
:host([context=card]) .status{position:absolute;top:0;left:0;width:max-content;max-width:calc(100% - 2 * var(--stock-status-card-inset,.5em));margin:var(--stock-status-card-inset,.5em)}
*{box-sizing:border-box}
.status{display:flex;flex-wrap:wrap;align-items:baseline;gap:var(--stock-status-gap,.25em .75em);line-height:1.5}
.badge{display:inline-flex;align-items:center;gap:.4em;font-weight:var(--stock-status-badge-weight,600);border-radius:var(--stock-status-radius,999px)}
.badge::before{content:"";flex:none;width:.6em;height:.6em;border-radius:50%;background:var(--dot);forced-color-adjust:none}
:host([context=card]) .badge{white-space:nowrap;font-size:var(--stock-status-card-font-size,.875em);padding:.1em .6em;border:1px solid var(--dot);background:var(--stock-status-card-background,#fff);color:var(--stock-status-card-color,#1f2328)}
.detail,.limit{font-size:var(--stock-status-detail-size,.95em)}
.limit{font-style:italic}
.placeholder{display:block;height:1.5em}
.signup,.alternatives{margin-top:var(--stock-status-space,.75em)}
.signup{min-height:var(--stock-status-signup-min-height,6.75em)}
.alternatives{min-height:var(--stock-status-alternatives-min-height,0)}
.status{--dot:var(--stock-status-unknown,#6e7781)}
[data-state=in-stock]{--dot:var(--stock-status-in-stock,#1a7f37)}
[data-state=low-stock]{--dot:var(--stock-status-low-stock,#bf8700)}
[data-state=backorder]{--dot:var(--stock-status-backorder,#0969da)}
[data-state=preorder]{--dot:var(--stock-status-preorder,#8250df)}
[data-state=out-of-stock]{--dot:var(--stock-status-out-of-stock,#cf222e)}
[data-state=unavailable]{--dot:var(--stock-status-unavailable,#6e7781)}
@media (forced-colors:active){.badge::before{background:CanvasText}:host([context=card]) .badge{border-color:CanvasText}}
@media (prefers-reduced-motion:no-preference){.status{transition:opacity .15s}}
`;

/** The element's own stylesheet in its shadow root. */
export const adoptStyles = (root: ShadowRoot, nonce?: string): void => adoptSheet(root, css, 'data-stock-status-sheet', nonce);
