// The demo store's own theme script (what any store's does): the add-to-cart is disabled while the
// picked option is one the store's server marked as not for sale now (`data-available="false"`).
for (const form of document.querySelectorAll('form.buy')) {
  const select = form.querySelector('select');
  const button = form.querySelector('button[type=submit]');
  if (!select || !button) continue;
  const update = () => {
    button.disabled = select.selectedOptions[0]?.dataset.available === 'false';
  };
  select.addEventListener('change', update);
  update();
}
