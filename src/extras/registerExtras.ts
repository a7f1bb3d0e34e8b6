import { extend } from '../element/registeredExtras';
import { alternativesExtra } from './alternatives/alternativesExtra';
import { signupExtra, signupQueue } from './notify/signupExtra';

/**
 * For ES module users (no script tag to load the extras beside): registers the signup form and
 * the alternatives with `<stock-status>` and sends signups left pending by an earlier visit.
 * Call it once, after `define()`; a second call changes nothing.
 */
export function registerExtras(): void {
  extend(signupExtra);
  extend(alternativesExtra);
  signupQueue().resume();
}

/** @deprecated Renamed `registerExtras` (it registers; it is not a hook). */
export const useExtras = registerExtras;
