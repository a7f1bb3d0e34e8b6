// The plain theme's own script: its size buttons dispatch `shopify:product:select` (payload on the
// event, bubbling to document, a promise that resolves with the variant or null), as shopify.dev's
// "dispatch events" page shows. The theme keeps the picked variant in its own state and writes it
// into the form only when the shopper adds to cart: the event is all a listener gets.
(() => {
  const article = document.querySelector('.pdp');
  const known = new Set(['2071', '2072', '2073']);
  let picked = '2071';
  article.querySelector('form').addEventListener('submit', (e) => {
    e.preventDefault();
    e.target.querySelector('input[name="id"]').value = picked;
  });
  for (const button of article.querySelectorAll('[data-variant]')) {
    button.addEventListener('click', () => {
      for (const b of article.querySelectorAll('[data-variant]')) b.setAttribute('aria-pressed', String(b === button));
      const id = button.dataset.variant;
      let resolve;
      const promise = new Promise((r) => {
        resolve = r;
      });
      const event = new Event('shopify:product:select', { bubbles: true });
      Object.assign(event, {
        product: { id: 'gid://shopify/Product/1007', title: 'Denim Jacket', handle: 'denim-jacket' },
        selectedOptions: [{ name: 'Size', value: button.textContent }],
        promise,
      });
      button.dispatchEvent(event);
      setTimeout(() => {
        const variant = known.has(id)
          ? { id: `gid://shopify/ProductVariant/${id}`, title: button.textContent, availableForSale: id !== '2072' }
          : null;
        picked = variant ? id : '';
        resolve({ variant });
      }, 30);
    });
  }
})();
