// Imitates what Dawn's own scripts do to the page (assets/product-info.js, quantity-input in
// global.js, cart.js), so the widget is tested against the same DOM changes: the hidden variant
// input's value set by script + a bubbling `change`, `?variant=` via history.replaceState, parts
// of a section swapped for fresh HTML, and cart rows re-rendered after a quantity change.
(() => {
  const variantsBySize = { S: '2071', M: '2072', L: '2073', XL: '2074' };

  function renderVariantPicker(info, size) {
    const fieldset = info.querySelector('variant-selects');
    // Dawn swaps the picker's HTML for the server's; the radios are new elements afterwards.
    fieldset.innerHTML = Object.keys(variantsBySize)
      .map(
        (s) =>
          `<input type="radio" id="Size-${s}" name="Size" value="${s}"${s === size ? ' checked' : ''}><label for="Size-${s}">${s}</label>`,
      )
      .join('');
  }

  function selectVariant(info, size) {
    const variantId = variantsBySize[size];
    const section = info.dataset.section;
    for (const form of document.querySelectorAll(`#product-form-${section}, #product-form-installment-${section}`)) {
      const input = form.querySelector('input[name="id"]');
      input.value = variantId ?? '';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    history.replaceState({}, '', `${location.pathname}${variantId ? `?variant=${variantId}` : ''}`);
    renderVariantPicker(info, size);
  }

  for (const info of document.querySelectorAll('product-info')) {
    const fromUrl = new URLSearchParams(location.search).get('variant');
    const size = Object.keys(variantsBySize).find((s) => variantsBySize[s] === fromUrl) ?? 'S';
    renderVariantPicker(info, size);
    const input = info.querySelector(`#product-form-${info.dataset.section} input[name="id"]`);
    if (input) input.value = variantsBySize[size];
    info.addEventListener('change', (e) => {
      if (e.target.name === 'Size') selectVariant(info, e.target.value);
    });
  }

  // <quantity-input>: the +/- buttons step the input and fire `change` (Dawn's QuantityInput).
  for (const q of document.querySelectorAll('quantity-input')) {
    q.addEventListener('click', (e) => {
      const button = e.target.closest('button');
      if (!button) return;
      e.preventDefault();
      const input = q.querySelector('input');
      if (button.name === 'plus') input.stepUp();
      else input.stepDown();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  // The cart: a quantity change re-renders the row from "the server" (Dawn's cart.js renderContents).
  const cart = document.querySelector('cart-items');
  cart?.addEventListener('change', (e) => {
    const input = e.target.closest('input[name="updates[]"]');
    if (!input) return;
    const row = input.closest('.cart-item');
    const template = document.createElement('template');
    template.innerHTML = row.outerHTML.replace(/value="\d+"/, `value="${Number.parseInt(input.value, 10) || 1}"`);
    const fresh = template.content.firstElementChild;
    fresh.querySelector('stock-status')?.remove();
    setTimeout(() => row.replaceWith(fresh), 20);
  });
})();
