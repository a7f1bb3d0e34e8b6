// The demo catalogue for data-platform="woocommerce": WooCommerce Store API product objects
// (shape of src/StoreApi/Schemas/V1/ProductSchema.php), one product or variation per case.
// Stock facts follow WooCommerce's rules: `is_in_stock` is true for "onbackorder" too,
// `low_stock_remaining` is set only at or under the low-stock threshold, and
// `add_to_cart.maximum` is the remaining stock when backorders are off, else 9999.

const STORE = '/woo';
const currency = {
  currency_code: 'USD',
  currency_symbol: '$',
  currency_minor_unit: 2,
  currency_decimal_separator: '.',
  currency_thousand_separator: ',',
  currency_prefix: '$',
  currency_suffix: '',
};

/** Stock of one case, in Store API fields. */
const STOCK = {
  instock: { is_in_stock: true, is_on_backorder: false, low_stock_remaining: null, text: 'In stock', class: 'in-stock', maximum: 9999 },
  low: (n, maximum = n) => ({
    is_in_stock: true,
    is_on_backorder: false,
    low_stock_remaining: n,
    text: `Only ${n} left in stock`,
    class: 'in-stock',
    maximum,
  }),
  managed: (n) => ({
    is_in_stock: true,
    is_on_backorder: false,
    low_stock_remaining: null,
    text: `${n} in stock`,
    class: 'in-stock',
    maximum: n,
  }),
  backorder: {
    is_in_stock: true,
    is_on_backorder: true,
    low_stock_remaining: 0,
    text: 'Available on backorder',
    class: 'available-on-backorder',
    maximum: 9999,
  },
  outofstock: {
    is_in_stock: false,
    is_on_backorder: false,
    low_stock_remaining: null,
    text: 'Out of stock',
    class: 'out-of-stock',
    maximum: 9999,
  },
};

function product({
  id,
  name,
  slug,
  price,
  stock,
  type = 'simple',
  parent = 0,
  purchasable = true,
  category,
  variations = [],
  variation = '',
  sold_individually = false,
}) {
  const link = `${STORE}/product/${slug}/`;
  return {
    id,
    name,
    slug,
    parent,
    type,
    variation,
    permalink: link,
    sku: `DEMO-${id}`,
    short_description: '<p>Demo product.</p>',
    description: '<p>Demo product for stock-status.</p>',
    on_sale: false,
    prices: { price: String(price), regular_price: String(price), sale_price: String(price), price_range: null, ...currency },
    price_html: `<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&#36;</span>${(price / 100).toFixed(2)}</bdi></span>`,
    average_rating: '0',
    review_count: 0,
    images: [
      {
        id: id + 1000,
        src: `${STORE}/uploads/${slug}.jpg`,
        thumbnail: `${STORE}/uploads/${slug}-324x324.jpg`,
        srcset: '',
        sizes: '',
        name: `${slug}.jpg`,
        alt: '',
      },
    ],
    categories: category
      ? [{ id: category.id, name: category.name, slug: category.slug, link: `${STORE}/product-category/${category.slug}/` }]
      : [],
    tags: [],
    brands: [],
    attributes: [],
    variations,
    grouped_products: [],
    has_options: type === 'variable',
    is_purchasable: purchasable,
    is_in_stock: stock.is_in_stock,
    is_on_backorder: stock.is_on_backorder,
    low_stock_remaining: stock.low_stock_remaining,
    stock_availability: { text: stock.text, class: stock.class },
    sold_individually,
    add_to_cart: {
      text: type === 'variable' ? 'Select options' : stock.is_in_stock ? 'Add to cart' : 'Read more',
      description: `Add to cart: &ldquo;${name}&rdquo;`,
      url: type === 'variable' ? link : `?add-to-cart=${id}`,
      single_text: 'Add to cart',
      minimum: 1,
      maximum: stock.maximum,
      multiple_of: 1,
    },
    extensions: {},
  };
}

const accessories = { id: 15, name: 'Accessories', slug: 'accessories' };
const hoodies = { id: 16, name: 'Hoodies', slug: 'hoodies' };

const COLOURS = [
  [211, 'Blue', STOCK.instock],
  [212, 'Red', STOCK.low(2)],
  [213, 'Green', STOCK.backorder],
  [214, 'Black', STOCK.outofstock],
  [215, 'White', STOCK.instock, false],
];

/** Every product and variation of the demo store, in the Store API's own shape. */
export function catalog() {
  const variations = COLOURS.map(([id, colour, stock, purchasable = true]) =>
    product({
      id,
      parent: 210,
      type: 'variation',
      name: 'Zip Hoodie',
      slug: `zip-hoodie-${colour.toLowerCase()}`,
      variation: `Colour: ${colour}`,
      price: 5500,
      stock,
      purchasable,
      category: hoodies,
    }),
  );
  return [
    product({ id: 201, name: 'Classic Beanie', slug: 'classic-beanie', price: 1800, stock: STOCK.instock, category: accessories }),
    product({ id: 202, name: 'Wool Scarf', slug: 'wool-scarf', price: 3500, stock: STOCK.low(3), category: accessories }),
    product({ id: 203, name: 'Leather Belt', slug: 'leather-belt', price: 4500, stock: STOCK.backorder, category: accessories }),
    product({ id: 204, name: 'Sunglasses', slug: 'sunglasses', price: 9000, stock: STOCK.outofstock, category: accessories }),
    product({
      id: 205,
      name: 'Retired Gift Box',
      slug: 'retired-gift-box',
      price: 2500,
      stock: STOCK.instock,
      purchasable: false,
      category: accessories,
    }),
    product({ id: 206, name: 'Canvas Cap', slug: 'canvas-cap', price: 2200, stock: STOCK.low(2, 9999), category: accessories }),
    product({ id: 207, name: 'Pocket Tee', slug: 'pocket-tee', price: 2900, stock: STOCK.managed(8), category: accessories }),
    product({
      id: 208,
      name: 'Fleece &#8211; Limited <img src=x onerror=alert(1)>',
      slug: 'fleece-limited',
      price: 7900,
      stock: STOCK.instock,
      category: hoodies,
    }),
    product({
      id: 210,
      type: 'variable',
      name: 'Zip Hoodie',
      slug: 'zip-hoodie',
      price: 5500,
      stock: STOCK.instock,
      category: hoodies,
      variations: COLOURS.map(([id, colour]) => ({ id, attributes: [{ name: 'Colour', value: colour.toLowerCase() }] })),
    }),
    ...variations,
  ];
}
