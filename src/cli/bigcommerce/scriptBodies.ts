/**
 * The two Scripts API bodies that install the widget (pure). A `kind: src` script is a bare
 * `<script src defer>`, with no `data-*` attributes, so the settings travel in a second, inline
 * script that sets `window.StockStatusConfig` before the deferred file runs (an inline script runs
 * as it is parsed, a deferred one after the whole page).
 */

/** The names the command finds its own scripts by (the Scripts API lists only this API account's). */
export const MAIN_SCRIPT_NAME = 'stock-status';
export const SETTINGS_SCRIPT_NAME = 'stock-status settings';

/** Stencil fills this in on every page with a storefront token it rotates itself. */
export const STENCIL_TOKEN = '{{settings.storefront_api.token}}';

export type Consent = 'essential' | 'functional' | 'analytics' | 'targeting';

export interface Settings {
  token: string;
  restockField: string;
  endpoint?: string | undefined;
}

/**
 * A value as a JS string literal that cannot end the `<script>` (`<`), start an HTML entity (`&`)
 * or a Handlebars expression (`{`) in the page that carries it.
 */
const literal = (value: string) => JSON.stringify(value).replace(/[<>&{}]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The inline settings script's HTML; the Stencil token is the one piece left for Handlebars. */
export function settingsHtml(settings: Settings): string {
  const token = settings.token === STENCIL_TOKEN ? `"${STENCIL_TOKEN}"` : literal(settings.token);
  const pairs = [`platform:"bigcommerce"`, `token:${token}`, `restockField:${literal(settings.restockField)}`];
  if (settings.endpoint) pairs.push(`endpoint:${literal(settings.endpoint)}`);
  return `<script>window.StockStatusConfig=Object.assign(window.StockStatusConfig||{},{${pairs.join(',')}});</script>`;
}

interface Placement {
  channel: number;
  consent: Consent;
}

/** Both scripts load on storefront pages (not checkout) and go when the API account goes. */
const common = (p: Placement) => ({
  visibility: 'storefront',
  consent_category: p.consent,
  auto_uninstall: true,
  enabled: true,
  channel_id: p.channel,
});

export function settingsScriptBody(p: Placement & { settings: Settings }) {
  return {
    name: SETTINGS_SCRIPT_NAME,
    description: 'Settings for the stock-status availability widget (window.StockStatusConfig).',
    kind: 'script_tag',
    html: settingsHtml(p.settings),
    // An inline script takes only the default load method; in the head it runs before any deferred file.
    load_method: 'default',
    location: 'head',
    ...common(p),
  };
}

export function mainScriptBody(p: Placement & { url: string; location: 'head' | 'footer' }) {
  return {
    name: MAIN_SCRIPT_NAME,
    description: 'stock-status: availability, backorder and restock dates on product pages, cards and the cart.',
    kind: 'src',
    src: p.url,
    load_method: 'defer',
    location: p.location,
    ...common(p),
  };
}
