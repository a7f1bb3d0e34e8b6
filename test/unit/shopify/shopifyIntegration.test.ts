import { waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { shopifyIntegration } from '../../../src/page/shopify/shopifyIntegration';
import { pageRuntime } from '../../dom/elementHelpers';

/** Dawn markup, trimmed to what the integration reads (sections/main-product.liquid, snippets/buy-buttons.liquid, card-product.liquid, main-cart-items.liquid). */
const PRODUCT = `
<product-info id="ProductInfo-template--9__main" data-section="template--9__main" data-product-id="555">
  <form id="product-form-installment-template--9__main" action="/cart/add"><input type="hidden" name="id" value="71"></form>
  <quantity-input><input class="quantity__input" type="number" name="quantity" value="1" form="product-form-template--9__main"></quantity-input>
  <product-form class="product-form">
    <form method="post" action="/cart/add" id="product-form-template--9__main" data-type="add-to-cart-form">
      <input type="hidden" name="id" value="71" class="product-variant-id">
      <button type="submit" name="add">Add to cart</button>
      <input type="hidden" name="product-id" value="555">
    </form>
  </product-form>
</product-info>`;

const card = (section: string, id: string, extra = '') => `
<div class="card-wrapper product-card-wrapper"><div class="card"><div class="card__inner"><img alt=""></div><div class="card__content"><div class="card__information">
  <h3 class="card__heading"><a href="/products/p-${id}" id="CardLink-${section}-${id}">P</a></h3>
  <div class="card-information"><span class="price">$1</span></div>${extra}
</div></div></div></div>`;

const cartRow = (i: number, variant: string, qty: number) => `
<tr class="cart-item" id="CartItem-${i}">
  <td class="cart-item__details"><a href="/products/x?variant=${variant}">X</a></td>
  <td><input class="quantity__input" data-quantity-variant-id="${variant}" type="number" name="updates[]" value="${qty}"></td>
</tr>`;

const attrs = (el: Element | null) =>
  el && Object.fromEntries(['product-id', 'variant-id', 'quantity', 'context'].map((a) => [a, el.getAttribute(a)]));
const mount = () => shopifyIntegration.mount(document, pageRuntime(DEFAULT_CONFIG));

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState({}, '', '/');
});

describe('Dawn product page', () => {
  test('one element after <product-form>, none for the installments form', () => {
    document.body.innerHTML = PRODUCT;
    mount();
    const els = document.querySelectorAll('stock-status');
    expect(els).toHaveLength(1);
    expect(els[0]!.previousElementSibling?.tagName).toBe('PRODUCT-FORM');
    expect(attrs(els[0]!)).toEqual({ 'product-id': '555', 'variant-id': '71', quantity: '1', context: 'product' });
  });

  test('follows Dawn setting the variant input by script, and the quantity input joined with form=', async () => {
    document.body.innerHTML = PRODUCT;
    mount();
    const el = document.querySelector('stock-status')!;
    const input = document.querySelector<HTMLInputElement>('#product-form-template--9__main input[name="id"]')!;
    // What assets/product-info.js updateVariantInputs does.
    input.value = '72';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(el.getAttribute('variant-id')).toBe('72');
    const qty = document.querySelector<HTMLInputElement>('input[name="quantity"]')!;
    qty.value = '4';
    qty.dispatchEvent(new Event('change', { bubbles: true }));
    expect(el.getAttribute('quantity')).toBe('4');
    qty.value = '-3';
    qty.dispatchEvent(new Event('input', { bubbles: true }));
    expect(el.getAttribute('quantity')).toBe('1');
  });

  test('an emptied variant input (no such combination) falls back to ?variant=, else the product', async () => {
    document.body.innerHTML = PRODUCT;
    history.replaceState({}, '', '/products/x?variant=73');
    mount();
    const el = document.querySelector('stock-status')!;
    const input = document.querySelector<HTMLInputElement>('#product-form-template--9__main input[name="id"]')!;
    input.value = '';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(el.getAttribute('variant-id')).toBe('73');
    history.replaceState({}, '', '/products/x?variant=<img src=x onerror=alert(1)>');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(el.hasAttribute('variant-id')).toBe(false);
  });

  test('idempotent, leaves a hand-placed element alone, and mounts again when Dawn swaps the section', async () => {
    document.body.innerHTML = PRODUCT;
    mount();
    mount();
    expect(document.querySelectorAll('stock-status')).toHaveLength(1);
    // Dawn (combined listings) replaces the whole product-info with the server's HTML.
    document.querySelector('product-info')!.outerHTML = PRODUCT.replace(/555/g, '556');
    await waitFor(() => expect(document.querySelector('stock-status')?.getAttribute('product-id')).toBe('556'));
    expect(document.querySelectorAll('stock-status')).toHaveLength(1);

    document.body.innerHTML = PRODUCT.replace('<product-form', '<stock-status product-id="555"></stock-status><product-form');
    mount();
    expect(document.querySelectorAll('stock-status')).toHaveLength(1);
  });

  test('a form without a product id is left alone', () => {
    document.body.innerHTML = '<form action="/cart/add"><input name="id" value="1"></form>';
    mount();
    expect(document.querySelector('stock-status')).toBeNull();
  });
});

describe('Dawn cards and cart', () => {
  test('cards: the trailing number of ids like CardLink-template--123__grid-<id>; collection cards skipped', () => {
    document.body.innerHTML =
      card('template--16010183221429__product-grid', '7001212026933') +
      card('template--1__x', '42', '<quick-add-modal id="QuickAdd-42"></quick-add-modal>') +
      '<div class="card-wrapper"><a href="/collections/all" id="CardLink-template--1__c-9">All</a></div>' +
      '<div class="card-wrapper"><a href="/products/evil" id="CardLink-<img src=x onerror=alert(1)>">Evil</a></div>';
    mount();
    const els = Array.from(document.querySelectorAll('stock-status'));
    expect(els.map(attrs)).toEqual([
      { 'product-id': '7001212026933', 'variant-id': null, quantity: null, context: 'card' },
      { 'product-id': '42', 'variant-id': null, quantity: null, context: 'card' },
    ]);
    // First in the card's media, over its corner (the badge takes no space).
    expect(els.map((e) => [e.parentElement?.className, e.previousElementSibling])).toEqual([
      ['card__inner', null],
      ['card__inner', null],
    ]);
    mount();
    expect(document.querySelectorAll('stock-status')).toHaveLength(2);
  });

  test('cart lines: looked up by variant GID with the line quantity, which they follow', () => {
    document.body.innerHTML = `<cart-items><table>${cartRow(1, '2001', 1)}${cartRow(2, '2073', 3)}</table></cart-items>`;
    mount();
    const els = Array.from(document.querySelectorAll('stock-status'));
    expect(els.map(attrs)).toEqual([
      { 'product-id': 'gid://shopify/ProductVariant/2001', 'variant-id': '2001', quantity: '1', context: 'cart' },
      { 'product-id': 'gid://shopify/ProductVariant/2073', 'variant-id': '2073', quantity: '3', context: 'cart' },
    ]);
    const qty = document.querySelector<HTMLInputElement>('#CartItem-2 input')!;
    qty.value = '5';
    qty.dispatchEvent(new Event('change', { bubbles: true }));
    expect(els[1]!.getAttribute('quantity')).toBe('5');
  });
});
