import { extend } from '../element/extensions';
import { alternativesExtension } from './alternatives/alternativesExtension';
import { signupExtension, signupQueue } from './notify/signupExtension';

/**
 * For ES module users (no script tag to load the extras beside): registers the signup form and
 * the alternatives with `<stock-status>` and sends signups left pending by an earlier visit.
 * Call it once, after `define()`; a second call changes nothing.
 */
export function registerExtras(): void {
  extend(signupExtension);
  extend(alternativesExtension);
  signupQueue().resume();
}

/** @deprecated Renamed `registerExtras` (it registers; it is not a hook). */
export const useExtras = registerExtras;
