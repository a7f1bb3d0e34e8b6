import type { StockState } from '../core/StockRecord';
import type { Runtime } from '../Runtime';
import { type ButtonKey, buttonLabel } from './buttonLabels';

/**
 * `data-button="manage"`: the theme's own add-to-cart button says what the shopper is buying
 * ("Pre-order", "Backorder") and is a disabled "Sold out" when nothing can be ordered. Only the
 * label, `disabled` and `aria-disabled` are touched, never the theme's handlers, and only what we
 * changed is put back; when the theme relabels the button itself, its words become the original.
 */
interface Memo {
  original: string;
  written: string | null;
  disabledByUs: boolean;
  ariaByUs: boolean;
}
const memos = new WeakMap<Element, Memo>();

/** Where the words live: an input's value, Dawn's inner `<span>`, or the button itself. */
const labelNode = (button: HTMLElement): HTMLElement => button.querySelector(':scope > span') ?? button;
const read = (button: HTMLElement) => (button instanceof HTMLInputElement ? button.value : (labelNode(button).textContent ?? '').trim());
const write = (button: HTMLElement, text: string) => {
  if (button instanceof HTMLInputElement) button.value = text;
  else labelNode(button).textContent = text;
};

const WORDS: Partial<Record<StockState, ButtonKey>> = {
  preorder: 'buttonPreorder',
  backorder: 'buttonBackorder',
  'out-of-stock': 'buttonSoldOut',
  unavailable: 'buttonSoldOut',
};

/** Brings the button in line with `state`; `null` (element gone, state unknown) restores it. */
export function manageButton(button: HTMLElement, state: StockState | null, runtime: Runtime | null): void {
  let memo = memos.get(button);
  const current = read(button);
  if (!memo) {
    memo = { original: current, written: null, disabledByUs: false, ariaByUs: false };
    memos.set(button, memo);
  } else if (memo.written !== null && current !== memo.written) {
    // The theme relabelled it (a variant change): its words are the ones to come back to.
    memo.original = current;
    memo.written = null;
  }
  const key = state ? WORDS[state] : undefined;
  if (key && runtime) {
    const label = buttonLabel(key, runtime.locale, runtime.config.messages);
    if (current !== label) write(button, label);
    memo.written = label;
  } else if (memo.written !== null) {
    write(button, memo.original);
    memo.written = null;
  }
  const soldOut = key === 'buttonSoldOut';
  const field = button as HTMLButtonElement | HTMLInputElement;
  if (soldOut) {
    if (!field.disabled) {
      field.disabled = true;
      memo.disabledByUs = true;
    }
    if (button.getAttribute('aria-disabled') !== 'true') {
      button.setAttribute('aria-disabled', 'true');
      memo.ariaByUs = true;
    }
  } else {
    if (memo.disabledByUs && field.disabled) field.disabled = false;
    if (memo.ariaByUs) button.removeAttribute('aria-disabled');
    memo.disabledByUs = false;
    memo.ariaByUs = false;
  }
}
