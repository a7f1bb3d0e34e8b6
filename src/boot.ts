/**
 * The script-tag entry (dist/stock-status.js). Reads the tag's `data-*` attributes and
 * `window.StockStatusConfig`, configures, registers the element and mounts into the theme.
 * Loaded twice, the second copy only refreshes. Nothing here may throw into the page.
 */
import { configure } from './configure';
import { report } from './core/report';
import { define } from './define';
import { setExtrasUrl } from './element/loadExtras';
import { getRuntime } from './element/Runtime';
import { StockStatusElement } from './element/StockStatusElement';
import { integrationFor } from './page/integrationFor';
import { VERSION } from './version';

interface StockStatusGlobal {
  version: string;
  refresh(): void;
}

declare global {
  interface Window {
    StockStatus?: StockStatusGlobal;
    StockStatusConfig?: unknown;
  }
}

function scriptAttributes(script: HTMLOrSVGScriptElement | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!script) return out;
  for (const attr of Array.from(script.attributes)) if (attr.name.startsWith('data-')) out[attr.name] = attr.value;
  return out;
}

function refreshAll() {
  getRuntime()?.store.clear();
  // Elements in components' shadow roots too, which document.querySelectorAll never sees.
  for (const el of StockStatusElement.connected) el.refresh();
}

function start(script: HTMLOrSVGScriptElement | null) {
  // The extras script (signup, alternatives) is fetched from beside this one, when needed.
  setExtrasUrl(script instanceof HTMLScriptElement ? script.src : null);
  const runtime = configure(window.StockStatusConfig, { attributes: scriptAttributes(script), document });
  define();
  if (runtime.config.mount === 'auto') {
    const mount = () => {
      try {
        integrationFor(runtime.config.platform).mount(document, runtime.config);
      } catch (e) {
        report('warn', `could not place the widget on this page: ${(e as Error).message}`);
      }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
    else mount();
  }
}

try {
  // Loaded twice (theme and app embed both add it): the first copy already serves the page.
  if (!window.StockStatus) {
    window.StockStatus = { version: VERSION, refresh: refreshAll };
    start(document.currentScript);
  }
} catch (e) {
  report('error', `could not start: ${(e as Error)?.message ?? e}`);
}
