import { decodeEntities } from './decodeEntities';
import type { StorePrices } from './woocommerceSchema';

/**
 * A Store API price (`"1299"` in minor units) in the store's own format: its separators, its
 * currency prefix or suffix. That is how the shop itself shows prices, so alternatives match it.
 */
export function formatStorePrice(p: StorePrices): string {
  const negative = p.price.startsWith('-');
  const digits = p.price.replace('-', '').padStart(p.currency_minor_unit + 1, '0');
  const whole = digits.slice(0, digits.length - p.currency_minor_unit).replace(/\B(?=(\d{3})+(?!\d))/g, p.currency_thousand_separator);
  const fraction = p.currency_minor_unit > 0 ? p.currency_decimal_separator + digits.slice(-p.currency_minor_unit) : '';
  return `${negative ? '-' : ''}${decodeEntities(p.currency_prefix)}${whole}${fraction}${decodeEntities(p.currency_suffix)}`;
}
