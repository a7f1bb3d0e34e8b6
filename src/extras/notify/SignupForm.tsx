import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageOverrides } from '../../config/Config';
import { extrasText } from '../extrasCatalog';
import type { Signup, SignupQueue } from './SignupQueue';

export interface SignupFormProps {
  queue: SignupQueue;
  /** The `data-notify` value. */
  target: string;
  productId: string;
  variantId: string | null;
  locale: string;
  platform: string;
  overrides?: MessageOverrides;
}

let forms = 0;
/** Stricter than `type=email` alone, which accepts `a@b`: a shop's mailer needs a domain with a dot. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * The back-in-stock form: a labelled email field, native and own validation with an announced
 * error (`role=alert`, `aria-invalid`, `aria-describedby`), and a polite status line that says
 * what happened to the signup. The address stays in the field whatever happens.
 */
export function SignupForm({ queue, target, productId, variantId, locale, platform, overrides }: SignupFormProps) {
  const say = extrasText(locale, overrides);
  const ids = useRef(`ss-signup-${++forms}`).current;
  const [signup, setSignup] = useState<Signup | undefined>(() => queue.latest(target, productId, variantId));
  const [email, setEmail] = useState(() => signup?.email ?? '');
  const [error, setError] = useState<'signupMissing' | 'signupInvalid' | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const sync = () => setSignup(queue.latest(target, productId, variantId));
    sync();
    return queue.subscribe(sync);
  }, [queue, target, productId, variantId]);

  const submit = (e: Event) => {
    e.preventDefault();
    const field = input.current;
    const value = (field?.value ?? email).trim();
    const problem =
      field?.validity.valueMissing || value === ''
        ? 'signupMissing'
        : field?.validity.typeMismatch || !EMAIL.test(value)
          ? 'signupInvalid'
          : null;
    setError(problem);
    if (problem) {
      field?.focus();
      return;
    }
    setSignup(queue.submit({ target, email: value, productId, variantId, locale, pageUrl: location.href.slice(0, 2048), platform }));
  };

  const status = signup?.status;
  const message =
    status === 'done'
      ? say('signupDone', { email: signup!.email })
      : status === 'retrying'
        ? say('signupRetrying')
        : status === 'sending'
          ? say('signupSending')
          : status === 'rejected'
            ? say('signupRejected')
            : '';
  const describedBy = [error ? `${ids}-error` : '', `${ids}-intro`].filter(Boolean).join(' ');

  return (
    <form class="signup-form" part="signup-form" noValidate onSubmit={submit} data-status={status ?? 'idle'}>
      <p class="signup-intro" id={`${ids}-intro`} part="signup-intro">
        {say('signupIntro')}
      </p>
      <label class="signup-label" for={`${ids}-email`} part="signup-label">
        {say('signupLabel')}
      </label>
      <div class="signup-row">
        <input
          ref={input}
          id={`${ids}-email`}
          class="signup-input"
          part="signup-input"
          type="email"
          name="email"
          autocomplete="email"
          inputMode="email"
          maxLength={254}
          required
          value={email}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy}
          onInput={(e) => {
            setEmail((e.currentTarget as HTMLInputElement).value);
            if (error) setError(null);
          }}
        />
        <button class="signup-button" part="signup-button" type="submit">
          {say('signupButton')}
        </button>
      </div>
      {error && (
        <p class="signup-error" id={`${ids}-error`} part="signup-error" role="alert">
          {say(error)}
        </p>
      )}
      <p class="signup-message" part="signup-message" role="status" aria-live="polite" data-status={status ?? 'idle'}>
        {message}
      </p>
    </form>
  );
}
