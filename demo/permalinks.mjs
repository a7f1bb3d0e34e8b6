// Each platform's own addresses in the demo store: a product card, a cart line or an alternative
// links to a product the way its platform does (`/products/101/` Cornerstone, `/product/101`
// Catalyst, `/products/<handle>` Shopify, `/woo/product/<slug>/` WooCommerce, `/json/products/<id>`
// our JSON feed), and that address opens the page of THAT product:
//   - its hand-written page when the demo has one (products with options, the Merino Sweater…),
//     by a redirect that keeps the query (`?variant=`, `?attribute_colour=`);
//   - else the platform's product template from demo/templates/, filled from the mock catalogue.
// Templates: `{{key}}` is the field HTML-escaped; `{{json key}}` is the field as JSON safe inside a
// <script> element; `{{#if key}}…{{/if}}` (or `{{#if !key}}`) keeps its body when the field is
// truthy (falsy); no nesting. An unknown key throws, so a template and its fields cannot drift.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { products as bigcommerceProducts, priceOf } from './mocks/bigcommerce-catalog.mjs';
import { catalog as jsonCatalog } from './mocks/json-catalog.mjs';
import { availableForSale, catalog as shopifyCatalog } from './mocks/shopify-catalog.mjs';
import { catalog as wooCatalog } from './mocks/woocommerce-catalog.mjs';

const templates = join(dirname(fileURLToPath(import.meta.url)), 'templates');

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const scriptJson = (v) => JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A template with its placeholders filled (see the header). */
export function fill(template, fields) {
  const need = (key) => {
    if (!(key in fields)) throw new Error(`template field ${key} is not given`);
    return fields[key];
  };
  return template
    .replace(/\{\{#if (!?)(\w+)\}\}([\s\S]*?)\{\{\/if\}\}/g, (_, not, key, body) => (Boolean(need(key)) !== Boolean(not) ? body : ''))
    .replace(/\{\{json (\w+)\}\}/g, (_, key) => scriptJson(need(key)))
    .replace(/\{\{(\w+)\}\}/g, (_, key) => esc(need(key)));
}

const dollars = (n) => `$${Number(n).toFixed(2)}`;

/** A Cornerstone product (templates/components/products/product-view.html). */
function cornerstone(id) {
  const p = bigcommerceProducts().get(Number(id));
  if (!p) return null;
  const count = p.tracked !== false && p.agg ? p.agg.toSell : 0;
  const preorder = p.status === 'Preorder';
  // Cornerstone's add-to-cart is disabled for what cannot be bought now (product-details-base.js).
  const orderable = p.status === 'Available' && (p.tracked === false || p.inStock);
  return {
    id: p.id,
    name: p.name,
    price: dollars(priceOf(p)),
    // Cornerstone prints "Current Stock:" only with a count to show (u-hiddenVisually otherwise).
    stock: count > 0 ? String(count) : '',
    orderable: orderable || preorder,
    button: preorder ? 'Pre-Order Now' : orderable ? 'Add to Cart' : 'Out of stock',
  };
}

/** A Catalyst product: the stand-in's #stand-in-product data (catalyst-stand-in.js renders it). */
function catalyst(id) {
  const p = bigcommerceProducts().get(Number(id));
  if (!p) return null;
  const a = p.agg ?? { onHand: 0, forBackorder: 0 };
  const sellable = p.status === 'Available';
  const onHand = !sellable ? 0 : p.tracked === false ? 100 : a.onHand;
  const forBackorder = !sellable ? 0 : a.unlimited ? 9999 : a.forBackorder;
  const product = {
    id: p.id,
    name: p.name,
    price: priceOf(p),
    options: [],
    variants: [{ values: [], onHand, forBackorder, sku: `SKU-${p.id}` }],
  };
  return { name: p.name, product };
}

/** A Dawn product (sections/main-product.liquid); `?variant=` picks the variant, as in Dawn. */
function dawn(handle, search) {
  const p = shopifyCatalog().find((x) => x.handle === handle);
  if (!p) return null;
  const wanted = new URLSearchParams(search).get('variant');
  const variants = p.variants.map((v) => ({ id: String(v.id), title: v.title, available: availableForSale(v) }));
  const chosen = variants.find((v) => v.id === wanted) ?? variants.find((v) => v.available) ?? variants[0];
  return {
    product_id: p.id,
    handle: p.handle,
    title: p.title,
    price: dollars(p.variants[0].price),
    variant_id: chosen.id,
    // Dawn hides the picker for a product with only its default variant.
    has_picker: variants.length > 1,
    option_name: p.option ?? 'Title',
    variants,
    available: chosen.available,
  };
}

const decodeEntities = (s) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&(amp|lt|gt|quot);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]);

/** A WooCommerce simple product (content-single-product.php + add-to-cart/simple.php). */
function woocommerce(slug) {
  const p = wooCatalog().find((x) => x.slug === slug && x.type !== 'variation');
  if (!p) return null;
  return {
    id: p.id,
    // The Store API's name is HTML: shown as the shop's cards show it, tags dropped, entities decoded.
    name: decodeEntities(p.name.replace(/<[^>]*>/g, '')).trim(),
    price: dollars(Number(p.prices.price) / 100),
    stock_class: p.stock_availability.class,
    stock_text: p.stock_availability.text,
    // simple.php prints the form only for a purchasable product in stock.
    orderable: p.is_purchasable && p.is_in_stock,
    purchasable: p.is_purchasable,
    slug: p.slug,
    sku: p.sku,
    status: p.is_in_stock ? 'instock' : 'outofstock',
  };
}

/** A product of our own JSON feed on the demo's plain store. */
function json(id) {
  const p = jsonCatalog().find((x) => x.id === id);
  if (!p) return null;
  const s = p.stock;
  const orderable = s.purchasable && !(s.tracked && s.onHand === 0 && !s.backorderable && !s.preorder);
  return { id: p.id, name: p.name, price: p.price, image: p.image, orderable };
}

const ROUTES = [
  {
    pattern: /^\/products\/(\d+)\/$/,
    template: 'cornerstone-product.html',
    fields: cornerstone,
    own: { 106: '/bigcommerce/bowl.html', 111: '/bigcommerce/product.html', 116: '/bigcommerce/cornerstone-6.21/shelf.html' },
  },
  {
    pattern: /^\/product\/(\d+)$/,
    template: 'catalyst-product.html',
    fields: catalyst,
    own: { 111: '/bigcommerce/catalyst/product.html', 116: '/bigcommerce/catalyst/shelf.html' },
  },
  { pattern: /^\/products\/([a-z0-9-]+)$/, template: 'dawn-product.html', fields: dawn, own: { 'denim-jacket': '/shopify/product.html' } },
  {
    pattern: /^\/woo\/product\/([a-z0-9-]+)\/$/,
    template: 'woocommerce-product.html',
    fields: woocommerce,
    own: {
      'canvas-cap': '/woocommerce/simple.html',
      'zip-hoodie': '/woocommerce/variable.html',
      sunglasses: '/woocommerce/out-of-stock.html',
    },
  },
  { pattern: /^\/json\/products\/([\w-]+)$/, template: 'json-product.html', fields: json, own: { 1001: '/json/product.html' } },
];

/** Other platform addresses the themes link to, and the demo page that stands for each. */
const PAGES = {
  '/cart.php': '/bigcommerce/cart.html',
  '/woo/cart/': '/woocommerce/blocks/classic-cart.html',
  '/collections/summer': '/shopify/collection.html',
};

/**
 * What the store answers at `url`: `{ redirect }` to a demo page, `{ html }` of a filled template,
 * or null when the address is none of the platforms' (or names no product).
 */
export function permalinkPage(url) {
  if (PAGES[url.pathname]) return { redirect: PAGES[url.pathname] };
  for (const route of ROUTES) {
    const m = route.pattern.exec(url.pathname);
    if (!m) continue;
    if (route.own[m[1]]) return { redirect: route.own[m[1]] + url.search };
    const fields = route.fields(m[1], url.search);
    if (!fields) return null;
    return { html: fill(readFileSync(join(templates, route.template), 'utf8'), fields) };
  }
  return null;
}
