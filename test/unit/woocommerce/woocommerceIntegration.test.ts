import { waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { woocommerceIntegration } from '../../../src/page/woocommerce/woocommerceIntegration';
import { pageRuntime } from '../../dom/elementHelpers';

/**
 * The integration on WooCommerce template markup (classic templates, WooCommerce 9.x). The element
 * is not defined here: these tests look only at what the integration inserts and keeps in step.
 */
const config = { ...DEFAULT_CONFIG, platform: 'woocommerce' as const };
const mount = (html: string) => {
  document.body.innerHTML = html;
  woocommerceIntegration.mount(document, pageRuntime(config));
  return Array.from(document.querySelectorAll('stock-status'));
};
const attrs = (el: Element | undefined) =>
  Object.fromEntries(
    Array.from(el?.attributes ?? [])
      .filter((a) => a.name !== 'data-mounted')
      .map((a) => [a.name, a.value]),
  );
afterEach(() => {
  document.body.innerHTML = '';
});

const simple = `
<div id="product-206" class="product type-product post-206 status-publish instock product-type-simple">
  <div class="summary entry-summary">
    <h1 class="product_title entry-title">Canvas Cap</h1>
    <p class="stock in-stock">Only 2 left in stock</p>
    <form class="cart" action="/product/canvas-cap/" method="post" enctype="multipart/form-data">
      <div class="quantity"><input type="number" class="input-text qty text" name="quantity" value="1" min="1"></div>
      <button type="submit" name="add-to-cart" value="206" class="single_add_to_cart_button button alt">Add to cart</button>
    </form>
  </div>
</div>`;

const variable = (input = '<input type="hidden" name="variation_id" class="variation_id" value="0">') => `
<div id="product-210" class="product type-product post-210 product-type-variable">
  <div class="summary entry-summary">
    <form class="variations_form cart" action="/product/zip-hoodie/" method="post" data-product_id="210" data-product_variations="[]">
      <table class="variations"><tbody><tr><td class="value">
        <select id="colour" name="attribute_colour" data-attribute_name="attribute_colour"><option value="">Choose an option</option><option value="red">Red</option></select>
      </td></tr></tbody></table>
      <div class="single_variation_wrap">
        <div class="woocommerce-variation single_variation"></div>
        <div class="woocommerce-variation-add-to-cart variations_button">
          <div class="quantity"><input type="number" class="input-text qty text" name="quantity" value="1"></div>
          <button type="submit" class="single_add_to_cart_button button alt">Add to cart</button>
          <input type="hidden" name="add-to-cart" value="210"><input type="hidden" name="product_id" value="210">
          ${input}
        </div>
      </div>
    </form>
  </div>
</div>`;

const card = (
  id: string,
  button = `<a href="?add-to-cart=${id}" class="button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="${id}" rel="nofollow">Add to cart</a>`,
) =>
  `<li class="product type-product post-${id} status-publish instock">
    <a href="/product/p${id}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><h2 class="woocommerce-loop-product__title">P${id}</h2><span class="price">$1.00</span></a>
    ${button}
  </li>`;

describe('WooCommerce single product page', () => {
  test("simple product: one element after form.cart, for the add-to-cart button's product, following the quantity", async () => {
    const [el, ...rest] = mount(simple);
    expect(rest).toEqual([]);
    expect(attrs(el)).toEqual({ 'product-id': '206', context: 'product', quantity: '1' });
    expect(el?.previousElementSibling?.matches('form.cart')).toBe(true);
    const qty = document.querySelector<HTMLInputElement>('input[name="quantity"]')!;
    qty.value = '5';
    qty.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(el?.getAttribute('quantity')).toBe('5'));
  });

  test('variable product: the variation WooCommerce sets (hidden input, jQuery .val(), no native event) becomes variant-id', async () => {
    const [el] = mount(variable());
    expect(attrs(el)).toEqual({ 'product-id': '210', context: 'product', quantity: '1' });
    const input = document.querySelector<HTMLInputElement>('input[name="variation_id"]')!;
    input.value = '212'; // what jQuery's .val() does; for a hidden input this reflects to the attribute
    await waitFor(() => expect(el?.getAttribute('variant-id')).toBe('212'));
    input.value = ''; // reset
    await waitFor(() => expect(el?.hasAttribute('variant-id')).toBe(false));
  });

  test('variable product: a value set as a property only is read when WooCommerce re-renders .single_variation', async () => {
    // A theme that renders variation_id as a non-hidden (visually hidden) input: its value property never reaches the attribute.
    const [el] = mount(variable('<input type="text" name="variation_id" class="variation_id" value="0" style="display:none">'));
    const input = document.querySelector<HTMLInputElement>('input[name="variation_id"]')!;
    input.value = '213';
    expect(input.getAttribute('value')).toBe('0');
    await new Promise((r) => setTimeout(r, 50));
    expect(el?.hasAttribute('variant-id')).toBe(false);
    const shown = document.querySelector('.single_variation')!;
    shown.innerHTML =
      '<div class="woocommerce-variation-availability"><p class="stock available-on-backorder">Available on backorder</p></div>';
    await waitFor(() => expect(el?.getAttribute('variant-id')).toBe('213'));
  });

  test("variable product: the shopper's own change on the attribute select re-reads the form", async () => {
    const [el] = mount(variable('<input type="text" name="variation_id" class="variation_id" value="0">'));
    const input = document.querySelector<HTMLInputElement>('input[name="variation_id"]')!;
    const select = document.querySelector<HTMLSelectElement>('select')!;
    select.addEventListener('change', () => {
      input.value = '212'; // WooCommerce's handler runs in the same event
    });
    select.value = 'red';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(el?.getAttribute('variant-id')).toBe('212'));
  });

  test('out of stock (no form is printed): the element goes after the stock line', () => {
    const [el] = mount(
      `<div id="product-204" class="product type-product post-204 outofstock"><div class="summary entry-summary"><p class="price">$90</p><p class="stock out-of-stock">Out of stock</p></div></div>`,
    );
    expect(attrs(el)).toEqual({ 'product-id': '204', context: 'product' });
    expect(el?.previousElementSibling?.matches('p.stock')).toBe(true);
  });

  test('not purchasable (nothing printed at all): the element goes at the end of the summary', () => {
    const [el] = mount(
      `<div id="product-205" class="product type-product post-205"><div class="summary entry-summary"><h1>Box</h1></div></div>`,
    );
    expect(attrs(el)).toEqual({ 'product-id': '205', context: 'product' });
    expect(el?.parentElement?.matches('.summary')).toBe(true);
  });

  test("idempotent, and a merchant's own element is respected", () => {
    mount(simple);
    woocommerceIntegration.mount(document, pageRuntime(config));
    expect(document.querySelectorAll('stock-status')).toHaveLength(1);
    document.body.innerHTML = `<stock-status product-id="206"></stock-status>${simple}`;
    woocommerceIntegration.mount(document, pageRuntime(config));
    expect(document.querySelectorAll('stock-status')).toHaveLength(1);
  });

  test('a shop whose theme renders cards as div.product gets no product-page element', () => {
    expect(
      mount('<div class="products"><div class="product type-product post-201"><div class="summary"><h2>P</h2></div></div></div>'),
    ).toEqual([]);
  });

  test('hostile or missing ids: nothing is inserted, nothing throws', () => {
    expect(
      mount(
        `<form class="variations_form cart" data-product_id='"><img src=x onerror=alert(1)>'></form><form class="cart"><button name="add-to-cart" value="abc">Add</button></form><div class="product" id="product-x"><div class="summary"></div></div>`,
      ),
    ).toEqual([]);
    expect(mount('<p>No shop here</p>')).toEqual([]);
  });
});

describe('WooCommerce product cards', () => {
  test('each li.product gets a card badge first in the card (over its image), outside the product link', () => {
    const els = mount(
      `<ul class="products">${card('201')}${card('204', '<a href="/product/p204/" class="button product_type_simple" data-product_id="204" rel="nofollow">Read more</a>')}</ul>`,
    );
    expect(els.map(attrs)).toEqual([
      { 'product-id': '201', context: 'card' },
      { 'product-id': '204', context: 'card' },
    ]);
    for (const el of els) {
      expect(el.closest('a')).toBeNull();
      expect(el.parentElement?.matches('li.product') && el.previousElementSibling === null).toBe(true);
    }
  });

  test('a card without the loop button uses its post-<id> class; one without any id is left alone', () => {
    const els = mount(`<ul class="products"><li class="product post-207"><h2>P</h2></li><li class="product"><h2>?</h2></li></ul>`);
    expect(els.map(attrs)).toEqual([{ 'product-id': '207', context: 'card' }]);
  });

  test('related products on a product page are cards; the page product is not', () => {
    const els = mount(
      simple.replace('</div>\n</div>', `</div><section class="related products"><ul class="products">${card('201')}</ul></section></div>`),
    );
    expect(els.map((e) => [e.getAttribute('product-id'), e.getAttribute('context')])).toEqual([
      ['206', 'product'],
      ['201', 'card'],
    ]);
  });

  test('mounting again adds nothing', () => {
    mount(`<ul class="products">${card('201')}${card('202')}</ul>`);
    woocommerceIntegration.mount(document, pageRuntime(config));
    expect(document.querySelectorAll('stock-status')).toHaveLength(2);
  });
});
