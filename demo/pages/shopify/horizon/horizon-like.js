// A small stand-in for Horizon's own scripts (Shopify/horizon assets/variant-picker.js,
// product-form.js, product-inventory.js, component-quantity-selector.js, component-cart-items.js,
// cart-drawer.js) and for Shopify's standard events library, so the widget meets the DOM changes
// and events Horizon makes: `shopify:product:select` dispatched from the variant picker, then the
// product form's `input[name=id]` set as a property (no attribute, no `change`); quantity buttons
// that set the input's value property; `shopify:cart:lines-update` dispatched before the cart
// request, and the cart's rows re-rendered afterwards (our elements in them are dropped).
(() => {
  /** Shopify's ShopifyStandardEvent: the payload on the event itself; bubbles to document. */
  class StandardEvent extends Event {
    constructor(type, payload) {
      super(type, { bubbles: true });
      Object.assign(this, payload);
    }
  }
  const deferred = () => {
    let resolve;
    let reject;
    const promise = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    // Listeners that do not care about the result must not see an unhandled rejection.
    promise.catch(() => {});
    return { promise, resolve, reject };
  };
  const gid = (type, id) => `gid://shopify/${type}/${id}`;
  const later = (ms) => new Promise((r) => setTimeout(r, ms));
  const data = JSON.parse(document.getElementById('horizon-demo-data')?.textContent ?? '{}');
  const variants = data.variants ?? {};

  // ---- Product page ------------------------------------------------------------------------
  for (const picker of document.querySelectorAll('variant-picker')) {
    const section = picker.closest('.shopify-section');
    picker.addEventListener('change', (event) => {
      const input = event.target.closest('input[type="radio"]');
      if (!input) return;
      const { promise, resolve } = deferred();
      picker.dispatchEvent(
        new StandardEvent('shopify:product:select', {
          product: {
            id: gid('Product', picker.dataset.productId),
            title: picker.dataset.productTitle,
            handle: picker.dataset.productHandle,
          },
          selectedOptions: [{ name: input.dataset.optionName, value: input.value }],
          promise,
        }),
      );
      // Horizon fetches the section for the new options, then resolves with the variant.
      later(40).then(() => {
        for (const r of picker.querySelectorAll('input[type="radio"]')) {
          r.toggleAttribute('checked', r === input);
          r.dataset.currentChecked = String(r === input);
        }
        const id = input.dataset.variantId;
        const v = id ? variants[id] : null;
        resolve({
          variant: v
            ? {
                id: gid('ProductVariant', id),
                title: v.title,
                availableForSale: v.available,
                price: { amount: '24.00', currencyCode: 'USD' },
                selectedOptions: [{ name: 'Size', value: v.title }],
              }
            : null,
          detail: {
            productId: picker.dataset.productId,
            resource: v ? { id: Number(id), available: v.available } : null,
            inventory: v?.inventory,
          },
        });
      });
    });
    // product-form.js and product-inventory.js listen on the section and await the promise.
    section?.addEventListener('shopify:product:select', async (event) => {
      if (event.target.closest('product-card')) return;
      const { detail } = await event.promise;
      const form = section.querySelector('product-form-component form');
      if (form) form.querySelector('input[name="id"]').value = detail.resource?.id ?? '';
      const button = section.querySelector('product-form-component button[type="submit"]');
      if (button) button.disabled = !detail.resource?.available;
      for (const text of section.querySelectorAll('product-inventory .product-inventory__text')) text.textContent = detail.inventory ?? '';
    });
  }

  // quantity-selector-component: the buttons set the value property and dispatch quantity-selector:update.
  document.addEventListener('click', (event) => {
    const button = event.target.closest('quantity-selector-component button, cart-quantity-selector-component button');
    if (!button) return;
    event.preventDefault();
    const input = button.parentElement.querySelector('input');
    const step = Number(input.step) || 1;
    const min = Number(input.min) || 0;
    input.value = String(Math.max(min, (Number.parseInt(input.value, 10) || 0) + (button.name === 'plus' ? step : -step)));
    const quantityEvent = new Event('quantity-selector:update', { bubbles: true });
    quantityEvent.detail = { quantity: Number.parseInt(input.value, 10), cartLine: Number(input.dataset.cartLine) || undefined };
    button.parentElement.dispatchEvent(quantityEvent);
  });

  // ---- Cart (page and drawer) ----------------------------------------------------------------
  // The rows as the server rendered them, before any script touched them: re-renders start from these.
  const rowHtml = new Map();
  const cart = [];
  for (const row of document.querySelectorAll('cart-items-component tr.cart-items__table-row[data-key]')) {
    const key = row.dataset.key;
    if (!rowHtml.has(key)) {
      rowHtml.set(key, row.outerHTML);
      const input = row.querySelector('input[name="updates[]"]');
      cart.push({ key, variantId: row.querySelector('[data-variant-id]').dataset.variantId, quantity: Number(input.value) });
    }
  }
  const template = document.getElementById('horizon-row-template')?.innerHTML ?? '';

  function rowFor(line, index) {
    const html =
      rowHtml.get(line.key) ??
      template
        .replaceAll('__KEY__', line.key)
        .replaceAll('__VARIANT__', line.variantId)
        .replaceAll('__TITLE__', variants[line.variantId]?.product ?? '');
    return html
      .replace(/(name="updates\[\]"[^>]*?)value="\d+"/, `$1value="${line.quantity}"`)
      .replace(/data-cart-line="\d+"/, `data-cart-line="${index + 1}"`);
  }

  /** morphSection: the server's fresh rows replace the old ones (nodes the theme did not render are gone). */
  function renderCarts() {
    for (const component of document.querySelectorAll('cart-items-component')) {
      const body = component.querySelector('tbody');
      if (body) body.innerHTML = cart.map(rowFor).join('');
    }
  }

  async function ask(path, line) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: line.key, variant_id: line.variantId, quantity: line.quantity }),
    });
    return response.json();
  }
  const cartSummary = () => ({
    id: gid('Cart', 'demo'),
    totalQuantity: cart.reduce((n, l) => n + l.quantity, 0),
    cost: { totalAmount: { amount: '0.00', currencyCode: 'USD' } },
    lines: cart.map((l) => ({
      id: gid('CartLine', l.key),
      quantity: l.quantity,
      cost: { totalAmount: { amount: '0.00', currencyCode: 'USD' } },
    })),
    discountCodes: [],
  });

  let debounce = 0;
  document.addEventListener('quantity-selector:update', (event) => {
    const component = event.target.closest('cart-items-component');
    const { quantity, cartLine } = event.detail ?? {};
    if (!component || !cartLine) return;
    clearTimeout(debounce);
    debounce = setTimeout(async () => {
      const line = cart[cartLine - 1];
      if (!line) return;
      const { promise, resolve, reject } = deferred();
      component.dispatchEvent(
        new StandardEvent('shopify:cart:lines-update', { action: 'update', context: 'cart', lines: [{ id: line.key, quantity }], promise }),
      );
      const answer = await ask('/shopify/cart/change.js', { ...line, quantity });
      if (answer.errors) {
        // Horizon puts the input back and shows the cart's words.
        const input = component.querySelectorAll('tr.cart-items__table-row[data-key]')[cartLine - 1]?.querySelector('input');
        if (input) input.value = input.defaultValue;
        const error = component.querySelector(`[ref="cartItemError-${cartLine}"]`);
        if (error) error.textContent = answer.errors;
        reject(new Error(answer.errors));
        return;
      }
      line.quantity = quantity;
      resolve({ cart: cartSummary(), detail: { source: 'cart-items-component' } });
      renderCarts();
    }, 50);
  });

  // product-form.js: add to cart, then the drawer re-renders and opens.
  for (const component of document.querySelectorAll('product-form-component')) {
    component.querySelector('form')?.addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = event.target;
      const variantId = form.querySelector('input[name="id"]').value;
      const quantity = Number.parseInt(form.querySelector('input[name="quantity"]')?.value ?? '1', 10) || 1;
      const { promise, resolve, reject } = deferred();
      component.dispatchEvent(
        new StandardEvent('shopify:cart:lines-update', {
          action: 'add',
          context: 'product',
          lines: [{ merchandiseId: gid('ProductVariant', variantId), quantity }],
          promise,
        }),
      );
      const existing = cart.find((l) => l.variantId === variantId);
      const line = existing ?? { key: `${variantId}:demo`, variantId, quantity: 0 };
      const answer = await ask('/shopify/cart/add.js', { ...line, quantity: line.quantity + quantity });
      if (answer.errors) {
        reject(new Error(answer.errors));
        return;
      }
      line.quantity += quantity;
      if (!existing) cart.push(line);
      resolve({ cart: cartSummary(), detail: { source: 'product-form-component' } });
      renderCarts();
      document.querySelector('#cart-drawer dialog')?.setAttribute('open', '');
    });
  }

  /** What a section re-render does to the product information (Horizon's updateMain morphs all of it). */
  const main = document.querySelector('.shopify-section[data-section-type="product-information"]');
  const serverHtml = main?.innerHTML ?? '';
  window.horizonDemo = {
    rerenderProduct() {
      if (main) main.innerHTML = serverHtml;
    },
  };
})();
