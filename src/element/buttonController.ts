import { report } from '../core/report';
import { findCartButton } from '../page/findCartButton';
import { manageButton } from './manageButton';
import type { StatusController } from './StatusController';

/** `data-button="manage"`: a product-context element relabels the theme's add-to-cart button, and gives it back when it leaves. */
export function buttonController(host: HTMLElement): StatusController {
  let button: HTMLElement | null = null;
  return {
    connect() {},
    update({ runtime, context, availability: { state } }) {
      if (runtime.config.button !== 'manage' || context !== 'product') return;
      try {
        if (!button?.isConnected) button = findCartButton(host);
        if (button) manageButton(button, state === 'unknown' ? null : state, runtime);
      } catch (e) {
        report('warn', `could not update the add-to-cart button: ${(e as Error).message}`);
      }
    },
    disconnect() {
      if (button) manageButton(button, null, null);
      button = null;
    },
  };
}
