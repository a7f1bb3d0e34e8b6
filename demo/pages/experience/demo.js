// The demo storefront's own "theme" script (not part of the widget), an external file so the
// pages also run under the strict CSP of /csp/…: a product id from ?id=, variant pickers, and
// add-to-cart handlers like a real theme's, which must keep working while the widget manages buttons.
const params = new URLSearchParams(location.search);
const id = params.get('id');
if (id && /^[\w-]{1,40}$/.test(id)) {
  for (const el of document.querySelectorAll('stock-status[data-from-query]')) el.setAttribute('product-id', id);
  for (const img of document.querySelectorAll('img[data-from-query]')) img.src = `/experience-api/img/${id}.svg`;
  for (const h of document.querySelectorAll('[data-title-from-query]')) h.textContent = id.replace(/-/g, ' ');
}

// Like Dawn and Cornerstone: the theme knows sold-out variants and relabels its own button.
const THEME_SOLD_OUT = new Set(['chair-white']);
for (const form of document.querySelectorAll('form[data-theme]')) {
  const select = form.querySelector('select[name=variant]');
  const status = form.parentElement.querySelector('stock-status');
  const button = form.querySelector('[data-cta]');
  const label = button.querySelector('span') ?? button;
  const words = form.dataset.theme === 'woo' ? 'Add to basket' : 'Add to cart';
  const setLabel = (t) => {
    if (button instanceof HTMLInputElement) button.value = t;
    else label.textContent = t;
  };
  const sync = () => {
    status?.setAttribute('variant-id', select.value);
    if (form.dataset.theme === 'woo') return; // Woo's single-product script does not relabel
    const soldOut = THEME_SOLD_OUT.has(select.value);
    setLabel(soldOut ? 'Sold out' : words);
    button.disabled = soldOut;
  };
  select?.addEventListener('change', sync);
  if (select) sync();
  let added = 0;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    added++;
    const out = form.parentElement.querySelector('[data-added]');
    if (out) out.textContent = `Added to cart (${added})`;
  });
}
