import { render } from 'preact';
import type { Resolution } from '../../lookup/Resolution';
import type { Extra } from '../Extra';
import { adoptExtrasStyles } from '../extrasStyles';
import { SignupForm } from './SignupForm';
import { SignupQueue } from './SignupQueue';
import { sendSignup } from './sendSignup';

function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

let queue: SignupQueue | null = null;
/** One queue per page, on localStorage, sending with the page's fetch. */
export function signupQueue(): SignupQueue {
  queue ??= new SignupQueue({ storage: localStore(), send: (target, s) => sendSignup(target, s, globalThis.fetch.bind(globalThis)) });
  return queue;
}

function draw(container: HTMLElement, r: Resolution) {
  const { config, locale, source } = r.runtime;
  if (!config.notify) return render(null, container);
  render(
    <SignupForm
      queue={signupQueue()}
      target={config.notify}
      productId={r.productId || r.stock?.productId || ''}
      variantId={r.variantId}
      locale={locale}
      platform={source.platform}
      overrides={config.messages}
    />,
    container,
  );
}

/** The back-in-stock form in the `signup` container (product context, out of stock, `data-notify` set). */
export const signupExtra: Extra = {
  name: 'signup',
  part: 'signup',
  mount(container, resolution) {
    adoptExtrasStyles(container, resolution.runtime.config.nonce);
    draw(container, resolution);
    return {
      update: (r) => draw(container, r),
      destroy: () => render(null, container),
    };
  },
};
