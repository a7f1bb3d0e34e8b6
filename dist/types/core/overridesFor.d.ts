/** Merchant texts per locale tag (or language): key → template, placeholders only. */
export type MessageOverrides = Record<string, Record<string, string>>;
/**
 * The merchant's texts that apply to a locale: the language's (`de`), then the exact tag's
 * (`de-AT`) over them. Tags are matched in any case (`DE-at` is `de-AT`, as BCP 47 says); this is
 * the one place that rule lives, for the status words, the button labels and the extras alike.
 */
export declare function overridesFor(locale: string, overrides?: MessageOverrides): Record<string, string>;
