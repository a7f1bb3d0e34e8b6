// A small stand-in for Cornerstone 6.21's own scripts, doing what they do to the stock text
// (assets/js/theme/common/product-details.js and product-details-base.js: productOptionsChanged,
// updateView, updateDefaultAttributesForOOS, updateBackorderContext, updateBackorderPrompt, updateQtyBackorderedMessage,
// toggleBackorderedContainer; assets/js/theme/cart.js: refreshContent), so the widget is tested
// against a page that changes under it the way the theme's does. jQuery's show()/hide() become
// style.display, the remote call a timer over the answers in #stand-in-attributes. The older
// Cornerstone demo pages (../product.html, older.html, scripts-api.html) use it too: there only
// the stock count and the add-to-cart's state apply (they have no backorder prompts).
(() => {
  const answers = JSON.parse(document.getElementById('stand-in-attributes')?.textContent ?? '{}');
  const show = (el, on) => {
    if (el) el.style.display = on ? '' : 'none';
  };

  for (const form of document.querySelectorAll('form[data-cart-item-add]')) {
    const scope = form.closest('.productView') ?? form;
    const $ = (s) => scope.querySelector(s);
    const context = { ...(answers.initial ?? {}) };
    const qty = () => Number.parseInt(form.querySelector('[name="qty[]"]').value, 10) || 0;
    // updateQtyBackorderedMessage + toggleBackorderedContainer
    const updateQty = () => {
      const onHand = context.available_on_hand ?? context.stock ?? 0;
      const forBackorder = context.unlimited_backorder ? Number.POSITIVE_INFINITY : (context.available_for_backorder ?? 0);
      const backordered = Math.max(0, Math.min(qty() - onHand, forBackorder));
      const message = $('[data-qty-backordered-message]');
      if (message) message.textContent = backordered > 0 ? `${backordered} will be backordered` : '';
      show($('[data-product-backordered]'), backordered > 0);
    };
    // updateView: the stock count, then updateBackorderPrompt
    const updateView = (data) => {
      Object.assign(context, data);
      const container = $('.form-field--stock');
      container.classList.toggle('u-hiddenVisually', typeof data.stock !== 'number');
      $('[data-product-stock]').textContent = data.stock ?? '';
      // updateDefaultAttributesForOOS: nothing to sell now disables the add-to-cart (the answers
      // here leave `purchasable` out: true).
      const addToCart = $('#form-action-addToCart');
      const canSell = data.instock || (data.available_to_sell ?? 0) > 0;
      if (addToCart) addToCart.disabled = data.purchasable === false || !canSell;
      const prompt = $('[data-backorder-prompt]');
      const sellable = data.unlimited_backorder || (data.available_to_sell > 0 && data.available_for_backorder > 0);
      // (Cornerstone before 6.21 has no backorder prompt.)
      if (prompt && data.show_backorder_availability_prompt && sellable && data.backorder_availability_prompt) {
        prompt.textContent = data.backorder_availability_prompt;
        show(prompt, true);
      } else show(prompt, false);
      updateQty();
    };
    const key = () =>
      Array.from(form.querySelectorAll('[name^="attribute["]'))
        .filter((i) => i.tagName === 'SELECT' || i.checked)
        .map((i) => `${i.name}=${i.value}`)
        .join('&');
    // productOptionsChanged: the remote attributes answer, a moment later.
    form.querySelector('[data-product-option-change]').addEventListener('change', () => {
      const asked = key();
      setTimeout(() => {
        if (asked === key()) updateView(answers[asked] ?? answers.default ?? {});
      }, 30);
    });
    form.querySelector('[name="qty[]"]').addEventListener('input', updateQty);
    form.querySelector('[data-product-option-change]').style.display = '';
    updateView(answers[key()] ?? answers.initial ?? {});
  }

  // cart.js refreshContent: a quantity change re-renders the whole cart content from the server.
  const content = document.querySelector('[data-cart-content]');
  const template = document.getElementById('stand-in-cart-row');
  if (content && template) {
    const lines = answers.cart;
    const render = () => {
      const body = content.querySelector('tbody');
      body.replaceChildren();
      for (const line of lines) {
        const row = template.content.firstElementChild.cloneNode(true);
        row.innerHTML = row.innerHTML
          .replaceAll('{{id}}', line.id)
          .replaceAll('{{name}}', line.name)
          .replaceAll('{{quantity}}', String(line.quantity));
        const cell = row.querySelector('.cart-item-quantity');
        const backordered = Math.max(0, line.quantity - line.onHand);
        const texts = backordered > 0 ? [`${line.onHand} in stock`, `${backordered} will be backordered`] : [];
        for (const t of texts) {
          const p = document.createElement('p');
          p.className = 'cart-item-backorder-message';
          p.textContent = t;
          cell.append(p);
        }
        body.append(row);
      }
    };
    content.addEventListener('change', (e) => {
      const input = e.target.closest('input.cart-item-qty-input');
      const line = input && lines.find((l) => l.id === input.dataset.cartItemid);
      if (!line) return;
      line.quantity = Number.parseInt(input.value, 10) || line.quantity;
      setTimeout(render, 30);
    });
    render();
  }
})();
