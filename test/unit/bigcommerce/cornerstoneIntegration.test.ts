import { afterEach, describe, expect, test } from 'vitest';
import { emptyRecord } from '../../../src/core/StockRecord';
import { cardProductId, mountCornerstoneCards } from '../../../src/page/bigcommerce/cornerstoneCards';
import { readSelections } from '../../../src/page/bigcommerce/cornerstoneProductForm';
import { optionKey, variantForOptions } from '../../../src/sources/bigcommerce/variantForOptions';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Cornerstone markup', () => {
  test('cards: the id from data-entity-id, or (data tags off) data-test / the quick-view button; hostile ids are skipped', () => {
    document.body.innerHTML = `
      <article class="card" data-entity-id="101"><figure class="card-figure"><img alt=""></figure><div class="card-body"></div></article>
      <article class="card" data-test="card-102"><div class="card-body"></div></article>
      <article class="card"><button class="quickview" data-product-id="103"></button><div class="card-body"></div></article>
      <article class="card" data-entity-id="<img src=x onerror=alert(1)>"><div class="card-body"></div></article>`;
    const cards = Array.from(document.querySelectorAll('article.card'));
    expect(cards.map(cardProductId)).toEqual(['101', '102', '103', null]);
    mountCornerstoneCards(document);
    mountCornerstoneCards(document); // idempotent
    const els = Array.from(document.querySelectorAll('stock-status'));
    // First in the card's image (its corner: the badge takes no space), else first in the card.
    expect(
      els.map((e) => [e.getAttribute('product-id'), e.getAttribute('context'), e.parentElement?.className, e.previousElementSibling]),
    ).toEqual([
      ['101', 'card', 'card-figure', null],
      ['102', 'card', 'card', null],
      ['103', 'card', 'card', null],
    ]);
  });

  test('options: checked radios and selects count, unchecked and "none" do not; the variant is found with modifiers ignored', () => {
    document.body.innerHTML = `<form data-cart-item-add>
      <input type="radio" name="attribute[21]" value="211"><input type="radio" name="attribute[21]" value="212" checked>
      <select name="attribute[22]"><option value="">Choose</option><option value="221" selected>Red</option></select>
      <input type="checkbox" name="attribute[99]" value="990" checked>
      <input type="text" name="attribute[98]" value="engrave me">
      <input type="radio" name="attribute[23]" value="" checked></form>`;
    const selected = readSelections(document.querySelector('form')!);
    expect(selected).toEqual({ '21': '212', '22': '221', '99': '990' });
    const stock = {
      productId: '5',
      product: emptyRecord('5'),
      variants: [],
      variantAliases: {
        [optionKey([
          [21, 211],
          [22, 221],
        ])]: '51',
        [optionKey([
          [22, 221],
          [21, 212],
        ])]: '52',
        'SKU-1': '51',
      },
    };
    expect(variantForOptions(stock, selected)).toBe('52');
    expect(variantForOptions(stock, { '21': '213' })).toBeNull();
    expect(variantForOptions(null, selected)).toBeNull();
  });
});
