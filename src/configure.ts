import { allPlatforms } from './allPlatforms';
import { type ConfigureOptions, createRuntime } from './createRuntime';
import type { Runtime } from './Runtime';
import { createTransport } from './sources/Transport';

export type { ConfigureOptions } from './createRuntime';

/**
 * The ES module's entry to a runtime, with every platform: validates the settings, makes the
 * source, transport and batching store, and wakes the elements already on the page.
 */
export function configure(settings: unknown = {}, options: ConfigureOptions = {}): Runtime {
  return createRuntime({ platforms: allPlatforms, network: createTransport }, settings, options);
}
