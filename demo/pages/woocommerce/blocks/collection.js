// Stands in for the Product Collection block's client-side pagination (woocommerce/product-collection
// store, actions.navigate through the Interactivity API router): the "Next Page" link replaces the
// router region's product list with the next page's cards, without a page load.
(() => {
  const next = document.querySelector('.wp-block-query-pagination-next');
  const list = document.querySelector('ul.wc-block-product-template');
  const page2 = document.getElementById('page-2');
  next?.addEventListener('click', (e) => {
    e.preventDefault();
    setTimeout(() => {
      list.replaceChildren(page2.content.cloneNode(true));
      next.remove();
    }, 50);
  });
})();
