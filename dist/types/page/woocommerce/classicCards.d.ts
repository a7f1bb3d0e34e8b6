/**
 * Shop, category, related and up-sell lists (templates/content-product.php): each `li.product` has
 * the loop add-to-cart link (loop/add-to-cart.php) with `data-product_id`; out-of-stock products get
 * a "Read more" link that still carries it. Product blocks without it still have the `post-<id>` class.
 */
export declare function mountClassicCards(doc: Document): void;
