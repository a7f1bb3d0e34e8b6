import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Context, type Emitter, Liquid, Tag, type TagToken, type Template, type TopLevelToken } from 'liquidjs';

/**
 * Renders shopify-extension/blocks/stock-status.liquid the way Shopify would, with liquidjs and
 * the few Shopify tags and filters the block uses (and no others, so a new one fails here first):
 * `json` (Shopify's: it encodes <, > and &), `asset_url`, `paginate`, `{% schema %}` and `{% doc %}`.
 * `escape`, `split`, `strip`, `default`, `first`, `last`, `append`, `date` are standard Liquid.
 */
export const EXTENSION = resolve(import.meta.dirname, '../../shopify-extension');
export const BLOCK_FILE = join(EXTENSION, 'blocks/stock-status.liquid');

/** Where `asset_url` points in tests (the browser suite serves the built assets there). */
export const ASSET_BASE = '/shopify-extension/assets/';

/**
 * Shopify's `json` filter: "json outputs a JavaScript value and encodes <, >, and &"
 * (shopify.dev/docs/apps/build/security/storefront/escape-every-value-for-its-context);
 * nil (a missing field) is `null`.
 */
export function shopifyJson(value: unknown): string {
  const text = JSON.stringify(value ?? null) ?? 'null';
  return text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A tag whose body is not Liquid and renders nothing (`{% schema %}`, `{% doc %}`). */
function silentBlock(end: string) {
  return class extends Tag {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      while (remain.length) {
        const t = remain.shift()!;
        if ('name' in t && (t as TagToken).name === end) return;
      }
      throw new Error(`${token.getText()} not closed`);
    }
    render() {
      return '';
    }
  };
}

/**
 * `{% paginate collection.products by n %}`: inside it, the array is the current page's window
 * (`?page=` is `request.page` here), as on Shopify; `paginate` describes the page.
 */
class PaginateTag extends Tag {
  private path: string[];
  private size: string;
  private templates: Template[] = [];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const m = /^\s*([\w.]+)\s+by\s+([\w.]+)\s*$/.exec(token.args);
    if (!m) throw new Error(`paginate: cannot read "${token.args}"`);
    this.path = m[1]!.split('.');
    this.size = m[2]!;
    while (remain.length) {
      const t = remain.shift()!;
      if ('name' in t && (t as TagToken).name === 'endpaginate') return;
      this.templates.push(liquid.parser.parseToken(t, remain));
    }
    throw new Error('paginate not closed');
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const size = Number(this.liquid.evalValueSync(this.size, ctx));
    if (!Number.isInteger(size) || size < 1 || size > 50) throw new Error(`paginate: size ${size} is not 1 to 50`);
    const [root, ...rest] = this.path;
    const owner = rest
      .slice(0, -1)
      .reduce<Record<string, unknown>>((o, k) => o?.[k] as Record<string, unknown>, ctx.getSync([root!]) as Record<string, unknown>);
    const prop = rest.at(-1)!;
    const all = (owner?.[prop] as unknown[]) ?? [];
    const page = Number((ctx.getSync(['request', 'page']) as number | undefined) ?? 1);
    const windowed = { ...owner, [prop]: all.slice((page - 1) * size, page * size) };
    const scope = { [root!]: rest.length > 1 ? { ...(ctx.getSync([root!]) as object), [rest[0]!]: windowed } : windowed };
    ctx.push({ ...scope, paginate: { current_page: page, page_size: size, items: all.length, pages: Math.ceil(all.length / size) } });
    try {
      yield this.liquid.renderer.renderTemplates(this.templates, ctx, emitter);
    } finally {
      ctx.pop();
    }
  }
}

export function shopifyLiquid(): Liquid {
  const engine = new Liquid({ root: join(EXTENSION, 'snippets'), extname: '.liquid', timezoneOffset: 0, strictFilters: true, cache: true });
  engine.registerFilter('json', shopifyJson);
  engine.registerFilter('asset_url', (name: string) => `${ASSET_BASE}${name}`);
  engine.registerTag('schema', silentBlock('endschema'));
  engine.registerTag('doc', silentBlock('enddoc'));
  engine.registerTag('paginate', PaginateTag);
  return engine;
}

/** The block's `{% schema %}`, parsed. */
export function blockSchema(): { name: string; target: string; settings: { id?: string; type: string; default?: unknown }[] } {
  const m = /\{%\s*schema\s*%\}([\s\S]*?)\{%\s*endschema\s*%\}/.exec(readFileSync(BLOCK_FILE, 'utf8'));
  return JSON.parse(m![1]!);
}

/** The settings a merchant who changed nothing has: every default from the schema. */
export function defaultSettings(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of blockSchema().settings) if (s.id) out[s.id] = s.default ?? null;
  return out;
}

export interface EmbedScope {
  request: { page_type: string; page?: number; locale?: { iso_code: string; primary: boolean } };
  settings?: Record<string, unknown>;
  product?: unknown;
  collection?: unknown;
  search?: unknown;
  cart?: unknown;
}

/** The block's output for one page. */
export async function renderEmbed(scope: EmbedScope): Promise<string> {
  const { settings, ...objects } = scope;
  const engine = shopifyLiquid();
  return engine.parseAndRender(readFileSync(BLOCK_FILE, 'utf8'), {
    cart: { item_count: 0, items: [] },
    ...objects,
    request: { locale: { iso_code: 'en', primary: true }, ...scope.request },
    block: { id: 'stock-status-embed', settings: { ...defaultSettings(), ...settings } },
  });
}
