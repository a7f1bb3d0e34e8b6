import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { configure } from '../../src/configure';
import { emptyRecord, type ProductStock } from '../../src/core/StockRecord';
import { define } from '../../src/define';
import { buttonLabel } from '../../src/element/buttonLabels';
import { extrasText } from '../../src/extras/extrasCatalog';
import type { Source } from '../../src/sources/Source';
import { mount, settled, text } from './elementHelpers';

/** One language per line, marked with `lang` where it is not the page's. */
const inDays = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
const backordered: ProductStock = {
  productId: '77',
  product: { ...emptyRecord('77'), onHand: 2, inStock: true, backorderable: 'unlimited', restock: { date: inDays(40), confirmed: true } },
  variants: [],
};
const source: Source = { platform: 'json', batchSize: 50, load: async () => [backordered] };

beforeAll(() => define());
afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

async function shown(locale: string) {
  document.documentElement.lang = 'en';
  configure({ platform: 'json', endpoint: '/stock', locale }, { source, storage: null });
  const el = mount({ 'product-id': '77', quantity: '5', context: 'cart' });
  await settled(el);
  return { el, status: el.shadowRoot!.querySelector<HTMLElement>('[part=status]')! };
}

describe('the widget speaks one language, and says which', () => {
  test('Japanese on an English page: Japanese words and dates, marked lang="ja"', async () => {
    const { el, status } = await shown('ja');
    expect(status.lang).toBe('ja');
    expect(text(el)).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(text(el)).not.toMatch(/ship/);
  });

  test('an unsupported locale (pl): English words with English dates, not "ship by 13 gru"', async () => {
    const { el, status } = await shown('pl');
    expect(status.lang).toBe('en');
    const month = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(new Date(`${inDays(40)}T00:00:00Z`));
    expect(text(el)).toContain('2 ship now');
    expect(text(el)).toContain(month);
  });

  test("the add-to-cart labels and the extras find a locale's merchant texts in any case, like the status words", () => {
    const overrides = { 'DE-at': { buttonSoldOut: 'Vergriffen', signupButton: 'Bescheid geben' }, de: { buttonPreorder: 'Vormerken' } };
    expect(buttonLabel('buttonSoldOut', 'de-AT', overrides)).toBe('Vergriffen');
    expect(buttonLabel('buttonPreorder', 'de-AT', overrides)).toBe('Vormerken');
    expect(extrasText('de-at', overrides)('signupButton')).toBe('Bescheid geben');
    expect(extrasText('de-CH', overrides)('signupButton')).not.toBe('Bescheid geben');
  });
});
