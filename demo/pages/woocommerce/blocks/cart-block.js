// Stands in for WooCommerce's Cart block front end (client/blocks: cart-line-items-table/index.tsx and
// cart-line-item-row.tsx) on the demo page. Like the real block it renders its rows client-side
// from the Store API cart, a moment after the page loads (the block's scripts), keyed by item key:
// a quantity change is sent (debounced 300 ms, as QuantitySelector does) to
// POST /cart/update-item and the row is re-rendered in place from the answer; removing an item
// takes its row away. Rows carry no product id; `?keys=1` adds `data-cart-item-key` as newer
// releases do. `window.__cartBlock.rerender()` replaces every row with a new one (a full re-render).
(() => {
  const API = '/woo/wp-json/wc/store/v1/cart';
  const block = document.querySelector('.wp-block-woocommerce-cart');
  const tbody = block?.querySelector('table.wc-block-cart-items tbody');
  if (!tbody) return;
  const withKeys = new URLSearchParams(location.search).has('keys');
  const money = (minor) => `$${(Number(minor) / 100).toFixed(2)}`;
  let items = [];

  function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...children);
    return e;
  }

  /** The row's markup, as cart-line-item-row.tsx renders it. */
  function row(item) {
    const tr = el('tr', { class: 'wc-block-cart-items__row', tabindex: '-1' });
    if (withKeys) tr.setAttribute('data-cart-item-key', item.key);
    const name = el('a', { class: 'wc-block-components-product-name', href: item.permalink });
    name.innerHTML = item.name; // the block prints the Store API name as HTML (ProductName)
    const input = el('input', {
      class: 'wc-block-components-quantity-selector__input',
      type: 'number',
      step: '1',
      min: '1',
      max: String(item.quantity_limits.maximum),
      'aria-label': `Quantity of ${name.textContent} in your cart.`,
    });
    input.value = String(item.quantity);
    let pending = 0;
    input.addEventListener('input', () => {
      clearTimeout(pending);
      const q = Number(input.value);
      if (Number.isInteger(q) && q >= 1) pending = setTimeout(() => update(item.key, q), 300);
    });
    const remove = el(
      'button',
      { class: 'wc-block-cart-item__remove-link', 'aria-label': `Remove ${name.textContent} from cart` },
      'Remove item',
    );
    remove.addEventListener('click', () => send('remove-item', { key: item.key }));
    tr.append(
      el(
        'td',
        { class: 'wc-block-cart-item__image', 'aria-hidden': 'true' },
        el('a', { href: item.permalink, tabindex: '-1' }, el('img', { src: item.images[0]?.thumbnail ?? '', alt: '' })),
      ),
      el(
        'td',
        { class: 'wc-block-cart-item__product' },
        el(
          'div',
          { class: 'wc-block-cart-item__wrap' },
          name,
          el('div', { class: 'wc-block-cart-item__badges' }),
          el(
            'div',
            { class: 'wc-block-cart-item__prices' },
            el('span', { class: 'price wc-block-components-product-price' }, money(item.prices.price)),
          ),
          el(
            'div',
            { class: 'wc-block-components-product-metadata' },
            ...item.variation.map((v) => el('span', { class: 'wc-block-components-product-details__value' }, `${v.attribute}: ${v.value}`)),
          ),
          el(
            'div',
            { class: 'wc-block-cart-item__quantity' },
            el('div', { class: 'wc-block-components-quantity-selector' }, input),
            remove,
          ),
        ),
      ),
      el(
        'td',
        { class: 'wc-block-cart-item__total' },
        el('span', { class: 'wc-block-components-product-price' }, money(item.totals.line_total)),
      ),
    );
    fill(tr, item);
    return tr;
  }

  /** What React updates in place when the same item comes back: badges, quantity, total. */
  function fill(tr, item) {
    const badges = tr.querySelector('.wc-block-cart-item__badges');
    badges.replaceChildren();
    if (item.show_backorder_badge)
      badges.append(
        el('div', { class: 'wc-block-components-product-badge wc-block-components-product-backorder-badge' }, 'Available on backorder'),
      );
    else if (item.low_stock_remaining)
      badges.append(
        el(
          'div',
          { class: 'wc-block-components-product-badge wc-block-components-product-low-stock-badge' },
          `${item.low_stock_remaining} left in stock`,
        ),
      );
    const input = tr.querySelector('input');
    if (document.activeElement !== input) input.value = String(item.quantity);
    input.setAttribute('value', String(item.quantity)); // React syncs the attribute of a controlled input
    tr.querySelector('.wc-block-cart-item__total span').textContent = money(item.totals.line_total);
  }

  function render(next, fresh = false) {
    const rows = new Map(Array.from(tbody.children).map((tr) => [tr.__key, tr]));
    const out = next.map((item) => {
      const tr = !fresh && rows.get(item.key);
      if (tr) {
        fill(tr, item);
        return tr;
      }
      const made = row(item);
      made.__key = item.key;
      return made;
    });
    tbody.replaceChildren(...out);
    items = next;
  }

  async function send(action, body) {
    const res = await fetch(`${API}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    render((await res.json()).items);
  }
  const update = (key, quantity) => send('update-item', { key, quantity });

  window.__cartBlock = { rerender: () => render(items, true), update };
  setTimeout(async () => {
    const res = await fetch(API, { credentials: 'same-origin' });
    block.classList.remove('is-loading');
    render((await res.json()).items);
  }, 150);
})();
