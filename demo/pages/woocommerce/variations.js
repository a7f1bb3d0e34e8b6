// Stands in for WooCommerce's add-to-cart-variation.js on the demo page. Like WooCommerce, it
// announces nothing with native events: it sets input.variation_id's value *property* (the
// attribute keeps "0") a moment after the choice (as when WooCommerce asks the server), and
// re-renders .single_variation. `?attribute_colour=red` preselects (variations-preset.js), as WooCommerce does.
(() => {
  const form = document.querySelector('form.variations_form');
  if (!form) return;
  const variations = JSON.parse(form.getAttribute('data-product_variations') || '[]');
  const select = form.querySelector('select[name="attribute_colour"]');
  const input = form.querySelector('input[name="variation_id"]');
  const shown = form.querySelector('.single_variation');
  const button = form.querySelector('.single_add_to_cart_button');
  let pending = 0;

  function show() {
    const match = variations.find((v) => v.attributes.attribute_colour === select.value);
    input.value = match ? String(match.variation_id) : '';
    shown.replaceChildren();
    if (match) {
      const price = document.createElement('div');
      price.className = 'woocommerce-variation-price';
      price.textContent = '$55.00';
      const availability = document.createElement('div');
      availability.className = 'woocommerce-variation-availability';
      availability.textContent = new DOMParser().parseFromString(match.availability_html, 'text/html').body.textContent;
      shown.append(price, availability);
    }
    const ok = match?.is_in_stock && match?.is_purchasable;
    button.classList.toggle('disabled', !ok);
  }
  function later() {
    clearTimeout(pending);
    pending = setTimeout(show, 60);
  }
  select.addEventListener('change', later);
  form.querySelector('.reset_variations').addEventListener('click', () => {
    select.value = '';
    later();
  });
  // As WooCommerce's script on ready: a selection already in the form (from the URL or the
  // product's defaults, rendered by PHP; here by variations-preset.js) is resolved to its variation.
  if (select.value) show();
})();
