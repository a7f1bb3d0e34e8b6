// Mock Shopify Storefront API 2026-04 at /shopify/api/2026-04/graphql.json. It EXECUTES each query
// with graphql-js against the real introspection schema (test/fixtures/schemas), so a document the
// real API would reject is rejected here too. Tokens: `demo-shopify-token` may read everything;
// `demo-shopify-token-no-inventory` lacks `unauthenticated_read_product_inventory`, and asking it
// for quantityAvailable gives the field error Shopify gives (null + an `errors` entry with its path).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, GraphQLError, graphql } from 'graphql';
import { availableForSale, catalog } from './shopify-catalog.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PATH = '/shopify/api/2026-04/graphql.json';
export const TOKENS = { full: 'demo-shopify-token', noInventory: 'demo-shopify-token-no-inventory' };

let schema = null;
function loadSchema() {
  schema ??= buildClientSchema(JSON.parse(readFileSync(join(here, '../../test/fixtures/schemas/shopify-storefront-2026-04.json'), 'utf8')));
  return schema;
}

const gid = (type, id) => `gid://shopify/${type}/${id}`;
const money = (amount) => ({ amount, currencyCode: 'USD' });

/** Admin-side stock → what the Storefront API exposes. */
function variantNode(p, v) {
  const onHand = v.tracked ? v.quantity : 0;
  return {
    __typename: 'ProductVariant',
    id: gid('ProductVariant', v.id),
    title: v.title,
    availableForSale: availableForSale(v),
    currentlyNotInStock: v.tracked && v.quantity <= 0 && v.policy === 'continue',
    quantityAvailable: onHand,
    price: money(v.price),
    metafields: v.restock ? { 'custom.restock_date': { value: v.restock, type: 'date' } } : {},
    productId: p.id,
  };
}

function graph() {
  const products = new Map();
  const nodes = new Map();
  for (const p of catalog()) {
    const variants = p.variants.map((v) => variantNode(p, v));
    const node = {
      __typename: 'Product',
      id: gid('Product', p.id),
      title: p.title,
      handle: p.handle,
      onlineStoreUrl: `/products/${p.handle}`,
      availableForSale: variants.some((v) => v.availableForSale),
      featuredImage: null,
      priceRange: { minVariantPrice: money(p.variants[0].price), maxVariantPrice: money(p.variants[0].price) },
      metafields: p.restock ? { 'custom.restock_date': { value: p.restock, type: 'date_time' } } : {},
      variantList: variants,
      related: p.related,
    };
    products.set(p.id, node);
    nodes.set(node.id, node);
    for (const v of variants) nodes.set(v.id, v);
  }
  return { products, nodes };
}

function resolver(g, denyInventory) {
  return (source, args, _context, info) => {
    const parent = info.parentType.name;
    const field = info.fieldName;
    if (parent === 'QueryRoot' && field === 'nodes') {
      if (args.ids.length > 250) throw new GraphQLError('The input must not contain more than 250 values.');
      return args.ids.map((id) => g.nodes.get(id) ?? null);
    }
    if (parent === 'QueryRoot' && field === 'productRecommendations') {
      const p = g.nodes.get(args.productId);
      return p?.__typename === 'Product' ? p.related.map((id) => g.products.get(id)) : null;
    }
    if (field === 'metafield') return source.metafields[`${args.namespace}.${args.key}`] ?? null;
    if (parent === 'Product' && field === 'variants') return { nodes: source.variantList.slice(0, args.first ?? 250) };
    if (parent === 'ProductVariant' && field === 'product') return g.products.get(source.productId);
    if (parent === 'ProductVariant' && field === 'quantityAvailable' && denyInventory) {
      throw new GraphQLError(
        'Access denied for quantityAvailable field. Required access: `unauthenticated_read_product_inventory` access scope.',
        {
          extensions: {
            code: 'ACCESS_DENIED',
            documentation: 'https://shopify.dev/api/usage/access-scopes',
            requiredAccess: '`unauthenticated_read_product_inventory` access scope.',
          },
        },
      );
    }
    return source?.[field];
  };
}

/** Runs one GraphQL request as the Storefront API would; exported for the unit tests. */
export async function executeShopify(body, token) {
  if (token !== TOKENS.full && token !== TOKENS.noInventory) {
    return { status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } };
  }
  const result = await graphql({
    schema: loadSchema(),
    source: String(body?.query ?? ''),
    variableValues: body?.variables ?? {},
    fieldResolver: resolver(graph(), token === TOKENS.noInventory),
    typeResolver: (value) => value.__typename,
  });
  const out = JSON.parse(JSON.stringify(result));
  // Shopify answers a document that does not validate with 200 and errors, and no data.
  return { status: 200, body: out };
}

/**
 * What the optional Liquid snippet in docs/shopify.md renders for one product, from the same seed:
 * /shopify/liquid.html is the Dawn-like product page with it, so the widget needs no request.
 */
export function liquidJson(productId) {
  const p = catalog().find((x) => x.id === productId);
  return {
    product_id: p.id,
    restock_date: p.restock ?? null,
    variants: p.variants.map((v) => ({
      id: v.id,
      available: !v.tracked || v.quantity > 0 || v.policy === 'continue',
      inventory_quantity: v.quantity,
      inventory_policy: v.policy,
      inventory_management: v.tracked ? 'shopify' : null,
      incoming: false,
      next_incoming_date: null,
      restock_date: v.restock ?? null,
    })),
  };
}

function liquidPage(res) {
  const page = readFileSync(join(here, '../pages/shopify/product.html'), 'utf8');
  // `</` cannot end the block early: the JSON is escaped the way Liquid's `json` filter does it.
  const json = JSON.stringify(liquidJson(1007)).replace(/</g, '\\u003c');
  const block = `<script type="application/json" data-stock-status-shopify>${json}</script>`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  // Only the product itself: the related cards would need the API.
  const html = page
    .replace(/<section id="shopify-section-template--1__related"[\s\S]*?<\/section>/, '')
    .replace('<h1>Denim Jacket</h1>', `<h1>Denim Jacket</h1>\n      ${block}`);
  res.end(html);
  return true;
}

/**
 * The AJAX cart's verdict on a line (POST /shopify/cart/change.js or add.js, JSON
 * `{ key?, variant_id, quantity }`, quantity = the line's new total): as Shopify, a tracked variant
 * that does not sell past zero is refused beyond its stock (422 with `errors`); anything else is
 * accepted. Stateless: the demo page keeps its own cart.
 */
function cartAnswer(res, body) {
  let asked = null;
  try {
    asked = JSON.parse(body);
  } catch {}
  const found = catalog()
    .flatMap((p) => p.variants.map((v) => ({ p, v })))
    .find(({ v }) => String(v.id) === String(asked?.variant_id));
  const quantity = Number(asked?.quantity);
  const send = (status, answer) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(answer));
    return true;
  };
  if (!found || !Number.isInteger(quantity) || quantity < 0)
    return send(400, { status: 400, message: 'Bad Request', errors: 'Bad Request' });
  const { p, v } = found;
  const cap = v.tracked && v.policy !== 'continue' ? Math.max(0, v.quantity) : Number.POSITIVE_INFINITY;
  if (quantity > cap) {
    const errors = `You can only add ${cap} of ${p.title} to the cart.`;
    return send(422, { status: 422, message: 'Cart Error', description: errors, errors });
  }
  const key = typeof asked.key === 'string' ? asked.key.slice(0, 100) : `${v.id}:demo`;
  return send(200, {
    token: 'demo-cart',
    item_count: quantity,
    currency: 'USD',
    total_price: quantity * 2400,
    items: [{ key, id: v.id, variant_id: v.id, quantity, final_line_price: quantity * 2400 }],
  });
}

export async function handle(req, res, url, body) {
  if (url.pathname === '/shopify/liquid.html') return liquidPage(res);
  if (req.method === 'POST' && (url.pathname === '/shopify/cart/change.js' || url.pathname === '/shopify/cart/add.js'))
    return cartAnswer(res, body);
  if (url.pathname !== PATH) return false;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { allow: 'POST' });
    res.end();
    return true;
  }
  let parsed = null;
  try {
    parsed = JSON.parse(body);
  } catch {}
  const { status, body: answer } =
    req.method !== 'POST' || !parsed
      ? { status: 400, body: { errors: [{ message: 'Bad Request' }] } }
      : await executeShopify(parsed, req.headers['x-shopify-storefront-access-token']);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(answer));
  return true;
}
