import { type MessageOverrides, overridesFor } from '../core/overridesFor';

/** The add-to-cart button's words, kept apart from the main catalogue (only `data-button="manage"` needs them). */
export type ButtonKey = 'buttonPreorder' | 'buttonBackorder' | 'buttonSoldOut';

// [pre-order, backorder, sold out] per language.
const LABELS: Record<string, [string, string, string]> = {
  en: ['Pre-order', 'Backorder', 'Sold out'],
  de: ['Vorbestellen', 'Nachbestellen', 'Ausverkauft'],
  fr: ['Précommander', 'Commander (réappro.)', 'Épuisé'],
  es: ['Reservar', 'Pedir bajo pedido', 'Agotado'],
  nl: ['Pre-order', 'Nabestellen', 'Uitverkocht'],
  it: ['Preordina', 'Ordina ora', 'Esaurito'],
  pt: ['Pré-venda', 'Encomendar', 'Esgotado'],
  ja: ['予約注文', '取り寄せ注文', '売り切れ'],
};
const INDEX: Record<ButtonKey, number> = { buttonPreorder: 0, buttonBackorder: 1, buttonSoldOut: 2 };

/** Merchant override (`messages[locale].buttonSoldOut`), then the built-in words, then English. */
export function buttonLabel(key: ButtonKey, locale: string, overrides?: MessageOverrides): string {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return overridesFor(locale, overrides)[key] ?? (LABELS[language] ?? LABELS.en!)[INDEX[key]]!;
}
