/** Every script-tag file as it ships (dist/stock-status*.js): the loader for its app files; the build sets the names. */
import { loadApp } from '../loader/loadApp';

declare const __APP_FILES__: Record<string, string>;
declare const __LOCALE_FILES__: Record<string, string>;
loadApp(__APP_FILES__, __LOCALE_FILES__);
