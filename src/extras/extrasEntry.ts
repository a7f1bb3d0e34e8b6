/**
 * dist/stock-status-extras.js: the signup form and the alternatives, fetched by the main script
 * only when a product page needs them. It has no import of the main bundle: it finds the element
 * class through the custom element registry and registers there. Pending signups of an earlier
 * visit are sent again as soon as it runs.
 */
import { report } from '../core/report';
import { alternativesExtra } from './alternatives/alternativesExtra';
import type { Extra } from './Extra';
import { signupExtra, signupQueue } from './notify/signupExtra';

type Extensible = CustomElementConstructor & { extend?: (e: Extra) => boolean };

try {
  signupQueue().resume();
  void customElements.whenDefined('stock-status').then((cls) => {
    const element = cls as Extensible;
    if (typeof element.extend !== 'function')
      return report('warn', 'the extras script does not match the main script; signup and alternatives are off.');
    element.extend(signupExtra);
    element.extend(alternativesExtra);
  });
} catch (e) {
  report('error', `the extras could not start: ${(e as Error)?.message ?? e}`);
}
