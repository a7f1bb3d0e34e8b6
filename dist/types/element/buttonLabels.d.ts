import { type MessageOverrides } from "../core/overridesFor.js";
/** The add-to-cart button's words, kept apart from the main catalogue (only `data-button="manage"` needs them). */
export type ButtonKey = 'buttonPreorder' | 'buttonBackorder' | 'buttonSoldOut';
/** Merchant override (`messages[locale].buttonSoldOut`), then the built-in words, then English. */
export declare function buttonLabel(key: ButtonKey, locale: string, overrides?: MessageOverrides): string;
