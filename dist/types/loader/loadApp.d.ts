/** What `window.StockStatus` is while the app is on its way; the app replaces it when it starts. */
export interface LoadingStockStatus {
    version: string;
    refresh(): void;
    /** Set by the loader; the app's start-up looks for it (see startScript). */
    loading: true;
}
/** A file's address beside the loader: the loader's own, its name swapped (its query, a CDN's version, kept). */
export declare function besideScript(loaderSrc: string, appFile: string, base: string): string;
/**
 * The locale file for the language the app will speak (data-locale or the page config, else the
 * page's lang, else the browser's: resolveLocale, as the app decides it), when one exists.
 */
export declare function localeFileFor(tag: HTMLScriptElement, localeFile: (language: string) => string | null): string | null;
/**
 * Fetches the app (`appFile` of the page's platform) and the page's locale file (`localeFile` of
 * its language, when it has one) from beside the running script, after the first paint.
 */
export declare function loadApp(appFile: (platform: string) => string, localeFile?: (language: string) => string | null): void;
