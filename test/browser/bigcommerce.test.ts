import { describe, expect, test } from 'vitest';
import { graphqlSent, openPage, settled, shadowText, startBrowserAndDemo, stateOf, statuses, waitState, widgetLines } from './harness';

/**
 * The built dist/stock-status.js on Cornerstone-like pages (demo/pages/bigcommerce, markup from
 * bigcommerce/cornerstone templates) against the mock Storefront API (demo/mocks/bigcommerce.mjs),
 * which executes every query on the real schema. The pages carry nothing but the script tag.
 */
const env = startBrowserAndDemo();

const open = (path: string) => openPage(env.browser, `${env.demo.url}/bigcommerce/${path}`);

describe('Cornerstone product page', () => {
  test('the widget sits after the add-to-cart form, on the picked variant, and follows option changes', async () => {
    const p = await open('product.html');
    await settled(p.page);
    const el = 'form[data-cart-item-add] + stock-status';
    expect(await p.page.$eval(el, (e) => [e.getAttribute('product-id'), e.getAttribute('variant-id'), e.getAttribute('context')])).toEqual([
      '111',
      '1111',
      'product',
    ]);
    expect(await stateOf(p, el)).toBe('in-stock');

    await p.page.click('label[for="attribute_rectangle__21_212"]');
    await waitState(p, el, 'out-of-stock');
    expect(await p.page.$eval(el, (e) => e.getAttribute('variant-id'))).toBe('1112');
    expect(await shadowText(p, el)).toMatch(/Currently sold out/);

    // A modifier option (gift wrap) is not part of the variant.
    await p.page.click('label[for="attribute_check_99"]');
    await p.page.click('label[for="attribute_rectangle__21_213"]');
    await waitState(p, el, 'low-stock');
    await p.page.fill('input[name="qty[]"]', '5');
    await waitState(p, el, 'backorder');
    expect(await shadowText(p, el)).toMatch(/2 ship now, 3 ship by/);

    // The first state cost one stock request; option and quantity changes cost none.
    expect(graphqlSent(p, 'StockStatusProducts')).toHaveLength(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test('raising the quantity of a simple product past what is on hand turns it into a partial backorder', async () => {
    const p = await open('bowl.html');
    await settled(p.page);
    const el = 'form[data-cart-item-add] + stock-status';
    expect(await stateOf(p, el)).toBe('low-stock');
    expect(await shadowText(p, el)).toMatch(/Only 2 left/);
    await p.page.fill('input[name="qty[]"]', '5');
    await waitState(p, el, 'backorder');
    expect(await shadowText(p, el)).toMatch(/Available on backorder.*2 ship now, 3 ship by/);
    expect(graphqlSent(p, 'StockStatusProducts')).toHaveLength(1);
    await p.close();
  });
});

describe('Cornerstone category page', () => {
  test('45 cards, each with a badge, for exactly one GraphQL request', async () => {
    const p = await open('category.html');
    await settled(p.page);
    const all = await statuses(p.page, 'article.card stock-status[context="card"]');
    expect(all).toHaveLength(45);
    expect(p.graphql).toEqual(['StockStatusProducts']);
    const byId = await p.page.$$eval('article.card', (cards) =>
      Object.fromEntries(cards.map((c) => [c.getAttribute('data-entity-id'), c.querySelector('stock-status')?.getAttribute('data-state')])),
    );
    expect(byId).toMatchObject({
      '101': 'in-stock',
      '102': 'low-stock',
      '103': 'in-stock',
      '104': 'backorder',
      '107': 'backorder',
      '109': 'preorder',
      '110': 'unavailable',
      '112': 'out-of-stock',
      '200': 'in-stock',
      '202': 'out-of-stock',
    });
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});

describe('older store (2024-06 schema, no Alpha fields)', () => {
  test('in stock, low stock, out of stock and pre-order still show; the probe happens once', async () => {
    const p = await open('older.html');
    await settled(p.page);
    const cards = await p.page.$$eval('article.card', (cs) => cs.map((c) => c.querySelector('stock-status')?.getAttribute('data-state')));
    expect(cards).toEqual(['in-stock', 'low-stock', 'out-of-stock', 'preorder']);
    const el = 'form[data-cart-item-add] + stock-status';
    expect(await stateOf(p, el)).toBe('in-stock');
    await p.page.click('label[for="attribute_rectangle__21_212"]');
    await waitState(p, el, 'out-of-stock');
    await p.page.click('label[for="attribute_rectangle__21_213"]');
    await waitState(p, el, 'low-stock');
    // One rejected probe with the Alpha fields, one answer without them, never probed again.
    expect(graphqlSent(p, 'StockStatusProducts')).toHaveLength(2);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});

describe('Cornerstone cart page', () => {
  test('one notice per line, with how many ship now and later, following the quantity', async () => {
    const p = await open('cart.html');
    await settled(p.page);
    const rows = await p.page.$$eval('[data-item-row]', (rs) =>
      rs.map((r) => {
        const e = r.querySelector('stock-status');
        return [e?.getAttribute('product-id'), e?.getAttribute('variant-id'), e?.getAttribute('quantity'), e?.getAttribute('data-state')];
      }),
    );
    expect(rows).toEqual([
      ['106', '1106', '5', 'backorder'],
      ['101', '1101', '1', 'in-stock'],
      ['111', '1112', '1', 'out-of-stock'],
      ['104', '1104', '2', 'backorder'],
    ]);
    const first = '[data-item-row]:first-child stock-status';
    expect(await shadowText(p, first)).toMatch(/2 ship now, 3 ship by/);
    await p.page.fill('[data-item-row]:first-child input.cart-item-qty-input', '2');
    await waitState(p, first, 'low-stock');
    // The cart look-up and one stock look-up for all lines.
    expect(graphqlSent(p, 'StockStatusCart')).toHaveLength(1);
    expect(graphqlSent(p, 'StockStatusProducts')).toHaveLength(1);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});
