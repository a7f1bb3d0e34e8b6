import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { StockStatus, stockStatusCss, useStockStatus } from '../../src/bindings/preact';
import { configure } from '../../src/configure';
import type { LookUpProps } from '../../src/lookup/Resolution';
import type { Source } from '../../src/sources/Source';
import { expectConsole } from '../setup/failOnConsole';
import { catalog, fakeSource } from './catalog';

afterEach(() => {
  cleanup();
  document.head.innerHTML = '';
});

/** An app's own markup around the hook: state and words, nothing of the pipeline. */
function Badge(props: LookUpProps) {
  const { state, text } = useStockStatus(props);
  return (
    <p data-testid="badge" data-state={state}>
      {text ? [text.label, text.detail].filter(Boolean).join(' · ') : ''}
    </p>
  );
}
const badge = () => screen.getByTestId('badge');
const settledAt = (state: string) => waitFor(() => expect(badge().dataset.state).toBe(state));

describe('stock-status/preact: useStockStatus', () => {
  test('one hook call shows the live status, and follows variant and quantity props', async () => {
    const shop = fakeSource();
    configure({ platform: 'json', locale: 'en-US' }, { source: shop.source, storage: null });
    const { rerender } = render(<Badge productId={77} variantId="blue" />);
    expect(badge().dataset.state).toBe('loading');
    await settledAt('low-stock');
    expect(badge().textContent).toContain('Only 2 left');

    rerender(<Badge productId={77} variantId="green" quantity={5} />);
    await settledAt('backorder');
    expect(badge().textContent).toMatch(/2 ship now, 3 ship by \w{3} \d{1,2}/);
    // A variant or quantity change answers from the same data: one request in all.
    expect(shop.calls).toEqual([['77']]);
  });

  test('refresh: after runtime.refresh() the new stock is shown', async () => {
    const shop = fakeSource();
    const runtime = configure({ platform: 'json', locale: 'en' }, { source: shop.source, storage: null });
    render(<Badge productId="77" variantId="red" />);
    await settledAt('in-stock');
    shop.products['77']!.variants[0] = { ...shop.products['77']!.variants[0]!, inStock: false, onHand: 0 };
    act(() => runtime.refresh());
    await settledAt('out-of-stock');
    expect(shop.calls).toEqual([['77'], ['77']]);
  });

  test('a superseded look-up is aborted and never overwrites the newer answer', async () => {
    const shop = fakeSource();
    configure({ platform: 'json' }, { source: shop.source, storage: null });
    const { rerender } = render(<Badge productId="slow" />);
    await waitFor(() => expect(shop.calls).toEqual([['slow']]));
    rerender(<Badge productId="88" />);
    await settledAt('unavailable');
    expect(shop.aborted).toEqual([['slow']]);
    shop.release();
    await new Promise((r) => setTimeout(r, 5));
    expect(badge().dataset.state).toBe('unavailable');
  });

  test('bad props are named in one [stock-status] warning each and read as their defaults', async () => {
    expectConsole('warn', /^\[stock-status\] stock-status quantity "lots" is not valid; using 1\.$/);
    expectConsole('warn', /^\[stock-status\] stock-status context "banner" is not valid; using product\.$/);
    expectConsole('warn', /^\[stock-status\] stock-status productId "x{40}" is not valid; it is ignored\.$/);
    expectConsole('warn', /needs a product-id/);
    configure({ platform: 'json', locale: 'en' }, { source: fakeSource().source, storage: null });
    render(
      <>
        <Badge productId="77" variantId="blue" quantity="lots" context={'banner' as never} />
        <StockStatus productId={'x'.repeat(5000)} />
      </>,
    );
    await settledAt('low-stock');
    await waitFor(() => expect(document.querySelector('.stock-status')?.getAttribute('data-state')).toBe('unknown'));
    expect(document.querySelector('.stock-status')?.textContent).toBe('');
  });

  test('a failing platform: one [stock-status] warning, unknown, nothing shown, the app unharmed', async () => {
    expectConsole('warn', /^\[stock-status\] json stock look-up failed \(HTTP 500\)/);
    const failing: Source = { platform: 'json', batchSize: 50, load: () => Promise.reject(new Error('HTTP 500')) };
    configure({ platform: 'json' }, { source: failing, storage: null });
    render(<Badge productId="77" />);
    await settledAt('unknown');
    expect(badge().textContent).toBe('');
  });
});

describe('stock-status/preact: <StockStatus>', () => {
  test('the element view in the light DOM: a polite live region whose words do not run together', async () => {
    configure({ platform: 'json', locale: 'en-US' }, { source: fakeSource().source, storage: null });
    const { container } = render(<StockStatus productId="77" variantId="black" />);
    const status = await screen.findByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toMatch(/^Out of stock Expected back \w{3} \d{1,2}/);
    expect(container.querySelector('.stock-status')?.getAttribute('data-state')).toBe('out-of-stock');
    expect(container.querySelector('[part=date]')?.textContent).toMatch(/^Expected back/);
  });

  test('store text is shown as text, never as HTML', async () => {
    configure({ platform: 'json', locale: 'en' }, { source: fakeSource().source, storage: null });
    const { container } = render(<StockStatus productId="88" />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('<img src=x onerror=alert(1)>'));
    expect(container.querySelector('img')).toBeNull();
  });

  test('cards: the badge only, not a live region', async () => {
    configure({ platform: 'json', locale: 'en' }, { source: fakeSource().source, storage: null });
    const { container } = render(<StockStatus productId="77" variantId="green" quantity={5} context="card" />);
    await waitFor(() => expect(container.querySelector('[part=badge]')?.textContent).toBe('Backorder'));
    expect(container.querySelector('[aria-live]')).toBeNull();
    expect(container.querySelector('.stock-status')?.getAttribute('data-context')).toBe('card');
  });

  test('brings its stylesheet: the element rules, scoped to the wrapper', async () => {
    configure({ platform: 'json' }, { source: fakeSource().source, storage: null });
    render(<StockStatus productId="99" />);
    await screen.findByRole('status');
    const sheets = [
      ...Array.from(document.adoptedStyleSheets ?? []).map((s) => Array.from(s.cssRules, (r) => r.cssText).join('\n')),
      ...Array.from(document.querySelectorAll('style[data-stock-status]'), (s) => s.textContent ?? ''),
    ].join('\n');
    expect(sheets).toMatch(/\.stock-status\s+\.status\s*\{[^}]*display:\s*flex/);
    expect(stockStatusCss).not.toContain(':host');
    // An unknown card badge hides without leaving layout (no layout shift).
    expect(stockStatusCss).toContain('.stock-status[data-state=unknown][data-context=card]{visibility:hidden}');
    expect(stockStatusCss).toContain('.stock-status [data-state=preorder]{--dot:var(--stock-status-preorder,#8250df)}');
  });

  test('pre-order shows its release date', async () => {
    configure({ platform: 'json', locale: 'en-US' }, { source: fakeSource(catalog()).source, storage: null });
    render(<StockStatus productId="99" />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Pre-order Releases/));
  });
});
