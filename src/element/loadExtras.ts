import { report } from '../core/report';

/**
 * Fetches dist/stock-status-extras.js (signup form, alternatives) once, from beside the main
 * script: same origin, a plain `<script src>`, so it works under `script-src 'self'`.
 */
let extrasUrl: string | null = null;
let requested = false;

/** Called by the script-tag entry with `document.currentScript.src`. */
export function setExtrasUrl(mainScriptSrc: string | null | undefined): void {
  if (!mainScriptSrc) return;
  try {
    const url = new URL(mainScriptSrc, document.baseURI);
    const file = url.pathname.replace(/stock-status(\.min)?\.js$/, 'stock-status-extras$1.js');
    url.pathname = file === url.pathname ? url.pathname.replace(/[^/]*$/, 'stock-status-extras.js') : file;
    extrasUrl = url.href;
  } catch {}
}

/** Adds the extras script once; without a known URL (ES module use) the app registers extras itself. */
export function loadExtras(nonce?: string): void {
  if (requested || !extrasUrl) return;
  requested = true;
  const script = document.createElement('script');
  script.src = extrasUrl;
  script.async = true;
  if (nonce) script.nonce = nonce;
  // Not found, blocked by a policy or offline: the status stands on its own, and the merchant learns why.
  script.onerror = () => report('warn', `${extrasUrl} could not be loaded; the signup form and alternatives are not shown.`);
  document.head.appendChild(script);
}
