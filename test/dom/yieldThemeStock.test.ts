import { afterEach, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/Config';
import { parseConfig } from '../../src/config/parseConfig';
import { yieldThemeStock } from '../../src/page/yieldThemeStock';
import { expectConsole } from '../setup/failOnConsole';

afterEach(() => {
  document.body.innerHTML = '';
});

const flush = () => new Promise((r) => setTimeout(r, 0));
const hidden = (el: Element) => getComputedStyle(el).display === 'none';

function page() {
  document.body.innerHTML =
    '<p class="stock in-stock" style="display:block">12 in stock</p><stock-status data-state="loading"></stock-status>';
  return { theme: document.querySelector('p.stock')!, ours: document.querySelector('stock-status')! };
}

test('the theme text is hidden while ours loads and speaks, and given back when ours is unknown', async () => {
  const { theme, ours } = page();
  yieldThemeStock(ours, () => Array.from(document.querySelectorAll('p.stock')), DEFAULT_CONFIG);
  expect(hidden(theme)).toBe(true);
  ours.setAttribute('data-state', 'backorder');
  await flush();
  expect(hidden(theme)).toBe(true);
  ours.setAttribute('data-state', 'unknown');
  await flush();
  expect(hidden(theme)).toBe(false);
  expect(theme.textContent).toBe('12 in stock');
});

test('text the theme re-renders is found afresh on the next change', async () => {
  const { ours } = page();
  yieldThemeStock(ours, () => Array.from(document.querySelectorAll('p.stock')), DEFAULT_CONFIG);
  document.querySelector('p.stock')!.outerHTML = '<p class="stock out-of-stock">Out of stock</p>';
  ours.setAttribute('data-state', 'out-of-stock');
  await flush();
  expect(hidden(document.querySelector('p.stock')!)).toBe(true);
});

test('data-theme-stock="keep" leaves the theme text alone', async () => {
  const { theme, ours } = page();
  yieldThemeStock(ours, () => [theme], parseConfig({ 'data-theme-stock': 'keep' }, {}));
  ours.setAttribute('data-state', 'in-stock');
  await flush();
  expect(hidden(theme)).toBe(false);
});

test('a bad data-theme-stock is named once and the default (replace) is used', () => {
  expectConsole(
    'error',
    /\[stock-status\] config "themeStock" \(data-theme-stock\) has an invalid value "<img src=x onerror=alert\(1\)>"; using "replace"/,
  );
  expect(parseConfig({ 'data-theme-stock': '<img src=x onerror=alert(1)>' }, {}).themeStock).toBe('replace');
});
