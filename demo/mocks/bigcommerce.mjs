// Mock BigCommerce GraphQL Storefront API. It EXECUTES each query with the `graphql` package against
// the real schema (test/fixtures/schemas) over the seed in bigcommerce-catalog.mjs, so an invalid
// document fails here as it would on a store. Endpoints:
//   POST /bigcommerce/graphql          current store (with the Alpha backorder fields)
//   POST /bigcommerce-older/graphql    an older store: the 2024-06 schema, which rejects them
// `Authorization: Bearer demo-token` is required. Product pictures: GET /bigcommerce/images/<id>-<width>.svg. `?fail=1` answers 500, `?slow=ms` delays.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, graphql } from 'graphql';
import { cart, priceOf, products, settings } from './bigcommerce-catalog.mjs';
import { sendPicture } from './picture.mjs';

const schemas = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/schemas');
const cache = new Map();
const schemaFor = (older) => {
  const file = older ? 'bigcommerce-storefront-2024-06.graphql' : 'bigcommerce-storefront.graphql';
  if (!cache.has(file)) cache.set(file, buildSchema(readFileSync(join(schemas, file), 'utf8')));
  return cache.get(file);
};

/** Bodies of the requests answered, for the demo's counter and the tests. */
export const requests = [];

const connection = (nodes) => ({
  pageInfo: { hasNextPage: false, hasPreviousPage: false },
  edges: nodes.map((node, i) => ({ node, cursor: String(i) })),
});

const aggregated = (a) =>
  a && {
    availableToSell: a.toSell,
    warningLevel: a.warning,
    availableOnHand: a.onHand,
    availableForBackorder: a.unlimited ? null : a.forBackorder,
    unlimitedBackorder: a.unlimited,
  };

const metafields =
  (restock) =>
  ({ namespace, keys }) =>
    connection(
      restock && namespace === 'custom' && (keys.length === 0 || keys.includes('restock_date'))
        ? [{ id: 'm1', entityId: 1, key: 'restock_date', value: restock, description: '' }]
        : [],
    );

function availability(p) {
  if (p.status === 'Preorder')
    return {
      __typename: 'ProductPreOrder',
      status: 'Preorder',
      description: '',
      message: p.message,
      willBeReleasedAt: p.releaseDate && { utc: `${p.releaseDate}T00:00:00Z` },
    };
  if (p.status === 'Unavailable') return { __typename: 'ProductUnavailable', status: 'Unavailable', description: '', message: p.message };
  return { __typename: 'ProductAvailable', status: 'Available', description: 'Usually ships in 24 hours' };
}

/** One seeded product as the schema's `Product`. */
function product(p, all) {
  const tracked = p.tracked !== false;
  const variants = p.variants ?? [{ id: 1000 + p.id, sku: `SKU-${p.id}`, values: [], agg: p.agg, inStock: p.inStock }];
  const option = (valueId) => {
    const o = (p.options ?? []).find((x) => x.values.some((v) => v.id === valueId));
    return {
      entityId: o.id,
      displayName: o.name,
      isRequired: true,
      values: () => connection(o.values.filter((v) => v.id === valueId).map((v) => ({ entityId: v.id, label: v.label }))),
    };
  };
  return {
    id: `UHJvZHVjdDo${p.id}`,
    entityId: p.id,
    name: p.name,
    path: `/products/${p.id}/`,
    sku: `SKU-${p.id}`,
    defaultImage: { url: ({ width }) => `/bigcommerce/images/${p.id}-${width}.svg`, altText: p.name },
    prices: { price: { value: priceOf(p), currencyCode: 'USD' } },
    availabilityV2: availability(p),
    inventory: {
      isInStock: tracked ? p.inStock : true,
      isStockTracked: tracked,
      hasVariantInventory: !!p.variantInventory,
      aggregated: tracked ? aggregated(p.agg) : null,
    },
    metafields: metafields(p.restock),
    // Like the real API: at most 50 a page, `after` a cursor, filtered by entity ids and option values.
    variants: ({ first = 10, after, entityIds = [], optionValueIds = [] }) => {
      if (first > 50) throw new Error('first: the maximum page size is 50');
      const ofOption = (o, valueId) => (p.options ?? []).some((x) => x.id === o && x.values.some((v) => v.id === valueId));
      const matching = variants
        .filter((v) => entityIds.length === 0 || entityIds.includes(v.id))
        .filter((v) =>
          optionValueIds.every(
            ({ optionEntityId, valueEntityId }) => v.values.includes(valueEntityId) && ofOption(optionEntityId, valueEntityId),
          ),
        );
      const start = after == null ? 0 : Number(after) + 1;
      const page = connection(
        matching.slice(start, start + first).map((v) => ({
          id: `VmFyaWFudDo${v.id}`,
          entityId: v.id,
          sku: v.sku,
          isPurchasable: p.status !== 'Unavailable' && v.purchasable !== false,
          inventory: { isInStock: tracked ? (v.inStock ?? true) : true, aggregated: tracked ? aggregated(v.agg) : null },
          metafields: metafields(v.restock),
          options: () => connection(v.values.map(option)),
        })),
      );
      page.edges.forEach((e, i) => {
        e.cursor = String(start + i);
      });
      page.pageInfo = { hasNextPage: start + first < matching.length, hasPreviousPage: start > 0 };
      return page;
    },
    relatedProducts: ({ first }) => connection((p.related ?? []).slice(0, first ?? 10).map((id) => product(all.get(id), all))),
  };
}

/** Runs one GraphQL request against the seed; exported for the unit tests. */
export function execute({ query, variables }, { older = false } = {}) {
  const all = products();
  const site = {
    products: ({ entityIds = [], first = 10 }) =>
      connection(
        entityIds
          .filter((id) => all.has(id))
          .slice(0, first)
          .map((id) => product(all.get(id), all)),
      ),
    product: ({ entityId }) => (all.has(entityId) ? product(all.get(entityId), all) : null),
    settings: { storeName: 'Demo Store', inventory: settings() },
    cart: () => ({
      entityId: 'cart-1',
      lineItems: { physicalItems: cart(), digitalItems: [], giftCertificates: [], customItems: [], totalQuantity: 9 },
    }),
  };
  return graphql({ schema: schemaFor(older), source: query, variableValues: variables, rootValue: { site } });
}

const PICTURE = /^\/bigcommerce\/images\/(\d+)-\d+\.svg$/;

export async function handle(req, res, url, body) {
  const image = PICTURE.exec(url.pathname);
  const pictured = image && products().get(Number(image[1]));
  if (pictured) return sendPicture(res, pictured.name, String(pictured.id));
  const older = url.pathname === '/bigcommerce-older/graphql';
  if (url.pathname !== '/bigcommerce/graphql' && !older) return false;
  const send = (status, payload) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(payload));
    return true;
  };
  if (req.method !== 'POST') return send(405, { errors: [{ message: 'Use POST' }] });
  requests.push(body);
  const slow = Number(url.searchParams.get('slow') ?? 0);
  if (slow > 0) await new Promise((r) => setTimeout(r, Math.min(slow, 15_000)));
  if (url.searchParams.get('fail')) return send(500, { errors: [{ message: 'demo failure' }] });
  if (req.headers.authorization !== 'Bearer demo-token')
    return send(401, { errors: [{ message: 'Unauthorized: invalid or missing storefront token' }] });
  let request;
  try {
    request = JSON.parse(body);
  } catch {
    return send(400, { errors: [{ message: 'Body is not JSON' }] });
  }
  const result = await execute({ query: String(request?.query ?? ''), variables: request?.variables ?? {} }, { older });
  return send(200, result);
}
