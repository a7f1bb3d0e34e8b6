import type { StockRecord } from '../../core/StockRecord';
import type { BcInventorySettings } from './bigcommerceSchema';

/** The store's words may carry markup; the widget shows plain text only, briefly. */
export function plainText(value: string | null | undefined): string | undefined {
  const t = (value ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t ? t.slice(0, 160) : undefined;
}

/** `site.settings.inventory` → what every record of the answer shares. */
export interface StoreRules {
  /** `SHOW_WHEN_LOW` shows counts only at or under the warning level. */
  display: 'DONT_SHOW' | 'SHOW' | 'SHOW_WHEN_LOW';
  storeText: NonNullable<StockRecord['storeText']>;
}

export function storeRules(settings: BcInventorySettings): StoreRules {
  const s = settings ?? {};
  const storeText: StoreRules['storeText'] = {};
  const outOfStock = plainText(s.defaultOutOfStockMessage);
  if (outOfStock) storeText.outOfStock = outOfStock;
  // The backorder prompt ("Available on backorder") is the label; the shipping expectation goes with it.
  const prompt = s.showBackorderAvailabilityPrompt ? plainText(s.backorderAvailabilityPrompt) : undefined;
  const expectation = s.showDefaultShippingExpectationPrompt ? plainText(s.defaultShippingExpectationPrompt) : undefined;
  if (prompt) storeText.backorder = expectation ? `${prompt} (${expectation})` : prompt;
  return { display: s.stockLevelDisplay ?? 'SHOW', storeText };
}
