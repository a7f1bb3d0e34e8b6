import { afterEach, expect, test } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '../../src/config/Config';
import { genericIntegration } from '../../src/page/genericIntegration';
import { pageRuntime } from './elementHelpers';

const config = (platform: Config['platform']): Config => ({ ...DEFAULT_CONFIG, platform });
afterEach(() => {
  document.body.innerHTML = '';
});

test('JSON-LD: one element after the add-to-cart form, following its variant and quantity fields', async () => {
  document.body.innerHTML =
    '<form action="/cart/add"><select name="sku"><option value="A">A</option><option value="B" selected>B</option></select><input name="quantity" value="3"></form>';
  genericIntegration.mount(document, pageRuntime(config('jsonld')));
  const el = document.querySelector('form + stock-status');
  expect(el?.getAttribute('product-id')).toBeNull();
  expect(el?.getAttribute('variant-id')).toBe('B');
  expect(el?.getAttribute('quantity')).toBe('3');
  const qty = document.querySelector<HTMLInputElement>('input[name=quantity]')!;
  qty.value = '5';
  qty.dispatchEvent(new Event('input', { bubbles: true }));
  expect(el?.getAttribute('quantity')).toBe('5');
});

test('an API platform gets an element only where the form names its product', () => {
  document.body.innerHTML = '<form action="/cart/add"><input name="quantity" value="1"></form>';
  genericIntegration.mount(document, pageRuntime(config('json')));
  expect(document.querySelector('stock-status')).toBeNull();
  document.querySelector('form')!.setAttribute('data-product-id', '1001');
  genericIntegration.mount(document, pageRuntime(config('json')));
  expect(document.querySelector('form + stock-status')?.getAttribute('product-id')).toBe('1001');
});

test('a page that places its own element is left alone', () => {
  document.body.innerHTML = '<form action="/cart/add" data-product-id="1"></form><stock-status product-id="1"></stock-status>';
  genericIntegration.mount(document, pageRuntime(config('json')));
  expect(document.querySelectorAll('stock-status')).toHaveLength(1);
});
