// Stands in for the Add to Cart + Options block's Interactivity API stores on the demo page
// (woocommerce/add-to-cart-with-options, woocommerce/product-data, woocommerce/product-elements).
// Like them it sends no change event: picking a chip sets the hidden variation_id's value
// (`data-wp-bind--value`) and the Product Stock Indicator's text (`data-wp-text`) a moment later;
// the steppers set the quantity input's value property.
(() => {
  const form = document.querySelector('form.wc-block-add-to-cart-with-options');
  if (!form) return;
  const variations = {
    blue: [211, 'In stock'],
    red: [212, 'Only 2 left in stock'],
    green: [213, 'Available on backorder'],
    black: [214, 'Out of stock'],
  };
  const variation = form.querySelector('input[name="variation_id"]');
  const indicator = form.querySelector('.wc-block-components-product-stock-indicator');
  const quantity = form.querySelector('input[name="quantity"]');
  for (const chip of form.querySelectorAll('.wc-block-product-filter-chips__item')) {
    chip.addEventListener('click', () => {
      for (const c of form.querySelectorAll('.wc-block-product-filter-chips__item')) c.setAttribute('aria-checked', String(c === chip));
      setTimeout(() => {
        const [id, text] = variations[chip.dataset.value];
        variation.value = String(id);
        indicator.textContent = text;
      }, 40);
    });
  }
  const step = (d) => {
    quantity.value = String(Math.max(1, (Number.parseInt(quantity.value, 10) || 1) + d));
  };
  form.querySelector('.wc-block-components-quantity-selector__button--minus').addEventListener('click', () => step(-1));
  form.querySelector('.wc-block-components-quantity-selector__button--plus').addEventListener('click', () => step(1));
  form.addEventListener('submit', (e) => e.preventDefault());
})();
