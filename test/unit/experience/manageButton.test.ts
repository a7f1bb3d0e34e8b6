import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../../src/config/parseConfig';
import { manageButton } from '../../../src/element/manageButton';
import { findCartButton } from '../../../src/page/findCartButton';
import type { Runtime } from '../../../src/Runtime';

const runtime = (locale = 'en', messages?: Record<string, Record<string, string>>) =>
  ({ locale, config: { ...parseConfig({}, {}), button: 'manage', messages } }) as unknown as Runtime;

const THEMES = {
  dawn: '<form action="/cart/add"><button type="submit" name="add"><span>Add to cart</span><div class="spinner"></div></button></form><stock-status></stock-status>',
  cornerstone:
    '<form data-cart-item-add><input id="form-action-addToCart" type="submit" value="Add to Cart"></form><stock-status></stock-status>',
  woo: '<form class="cart"><button type="submit" class="single_add_to_cart_button">Add to basket</button></form><stock-status></stock-status>',
  generic: '<form action="/cart"><button>Buy</button></form><stock-status></stock-status>',
};
const text = (b: HTMLElement) => (b instanceof HTMLInputElement ? b.value : b.textContent);

describe('manageButton', () => {
  test.each(Object.entries(THEMES))('%s: relabels, disables for sold out, and restores only what it changed', (_theme, html) => {
    document.body.innerHTML = html;
    const button = findCartButton(document.querySelector('stock-status')!)!;
    expect(button).not.toBeNull();
    const original = text(button);
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    // The theme's own submit handler (jsdom cannot navigate, and would say so on stderr).
    button.closest('form')?.addEventListener('submit', (e) => e.preventDefault());

    manageButton(button, 'backorder', runtime());
    expect(text(button)).toBe('Backorder');
    manageButton(button, 'preorder', runtime());
    expect(text(button)).toBe('Pre-order');
    manageButton(button, 'out-of-stock', runtime());
    expect(text(button)).toBe('Sold out');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    manageButton(button, 'in-stock', runtime());
    expect(text(button)).toBe(original);
    expect((button as HTMLButtonElement).disabled).toBe(false);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    button.click();
    expect(clicks).toBe(1);
    if (_theme === 'dawn') expect(button.querySelector('.spinner')).not.toBeNull();
  });

  test("the theme's own relabel becomes the original, and a button the theme disabled stays disabled", () => {
    document.body.innerHTML = THEMES.dawn;
    const button = findCartButton(document.querySelector('stock-status')!)! as HTMLButtonElement;
    manageButton(button, 'backorder', runtime());
    button.querySelector('span')!.textContent = 'Sold out';
    button.disabled = true;
    manageButton(button, 'in-stock', runtime());
    expect(button.textContent).toBe('Sold out');
    expect(button.disabled).toBe(true);
  });

  test('localised and merchant-overridden labels, as text', () => {
    document.body.innerHTML = THEMES.woo;
    const button = findCartButton(document.querySelector('stock-status')!)!;
    manageButton(button, 'out-of-stock', runtime('de-DE'));
    expect(button.textContent).toBe('Ausverkauft');
    const hostile = '<img src=x onerror=alert(1)>';
    manageButton(button, 'preorder', runtime('en', { en: { buttonPreorder: hostile } }));
    expect(button.textContent).toBe(hostile);
    expect(button.querySelector('img')).toBeNull();
  });
});
