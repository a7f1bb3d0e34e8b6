import { type MessageOverrides } from "../core/overridesFor.js";
/**
 * Words of the signup form and the alternatives list, in the extras bundle only (the main
 * catalogue stays small). `{name}` placeholders only; merchants override any key per locale
 * through `messages`, as with the main texts.
 */
export declare const extrasEn: {
    signupIntro: string;
    signupLabel: string;
    signupButton: string;
    signupMissing: string;
    signupInvalid: string;
    signupSending: string;
    signupDone: string;
    signupRetrying: string;
    signupRejected: string;
    alternativesHeading: string;
};
export type ExtrasKey = keyof typeof extrasEn;
export declare const extrasLocales: string[];
export declare function extrasCatalog(language: string): Partial<Record<ExtrasKey, string>> | undefined;
/** A `say(key, values)` for one locale: merchant override, then built-in words, then English. */
export declare function extrasText(locale: string, overrides?: MessageOverrides): (key: ExtrasKey, values?: Record<string, string>) => string;
