import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { configure } from '../../../src/configure';
import { define } from '../../../src/define';
import { isCatalyst } from '../../../src/page/bigcommerce/bigcommerceIntegration';
import { catalystIntegration } from '../../../src/page/bigcommerce/catalystIntegration';
import { optionsInUrl } from '../../../src/page/bigcommerce/catalystProductForm';
import { getRuntime } from '../../../src/Runtime';
import { forgetOlderStores } from '../../../src/sources/bigcommerce/queryStorefront';
import { fakeStore } from './harness';

beforeAll(() => define());
beforeEach(() => forgetOlderStores());
afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
  delete (window as { next?: unknown }).next;
});

describe('Catalyst markup', () => {
  test('options in the URL: only whole-number pairs, at most 50 read; hostile keys and values are ignored', () => {
    expect(optionsInUrl('?21=213&utm_source=x&22=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&99999999999=1&23=1e3')).toEqual({ '21': '213' });
    const many = `?${Array.from({ length: 60 }, (_, i) => `${i + 1}=${i + 1}`).join('&')}`;
    expect(Object.keys(optionsInUrl(many))).toHaveLength(50);
    expect(optionsInUrl(`?1=2&${'x'.repeat(100_000)}=1`)).toEqual({ '1': '2' });
  });

  test('Catalyst is told from a Stencil theme by what Next.js puts on the page', () => {
    expect(isCatalyst(document)).toBe(false);
    document.body.innerHTML = '<next-route-announcer></next-route-announcer>';
    expect(isCatalyst(document)).toBe(true);
    document.body.innerHTML = '';
    (window as { next?: unknown }).next = { version: '15', appDir: true };
    expect(isCatalyst(document)).toBe(true);
  });

  test('a client navigation that only moves the URL (no form change) moves the element to the new variant', async () => {
    configure(
      { platform: 'bigcommerce', token: 'demo-token', locale: 'en-US' },
      { transport: { fetch: fakeStore().fetch, retries: 0 }, storage: null },
    );
    history.replaceState(null, '', '/product/111?21=211');
    // A Catalyst fork whose option controls carry no name: only the URL tells the pick.
    document.body.innerHTML = `<form><input name="id" type="hidden" value="111">
      <div class="h-[3.2rem]"><div>8 in stock</div></div><input name="quantity" type="number" value="1"></form>`;
    catalystIntegration.mount(document, getRuntime()!);
    const el = document.querySelector('form stock-status')!;
    await expect.poll(() => el.getAttribute('variant-id')).toBe('1111');
    expect(el.nextElementSibling?.hasAttribute('data-stock-status-replaced')).toBe(true);
    history.replaceState(null, '', '/product/111?21=213');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await expect.poll(() => el.getAttribute('variant-id')).toBe('1113');
  });
});
