import { type MessageOverrides } from "./overridesFor.js";
/**
 * The locale the widget speaks, words and dates alike, so a line never mixes languages ("3 ship
 * by 13 gru"): the shopper's locale when we have words for its language (built in, or the
 * merchant's own texts for it), else English.
 */
export declare function speakingLocale(locale: string, overrides?: MessageOverrides): string;
