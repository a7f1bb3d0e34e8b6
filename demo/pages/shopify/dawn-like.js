// Imitates what Dawn's own scripts do to the page (assets/product-info.js, quantity-input in
// global.js, cart.js), so the widget is tested against the same DOM changes: the hidden variant
// input's value set by script + a bubbling `change`, `?variant=` via history.replaceState, parts
// of a section swapped for fresh HTML, and cart rows re-rendered after a quantity change.
(() => {
  // The product's variants as Dawn's server knows them (the page carries them for this stand-in).
  const variantsOf = (info) => JSON.parse(info.querySelector('script[data-demo-variants]')?.textContent ?? '[]');

  function renderVariantPicker(info, chosen) {
    const fieldset = info.querySelector('variant-selects');
    if (!fieldset) return;
    const data = fieldset.querySelector('script[data-demo-variants]');
    // Dawn swaps the picker's HTML for the server's; the radios are new elements afterwards.
    fieldset.innerHTML = variantsOf(info)
      .map(
        (v) =>
          `<input type="radio" id="Size-${v.title}" name="Size" value="${v.title}"${v.id === chosen.id ? ' checked' : ''}><label for="Size-${v.title}">${v.title}</label>`,
      )
      .join('');
    fieldset.append(data);
  }

  // Dawn's product-info.js toggleAddButton: a variant that cannot be sold gets a disabled "Sold out".
  function renderButton(info, variant) {
    const button = document.getElementById(`ProductSubmitButton-${info.dataset.section}`);
    if (!button || !variant) return;
    button.disabled = !variant.available;
    button.textContent = variant.available ? 'Add to cart' : 'Sold out';
  }

  function selectVariant(info, title) {
    const variant = variantsOf(info).find((v) => v.title === title);
    const section = info.dataset.section;
    for (const form of document.querySelectorAll(`#product-form-${section}, #product-form-installment-${section}`)) {
      const input = form.querySelector('input[name="id"]');
      input.value = variant?.id ?? '';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    history.replaceState({}, '', `${location.pathname}${variant ? `?variant=${variant.id}` : ''}`);
    renderVariantPicker(info, variant ?? {});
    renderButton(info, variant);
  }

  for (const info of document.querySelectorAll('product-info')) {
    const variants = variantsOf(info);
    if (variants.length === 0) continue;
    const fromUrl = new URLSearchParams(location.search).get('variant');
    const chosen = variants.find((v) => v.id === fromUrl) ?? variants[0];
    renderVariantPicker(info, chosen);
    renderButton(info, chosen);
    const input = info.querySelector(`#product-form-${info.dataset.section} input[name="id"]`);
    if (input) input.value = chosen.id;
    info.addEventListener('change', (e) => {
      if (e.target.name === 'Size') selectVariant(info, e.target.value);
    });
  }

  // <quantity-input>: the +/- buttons step the input and fire `change` (Dawn's QuantityInput).
  // Listening on the document, as Dawn's custom element does for each new row, keeps the buttons
  // of re-rendered cart rows working.
  document.addEventListener('click', (e) => {
    const button = e.target.closest('quantity-input button');
    if (!button) return;
    e.preventDefault();
    const input = button.closest('quantity-input').querySelector('input');
    if (button.name === 'plus') input.stepUp();
    else input.stepDown();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });

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
