/** @jsxImportSource react */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { useStockStatus } from '../../src/bindings/react';
import { configure } from '../../src/configure';
import { define } from '../../src/define';
import type { LookUpProps } from '../../src/lookup/Resolution';
import type { Runtime } from '../../src/Runtime';
import type { Source } from '../../src/sources/Source';
import { expectConsole } from '../setup/failOnConsole';
import { fakeSource } from './catalog';

beforeAll(() => define());
afterEach(() => cleanup());

/** What a Hydrogen or Catalyst product form would render: one hook call, its own markup. */
function Availability(props: LookUpProps & { runtime?: Runtime }) {
  const { state, text } = useStockStatus(props);
  return (
    <p role="status" aria-live="polite" data-state={state}>
      {text ? [text.label, text.detail, text.limit].filter(Boolean).join(' ') : ''}
    </p>
  );
}
const region = () => screen.getByRole('status');
const settledAt = (state: string) => waitFor(() => expect(region().dataset.state).toBe(state));

describe('stock-status/react: useStockStatus', () => {
  test('one hook call shows the live status, and follows variant and quantity props (StrictMode)', async () => {
    const shop = fakeSource();
    configure({ platform: 'json', locale: 'en-US' }, { source: shop.source, storage: null });
    const { rerender } = render(
      <StrictMode>
        <Availability productId="77" variantId="red" />
      </StrictMode>,
    );
    expect(region().dataset.state).toBe('loading');
    await settledAt('in-stock');
    expect(region().textContent).toBe('In stock');
    rerender(
      <StrictMode>
        <Availability productId="77" variantId="black" />
      </StrictMode>,
    );
    await settledAt('out-of-stock');
    expect(region().textContent).toMatch(/^Out of stock Expected back/);
    rerender(
      <StrictMode>
        <Availability productId="77" variantId="green" quantity={5} />
      </StrictMode>,
    );
    await settledAt('backorder');
    expect(region().textContent).toMatch(/2 ship now, 3 ship by/);
    // StrictMode mounts twice: still one request, the variant changes answered from it.
    expect(shop.calls).toEqual([['77']]);
  });

  test('an explicit runtime, refreshed, answers with the new stock', async () => {
    const shop = fakeSource();
    const runtime = configure({ platform: 'json', locale: 'en' }, { source: shop.source, storage: null });
    configure({ platform: 'json', locale: 'en' }, { source: fakeSource().source, storage: null }); // the page's is another
    render(<Availability productId="99" runtime={runtime} />);
    await settledAt('preorder');
    shop.products['99'] = { ...shop.products['99']!, product: { ...shop.products['99']!.product, preorder: null, inStock: true } };
    act(() => runtime.refresh());
    await settledAt('in-stock');
  });

  test('a superseded look-up is aborted and never overwrites the newer answer', async () => {
    const shop = fakeSource();
    configure({ platform: 'json' }, { source: shop.source, storage: null });
    const { rerender } = render(<Availability productId="slow" />);
    await waitFor(() => expect(shop.calls).toEqual([['slow']]));
    rerender(<Availability productId="88" />);
    await settledAt('unavailable');
    expect(shop.aborted).toEqual([['slow']]);
    shop.release();
    await new Promise((r) => setTimeout(r, 5));
    expect(region().dataset.state).toBe('unavailable');
    expect(region().textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  test('bad props and a failing platform: a clear [stock-status] warning and unknown', async () => {
    expectConsole('warn', /^\[stock-status\] stock-status variantId "bad." is not valid; it is ignored\.$/);
    expectConsole('warn', /^\[stock-status\] json stock look-up failed \(the store answered nonsense\)/);
    const failing: Source = { platform: 'json', batchSize: 50, load: () => Promise.reject(new Error('the store answered nonsense')) };
    configure({ platform: 'json' }, { source: failing, storage: null });
    render(<Availability productId="77" variantId={'bad\u0007'} />);
    await settledAt('unknown');
    expect(region().textContent).toBe('');
  });

  test('on the server it renders loading, with no look-up and no error', () => {
    const shop = fakeSource();
    configure({ platform: 'json' }, { source: shop.source, storage: null });
    expect(renderToString(<Availability productId="77" />)).toContain('data-state="loading"');
    expect(shop.calls).toEqual([]);
  });
});

describe('<stock-status> in React TSX', () => {
  test('is typed and upgrades: attributes from props, properties reflected', async () => {
    configure({ platform: 'json', locale: 'en' }, { source: fakeSource().source, storage: null });
    const { container } = render(<stock-status product-id="77" variant-id="blue" quantity={1} context="product" />);
    const el = container.querySelector('stock-status')!;
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('low-stock'));
    el.variantId = 'red';
    expect(el.getAttribute('variant-id')).toBe('red');
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('in-stock'));
    // @ts-expect-error context is one of product, card, cart
    const wrong = <stock-status context="banner" />;
    expect(wrong).toBeDefined();
  });
});
