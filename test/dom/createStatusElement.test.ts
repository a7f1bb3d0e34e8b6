import { afterEach, expect, test } from 'vitest';
import { createStatusElement, hasOwnElement } from '../../src/page/createStatusElement';

afterEach(() => {
  document.body.innerHTML = '';
});

const attributes = (el: Element) => Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value]));

test('an element a theme integration places carries the same attributes a merchant writes, and data-mounted', () => {
  expect(attributes(createStatusElement(document, { productId: '77', variantId: '501', quantity: 5, context: 'cart' }))).toEqual({
    'product-id': '77',
    'variant-id': '501',
    quantity: '5',
    context: 'cart',
    'data-mounted': 'auto',
  });
  // JSON-LD's page product needs no id; a missing variant or quantity is left to the element's defaults.
  expect(attributes(createStatusElement(document, { productId: '', variantId: null, quantity: null, context: 'product' }))).toEqual({
    context: 'product',
    'data-mounted': 'auto',
  });
});

test('a hostile id is an attribute value, never markup', () => {
  const el = createStatusElement(document, { productId: '"><img src=x onerror=alert(1)>', context: 'card' });
  document.body.append(el);
  expect(document.querySelector('img')).toBeNull();
  expect(el.getAttribute('product-id')).toBe('"><img src=x onerror=alert(1)>');
});

test("a merchant's own product element for the product wins; the widget's own, cards and cart lines do not count", () => {
  document.body.innerHTML =
    '<stock-status product-id="77" context="card"></stock-status><stock-status product-id="77" context="cart"></stock-status>';
  document.body.append(createStatusElement(document, { productId: '77', context: 'product' }));
  expect(hasOwnElement(document, '77')).toBe(false);
  document.body.insertAdjacentHTML('beforeend', '<stock-status product-id="77"></stock-status>');
  expect(hasOwnElement(document, '77')).toBe(true);
  expect(hasOwnElement(document, '78')).toBe(false);
});
