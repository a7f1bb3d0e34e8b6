import type { StockState } from '../core/StockRecord';
import type { Runtime } from './Runtime';
/** Cornerstone, Dawn, WooCommerce, then any product form's submit button. */
export declare function findCartButton(host: Element): HTMLElement | null;
/** Brings the button in line with `state`; `null` (element gone, state unknown) restores it. */
export declare function manageButton(button: HTMLElement, state: StockState | null, runtime: Runtime | null): void;
