import { waitFor } from '@testing-library/dom';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { configure } from '../../src/configure';
import { define } from '../../src/define';
import type { StockStatusChangeEvent } from '../../src/element/StockStatusChangeEvent';
import type { StockStatusElement } from '../../src/element/StockStatusElement';
import { fakeSource } from '../bindings/catalog';
import { expectConsole } from '../setup/failOnConsole';

beforeAll(() => define());
afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('<stock-status> properties, refresh() and types', () => {
  test('in Preact TSX, typed by tag: properties read the attributes and reflect to them', async () => {
    configure({ platform: 'json', locale: 'en' }, { source: fakeSource().source, storage: null });
    render(<stock-status product-id="77" variant-id="blue" quantity={1} />, document.body);
    // querySelector('stock-status') is a StockStatusElement: no cast.
    const el: StockStatusElement | null = document.querySelector('stock-status');
    const seen: StockStatusChangeEvent[] = [];
    el!.addEventListener('stock-status:change', (e) => seen.push(e));
    await waitFor(() => expect(el!.getAttribute('data-state')).toBe('low-stock'));
    expect([el!.productId, el!.variantId, el!.quantity, el!.context]).toEqual(['77', 'blue', 1, 'product']);

    el!.variantId = 'green';
    el!.quantity = 5;
    expect(el!.getAttribute('variant-id')).toBe('green');
    expect(el!.getAttribute('quantity')).toBe('5');
    await waitFor(() => expect(el!.getAttribute('data-state')).toBe('backorder'));
    expect(seen.at(-1)?.detail).toMatchObject({ variantId: 'green', quantity: 5, state: 'backorder', available: 2 });
    expect(seen.at(-1)).toMatchObject({ bubbles: true, composed: true, type: 'stock-status:change' });

    el!.variantId = null;
    expect(el!.hasAttribute('variant-id')).toBe(false);
    el!.productId = 99;
    expect(el!.getAttribute('product-id')).toBe('99');
    await waitFor(() => expect(el!.getAttribute('data-state')).toBe('preorder'));
  });

  test('refresh() looks up again; after runtime.refresh() it shows the new stock', async () => {
    const shop = fakeSource();
    const runtime = configure({ platform: 'json' }, { source: shop.source, storage: null });
    const el = document.createElement('stock-status');
    el.productId = '99';
    document.body.append(el);
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('preorder'));
    el.refresh();
    await new Promise((r) => setTimeout(r, 5));
    expect(shop.calls).toEqual([['99']]); // still fresh in the cache
    shop.products['99'] = { ...shop.products['99']!, product: { ...shop.products['99']!.product, preorder: null, purchasable: false } };
    runtime.refresh();
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('unavailable'));
    expect(shop.calls).toEqual([['99'], ['99']]);
  });

  test('a bad property value is named as its attribute and read as the default', async () => {
    expectConsole('warn', /<stock-status quantity="-3"> is not valid; using 1/);
    configure({ platform: 'json', locale: 'en' }, { source: fakeSource().source, storage: null });
    const el = document.createElement('stock-status');
    el.productId = '77';
    el.variantId = 'red';
    el.quantity = -3;
    document.body.append(el);
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('in-stock'));
    expect(el.quantity).toBe(1);
  });

  test('typings: wrong attribute and property types do not compile', () => {
    // @ts-expect-error context is one of product, card, cart
    const wrong = <stock-status context="banner" />;
    const el = document.createElement('stock-status');
    // @ts-expect-error the context property takes the same three words
    el.context = 'banner';
    expect(wrong).toBeDefined();
    expectConsole('warn', /<stock-status context="banner"> is not valid; using product/);
    expect(el.context).toBe('product');
  });
});
