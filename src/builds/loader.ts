/** Every script-tag file as it ships (dist/stock-status*.js): the loader for its app files; the build (scripts/build.mjs) sets the names. */
import { loadApp } from '../loader/loadApp';

/** The app this file fetches. */
declare const __APP__: string;
/** The platforms with an app of their own, for stock-status.js (none in a platform's own file). */
declare const __PLATFORM_APPS__: string[];
/** A platform's app file, `%` the platform. */
declare const __PLATFORM_APP__: string;
/** The languages with a locale file. */
declare const __LOCALES__: string[];
/** A language's locale file, `%` the language. */
declare const __LOCALE_FILE__: string;

loadApp(
  (platform) => (__PLATFORM_APPS__.includes(platform) ? __PLATFORM_APP__.replace('%', platform) : __APP__),
  (language) => (__LOCALES__.includes(language) ? __LOCALE_FILE__.replace('%', language) : null),
);
