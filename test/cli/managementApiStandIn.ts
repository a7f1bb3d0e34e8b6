/**
 * A stand-in for BigCommerce's REST Management API, on 127.0.0.1 at a free port: the endpoints the
 * CLI calls, with the rules their reference states (bigcommerce/docs `reference/scripts.v3.yml`,
 * `storefront_tokens.v3.yml`, `catalog/products_catalog.v3.yml`): required fields, enums, `kind`
 * against `src`/`html`, one metafield per namespace+key, 401/404/409/422 in BigCommerce's error
 * shape. It records every request, and `failNext` makes the next matching answer anything at all.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

interface Override {
  match: (r: RecordedRequest) => boolean;
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

type Json = Record<string, unknown>;
const TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

const enums = {
  kind: ['src', 'script_tag'],
  load_method: ['default', 'async', 'defer'],
  location: ['head', 'footer'],
  visibility: ['storefront', 'all_pages', 'checkout', 'order_confirmation'],
  consent_category: ['essential', 'functional', 'analytics', 'targeting'],
  permission_set: ['app_only', 'read', 'write', 'read_and_sf_access', 'write_and_sf_access'],
} as const;

function checkScript(s: Json, errors: Record<string, string>) {
  if (typeof s.name !== 'string' || s.name.length < 1 || s.name.length > 255) errors.name = 'name is required (1 to 255 characters)';
  for (const key of ['kind', 'load_method', 'location', 'visibility', 'consent_category'] as const) {
    if (s[key] !== undefined && !(enums[key] as readonly unknown[]).includes(s[key]))
      errors[key] = `${key} must be one of ${enums[key].join(', ')}`;
  }
  if (s.kind === 'src' && typeof s.src !== 'string') errors.src = 'src is required when kind is src';
  if (s.kind === 'src' && s.html !== undefined) errors.html = 'html must not be set when kind is src';
  if (s.kind === 'script_tag' && typeof s.html !== 'string') errors.html = 'html is required when kind is script_tag';
  if (s.kind === 'script_tag' && s.load_method !== undefined && s.load_method !== 'default')
    errors.load_method = 'load_method must be default for script_tag';
  if (s.channel_id !== undefined && !(Number.isInteger(s.channel_id) && (s.channel_id as number) >= 1))
    errors.channel_id = 'channel_id must be an integer from 1';
}

export async function startManagementApi(options: { storeHash?: string; accessToken?: string; products?: Record<number, number[]> } = {}) {
  const storeHash = options.storeHash ?? 'abc123';
  const accessToken = options.accessToken ?? 'test-access-token-0123456789';
  // product id → its variant ids
  const products = new Map(Object.entries(options.products ?? { 77: [501, 502], 78: [] }).map(([k, v]) => [Number(k), v]));
  const requests: RecordedRequest[] = [];
  const overrides: Override[] = [];
  const scripts = new Map<string, Json>();
  const metafields = new Map<string, Json[]>(); // owner path → metafields
  const tokens: Json[] = [];
  let nextMetafieldId = 1;

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, title: string, errors: Record<string, string> = {}) =>
    send(res, status, { status, title, type: TYPE, errors });

  function handle(r: RecordedRequest, res: ServerResponse) {
    const prefix = `/stores/${storeHash}/v3`;
    if (!r.path.startsWith(prefix)) return error(res, 404, 'Not Found');
    if (r.headers['x-auth-token'] !== accessToken) return error(res, 401, 'Unauthorized: the access token is not valid for this store');
    const path = r.path.slice(prefix.length);
    const body = (r.body ?? {}) as Json;

    if (path === '/content/scripts' && r.method === 'GET') {
      const channels = r.query.get('channel_id:in')?.split(',').map(Number);
      const all = [...scripts.values()].filter((s) => !channels || channels.includes(s.channel_id as number));
      const limit = Number(r.query.get('limit') ?? 50);
      const page = Number(r.query.get('page') ?? 1);
      const data = all.slice((page - 1) * limit, page * limit);
      const total_pages = Math.max(1, Math.ceil(all.length / limit));
      return send(res, 200, {
        data,
        meta: { pagination: { total: all.length, count: data.length, per_page: limit, current_page: page, total_pages } },
      });
    }
    if (path === '/content/scripts' && r.method === 'POST') {
      const errors: Record<string, string> = {};
      checkScript(body, errors);
      if (scripts.size >= 10) errors.limit = 'Each app can have 10 scripts installed';
      if (Object.keys(errors).length) return error(res, 422, 'JSON data is missing or invalid', errors);
      const now = new Date().toISOString();
      const script = {
        consent_category: 'unknown',
        load_method: 'default',
        channel_id: 1,
        ...body,
        uuid: randomUUID(),
        date_created: now,
        date_modified: now,
      };
      scripts.set(script.uuid, script);
      return send(res, 200, { data: script, meta: {} });
    }
    const scriptMatch = /^\/content\/scripts\/([^/]+)$/.exec(path);
    if (scriptMatch) {
      const existing = scripts.get(scriptMatch[1]!);
      if (!existing) return error(res, 404, 'The script was not found');
      if (r.method === 'DELETE') {
        scripts.delete(scriptMatch[1]!);
        return send(res, 204);
      }
      if (r.method === 'PUT') {
        const merged = { ...existing, ...body, uuid: existing.uuid, date_modified: new Date().toISOString() };
        const errors: Record<string, string> = {};
        checkScript(merged, errors);
        if (Object.keys(errors).length) return error(res, 422, 'JSON data is missing or invalid', errors);
        scripts.set(existing.uuid as string, merged);
        return send(res, 200, { data: merged, meta: {} });
      }
    }
    if (path === '/storefront/api-token' && r.method === 'POST') {
      const errors: Record<string, string> = {};
      if ((body.channel_id === undefined) === (body.channel_ids === undefined)) errors.channel_id = 'give channel_id or channel_ids';
      if (!Number.isInteger(body.expires_at) || (body.expires_at as number) < 0)
        errors.expires_at = 'expires_at must be a Unix timestamp in seconds';
      const origins = body.allowed_cors_origins;
      if (origins !== undefined && (!Array.isArray(origins) || origins.length < 1 || origins.length > 2))
        errors.allowed_cors_origins = 'one or two origins';
      if (Object.keys(errors).length) return error(res, 422, 'Invalid JSON request body', errors);
      const token = `eyJhbGciOiJFUzI1NiJ9.${Buffer.from(JSON.stringify({ n: tokens.length + 1 })).toString('base64url')}.c2lnbmF0dXJl`;
      tokens.push({ ...body, token });
      return send(res, 200, { data: { token }, meta: {} });
    }
    const mf = /^\/catalog\/products\/(\d+)(?:\/variants\/(\d+))?\/metafields(?:\/(\d+))?$/.exec(path);
    if (mf) {
      const product = Number(mf[1]);
      const variant = mf[2] ? Number(mf[2]) : undefined;
      if (!products.has(product) || (variant !== undefined && !products.get(product)!.includes(variant)))
        return error(res, 404, `The ${variant ? 'variant' : 'product'} was not found`);
      const owner = `${product}/${variant ?? ''}`;
      const list = metafields.get(owner) ?? [];
      metafields.set(owner, list);
      if (!mf[3] && r.method === 'GET') {
        const ns = r.query.get('namespace');
        const key = r.query.get('key');
        return send(res, 200, { data: list.filter((m) => (!ns || m.namespace === ns) && (!key || m.key === key)), meta: {} });
      }
      if (!mf[3] && r.method === 'POST') {
        const errors: Record<string, string> = {};
        for (const f of ['namespace', 'key', 'value', 'permission_set'])
          if (typeof body[f] !== 'string' || body[f] === '') errors[f] = `${f} is required`;
        if (body.permission_set !== undefined && !(enums.permission_set as readonly unknown[]).includes(body.permission_set))
          errors.permission_set = `permission_set must be one of ${enums.permission_set.join(', ')}`;
        if (Object.keys(errors).length) return error(res, 422, 'The metafield was not valid', errors);
        if (list.some((m) => m.namespace === body.namespace && m.key === body.key))
          return error(res, 409, 'The metafield conflicts with another metafield');
        const m = { id: nextMetafieldId++, ...body, resource_type: variant ? 'variant' : 'product', resource_id: variant ?? product };
        list.push(m);
        return send(res, 200, { data: m, meta: {} });
      }
      const m = list.find((x) => x.id === Number(mf[3]));
      if (!m) return error(res, 404, 'The metafield was not found');
      if (r.method === 'PUT') {
        if (m.foreign) return error(res, 403, 'The metafield belongs to another API account');
        Object.assign(m, body);
        return send(res, 200, { data: m, meta: {} });
      }
      if (r.method === 'DELETE') {
        list.splice(list.indexOf(m), 1);
        return send(res, 204);
      }
    }
    return error(res, 404, 'Not Found');
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const r: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      requests.push(r);
      const i = overrides.findIndex((o) => o.match(r));
      if (i >= 0) {
        const [o] = overrides.splice(i, 1);
        res.writeHead(o!.status, { 'Content-Type': o!.contentType ?? 'application/json', ...o!.headers }).end(o!.body);
        return;
      }
      if (typeof body === 'string') return error(res, 400, 'The request body is not JSON');
      handle(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}/stores/${storeHash}`,
    storeHash,
    accessToken,
    requests,
    scripts,
    tokens,
    /** The metafields of a product (or one of its variants). */
    metafieldsOf: (product: number, variant?: number) => metafields.get(`${product}/${variant ?? ''}`) ?? [],
    /** A metafield another API account made (BigCommerce refuses to let us change it). */
    addMetafield(product: number, m: Json, variant?: number) {
      const owner = `${product}/${variant ?? ''}`;
      const list = metafields.get(owner) ?? [];
      metafields.set(owner, list);
      list.push({ id: nextMetafieldId++, resource_type: variant ? 'variant' : 'product', resource_id: variant ?? product, ...m });
    },
    /** The next request that matches gets this answer instead. */
    failNext(o: {
      method?: string;
      path?: RegExp;
      status: number;
      body: string | object;
      contentType?: string;
      headers?: Record<string, string>;
    }) {
      overrides.push({
        match: (r) => (!o.method || r.method === o.method) && (!o.path || o.path.test(r.path)),
        status: o.status,
        body: typeof o.body === 'string' ? o.body : JSON.stringify(o.body),
        ...(o.contentType ? { contentType: o.contentType } : {}),
        ...(o.headers ? { headers: o.headers } : {}),
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ManagementApiStandIn = Awaited<ReturnType<typeof startManagementApi>>;
