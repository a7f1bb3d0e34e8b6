import type { StockState } from "../core/StockRecord.js";
import type { Runtime } from "../Runtime.js";
/** Brings the button in line with `state`; `null` (element gone, state unknown) restores it. */
export declare function manageButton(button: HTMLElement, state: StockState | null, runtime: Runtime | null): void;
