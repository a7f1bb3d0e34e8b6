import { catalogs } from './locales/knownCatalogs';
import { type MessageOverrides, overridesFor } from './overridesFor';

/**
 * The locale the widget speaks, words and dates alike, so a line never mixes languages ("3 ship
 * by 13 gru"): the shopper's locale when we have words for its language (built in, or the
 * merchant's own texts for it), else English.
 */
export function speakingLocale(locale: string, overrides?: MessageOverrides): string {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  if (Object.hasOwn(catalogs, language) || Object.keys(overridesFor(locale, overrides)).length > 0) return locale;
  return 'en';
}
