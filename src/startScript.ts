/**
 * What every script-tag bundle does (dist/stock-status.js and the single-platform files): reads
 * the tag's `data-*` attributes and `window.StockStatusConfig`, configures, registers the element
 * and mounts into the theme. Loaded twice, the second copy only refreshes. Nothing here may throw
 * into the page.
 */
import * as z from 'zod/mini';
import type { Platform } from './config/Config';
import { warmIntl } from './core/formatDate';
import { nextTask } from './core/nextTask';
import { report } from './core/report';
import { createRuntime } from './createRuntime';
import { define } from './define';
import { setExtrasUrl } from './element/loadExtras';
import type { Build } from './PlatformTable';
import { genericIntegration } from './page/genericIntegration';
import { getRuntime, type Runtime } from './Runtime';
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

// Every look-up of the runtime answers again: elements in components' shadow roots and hooks too.
const refreshAll = () => getRuntime()?.refresh();

function start(build: Build, script: HTMLOrSVGScriptElement | null, platform?: Platform) {
  // This file's own copy of zod parses each answer once: compiling a fast path for it (zod's JIT,
  // `new Function`) costs more than it saves, and a strict CSP reports the attempt as a violation.
  z.config({ jitless: true });
  // The extras script (signup, alternatives) is fetched from beside this one, when needed.
  setExtrasUrl(script instanceof HTMLScriptElement ? script.src : null);
  const attributes = scriptAttributes(script);
  // A single-platform file needs no data-platform; one that is given (or set globally) still wins.
  if (platform) attributes['data-platform'] ??= platform;
  // Not in the task that parsed and ran this file (on a phone that one alone is near 50 ms): the
  // config and the runtime in a task of their own, then registering, which upgrades every element
  // on the page at once (500 cards on a long listing), in another.
  startStep(() => {
    const runtime = createRuntime(build, window.StockStatusConfig, { attributes, document });
    startStep(() => afterStart(build, runtime));
  });
}

/** Runs a step of the start-up, reporting its failure (the steps after it then never run). */
function guarded(step: () => void): void {
  try {
    step();
  } catch (e) {
    report('error', `could not start: ${(e as Error)?.message ?? e}`);
  }
}

/** A step of the start-up in a task of its own, ahead of drawing. */
const startStep = (step: () => void) => nextTask(() => guarded(step), 'user-blocking');

/** Registers the element, mounts into the theme, and warms Intl. */
function afterStart(build: Build, runtime: Runtime) {
  define();
  if (runtime.config.mount === 'auto') {
    const mount = () => {
      try {
        (build.platforms[runtime.config.platform]?.integration ?? genericIntegration).mount(document, runtime);
      } catch (e) {
        report('warn', `could not place the widget on this page: ${(e as Error).message}`);
      }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
    else mount();
  }
  // Queued after the first look-up's batch, so it never holds the request back.
  warmIntl(runtime.locale);
}

/**
 * Starts the widget on this page with what the bundle carries; `platform` is the default
 * for `data-platform` in a single-platform file.
 */
export function startScript(build: Build, platform?: Platform): void {
  guarded(() => {
    // Loaded twice (theme and app embed both add it, maybe different files): the first copy serves
    // the page. The loader's placeholder (src/loader/loadApp.ts) stands for this very start.
    const present = window.StockStatus;
    if (!present || 'loading' in present) {
      window.StockStatus = { version: VERSION, refresh: refreshAll };
      start(build, document.currentScript, platform);
    }
  });
}
