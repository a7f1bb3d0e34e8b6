import { resolveCatalog } from '../core/describeStatus';
import type { MessageOverrides } from '../core/overridesFor';

/** The add-to-cart button's words: in each language's catalogue, so a page loads only its own (only `data-button="manage"` shows them). */
export type ButtonKey = 'buttonPreorder' | 'buttonBackorder' | 'buttonSoldOut';

/** Merchant override (`messages[locale].buttonSoldOut`), then the page language's words, then English. */
export function buttonLabel(key: ButtonKey, locale: string, overrides?: MessageOverrides): string {
  return resolveCatalog(locale, overrides)[key];
}
