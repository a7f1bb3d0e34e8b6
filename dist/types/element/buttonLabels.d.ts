import type { MessageOverrides } from "../core/overridesFor.js";
/** The add-to-cart button's words: in each language's catalogue, so a page loads only its own (only `data-button="manage"` shows them). */
export type ButtonKey = 'buttonPreorder' | 'buttonBackorder' | 'buttonSoldOut';
/** Merchant override (`messages[locale].buttonSoldOut`), then the page language's words, then English. */
export declare function buttonLabel(key: ButtonKey, locale: string, overrides?: MessageOverrides): string;
