import { type ConfigureOptions } from "./createRuntime.js";
import type { Runtime } from "./Runtime.js";
export type { ConfigureOptions } from "./createRuntime.js";
/**
 * The ES module's entry to a runtime, with every platform: validates the settings, makes the
 * source, transport and batching store, and wakes the elements already on the page.
 */
export declare function configure(settings?: unknown, options?: ConfigureOptions): Runtime;
