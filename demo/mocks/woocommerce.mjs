// Mock of the WooCommerce Store API at /woo/wp-json/wc/store/v1/products, with the query
// parameters the widget uses (include, type=variation, parent, category, exclude, stock_status,
// per_page, page, orderby=include). Behaves like ProductQuery.php: `include` alone returns
// products only; `type=variation` returns variations only.
// For the bad-data demos: /woo-bad/… answers hostile or malformed bodies, /woo-down/… answers 500.
// The catalogue's product images (/woo/uploads/<slug>[-324x324].jpg) are drawn as SVG placeholders.
// The cart (GET /cart, POST /cart/update-item and /cart/remove-item) lives in a cookie, so each
// browser context has its own; /woo-cart-<mode>/… answers the cart badly (see woocommerce-cart.mjs)
// and the products as usual.
import { createHash } from 'node:crypto';
import { sendPicture } from './picture.mjs';
import { CART_MODES, cartAnswer, cartCookie, cartOf } from './woocommerce-cart.mjs';
import { catalog } from './woocommerce-catalog.mjs';

const PATH = /^\/woo(-bad|-down|-cart-[a-z]+)?\/wp-json\/wc\/store\/v1\/products(?:\/(\d+))?\/?$/;
const CART = /^\/woo(?:-cart-([a-z]+))?\/wp-json\/wc\/store\/v1\/cart(?:\/(update-item|remove-item))?\/?$/;

const list = (v) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function query(params) {
  const type = params.get('type');
  const include = list(params.get('include')).map(Number);
  const exclude = list(params.get('exclude')).map(Number);
  const parents = list(params.get('parent')).map(Number);
  const categories = list(params.get('category')).map(Number);
  const statuses = list(params.get('stock_status'));
  const perPage = Math.min(Math.max(Number(params.get('per_page') ?? 10) || 10, 1), 100);
  const page = Math.max(Number(params.get('page') ?? 1) || 1, 1);
  let found = catalog().filter((p) =>
    type === 'variation' ? p.type === 'variation' : p.type !== 'variation' && (!type || p.type === type),
  );
  if (include.length) found = found.filter((p) => include.includes(p.id));
  if (exclude.length) found = found.filter((p) => !exclude.includes(p.id));
  if (parents.length) found = found.filter((p) => parents.includes(p.parent));
  if (categories.length) found = found.filter((p) => p.categories.some((c) => categories.includes(c.id)));
  if (statuses.length) {
    const status = (p) => (!p.is_in_stock ? 'outofstock' : p.is_on_backorder ? 'onbackorder' : 'instock');
    found = found.filter((p) => statuses.includes(status(p)));
  }
  if (params.get('orderby') === 'include') found.sort((a, b) => include.indexOf(a.id) - include.indexOf(b.id));
  return { total: found.length, items: found.slice((page - 1) * perPage, page * perPage), perPage };
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'cache-control': 'no-store', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const UPLOAD = /^\/woo\/uploads\/([a-z0-9-]+?)(?:-\d+x\d+)?\.jpg$/;

export async function handle(req, res, url, body) {
  const cart = CART.exec(url.pathname);
  if (cart) {
    const [, mode, action] = cart;
    if (mode && !CART_MODES.includes(mode)) return false;
    let lines = cartOf(req.headers.cookie);
    if (action && req.method === 'POST') {
      let input = {};
      try {
        input = JSON.parse(body || '{}');
      } catch {}
      const key = (id) => createHash('md5').update(String(id)).digest('hex');
      lines = lines
        .map(([id, q]) =>
          key(id) === input.key ? [id, action === 'remove-item' ? 0 : Math.max(1, Math.floor(Number(input.quantity) || 1))] : [id, q],
        )
        .filter(([, q]) => q > 0);
      send(res, 200, cartAnswer(lines), { 'set-cookie': cartCookie(lines) });
      return true;
    }
    if (req.method !== 'GET') return false;
    if (mode === 'slow') await new Promise((ok) => setTimeout(ok, 1500));
    const answer = mode && mode !== 'slow' ? cartAnswer(lines, mode) : cartAnswer(lines);
    if (answer.status) send(res, answer.status, answer.body, answer.headers);
    else send(res, 200, answer);
    return true;
  }
  const image = UPLOAD.exec(url.pathname);
  if (image && req.method === 'GET') {
    return sendPicture(res, image[1]);
  }
  const m = PATH.exec(url.pathname);
  if (!m || req.method !== 'GET') return false;
  const [, variant, single] = m;
  if (variant === '-down') {
    send(res, 500, { code: 'internal_server_error', message: 'demo failure', data: { status: 500 } });
    return true;
  }
  if (variant === '-bad') {
    // One hostile product that is missing its stock fields and one with wrong types.
    send(res, 200, [
      { id: 201, name: '<img src=x onerror=alert(1)>', is_purchasable: 'yes' },
      { id: 'x', is_in_stock: true, is_purchasable: true },
    ]);
    return true;
  }
  if (single) {
    const p = catalog().find((x) => x.id === Number(single));
    if (p) send(res, 200, p);
    else send(res, 404, { code: 'woocommerce_rest_product_invalid_id', message: 'Invalid product ID.', data: { status: 404 } });
    return true;
  }
  const { total, items, perPage } = query(url.searchParams);
  send(res, 200, items, { 'x-wp-total': String(total), 'x-wp-totalpages': String(Math.ceil(total / perPage)) });
  return true;
}
