/**
 * The script tag's file is this small loader; the widget itself (its "app" file) is fetched from
 * beside it once the browser has painted the page, so neither its bytes nor its work come before
 * the page's first paint or its largest one (a preload would: its bytes would share the phone's
 * bandwidth with the page's own). The Lighthouse figures are in docs/size-and-speed.md. Nothing
 * here may throw into the page.
 */
import { rawSetting } from '../config/rawSetting';
import { report } from '../core/report';
import { resolveLocale } from '../core/resolveLocale';
import { VERSION } from '../version';

/** What `window.StockStatus` is while the app is on its way; the app replaces it when it starts. */
export interface LoadingStockStatus {
  version: string;
  refresh(): void;
  /** Set by the loader; the app's start-up looks for it (see startScript). */
  loading: true;
}

/** A file's address beside the loader: the loader's own, its name swapped (its query, a CDN's version, kept). */
export function besideScript(loaderSrc: string, appFile: string, base: string): string {
  const url = new URL(loaderSrc, base);
  url.pathname = url.pathname.replace(/[^/]*$/, appFile);
  return url.href;
}

/**
 * After the page's first contentful paint has been presented (its paint-timing entry, not just a
 * frame begun: a task queued from an animation frame can run before that frame reaches the screen,
 * and then our download lies on the path of the page's largest paint). A page that paints nothing
 * contentful before our status, or a browser without paint timing: six frames after the load.
 */
function afterPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  // A hidden tab paints nothing, and a page that has painted already (a late or async tag) has
  // nothing left to wait for: start at once.
  if (document.hidden || performance.getEntriesByName('first-contentful-paint').length) {
    once();
    return;
  }
  try {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) setTimeout(once, 0);
    }).observe({ type: 'paint' });
  } catch {}
  // Six frames after the load (a frame reaches the screen some frames after it begins): a page
  // that has painted nothing contentful by then has nothing before our status to protect.
  const frames = (n: number) => (n ? requestAnimationFrame(() => frames(n - 1)) : setTimeout(once, 0));
  const loaded = () => frames(6);
  if (document.readyState === 'complete') loaded();
  else addEventListener('load', loaded);
  document.addEventListener('visibilitychange', once, { once: true });
}

/** The setting as the app will read it (rawSetting); a value that is no text the app refuses, and so does this. */
function setting(tag: HTMLScriptElement, key: 'platform' | 'locale'): string | undefined {
  try {
    const raw = rawSetting(key, window.StockStatusConfig, (name) => tag.getAttribute(name));
    return typeof raw === 'string' && raw ? raw : undefined;
  } catch {
    return undefined; // a getter that throws: the app names it and uses the default, and so does this
  }
}

/**
 * The locale file for the language the app will speak (data-locale or the page config, else the
 * page's lang, else the browser's: resolveLocale, as the app decides it), when one exists.
 */
export function localeFileFor(tag: HTMLScriptElement, localeFile: (language: string) => string | null): string | null {
  return localeFile(resolveLocale(setting(tag, 'locale'), document).toLowerCase().split('-')[0] ?? 'en');
}

/** A script from beside the tag, in the tag's nonce and credentials mode, run in the order added. */
function addScript(tag: HTMLScriptElement, src: string, onError: () => void, copyData: boolean): void {
  const el = document.createElement('script');
  // The app reads its settings from its own tag, as it would from the merchant's.
  if (copyData) for (const { name, value } of Array.from(tag.attributes)) if (name.startsWith('data-')) el.setAttribute(name, value);
  el.nonce = tag.nonce ?? '';
  // The tag's credentials mode, so a CDN that answers CORS for it answers for these too.
  if (tag.crossOrigin !== null) el.crossOrigin = tag.crossOrigin;
  // Downloaded side by side, run in order: the locale file's words are there when the app starts.
  el.async = false;
  el.src = src;
  el.onerror = onError;
  document.head.append(el);
}

/**
 * Fetches the app (`appFile` of the page's platform) and the page's locale file (`localeFile` of
 * its language, when it has one) from beside the running script, after the first paint.
 */
export function loadApp(appFile: (platform: string) => string, localeFile: (language: string) => string | null = () => null): void {
  try {
    // Loaded twice (a theme and an app embed both add it): the first copy serves the page.
    if (window.StockStatus) return;
    // currentScript is null in a module script or a late call; then the tag is found by its name.
    const tag = (document.currentScript ?? document.querySelector('script[src*="stock-status"]')) as HTMLScriptElement | null;
    if (!tag?.src) {
      report('error', 'could not start: its script tag was not found');
      return;
    }
    const src = besideScript(tag.src, appFile(setting(tag, 'platform') ?? ''), document.baseURI);
    const stub: LoadingStockStatus = { version: VERSION, refresh() {}, loading: true };
    window.StockStatus = stub;
    const own = tag.src.replace(/[?#].*$/, '').replace(/^.*\//, '');
    afterPaint(() => {
      // After the paint too: the page's first use of Intl (resolveLocale) costs a few milliseconds.
      const locale = localeFileFor(tag, localeFile);
      if (locale) {
        const url = besideScript(tag.src, locale, document.baseURI);
        // The status still shows, in English; the merchant learns which file to add.
        addScript(tag, url, () => report('warn', `${url} could not be loaded; the widget speaks English. Host it beside ${own}.`), false);
      }
      // Not found, blocked by a policy or offline: the page stays as the theme made it, and the merchant learns why.
      addScript(
        tag,
        src,
        () => {
          if (window.StockStatus === stub) delete window.StockStatus;
          report('error', `${src} could not be loaded; host it beside ${own}.`);
        },
        true,
      );
    });
  } catch (e) {
    report('error', `could not start: ${(e as Error)?.message ?? e}`);
  }
}
