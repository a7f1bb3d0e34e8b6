// src/config/parseConfig.ts
import * as z2 from "zod/mini";

// src/core/report.ts
var said = /* @__PURE__ */ new Set();
function report(level, message) {
  const line = `[stock-status] ${message}`;
  if (said.has(line)) return;
  said.add(line);
  console[level](line);
}

// src/core/zodParts.ts
import * as z from "zod/mini";
var whole = () => z.refine((n) => Number.isInteger(n));
var between = (min, max = Number.POSITIVE_INFINITY) => z.refine((n) => n >= min && n <= max);
var maxLength = (n) => z.refine((v) => v.length <= n);
var matches = (re) => z.refine((v) => re.test(v));
var nonEmpty = () => z.refine((v) => v.length > 0);
function recordOf(key, value) {
  return z.pipe(
    z.looseObject({}),
    z.transform((o, ctx) => {
      const out = {};
      for (const [k, v] of Object.entries(o)) {
        const parsed = z.safeParse(value, v);
        if (!key(k) || !parsed.success) {
          ctx.issues.push({ code: "custom", message: `bad entry "${k.slice(0, 40)}"`, input: o });
          return z.NEVER;
        }
        out[k] = parsed.data;
      }
      return out;
    })
  );
}
var orDefault = (schema, value) => z.pipe(
  z.optional(schema),
  z.transform((v) => v === void 0 ? value : v)
);
var trimmed = () => z.pipe(
  z.string(),
  z.transform((s) => s.trim())
);

// src/config/Config.ts
var PLATFORMS = ["bigcommerce", "shopify", "woocommerce", "jsonld", "json"];
var DEFAULT_CONFIG = {
  platform: "jsonld",
  restockField: "custom.restock_date",
  alternatives: 4,
  mount: "auto",
  handlingDays: 0,
  themeStock: "replace"
};

// src/config/parseConfig.ts
var text = (max = 2048) => trimmed().check(nonEmpty(), maxLength(max));
var count = (max) => z2.pipe(
  z2.union([z2.number(), trimmed().check(matches(/^\d+$/))]),
  z2.transform((v) => Number(v))
).check(z2.refine((n) => Number.isInteger(n) && n >= 0 && n <= max));
var parseJson = (text5) => {
  try {
    return JSON.parse(text5);
  } catch {
    return text5;
  }
};
var isTimeZone = (tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};
var isLocale = (tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};
var isPath = (v) => /^\/(?![/\\])[^\s\\]*$/.test(v);
var endpoint = text().check(
  z2.refine((v) => isPath(v) || /^https:\/\/[^\s/\\]+(\/\S*)?$/i.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/\S*$/.test(v))
);
var keys = {
  platform: z2.literal(PLATFORMS),
  endpoint,
  token: text(4096),
  locale: text(64).check(z2.refine(isLocale)),
  restockField: text(128).check(matches(/^[\w-]+\.[\w-]+$/)),
  alternatives: count(12),
  notify: text().check(z2.refine((v) => /^klaviyo:[A-Za-z0-9]{4,12}$/.test(v) || /^https:\/\/[^\s]+$/i.test(v) || isPath(v))),
  mount: z2.literal(["auto", "manual"]),
  button: z2.literal(["manage"]),
  nonce: text(256).check(matches(/^[\w+/=-]+$/)),
  leadDays: count(365),
  handlingDays: count(60),
  timeZone: text(64).check(z2.refine(isTimeZone)),
  alternativesAfterDays: count(365),
  alternativesList: z2.pipe(
    z2.union([z2.array(z2.union([z2.string(), z2.number()])), z2.string()]),
    z2.transform((v) => (typeof v === "string" ? v.split(",") : v).map((x) => String(x).trim()).filter(Boolean))
  ).check(z2.refine((list) => list.length <= 50 && list.every((id4) => id4.length <= 200))),
  themeStock: z2.literal(["replace", "keep"]),
  requests: z2.literal(["none"]),
  // An object in window.StockStatusConfig; JSON text in data-messages (the Shopify app embed writes it).
  messages: z2.pipe(
    z2.pipe(
      z2.unknown(),
      z2.transform((v) => typeof v === "string" && v.length <= 2e4 ? parseJson(v) : v)
    ),
    recordOf(
      (tag) => tag.length <= 35 && isLocale(tag),
      recordOf((key) => /^[a-zA-Z]+(_(zero|one|two|few|many|other))?$/.test(key), z2.string().check(maxLength(300)))
    )
  )
};
var CONFIG_KEYS = Object.keys(keys);
var attributeName = (key) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
function describe(raw) {
  if (typeof raw === "string") return JSON.stringify(raw.slice(0, 60));
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return Array.isArray(raw) ? "array" : `of type ${typeof raw}`;
}
function parseConfig(attributes, global) {
  const config = { ...DEFAULT_CONFIG };
  const fromGlobal = global && typeof global === "object" ? global : {};
  if (global != null && typeof global !== "object") report("error", "window.StockStatusConfig must be an object; it was ignored.");
  for (const key of CONFIG_KEYS) {
    let raw;
    let data = null;
    try {
      raw = fromGlobal[key] ?? attributes[attributeName(key)];
      if (raw === void 0 || raw === null || raw === "") continue;
      const parsed = z2.safeParse(keys[key], raw);
      if (parsed.success) data = { value: parsed.data };
    } catch {
    }
    if (data) {
      config[key] = data.value;
    } else {
      const fallback = DEFAULT_CONFIG[key];
      report(
        "error",
        `config "${key}" (${attributeName(key)}) has an invalid value ${describe(raw)}; ${fallback === void 0 ? "it is ignored" : `using ${JSON.stringify(fallback)}`}.`
      );
    }
  }
  return config;
}

// src/page/mountAsItComes.ts
var watched = /* @__PURE__ */ new WeakSet();
function mountAsItComes(doc, mount, delayMs = 50) {
  const run = () => {
    try {
      mount();
    } catch {
    }
  };
  mount();
  if (watched.has(doc) || !doc.body) return;
  watched.add(doc);
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      run();
    }, delayMs);
  }).observe(doc.body, { childList: true, subtree: true });
}

// src/page/bigcommerce/mountCards.ts
function cardProductId(card) {
  const candidates = [
    card.getAttribute("data-entity-id"),
    card.getAttribute("data-test")?.replace(/^card-/, ""),
    card.querySelector("[data-product-id]")?.getAttribute("data-product-id"),
    card.querySelector("[data-compare-id]")?.getAttribute("data-compare-id")
  ];
  return candidates.find((id4) => !!id4 && /^\d+$/.test(id4.trim()))?.trim() ?? null;
}
function mountCards(doc) {
  for (const card of Array.from(doc.querySelectorAll("article.card, .card[data-entity-id]"))) {
    if (card.querySelector("stock-status")) continue;
    const productId = cardProductId(card);
    if (!productId) continue;
    const el = doc.createElement("stock-status");
    el.setAttribute("product-id", productId);
    el.setAttribute("context", "card");
    el.setAttribute("data-mounted", "auto");
    (card.querySelector(".card-body") ?? card).append(el);
  }
}

// src/sources/bigcommerce/loadCartLines.ts
import * as z5 from "zod/mini";

// src/sources/Source.ts
var SourceError = class extends Error {
  constructor(message, retryable = false) {
    super(message);
    this.retryable = retryable;
  }
  retryable;
  name = "SourceError";
};

// src/sources/bigcommerce/bigcommerceDocuments.ts
var aggregated = (alpha) => `aggregated{availableToSell warningLevel${alpha ? " availableOnHand availableForBackorder unlimitedBackorder" : ""}}`;
var metafield = "metafields(namespace:$ns,keys:$keys,first:1){edges{node{key value}}}";
var productFields = (alpha) => `entityId name path defaultImage{url(width:320)} prices{price{value currencyCode}} availabilityV2{status ...on ProductPreOrder{message willBeReleasedAt{utc}} ...on ProductUnavailable{message}} inventory{isInStock hasVariantInventory${alpha ? " isStockTracked" : ""} ${aggregated(alpha)}} ${metafield}`;
var variantFields = (alpha) => `variants(first:50){edges{node{entityId sku isPurchasable inventory{isInStock ${aggregated(alpha)}} ${metafield} options{edges{node{entityId values{edges{node{entityId}}}}}}}}}`;
var settings = (alpha) => `settings{inventory{stockLevelDisplay defaultOutOfStockMessage${alpha ? " showBackorderAvailabilityPrompt backorderAvailabilityPrompt showDefaultShippingExpectationPrompt defaultShippingExpectationPrompt" : ""}}}`;
var vars = "$ns:String!,$keys:[String!]";
var productsDocument = (alpha) => `query StockStatusProducts($ids:[Int!],${vars}){site{products(entityIds:$ids,first:50){edges{node{${productFields(alpha)} ${variantFields(alpha)}}}} ${settings(alpha)}}}`;
var relatedDocument = (alpha) => `query StockStatusRelated($id:Int!,$first:Int!,${vars}){site{product(entityId:$id){relatedProducts(first:$first){edges{node{${productFields(alpha)}}}}} ${settings(alpha)}}}`;
var CART_DOCUMENT = "query StockStatusCart{site{cart{lineItems{physicalItems{entityId productEntityId variantEntityId quantity}}}}}";

// src/sources/bigcommerce/bigcommerceSchema.ts
import * as z3 from "zod/mini";
var count2 = z3.number().check(whole(), between(-1e9, 1e9));
var text2 = (max) => z3.string().check(maxLength(max));
var edges = (node) => z3.object({ edges: z3.nullable(z3.array(z3.object({ node })).check(maxLength(500))) });
var aggregatedSchema = z3.nullish(
  z3.object({
    availableToSell: count2,
    warningLevel: count2,
    availableOnHand: z3.optional(count2),
    availableForBackorder: z3.optional(z3.nullable(count2)),
    unlimitedBackorder: z3.optional(z3.boolean())
  })
);
var metafields = edges(z3.object({ key: text2(200), value: text2(1e4) }));
var variantSchema = z3.object({
  entityId: z3.number().check(whole()),
  sku: z3.optional(text2(500)),
  isPurchasable: z3.boolean(),
  inventory: z3.nullish(z3.object({ isInStock: z3.boolean(), aggregated: aggregatedSchema })),
  metafields: z3.optional(metafields),
  options: z3.optional(edges(z3.object({ entityId: z3.number(), values: edges(z3.object({ entityId: z3.number() })) })))
});
var productSchema = z3.object({
  entityId: z3.number().check(whole()),
  name: z3.optional(text2(1e3)),
  path: z3.optional(text2(2e3)),
  defaultImage: z3.nullish(z3.object({ url: text2(4e3) })),
  prices: z3.nullish(z3.object({ price: z3.object({ value: z3.number(), currencyCode: text2(3) }) })),
  availabilityV2: z3.object({
    status: z3.literal(["Available", "Preorder", "Unavailable"]),
    message: z3.nullish(text2(5e3)),
    willBeReleasedAt: z3.nullish(z3.object({ utc: text2(64) }))
  }),
  inventory: z3.object({
    isInStock: z3.boolean(),
    hasVariantInventory: z3.boolean(),
    isStockTracked: z3.optional(z3.boolean()),
    aggregated: aggregatedSchema
  }),
  metafields: z3.optional(metafields),
  variants: z3.optional(edges(z3.unknown()))
});
var inventorySettingsSchema = z3.nullish(
  z3.object({
    stockLevelDisplay: z3.nullish(z3.literal(["DONT_SHOW", "SHOW", "SHOW_WHEN_LOW"])),
    defaultOutOfStockMessage: z3.optional(text2(5e3)),
    showBackorderAvailabilityPrompt: z3.optional(z3.boolean()),
    backorderAvailabilityPrompt: z3.optional(text2(5e3)),
    showDefaultShippingExpectationPrompt: z3.optional(z3.boolean()),
    defaultShippingExpectationPrompt: z3.optional(text2(5e3))
  })
);
var responseSchema = z3.object({
  data: z3.nullish(z3.looseObject({})),
  errors: z3.optional(z3.array(z3.object({ message: z3.string() })).check(maxLength(100)))
});
var siteSchema = z3.object({
  site: z3.object({
    products: z3.optional(edges(z3.unknown())),
    product: z3.nullish(z3.object({ relatedProducts: edges(z3.unknown()) })),
    settings: z3.nullish(z3.object({ inventory: inventorySettingsSchema }))
  })
});
var cartSchema = z3.object({
  site: z3.object({
    cart: z3.nullish(
      z3.object({
        lineItems: z3.object({
          physicalItems: z3.array(
            z3.object({
              entityId: text2(100),
              productEntityId: z3.number().check(whole()),
              variantEntityId: z3.nullish(z3.number().check(whole())),
              quantity: z3.number().check(whole(), between(0, 1e6))
            })
          ).check(maxLength(500))
        })
      })
    )
  })
});

// src/sources/bigcommerce/queryStorefront.ts
import * as z4 from "zod/mini";
var olderStores = /* @__PURE__ */ new Set();
var endpointOf = (context3) => context3.config.endpoint ?? "/graphql";
async function postGraphql(query, variables, context3) {
  const { config, transport, signal } = context3;
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (config.token) headers.Authorization = `Bearer ${config.token}`;
  const body = await transport.json(endpointOf(context3), {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
    credentials: "same-origin",
    signal
  });
  const parsed = z4.safeParse(responseSchema, body);
  if (!parsed.success) throw new SourceError(`${endpointOf(context3)} did not answer like a GraphQL API`);
  const { data, errors } = parsed.data;
  if (data) return data;
  const message = errors?.[0]?.message.slice(0, 200) ?? "no data";
  throw new SourceError(`${endpointOf(context3)} answered with an error: ${message}`);
}
async function queryStorefront(document2, variables, context3) {
  const key = endpointOf(context3);
  if (!olderStores.has(key)) {
    try {
      return { data: await postGraphql(document2(true), variables, context3), alpha: true };
    } catch (e) {
      if (!(e instanceof SourceError) || !/Cannot query field/i.test(e.message)) throw e;
      olderStores.add(key);
    }
  }
  return { data: await postGraphql(document2(false), variables, context3), alpha: false };
}

// src/sources/bigcommerce/loadCartLines.ts
async function loadCartLines(context3) {
  const data = await postGraphql(CART_DOCUMENT, {}, context3);
  const parsed = z5.safeParse(cartSchema, data);
  if (!parsed.success) throw new SourceError(`${endpointOf(context3)} answered the cart in an unexpected shape`);
  return (parsed.data.site.cart?.lineItems.physicalItems ?? []).map((item) => ({
    lineId: item.entityId,
    productId: String(item.productEntityId),
    variantId: item.variantEntityId == null ? null : String(item.variantEntityId),
    quantity: item.quantity
  }));
}

// src/sources/Transport.ts
var abortError = () => new DOMException("The look-up was superseded", "AbortError");
function defaultSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      reject(abortError());
    });
  });
}
function retryAfterMs(res) {
  const v = res.headers.get("retry-after");
  if (!v) return null;
  const s = Number(v);
  const ms = Number.isFinite(s) ? s * 1e3 : Date.parse(v) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 1e4) : null;
}
function aborted(signal) {
  return new Promise((_, reject) => {
    const fail = () => reject(new DOMException("aborted", "AbortError"));
    if (signal.aborted) fail();
    else signal.addEventListener("abort", fail, { once: true });
  });
}
var MAX_BODY = 5e6;
function createTransport(options = {}) {
  const timeoutMs = options.timeoutMs ?? 8e3;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 400;
  const sleep = options.sleep ?? defaultSleep;
  const coolUntil = /* @__PURE__ */ new Map();
  async function attempt(url, init) {
    if (init.signal?.aborted) throw abortError();
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = () => timeout.abort();
    init.signal?.addEventListener("abort", onAbort);
    try {
      const res = await doFetch(url, { ...init, signal: timeout.signal });
      if (res.status === 429 || res.status >= 500) return { res, body: null };
      const declared = Number(res.headers.get("content-length"));
      if (declared > MAX_BODY) throw new SourceError(`${url} answered with ${declared} bytes, more than stock data can be`);
      const body = await Promise.race([res.text(), aborted(timeout.signal)]);
      return { res, body };
    } catch (e) {
      if (e instanceof SourceError) throw e;
      if (init.signal?.aborted) throw abortError();
      if (timeout.signal.aborted) throw new SourceError(`${url} did not answer within ${timeoutMs} ms`);
      throw new SourceError(`${url} could not be reached (${e.message})`, true);
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener("abort", onAbort);
    }
  }
  return {
    async json(url, init) {
      const origin = new URL(url, globalThis.location?.href ?? "http://localhost/").origin;
      let lastError = new SourceError(`${url} failed`);
      for (let i = 0; i <= retries; i++) {
        const wait = (coolUntil.get(origin) ?? 0) - Date.now();
        if (wait > 0) await sleep(wait, init.signal);
        let res;
        let body;
        try {
          ({ res, body } = await attempt(url, init));
        } catch (e) {
          if (!(e instanceof SourceError) || !e.retryable) throw e;
          lastError = e;
          if (i < retries) await sleep(backoffMs * 2 ** i, init.signal);
          continue;
        }
        if (res.status === 429 || res.status >= 500) {
          lastError = new SourceError(`${url} answered HTTP ${res.status}`, true);
          const delay = retryAfterMs(res) ?? backoffMs * 2 ** i;
          coolUntil.set(origin, Date.now() + delay);
          continue;
        }
        if (body === null) throw lastError;
        if (body.length > MAX_BODY) throw new SourceError(`${url} answered with ${body.length} bytes, more than stock data can be`);
        if (!res.ok) {
          try {
            const parsed = JSON.parse(body);
            if (parsed && typeof parsed === "object" && "errors" in parsed) return parsed;
          } catch {
          }
          throw new SourceError(`${url} answered HTTP ${res.status}`);
        }
        try {
          return JSON.parse(body);
        } catch {
          throw new SourceError(`${url} did not answer with JSON`);
        }
      }
      throw lastError;
    }
  };
}

// src/page/followForm.ts
function followForm(root, element, read3) {
  let frame = 0;
  const sync = () => {
    frame = 0;
    if (!element.isConnected) return;
    try {
      const v = read3.variantId();
      const q = read3.quantity();
      if (v !== null && element.getAttribute("variant-id") !== v) element.setAttribute("variant-id", v);
      if (v === null && element.hasAttribute("variant-id")) element.removeAttribute("variant-id");
      if (q !== null && element.getAttribute("quantity") !== String(q)) element.setAttribute("quantity", String(q));
    } catch {
    }
  };
  const later = () => {
    sync();
    if (!frame) frame = requestAnimationFrame(sync);
  };
  const events = ["change", "input", "click", "keyup"];
  for (const e of events) root.addEventListener(e, later, true);
  const observer = new MutationObserver(later);
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["value", "checked", "selected", "data-variant-id", "disabled"]
  });
  sync();
  return () => {
    for (const e of events) root.removeEventListener(e, later, true);
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
}

// src/page/bigcommerce/mountCartLines.ts
var known = /* @__PURE__ */ new Map();
var asking = null;
var rowsOf = (doc) => Array.from(doc.querySelectorAll("[data-item-row]")).filter((r) => !r.querySelector("stock-status"));
var lineIdOf = (row) => row.querySelector("[data-cart-itemid]")?.getAttribute("data-cart-itemid") ?? null;
function place(doc, row, line) {
  const el = doc.createElement("stock-status");
  el.setAttribute("product-id", line.productId);
  if (line.variantId) el.setAttribute("variant-id", line.variantId);
  el.setAttribute("quantity", String(line.quantity));
  el.setAttribute("context", "cart");
  el.setAttribute("data-mounted", "auto");
  (row.querySelector(".cart-item-title") ?? row.firstElementChild ?? row).append(el);
  const input = row.querySelector("input.cart-item-qty-input");
  if (input) {
    followForm(row, el, {
      variantId: () => line.variantId,
      quantity: () => {
        const n = Number.parseInt(input.value, 10);
        return Number.isFinite(n) && n > 0 ? n : null;
      }
    });
  }
}
function mountCartLines(doc, config) {
  const rows = rowsOf(doc);
  if (rows.length === 0) return;
  const missing = rows.some((r) => {
    const id4 = lineIdOf(r);
    return id4 !== null && !known.has(id4);
  });
  if (!missing) {
    for (const row of rows) place(doc, row, known.get(lineIdOf(row)));
    return;
  }
  if (asking) return;
  const context3 = { config, transport: createTransport(), signal: new AbortController().signal, document: doc };
  asking = loadCartLines(context3).then(
    (lines) => {
      for (const line of lines) known.set(line.lineId, line);
      for (const row of rowsOf(doc)) {
        const line = known.get(lineIdOf(row) ?? "");
        if (line) place(doc, row, line);
      }
    },
    (e) => report("warn", `could not read the cart for per-line availability: ${e.message}`)
  ).finally(() => {
    asking = null;
  });
}

// src/core/intlCache.ts
var MAX = 64;
var cache = /* @__PURE__ */ new Map();
function intl(Ctor, locale, options) {
  const key = `${Ctor.name}|${locale ?? ""}|${options ? JSON.stringify(options) : ""}`;
  let made = cache.get(key);
  if (made) {
    cache.delete(key);
  } else {
    made = new Ctor(locale, options);
    if (cache.size >= MAX) cache.delete(cache.keys().next().value);
  }
  cache.set(key, made);
  return made;
}

// src/core/dates.ts
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDateOnly(value) {
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === value;
}
function dateInZone(instant, timeZone) {
  const f = intl(Intl.DateTimeFormat, "en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
function toDateOnly(value, timeZone) {
  if (!value || typeof value !== "string") return null;
  const v = value.trim();
  if (isDateOnly(v)) return v;
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (!m || !isDateOnly(m[1])) return null;
  const t = Date.parse(v.replace(" ", "T"));
  if (!Number.isFinite(t)) return null;
  return m[4] ? dateInZone(new Date(t), timeZone) : m[1];
}
function addDays(date, days) {
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function addBusinessDays(date, days) {
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}

// src/element/Runtime.ts
var current = null;
var listeners = /* @__PURE__ */ new Set();
function setRuntime(runtime) {
  current = runtime;
  for (const l of listeners) l(runtime);
}
function getRuntime() {
  return current;
}
function onRuntime(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function resolveLocale(configured, doc) {
  for (const tag of [configured, doc?.documentElement.lang, globalThis.navigator?.language, "en"]) {
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
    }
  }
  return "en";
}
function todayIn(timeZone, now = Date.now) {
  let at = Number.NEGATIVE_INFINITY;
  let today = "";
  return () => {
    const t = now();
    if (t - at > 6e4 || t < at) {
      today = dateInZone(new Date(t), timeZone);
      at = t;
    }
    return today;
  };
}

// src/sources/bigcommerce/variantForOptions.ts
function optionKey(pairs) {
  return `o${pairs.map(([o, v]) => `${o}:${v}`).sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10)).join(",")}`;
}
function variantForOptions(stock, selected) {
  if (!stock?.variantAliases) return null;
  for (const [key, variantId] of Object.entries(stock.variantAliases)) {
    if (!key.startsWith("o") || key === "o") continue;
    const pairs = key.slice(1).split(",");
    if (pairs.every((p) => {
      const [o, v] = p.split(":");
      return o !== void 0 && selected[o] === v;
    }))
      return variantId;
  }
  return null;
}

// src/page/genericIntegration.ts
var FORM_SELECTORS = ["form[data-cart-item-add]", 'form[action*="/cart/add"]', "form.cart", 'form[action*="cart" i]'];
function findAddToCartForm(doc) {
  for (const s of FORM_SELECTORS) {
    const f = doc.querySelector(s);
    if (f) return f;
  }
  return null;
}
function readField(form, names) {
  for (const name of names) {
    const fields = Array.from(form.querySelectorAll(`[name="${name}"]`));
    if (fields.length === 0) continue;
    const field = fields.find((f) => !(f instanceof HTMLInputElement) || f.type !== "radio" && f.type !== "checkbox" || f.checked);
    const value = field?.value.trim();
    return value ? value : null;
  }
  return null;
}
function readQuantity(form) {
  const raw = readField(form, ["quantity", "qty[]", "qty"]);
  if (raw === null) return null;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
var genericIntegration = {
  mount(doc, config) {
    if (doc.querySelector("stock-status")) return;
    const form = findAddToCartForm(doc);
    if (!form) return;
    const productId = form.getAttribute("data-product-id") ?? readField(form, ["product_id", "product-id"]);
    if (!productId && config.platform !== "jsonld") return;
    const el = doc.createElement("stock-status");
    if (productId) el.setAttribute("product-id", productId);
    el.setAttribute("context", "product");
    form.insertAdjacentElement("afterend", el);
    followForm(form, el, { variantId: () => readField(form, ["variant_id", "variant-id", "sku"]), quantity: () => readQuantity(form) });
  }
};

// src/page/bigcommerce/mountProductForm.ts
function readSelections(form) {
  const out = {};
  for (const input of Array.from(form.querySelectorAll("input[name],select[name]"))) {
    const option = /^attribute\[(\d+)\]$/.exec(input.name)?.[1];
    if (!option || input.disabled) continue;
    if (input instanceof HTMLInputElement && (input.type === "radio" || input.type === "checkbox") && !input.checked) continue;
    if (/^\d+$/.test(input.value)) out[option] = input.value;
  }
  return out;
}
function mountProductForm(form) {
  const doc = form.ownerDocument;
  const productId = form.querySelector('input[name="product_id"]')?.value.trim() ?? "";
  if (!/^\d+$/.test(productId)) return;
  const own = Array.from(doc.querySelectorAll("stock-status:not([data-mounted])")).some(
    (e) => e.getAttribute("product-id") === productId && !["card", "cart"].includes(e.getAttribute("context") ?? "")
  );
  if (own) return;
  const el = doc.createElement("stock-status");
  el.setAttribute("product-id", productId);
  el.setAttribute("context", "product");
  el.setAttribute("data-mounted", "auto");
  el.setAttribute("quantity", String(readQuantity(form) ?? 1));
  const quantity3 = () => readQuantity(form);
  const pending = getRuntime()?.store.get(productId) ?? Promise.resolve(null);
  form.insertAdjacentElement("afterend", el);
  pending.then(
    (stock) => followForm(form, el, { variantId: () => variantForOptions(stock, readSelections(form)), quantity: quantity3 }),
    () => followForm(form, el, { variantId: () => null, quantity: quantity3 })
  );
}

// src/page/bigcommerce/cornerstoneIntegration.ts
function mountAll(doc, config) {
  for (const form of Array.from(doc.querySelectorAll("form[data-cart-item-add]"))) {
    if (form.nextElementSibling?.matches("stock-status[data-mounted]")) continue;
    mountProductForm(form);
  }
  mountCards(doc);
  mountCartLines(doc, config);
}
var cornerstoneIntegration = {
  mount(doc, config) {
    mountAsItComes(doc, () => mountAll(doc, config), 50);
  }
};

// src/page/shopify/dawnCards.ts
var ID_CARRIERS = '[id^="CardLink-"], [id^="StandardCardNoMediaLink-"], [id^="title-"], quick-add-modal[id^="QuickAdd-"]';
function productIdOf(card) {
  const direct = card.querySelector("[data-product-id]")?.getAttribute("data-product-id")?.trim();
  if (direct && /^\d{1,20}$/.test(direct)) return direct;
  for (const el of Array.from(card.querySelectorAll(ID_CARRIERS))) {
    const m = /-(\d{1,20})$/.exec(el.id);
    if (m) return m[1];
  }
  const input = card.querySelector('input[name="product-id"]')?.value.trim();
  return input && /^\d{1,20}$/.test(input) ? input : null;
}
function mountDawnCards(doc) {
  for (const card of Array.from(doc.querySelectorAll(".card-wrapper, .product-card-wrapper"))) {
    if (card.querySelector("stock-status") || !card.querySelector('a[href*="/products/"]')) continue;
    const productId = productIdOf(card);
    if (!productId) continue;
    const el = doc.createElement("stock-status");
    el.setAttribute("product-id", productId);
    el.setAttribute("context", "card");
    el.setAttribute("data-mounted", "auto");
    const info = card.querySelector(".card-information") ?? card.querySelector(".card__information");
    if (info) info.insertAdjacentElement("afterend", el);
    else card.append(el);
  }
}

// src/page/shopify/dawnCartLines.ts
function variantOf(row) {
  const fromInput = row.querySelector("[data-quantity-variant-id]")?.getAttribute("data-quantity-variant-id")?.trim();
  if (fromInput && /^\d{1,20}$/.test(fromInput)) return fromInput;
  const href = row.querySelector('a[href*="variant="]')?.getAttribute("href") ?? "";
  const m = /[?&]variant=(\d{1,20})/.exec(href);
  return m ? m[1] : null;
}
function quantityOf(row) {
  const input = row.querySelector('input[name="updates[]"], input.quantity__input');
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
function mountDawnCart(doc) {
  for (const row of Array.from(doc.querySelectorAll("cart-items .cart-item, cart-drawer-items .cart-item"))) {
    if (row.querySelector("stock-status")) continue;
    const variantId = variantOf(row);
    if (!variantId) continue;
    const el = doc.createElement("stock-status");
    el.setAttribute("product-id", `gid://shopify/ProductVariant/${variantId}`);
    el.setAttribute("variant-id", variantId);
    el.setAttribute("context", "cart");
    el.setAttribute("data-mounted", "auto");
    const q = quantityOf(row);
    if (q !== null) el.setAttribute("quantity", String(q));
    (row.querySelector(".cart-item__details") ?? row.lastElementChild ?? row).append(el);
    followForm(row, el, { variantId: () => variantOf(row), quantity: () => quantityOf(row) });
  }
}

// src/page/shopify/dawnProductForm.ts
var mounted = /* @__PURE__ */ new WeakMap();
var NOT_MAIN = ".card-wrapper, .product-card-wrapper, .quick-add, quick-add-modal, cart-drawer, cart-notification, stock-status";
function productIdOf2(form) {
  const input = form.querySelector('input[name="product-id"]');
  const id4 = input?.value.trim() || form.closest("[data-product-id]")?.getAttribute("data-product-id")?.trim();
  return id4 || null;
}
function variantIdOf(form, doc) {
  const input = form.querySelector('input[name="id"]');
  const fromForm = input?.value.trim();
  if (fromForm) return fromForm;
  const fromUrl = new URLSearchParams(doc.location?.search ?? "").get("variant");
  return fromUrl && /^\d{1,20}$/.test(fromUrl) ? fromUrl : null;
}
function quantityOf2(form, scope) {
  const named = form.elements.namedItem("quantity");
  const input = named instanceof HTMLInputElement ? named : scope.querySelector('input[name="quantity"]') ?? null;
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
function mountDawnProduct(doc) {
  for (const form of Array.from(doc.querySelectorAll('form[action*="/cart/add"]'))) {
    if ((form.getAttribute("id") ?? "").startsWith("product-form-installment") || form.closest(NOT_MAIN)) continue;
    if (!form.querySelector('input[name="id"]')) continue;
    if (mounted.get(form)?.isConnected) continue;
    const productId = productIdOf2(form);
    if (!productId) continue;
    const scope = form.closest("product-info") ?? form.closest("section") ?? form;
    if (scope.querySelector('stock-status:not([data-mounted="auto"])')) continue;
    const el = doc.createElement("stock-status");
    el.setAttribute("product-id", productId);
    el.setAttribute("context", "product");
    el.setAttribute("data-mounted", "auto");
    (form.closest("product-form") ?? form).insertAdjacentElement("afterend", el);
    mounted.set(form, el);
    followForm(scope, el, { variantId: () => variantIdOf(form, doc), quantity: () => quantityOf2(form, scope) });
  }
}

// src/page/shopify/dawnIntegration.ts
function mountAll2(doc) {
  mountDawnProduct(doc);
  mountDawnCards(doc);
  mountDawnCart(doc);
}
var dawnIntegration = {
  mount(doc) {
    mountAsItComes(doc, () => mountAll2(doc), 30);
  }
};

// src/page/yieldThemeStock.ts
var MARK = "data-stock-status-replaced";
var RULE = `[${MARK}]{display:none!important}`;
var styled = /* @__PURE__ */ new WeakSet();
function addRule(doc, nonce) {
  if (styled.has(doc)) return;
  styled.add(doc);
  try {
    if ("adoptedStyleSheets" in doc && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      const sheet2 = new CSSStyleSheet();
      sheet2.replaceSync(RULE);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet2];
      return;
    }
  } catch {
  }
  const style = doc.createElement("style");
  if (nonce) style.nonce = nonce;
  style.textContent = RULE;
  doc.head?.appendChild(style);
}
var following = /* @__PURE__ */ new WeakMap();
function mark(element, themeText) {
  const give = element.getAttribute("data-state") === "unknown" || !element.isConnected;
  for (const node of themeText()) {
    if (give) node.removeAttribute(MARK);
    else node.setAttribute(MARK, "");
  }
}
function yieldThemeStock(element, themeText, config) {
  if (config.themeStock === "keep" || following.has(element)) return;
  following.set(element, themeText);
  addRule(element.ownerDocument, config.nonce);
  mark(element, themeText);
  new MutationObserver(() => mark(element, themeText)).observe(element, { attributes: true, attributeFilter: ["data-state"] });
}
function reapplyThemeStock(element) {
  const themeText = following.get(element);
  if (themeText) mark(element, themeText);
}

// src/page/woocommerce/productStockText.ts
function productStockText(doc) {
  return Array.from(doc.querySelectorAll("p.stock, .wc-block-components-product-stock-indicator")).filter(
    (e) => !e.closest("li.product, li.wc-block-product, .wc-block-cart, .woocommerce-cart-form")
  );
}

// src/page/woocommerce/wooProductId.ts
function wooId(value) {
  const v = (value ?? "").trim();
  return /^\d{1,15}$/.test(v) && v !== "0" ? String(Number(v)) : null;
}
function idFromPostClass(el) {
  for (const c of Array.from(el.classList)) {
    const m2 = /^post-(\d+)$/.exec(c);
    if (m2) return wooId(m2[1]);
  }
  const m = /^product-(\d+)$/.exec(el.id);
  return m ? wooId(m[1]) : null;
}

// src/page/woocommerce/addToCartWithOptions.ts
function mountAddToCartWithOptions(doc, config) {
  for (const form of Array.from(doc.querySelectorAll("form.wc-block-add-to-cart-with-options"))) {
    const next = form.nextElementSibling;
    if (next?.localName === "stock-status") continue;
    const id4 = wooId(form.querySelector('input[name="add-to-cart"]')?.value);
    if (!id4) continue;
    const variation = form.querySelector('input[name="variation_id"]');
    const el = doc.createElement("stock-status");
    el.setAttribute("product-id", id4);
    el.setAttribute("context", "product");
    el.setAttribute("data-mounted", "auto");
    form.insertAdjacentElement("afterend", el);
    followForm(form, el, { variantId: () => variation ? wooId(variation.value) : null, quantity: () => readQuantity(form) });
    yieldThemeStock(el, () => productStockText(doc), config);
  }
}

// src/page/woocommerce/blockCards.ts
import * as z8 from "zod/mini";

// src/sources/woocommerce/storeApiSchema.ts
import * as z7 from "zod/mini";

// src/sources/lenient.ts
import * as z6 from "zod/mini";
function lenient(schema, fallback) {
  return z6.optional(
    z6.pipe(
      z6.unknown(),
      z6.transform((value) => {
        const parsed = z6.safeParse(schema, value);
        return parsed.success ? parsed.data : fallback;
      })
    )
  );
}

// src/sources/woocommerce/storeApiSchema.ts
var plain = (max) => z7.string().check(maxLength(max));
var storeId = z7.number().check(whole(), between(1, Number.MAX_SAFE_INTEGER));
var quantity = z7.number().check(between(-1e9, 1e9));
var optional5 = (schema) => lenient(z7.optional(schema), void 0);
var prices = z7.object({
  price: z7.string().check(matches(/^-?\d{1,15}$/)),
  currency_code: optional5(plain(3)),
  currency_minor_unit: orDefault(z7.number().check(whole(), between(0, 4)), 2),
  currency_decimal_separator: orDefault(plain(5), "."),
  currency_thousand_separator: orDefault(plain(5), ","),
  currency_prefix: orDefault(plain(20), ""),
  currency_suffix: orDefault(plain(20), "")
});
var image = z7.object({ src: optional5(plain(2e3)), thumbnail: optional5(plain(2e3)) });
var storeProduct = z7.object({
  id: storeId,
  /** The variable product a variation belongs to; 0 for a product. */
  parent: orDefault(z7.number().check(whole(), between(0)), 0),
  type: optional5(plain(50)),
  name: optional5(plain(1e3)),
  permalink: optional5(plain(2e3)),
  is_purchasable: z7.boolean(),
  is_in_stock: z7.boolean(),
  is_on_backorder: orDefault(z7.boolean(), false),
  low_stock_remaining: orDefault(z7.nullable(quantity), null),
  stock_availability: optional5(z7.object({ class: optional5(plain(100)) })),
  sold_individually: orDefault(z7.boolean(), false),
  add_to_cart: optional5(z7.object({ maximum: optional5(quantity) })),
  prices: optional5(prices),
  images: optional5(z7.array(image).check(maxLength(100))),
  categories: optional5(z7.array(z7.object({ id: storeId })).check(maxLength(100))),
  variations: optional5(z7.array(z7.object({ id: storeId })).check(maxLength(2e3)))
});
var storeProductList = z7.array(z7.unknown()).check(maxLength(1e3));

// src/page/woocommerce/blockCards.ts
var context = z8.object({ productId: storeId });
function contextId(card) {
  for (const name of ["data-wc-context", "data-wp-context"]) {
    const raw = card.getAttribute(name);
    if (!raw || raw.length > 1e4) continue;
    try {
      const parsed = z8.safeParse(context, JSON.parse(raw));
      if (parsed.success) return String(parsed.data.productId);
    } catch {
    }
  }
  return null;
}
function mountBlockCards(doc, config) {
  for (const card of Array.from(doc.querySelectorAll("li.wc-block-product"))) {
    if (card.querySelector("stock-status")) continue;
    const id4 = contextId(card) ?? wooId(card.querySelector("[data-product_id]")?.getAttribute("data-product_id")) ?? idFromPostClass(card);
    if (!id4) continue;
    const el = doc.createElement("stock-status");
    el.setAttribute("product-id", id4);
    el.setAttribute("context", "card");
    el.setAttribute("data-mounted", "auto");
    const button = card.querySelector(".wp-block-woocommerce-product-button, .wc-block-components-product-button");
    if (button?.parentElement) button.insertAdjacentElement("beforebegin", el);
    else card.append(el);
    yieldThemeStock(el, () => Array.from(card.querySelectorAll(".wc-block-components-product-stock-indicator")), config);
  }
}

// src/sources/woocommerce/loadStoreCart.ts
import * as z10 from "zod/mini";

// src/sources/woocommerce/cartVariations.ts
var variations = /* @__PURE__ */ new Set();
function rememberCartVariation(id4) {
  if (variations.size > 500) variations.clear();
  variations.add(id4);
}
function isCartVariation(id4) {
  return variations.has(id4);
}

// src/sources/woocommerce/storeCartSchema.ts
import * as z9 from "zod/mini";
var storeCartItem = z9.object({
  /** The line's key: the classic cart's `cart[<key>][qty]` and the Cart block's `data-cart-item-key`. */
  key: z9.string().check(matches(/^[\w-]{1,64}$/)),
  /** The product's id, or the variation's on a variation line (`$product->get_id()`). */
  id: storeId,
  /** `simple`, `variation`, …; a bad value reads as not a variation. */
  type: lenient(z9.string().check(maxLength(40)), void 0),
  /** `wc_stock_amount()`: whole unless a plugin filters it. */
  quantity: z9.number().check(between(0, 1e9)),
  /** The link the Cart block prints on the line's name (display data: may be missing). */
  permalink: lenient(z9.string().check(maxLength(2e3)), void 0)
});
var storeCart = z9.object({ items: z9.array(z9.unknown()).check(maxLength(500)) });

// src/sources/woocommerce/storeUrl.ts
var DEFAULT_STORE_ENDPOINT = "/wp-json/wc/store/v1";
function storeUrl(endpoint2, path, params) {
  const url = new URL(endpoint2 ?? DEFAULT_STORE_ENDPOINT, globalThis.location?.href ?? "http://localhost/");
  const route = url.searchParams.get("rest_route");
  if (route !== null) url.searchParams.set("rest_route", route.replace(/\/$/, "") + path);
  else url.pathname = url.pathname.replace(/\/$/, "") + path;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url;
}

// src/sources/woocommerce/loadStoreCart.ts
async function loadStoreCart(context3) {
  const url = storeUrl(context3.config.endpoint, "/cart", {});
  const body = await context3.transport.json(url.href, {
    headers: { Accept: "application/json" },
    signal: context3.signal,
    credentials: "same-origin"
  });
  const cart = z10.safeParse(storeCart, body);
  if (!cart.success) throw new SourceError(`${url.pathname} did not answer with a WooCommerce Store API cart`);
  const lines = [];
  let skipped = 0;
  for (const raw of cart.data.items) {
    const item = z10.safeParse(storeCartItem, raw);
    if (!item.success) {
      skipped++;
      report("warn", `${url.pathname} sent a cart line without the fields of the WooCommerce Store API; that line shows no availability.`);
      continue;
    }
    const { key, id: id4, type, quantity: quantity3, permalink } = item.data;
    const line = { key, id: String(id4), variation: type === "variation", quantity: Math.max(1, Math.floor(quantity3)), permalink };
    if (line.variation) rememberCartVariation(line.id);
    lines.push(line);
  }
  return { lines, skipped };
}

// src/page/woocommerce/askStoreCart.ts
var states = /* @__PURE__ */ new WeakMap();
function storeCartState(doc) {
  let s = states.get(doc);
  if (!s) {
    s = { lines: null, asked: 0, answered: 0, asking: false, failed: false, skipped: 0 };
    states.set(doc, s);
  }
  return s;
}
function askStoreCart(doc, config, then) {
  const s = storeCartState(doc);
  if (s.asking || s.failed) return;
  s.asking = true;
  const request = ++s.asked;
  const context3 = {
    config,
    transport: getRuntime()?.transport ?? createTransport(),
    signal: new AbortController().signal,
    document: doc
  };
  loadStoreCart(context3).then(
    ({ lines, skipped }) => {
      s.lines = lines;
      s.skipped = skipped;
      s.answered = request;
    },
    (e) => {
      s.failed = true;
      report("warn", `could not read the WooCommerce cart (${e?.message ?? e}); its lines show no availability.`);
    }
  ).finally(() => {
    s.asking = false;
    try {
      then();
    } catch {
    }
  });
}
var seen = /* @__PURE__ */ new WeakMap();
function answeredSince(row, s) {
  if (!seen.has(row)) seen.set(row, s.asked);
  return s.lines !== null && s.answered > (seen.get(row) ?? 0);
}

// src/page/woocommerce/cartLineElement.ts
function rowQuantity(input) {
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}
function cartLineElement(row, line, place4, parts, config) {
  const doc = row.ownerDocument;
  const el = doc.createElement("stock-status");
  el.setAttribute("product-id", line.productId);
  if (line.variantId) el.setAttribute("variant-id", line.variantId);
  el.setAttribute("quantity", String(rowQuantity(parts.quantityInput()) ?? line.quantity));
  el.setAttribute("context", "cart");
  el.setAttribute("data-mounted", "auto");
  place4(el);
  followForm(row, el, { variantId: () => line.variantId, quantity: () => rowQuantity(parts.quantityInput()) });
  yieldThemeStock(el, parts.themeText, config);
  return el;
}

// src/page/woocommerce/blockCartLines.ts
var BLOCK = ".wp-block-woocommerce-cart, .wc-block-cart";
var ROWS = "tr.wc-block-cart-items__row";
var BADGES = ".wc-block-components-product-backorder-badge, .wc-block-components-product-low-stock-badge";
var QUANTITY = "input.wc-block-components-quantity-selector__input";
var unmatched = /* @__PURE__ */ new WeakSet();
function sameUrl(a, b, doc) {
  if (a === void 0 || b === null) return false;
  try {
    return new URL(a, doc.baseURI).href === new URL(b, doc.baseURI).href;
  } catch {
    return false;
  }
}
function lineOfRow(row, index, count5, lines, doc) {
  const key = row.getAttribute("data-cart-item-key");
  if (key) return lines.find((l) => l.key === key) ?? null;
  const href = row.querySelector("a.wc-block-components-product-name")?.getAttribute("href") ?? null;
  const at = lines[index];
  if (at && (sameUrl(at.permalink, href, doc) || href === null && lines.length === count5)) return at;
  const linked = lines.filter((l) => sameUrl(l.permalink, href, doc));
  return linked.length === 1 ? linked[0] : null;
}
function mountBlockCartLines(doc, config) {
  if (!doc.querySelector(BLOCK)) return;
  const cart = storeCartState(doc);
  const again = () => mountBlockCartLines(doc, config);
  for (const el of Array.from(doc.querySelectorAll(`${ROWS} stock-status[data-mounted]`))) reapplyThemeStock(el);
  if (cart.lines === null) {
    askStoreCart(doc, config, again);
    return;
  }
  const rows = Array.from(doc.querySelectorAll(ROWS));
  let stale = false;
  rows.forEach((row, index) => {
    if (row.querySelector("stock-status") || unmatched.has(row)) return;
    const line = lineOfRow(row, index, rows.length, cart.lines, doc);
    if (line) {
      cartLineElement(
        row,
        { productId: line.id, variantId: null, quantity: line.quantity },
        (el) => {
          const prices2 = row.querySelector(".wc-block-cart-item__prices");
          if (prices2) prices2.insertAdjacentElement("afterend", el);
          else (row.querySelector(".wc-block-cart-item__wrap, .wc-block-cart-item__product") ?? row).append(el);
        },
        { quantityInput: () => row.querySelector(QUANTITY), themeText: () => Array.from(row.querySelectorAll(BADGES)) },
        config
      );
    } else if (answeredSince(row, cart)) {
      unmatched.add(row);
      if (!cart.skipped) report("warn", "a Cart block row matches no line of the Store API cart; it shows no availability.");
    } else stale = true;
  });
  if (stale) askStoreCart(doc, config, again);
}

// src/page/woocommerce/classicCartLines.ts
var ROWS2 = "form.woocommerce-cart-form tr.cart_item, form.woocommerce-cart-form tr.woocommerce-cart-form__cart-item";
var QUANTITY2 = 'input[name^="cart["][name$="][qty]"]';
var keyOf = (row) => /^cart\[([\w-]{1,64})\]\[qty\]$/.exec(row.querySelector(QUANTITY2)?.name ?? "")?.[1] ?? null;
var isVariationLine = (row) => /[?&]attribute_/.test(row.querySelector("td.product-name a[href]")?.getAttribute("href") ?? "");
var given = /* @__PURE__ */ new WeakSet();
function place2(row, productId, variantId, config) {
  cartLineElement(
    row,
    { productId, variantId, quantity: 1 },
    (el) => (row.querySelector("td.product-name") ?? row.lastElementChild ?? row).append(el),
    {
      quantityInput: () => row.querySelector(QUANTITY2),
      themeText: () => Array.from(row.querySelectorAll(".backorder_notification"))
    },
    config
  );
}
function mountClassicCartLines(doc, config) {
  const cart = storeCartState(doc);
  let ask = false;
  for (const row of Array.from(doc.querySelectorAll(ROWS2))) {
    if (row.querySelector("stock-status") || given.has(row)) continue;
    const productId = wooId(row.querySelector("[data-product_id]")?.getAttribute("data-product_id"));
    if (!productId) continue;
    if (!isVariationLine(row)) {
      place2(row, productId, null, config);
      continue;
    }
    const key = keyOf(row);
    const line = key && cart.lines ? cart.lines.find((l) => l.key === key) : void 0;
    if (line?.variation) place2(row, productId, line.id, config);
    else if (cart.failed || !key || answeredSince(row, cart)) {
      given.add(row);
      if (!cart.failed && !cart.skipped)
        report("warn", "a cart line of a variation matches no variation in the Store API cart; it shows no availability.");
    } else ask = true;
  }
  if (ask) askStoreCart(doc, config, () => mountClassicCartLines(doc, config));
}

// src/page/woocommerce/mountWooCards.ts
function mountWooCards(doc) {
  for (const card of Array.from(doc.querySelectorAll("li.product:not(.wc-block-product)"))) {
    if (card.querySelector("stock-status")) continue;
    const id4 = wooId(card.querySelector("[data-product_id]")?.getAttribute("data-product_id")) ?? idFromPostClass(card);
    if (!id4) continue;
    const el = doc.createElement("stock-status");
    el.setAttribute("product-id", id4);
    el.setAttribute("context", "card");
    el.setAttribute("data-mounted", "auto");
    const button = card.querySelector("a.button, button.button, [data-product_id]");
    if (button?.parentElement) button.insertAdjacentElement("beforebegin", el);
    else card.append(el);
  }
}

// src/page/woocommerce/mountWooProduct.ts
function findProduct(doc) {
  const variable = doc.querySelector("form.variations_form[data-product_id]");
  if (variable) {
    const id5 = wooId(variable.getAttribute("data-product_id"));
    if (id5) return { id: id5, form: variable, anchor: variable, where: "afterend" };
  }
  for (const form of Array.from(doc.querySelectorAll("form.cart"))) {
    if (form.closest("li.product")) continue;
    const trigger = form.querySelector('[name="add-to-cart"]');
    const id5 = wooId(trigger?.value) ?? (form.closest(".product") ? idFromPostClass(form.closest(".product")) : null);
    if (id5) return { id: id5, form, anchor: form, where: "afterend" };
  }
  const container = doc.querySelector('div.product[id^="product-"]');
  const id4 = container ? idFromPostClass(container) : null;
  if (!container || !id4) return blockThemeProduct(doc);
  const stock = container.querySelector(".summary .stock, .entry-summary .stock");
  if (stock) return { id: id4, form: null, anchor: stock, where: "afterend" };
  const summary = container.querySelector(".summary, .entry-summary");
  return summary ? { id: id4, form: null, anchor: summary, where: "beforeend" } : null;
}
function blockThemeProduct(doc) {
  const block = doc.querySelector(".wc-block-add-to-cart-form");
  const m = doc.body?.classList.contains("single-product") ? /(?:^|\s)postid-(\d+)(?:\s|$)/.exec(doc.body.className) : null;
  const id4 = m ? wooId(m[1]) : null;
  if (!block || !id4) return null;
  const stock = block.querySelector(".stock");
  return stock ? { id: id4, form: null, anchor: stock, where: "afterend" } : { id: id4, form: null, anchor: block, where: "beforeend" };
}
function readVariation(form) {
  const input = form.querySelector('input[name="variation_id"], input.variation_id');
  return input ? wooId(input.value) : null;
}
var hasProductElement = (doc) => Array.from(doc.querySelectorAll("stock-status")).some((el) => el.getAttribute("context") !== "card" && !el.closest("li.product"));
var waiting = /* @__PURE__ */ new WeakSet();
function variationPending(form) {
  const selects = Array.from(form.querySelectorAll('select[name^="attribute_"]'));
  return selects.length > 0 && selects.every((s) => s.value !== "") && readVariation(form) === null;
}
function mountWooProduct(doc, config) {
  for (const el of Array.from(doc.querySelectorAll('stock-status[data-mounted][context="product"]'))) reapplyThemeStock(el);
  if (hasProductElement(doc)) return;
  const found = findProduct(doc);
  if (!found) return;
  const form = found.form;
  const isVariable = !!form?.matches(".variations_form");
  if (form && isVariable && variationPending(form)) {
    if (waiting.has(form)) return;
    waiting.add(form);
    const observer = new MutationObserver(() => !variationPending(form) && go());
    const timer = setTimeout(() => go(), 1e3);
    const go = () => {
      observer.disconnect();
      clearTimeout(timer);
      waiting.delete(form);
      place3(doc, found, true, config);
    };
    observer.observe(form, { subtree: true, childList: true, attributes: true, characterData: true });
    return;
  }
  place3(doc, found, isVariable, config);
}
function place3(doc, found, isVariable, config) {
  if (hasProductElement(doc)) return;
  const el = doc.createElement("stock-status");
  el.setAttribute("product-id", found.id);
  el.setAttribute("context", "product");
  el.setAttribute("data-mounted", "auto");
  found.anchor.insertAdjacentElement(found.where, el);
  yieldThemeStock(el, () => productStockText(doc), config);
  const form = found.form;
  if (!form) return;
  followForm(form, el, {
    variantId: () => isVariable ? readVariation(form) : null,
    quantity: () => readQuantity(form)
  });
}

// src/page/woocommerce/woocommerceIntegration.ts
var woocommerceIntegration = {
  mount(doc, config) {
    mountAsItComes(doc, () => {
      mountAddToCartWithOptions(doc, config);
      mountWooProduct(doc, config);
      mountBlockCards(doc, config);
      mountWooCards(doc);
      mountClassicCartLines(doc, config);
      mountBlockCartLines(doc, config);
    });
  }
};

// src/sources/bigcommerce/bigcommerceSource.ts
import * as z13 from "zod/mini";

// src/core/resolveAvailability.ts
var unknown6 = (quantity3) => ({
  state: "unknown",
  quantity: quantity3,
  shipNow: null,
  shipLater: 0,
  maxOrderable: null,
  remaining: null
});
function normalizeQuantity(value) {
  const n = typeof value === "number" ? value : Number.parseInt(String(value ?? ""), 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(Math.floor(n), 1e6);
}
function resolveAvailability(record, wanted) {
  const quantity3 = normalizeQuantity(wanted);
  if (!record) return unknown6(quantity3);
  const base = { ...unknown6(quantity3) };
  if (!record.purchasable) return { ...base, state: "unavailable", shipNow: 0 };
  if (record.preorder) return { ...base, state: "preorder", shipNow: 0, shipLater: quantity3 };
  if (!record.tracked) return { ...base, state: "in-stock", shipNow: quantity3 };
  const onHand = Number.isFinite(record.onHand) ? Math.max(0, Math.floor(record.onHand)) : null;
  const remaining = record.showCounts ? onHand : null;
  if (onHand === null) {
    if (record.inStock) {
      return { ...base, state: record.low ? "low-stock" : "in-stock", remaining: null };
    }
    if (record.backorder || record.backorderable === "unlimited" || (record.backorderable ?? 0) > 0) {
      return { ...base, state: "backorder", shipNow: record.inStock ? null : 0, shipLater: quantity3 };
    }
    return { ...base, state: "out-of-stock", shipNow: 0 };
  }
  const isLow = record.low || record.lowStockAt !== null && record.lowStockAt > 0 && onHand <= record.lowStockAt;
  if (onHand >= quantity3) {
    return { ...base, state: isLow ? "low-stock" : "in-stock", shipNow: quantity3, remaining };
  }
  const extra = record.backorderable === "unlimited" ? Number.POSITIVE_INFINITY : record.backorderable === null ? record.backorder ? Number.POSITIVE_INFINITY : 0 : Number.isFinite(record.backorderable) ? Math.max(0, Math.floor(record.backorderable)) : 0;
  const orderable = onHand + extra;
  if (orderable <= 0) return { ...base, state: "out-of-stock", shipNow: 0, remaining };
  if (extra === 0) {
    return { ...base, state: "low-stock", shipNow: onHand, maxOrderable: onHand, remaining };
  }
  const fits = Math.min(quantity3, orderable);
  return {
    ...base,
    state: "backorder",
    shipNow: onHand,
    shipLater: fits - onHand,
    maxOrderable: orderable < quantity3 ? orderable : null,
    remaining
  };
}

// src/sources/bigcommerce/normalizeProduct.ts
import * as z12 from "zod/mini";

// src/core/StockRecord.ts
function pickRecord(stock, variantId) {
  if (!stock) return null;
  if (variantId === null || variantId === "") return stock.product;
  if (stock.variants.length === 0) return stock.product;
  const aliases = stock.variantAliases;
  const id4 = aliases && Object.hasOwn(aliases, variantId) ? aliases[variantId] : variantId;
  return stock.variants.find((v) => v.variantId === id4) ?? null;
}
function emptyRecord(productId, variantId = null) {
  return {
    productId,
    variantId,
    purchasable: true,
    tracked: true,
    inStock: false,
    onHand: null,
    backorderable: null,
    backorder: false,
    lowStockAt: null,
    low: false,
    showCounts: true,
    preorder: null,
    restock: null
  };
}

// src/core/safeLink.ts
function safeLink(value, pageProtocol = globalThis.location?.protocol) {
  if (typeof value !== "string" || value.length > 2048) return void 0;
  const v = value.trim();
  if (/[\s\\]/.test(v)) return void 0;
  if (/^https:\/\/[^/?#]+/i.test(v) || /^\/(?!\/)/.test(v)) return v;
  if (pageProtocol === "http:" && /^http:\/\/[^/?#]+/i.test(v)) return v;
  return void 0;
}

// src/sources/bigcommerce/readRestockDate.ts
import * as z11 from "zod/mini";
var asJson = z11.union([z11.string(), z11.object({ date: z11.string().check(maxLength(64)), confirmed: z11.optional(z11.boolean()) })]);
function readRestockDate(value, timeZone) {
  if (!value) return null;
  const v = value.trim().slice(0, 200);
  let date = v;
  let confirmed = false;
  if (/^["{]/.test(v)) {
    let parsed;
    try {
      parsed = JSON.parse(v);
    } catch {
      return null;
    }
    const r = z11.safeParse(asJson, parsed);
    if (!r.success) return null;
    if (typeof r.data === "string") date = r.data;
    else {
      date = r.data.date;
      confirmed = r.data.confirmed === true;
    }
  }
  const day = toDateOnly(date, timeZone);
  return day ? { date: day, confirmed } : null;
}

// src/sources/bigcommerce/storeRules.ts
function plainText(value) {
  const t = (value ?? "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return t ? t.slice(0, 160) : void 0;
}
function storeRules(settings2) {
  const s = settings2 ?? {};
  const storeText = {};
  const outOfStock = plainText(s.defaultOutOfStockMessage);
  if (outOfStock) storeText.outOfStock = outOfStock;
  const prompt = s.showBackorderAvailabilityPrompt ? plainText(s.backorderAvailabilityPrompt) : void 0;
  const expectation = s.showDefaultShippingExpectationPrompt ? plainText(s.defaultShippingExpectationPrompt) : void 0;
  if (prompt) storeText.backorder = expectation ? `${prompt} (${expectation})` : prompt;
  return { display: s.stockLevelDisplay ?? "SHOW", storeText };
}

// src/sources/bigcommerce/normalizeProduct.ts
var firstValue = (m) => m?.edges?.[0]?.node.value;
function applyCounts(r, inStock, agg, { rules, alpha }) {
  r.inStock = inStock;
  if (!r.tracked || !agg) return;
  r.onHand = agg.availableOnHand ?? agg.availableToSell;
  r.backorderable = agg.unlimitedBackorder ? "unlimited" : alpha ? Math.max(0, agg.availableForBackorder ?? 0) : null;
  r.lowStockAt = agg.warningLevel > 0 ? agg.warningLevel : null;
  const low = r.lowStockAt !== null && r.onHand <= r.lowStockAt;
  r.showCounts = rules.display === "SHOW" || rules.display === "SHOW_WHEN_LOW" && low;
  if (rules.display === "DONT_SHOW") {
    r.low = low;
    r.onHand = null;
    r.showCounts = false;
  }
}
function normalizeProduct(p, options) {
  const productId = String(p.entityId);
  const { rules } = options;
  const availability = p.availabilityV2;
  const release = toDateOnly(availability.willBeReleasedAt?.utc, options.timeZone ?? "UTC");
  const restock2 = readRestockDate(firstValue(p.metafields), options.timeZone);
  const storeText = { ...rules.storeText };
  if (availability.status === "Unavailable") {
    const message = plainText(availability.message);
    if (message) storeText.unavailable = message;
  }
  const preorderMessage = plainText(availability.message);
  if (availability.status === "Preorder" && preorderMessage && !preorderMessage.includes("%%")) storeText.preorder = preorderMessage;
  const base = (variantId) => {
    const r = emptyRecord(productId, variantId);
    r.purchasable = availability.status !== "Unavailable";
    r.tracked = p.inventory.isStockTracked ?? true;
    r.preorder = availability.status === "Preorder" ? { releaseDate: release } : null;
    r.restock = restock2;
    r.storeText = storeText;
    return r;
  };
  const product3 = base(null);
  applyCounts(product3, p.inventory.isInStock, p.inventory.aggregated, options);
  const variants = [];
  const variantAliases = {};
  let badVariants = 0;
  for (const edge of p.variants?.edges ?? []) {
    const parsed = z12.safeParse(variantSchema, edge.node);
    if (!parsed.success) {
      badVariants++;
      continue;
    }
    const v = parsed.data;
    const id4 = String(v.entityId);
    const r = base(id4);
    r.purchasable = r.purchasable && v.isPurchasable;
    r.restock = readRestockDate(firstValue(v.metafields), options.timeZone) ?? restock2;
    if (p.inventory.hasVariantInventory && v.inventory) applyCounts(r, v.inventory.isInStock, v.inventory.aggregated, options);
    else applyCounts(r, p.inventory.isInStock, p.inventory.aggregated, options);
    variants.push(r);
    if (v.sku) variantAliases[v.sku] = id4;
    const pairs = (v.options?.edges ?? []).flatMap(
      ({ node }) => (node.values.edges ?? []).slice(0, 1).map(({ node: value }) => [node.entityId, value.entityId])
    );
    if (pairs.length) variantAliases[optionKey(pairs)] = id4;
  }
  const price = p.prices?.price;
  let shownPrice;
  try {
    shownPrice = price ? new Intl.NumberFormat(void 0, { style: "currency", currency: price.currencyCode }).format(price.value) : void 0;
  } catch {
  }
  return {
    stock: {
      productId,
      product: product3,
      // A product with one variant (its base) has no choice to make: its own record answers.
      variants: variants.length > 1 ? variants : [],
      info: { name: plainText(p.name), url: safeLink(p.path), image: safeLink(p.defaultImage?.url), price: shownPrice },
      variantAliases
    },
    badVariants
  };
}

// src/sources/bigcommerce/bigcommerceSource.ts
var asEntityId = (id4) => /^\d{1,10}$/.test(id4.trim()) ? Number(id4.trim()) : null;
function metafieldVariables(context3) {
  const [namespace = "custom", key = "restock_date"] = context3.config.restockField.split(".");
  return { ns: namespace, keys: [key] };
}
function readProducts(data, nodes, alpha, context3) {
  const parsed = z13.safeParse(siteSchema, data);
  if (!parsed.success) throw new SourceError(`${endpointOf(context3)} answered without the products asked for`);
  const rules = storeRules(parsed.data.site.settings?.inventory);
  const out = [];
  let skipped = 0;
  for (const node of nodes(parsed.data.site) ?? []) {
    const p = z13.safeParse(productSchema, node);
    if (!p.success) {
      skipped++;
      continue;
    }
    const { stock, badVariants } = normalizeProduct(p.data, { rules, alpha, timeZone: context3.config.timeZone });
    skipped += badVariants;
    out.push(stock);
  }
  if (skipped) report("warn", `${endpointOf(context3)} sent product data that does not match the BigCommerce schema; it was skipped.`);
  return out;
}
var bigcommerceSource = {
  platform: "bigcommerce",
  batchSize: 50,
  normalizeId(id4) {
    const n = asEntityId(id4);
    return n === null ? id4.trim() : String(n);
  },
  async load(productIds, context3) {
    const ids = [...new Set(productIds.map(asEntityId).filter((n) => n !== null))];
    if (ids.length === 0) return [];
    const { data, alpha } = await queryStorefront(productsDocument, { ids, ...metafieldVariables(context3) }, context3);
    return readProducts(data, (site) => site.products?.edges?.map((e) => e.node), alpha, context3);
  },
  async alternatives(productId, limit, context3) {
    const id4 = asEntityId(productId);
    if (id4 === null || limit <= 0) return [];
    const list = (context3.config.alternativesList ?? []).filter((x) => asEntityId(x) !== null && asEntityId(x) !== id4);
    let found;
    if (list.length) {
      found = await this.load(list.slice(0, 50), context3);
      found.sort((a, b) => list.indexOf(a.productId) - list.indexOf(b.productId));
    } else {
      const vars2 = { id: id4, first: Math.min(50, limit * 3), ...metafieldVariables(context3) };
      const { data, alpha } = await queryStorefront(relatedDocument, vars2, context3);
      found = readProducts(data, (site) => site.product?.relatedProducts.edges?.map((e) => e.node), alpha, context3);
    }
    return found.filter((s) => s.productId !== String(id4)).filter((s) => ["in-stock", "low-stock"].includes(resolveAvailability(s.product, 1).state)).slice(0, limit).map((s) => ({ productId: s.productId, info: s.info ?? {}, record: s.product }));
  }
};

// src/sources/json/jsonSource.ts
import * as z15 from "zod/mini";

// src/sources/toAlternatives.ts
function toAlternatives(found, exclude, limit) {
  const out = [];
  const seen2 = /* @__PURE__ */ new Set([exclude]);
  for (const p of found) {
    if (out.length >= limit) break;
    if (seen2.has(p.productId) || !p.info?.name) continue;
    const state = resolveAvailability(p.product, 1).state;
    if (state !== "in-stock" && state !== "low-stock") continue;
    seen2.add(p.productId);
    out.push({ productId: p.productId, info: p.info, record: p.product });
  }
  return out;
}

// src/sources/json/jsonFeedSchema.ts
import * as z14 from "zod/mini";
var count3 = z14.number().check(whole(), between(0, 1e9));
var dateOnly = z14.string().check(z14.refine(isDateOnly));
var plain2 = (max) => z14.string().check(maxLength(max));
var jsonStock = z14.object({
  purchasable: orDefault(z14.boolean(), true),
  tracked: orDefault(z14.boolean(), true),
  inStock: z14.optional(z14.boolean()),
  onHand: z14.optional(z14.nullable(count3)),
  backorderable: z14.optional(z14.nullable(z14.union([count3, z14.literal("unlimited")]))),
  lowStockAt: z14.optional(z14.nullable(count3)),
  showCounts: orDefault(z14.boolean(), true),
  preorder: z14.optional(z14.nullable(z14.object({ releaseDate: z14.optional(z14.nullable(dateOnly)) }))),
  restock: z14.optional(z14.nullable(z14.object({ date: dateOnly, confirmed: orDefault(z14.boolean(), false) })))
});
var id = z14.pipe(z14.union([z14.string().check(nonEmpty(), maxLength(200)), z14.number()]), z14.transform(String));
var jsonVariant = z14.object({ id, stock: jsonStock });
var jsonProduct = z14.object({
  id,
  name: z14.optional(plain2(500)),
  url: z14.optional(plain2(2e3)),
  image: z14.optional(plain2(2e3)),
  price: z14.optional(plain2(100)),
  stock: jsonStock,
  variants: z14.optional(z14.array(jsonVariant).check(maxLength(2e3))),
  /** Ids of products to offer instead when this one cannot be bought; a malformed list is ignored, not fatal. */
  alternatives: lenient(z14.optional(z14.array(id).check(maxLength(50))), void 0)
});
var jsonFeed = z14.object({
  version: z14.literal(1),
  products: z14.array(z14.unknown()).check(maxLength(1e3))
});

// src/sources/json/jsonSource.ts
function recordOf2(productId, variantId, s) {
  const r = emptyRecord(productId, variantId);
  r.purchasable = s.purchasable;
  r.tracked = s.tracked;
  r.onHand = s.onHand ?? null;
  r.inStock = s.inStock ?? (r.onHand !== null ? r.onHand > 0 : false);
  r.backorderable = s.backorderable ?? null;
  r.lowStockAt = s.lowStockAt ?? null;
  r.showCounts = s.showCounts;
  r.preorder = s.preorder ? { releaseDate: s.preorder.releaseDate ?? null } : null;
  r.restock = s.restock ?? null;
  return r;
}
var alternativeIds = /* @__PURE__ */ new Map();
var jsonSource = {
  platform: "json",
  batchSize: 100,
  async load(productIds, { config, transport, signal }) {
    if (!config.endpoint) throw new SourceError('data-platform="json" needs data-endpoint');
    const url = new URL(config.endpoint, globalThis.location?.href ?? "http://localhost/");
    url.searchParams.set("ids", productIds.join(","));
    const headers = { Accept: "application/json" };
    if (config.token) headers.Authorization = `Bearer ${config.token}`;
    const body = await transport.json(url.href, { headers, signal, credentials: "same-origin" });
    const feed = z15.safeParse(jsonFeed, body);
    if (!feed.success) throw new SourceError(`${url.pathname} did not answer in the stock-status JSON format (version 1)`);
    const out = [];
    for (const raw of feed.data.products) {
      const p = z15.safeParse(jsonProduct, raw);
      if (!p.success) {
        report("warn", `${url.pathname} sent a product entry that does not match the format; it was skipped.`);
        continue;
      }
      const { id: id4, name, url: link, image: image2, price, stock, variants = [], alternatives } = p.data;
      alternativeIds.set(id4, alternatives ?? []);
      out.push({
        productId: id4,
        product: recordOf2(id4, null, stock),
        variants: variants.map((v) => recordOf2(id4, v.id, v.stock)),
        info: { name, url: link, image: image2, price },
        hasAlternatives: (alternatives?.length ?? 0) > 0
      });
    }
    return out;
  },
  /** The product's own `alternatives` list, looked up in one request, keeping those that ship now. */
  async alternatives(productId, limit, context3) {
    if (!alternativeIds.has(productId)) await jsonSource.load([productId], context3);
    const ids = (alternativeIds.get(productId) ?? []).filter((id4) => id4 !== productId);
    if (ids.length === 0 || limit <= 0) return [];
    const found = await jsonSource.load(ids, context3);
    const order = new Map(ids.map((id4, i) => [id4, i]));
    found.sort((a, b) => (order.get(a.productId) ?? 0) - (order.get(b.productId) ?? 0));
    return toAlternatives(found, productId, limit);
  }
};

// src/sources/jsonld/readJsonLd.ts
import * as z16 from "zod/mini";
var MAX_SCRIPT = 1e6;
var scalar = lenient(z16.optional(z16.union([z16.string(), z16.number()])), void 0);
var str = lenient(z16.optional(z16.string()), void 0);
var offer = z16.looseObject({
  "@type": lenient(z16.optional(z16.union([z16.string(), z16.array(z16.string())])), void 0),
  availability: z16.optional(z16.unknown()),
  availabilityStarts: z16.optional(z16.unknown()),
  price: scalar,
  lowPrice: scalar,
  priceCurrency: str,
  offers: z16.optional(z16.unknown()),
  sku: scalar,
  inventoryLevel: z16.optional(z16.unknown())
});
var product = z16.looseObject({
  "@type": z16.union([z16.string(), z16.array(z16.string())]),
  "@id": str,
  name: str,
  sku: scalar,
  productID: scalar,
  mpn: scalar,
  productGroupID: scalar,
  url: str,
  image: z16.optional(z16.unknown()),
  offers: z16.optional(z16.unknown()),
  hasVariant: z16.optional(z16.unknown())
});
var isType = (node, name) => [].concat(node["@type"] ?? []).some((t) => typeof t === "string" && t.replace(/^(https?:\/\/schema\.org\/|schema:)/, "") === name);
function offersOf(value, depth = 0) {
  const out = [];
  if (depth > 4) return out;
  for (const item of [].concat(value ?? []).slice(0, 1e3)) {
    const parsed = z16.safeParse(offer, item);
    if (!parsed.success) continue;
    out.push(parsed.data);
    if (parsed.data.offers) out.push(...offersOf(parsed.data.offers, depth + 1));
  }
  return out;
}
function toProduct(node, depth = 0) {
  const parsed = z16.safeParse(product, node);
  if (!parsed.success) return null;
  const variants = depth > 0 ? [] : [].concat(parsed.data.hasVariant ?? []).slice(0, 2e3).map((v) => toProduct(v, depth + 1)).filter((v) => v !== null);
  return { ...parsed.data, variants, offerList: offersOf(parsed.data.offers) };
}
function collect(node, out, depth = 0) {
  if (depth > 8 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node.slice(0, 500)) collect(n, out, depth + 1);
    return;
  }
  const obj = node;
  if (isType(obj, "ProductGroup") || isType(obj, "Product")) {
    const p = toProduct(obj);
    if (p) out.push(p);
    return;
  }
  for (const key of ["@graph", "mainEntity", "itemListElement", "item"]) if (key in obj) collect(obj[key], out, depth + 1);
}
function readJsonLd(doc) {
  const out = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text5 = script.textContent ?? "";
    if (text5.length > MAX_SCRIPT) {
      report("warn", `a JSON-LD script of ${text5.length} characters was too large to read.`);
      continue;
    }
    let data;
    try {
      data = JSON.parse(text5);
    } catch {
      report("warn", "the page has a JSON-LD script that is not valid JSON; it was skipped.");
      continue;
    }
    collect(data, out);
  }
  return out;
}
function idsOf(p) {
  return [p.productID, p.sku, p["@id"], p.mpn, p.productGroupID].filter((v) => v !== void 0 && v !== "").map((v) => String(v));
}

// src/sources/jsonld/relatedProducts.ts
import * as z17 from "zod/mini";
var scalar2 = z17.union([z17.string(), z17.number()]);
var related = z17.looseObject({
  "@id": z17.optional(z17.string()),
  name: z17.string().check(nonEmpty(), maxLength(500)),
  sku: z17.optional(scalar2),
  productID: z17.optional(scalar2),
  url: z17.optional(z17.string()),
  image: z17.optional(z17.unknown()),
  offers: z17.optional(z17.unknown())
});
function relatedProducts(p, onPage) {
  const out = [];
  for (const node of [].concat(p.isSimilarTo ?? [], p.isRelatedTo ?? []).slice(0, 50)) {
    const ref = node && typeof node === "object" ? node["@id"] : void 0;
    const known2 = typeof ref === "string" ? onPage.find((x) => x["@id"] === ref) : void 0;
    if (known2) {
      out.push(known2);
      continue;
    }
    const parsed = z17.safeParse(related, node);
    if (parsed.success) out.push({ ...parsed.data, "@type": "Product", variants: [], offerList: offersOf(parsed.data.offers) });
  }
  return out;
}

// src/sources/jsonld/schemaAvailability.ts
var MAP = {
  instock: "in-stock",
  instoreonly: "in-stock",
  onlineonly: "in-stock",
  limitedavailability: "low",
  backorder: "backorder",
  madetoorder: "backorder",
  preorder: "preorder",
  presale: "preorder",
  outofstock: "out-of-stock",
  soldout: "out-of-stock",
  reserved: "out-of-stock",
  discontinued: "discontinued"
};
function schemaAvailability(value) {
  if (typeof value !== "string") return null;
  const name = value.trim().replace(/^(https?:\/\/(www\.)?schema\.org\/|schema:)/i, "");
  return MAP[name.toLowerCase()] ?? null;
}

// src/sources/jsonld/jsonLdSource.ts
var RANK = ["in-stock", "low", "backorder", "preorder", "out-of-stock", "discontinued"];
function bestOffer(offers) {
  let best = null;
  for (const offer2 of offers) {
    const kind = schemaAvailability(offer2.availability);
    if (!kind) continue;
    if (!best || RANK.indexOf(kind) < RANK.indexOf(best.kind)) best = { offer: offer2, kind };
  }
  return best;
}
function recordOf3(productId, variantId, offers, timeZone) {
  const best = bestOffer(offers);
  if (!best) return null;
  const r = emptyRecord(productId, variantId);
  const starts = typeof best.offer.availabilityStarts === "string" ? toDateOnly(best.offer.availabilityStarts, timeZone) : null;
  switch (best.kind) {
    case "in-stock":
      r.inStock = true;
      break;
    case "low":
      r.inStock = true;
      r.low = true;
      break;
    case "backorder":
      r.backorder = true;
      if (starts) r.restock = { date: starts, confirmed: true };
      break;
    case "preorder":
      r.preorder = { releaseDate: starts };
      break;
    case "out-of-stock":
      if (starts) r.restock = { date: starts, confirmed: false };
      break;
    case "discontinued":
      r.purchasable = false;
      break;
  }
  return r;
}
function infoOf(p, locale) {
  const offer2 = p.offerList.find((o) => o.price !== void 0 || o.lowPrice !== void 0);
  const amount = Number(offer2?.price ?? offer2?.lowPrice);
  let price;
  if (offer2 && Number.isFinite(amount) && offer2.priceCurrency && /^[A-Z]{3}$/.test(offer2.priceCurrency)) {
    price = new Intl.NumberFormat(locale, { style: "currency", currency: offer2.priceCurrency }).format(amount);
  }
  const img = [].concat(p.image ?? [])[0];
  const image2 = typeof img === "string" ? img : img && typeof img === "object" && typeof img.url === "string" ? img.url : void 0;
  return { name: p.name, url: p.url, image: image2, price };
}
function stockOfJsonLd(p, productId, config) {
  const tz = config.timeZone;
  const variants = p.variants.map((v) => recordOf3(productId, idsOf(v)[0] ?? null, v.offerList, tz)).filter((r) => r !== null);
  const own = recordOf3(productId, null, p.offerList.length ? p.offerList : p.variants.flatMap((v) => v.offerList), tz);
  if (!own) return null;
  const variantAliases = {};
  for (const v of p.variants) {
    const [first, ...rest] = idsOf(v);
    if (first) for (const alias of rest) variantAliases[alias] = first;
  }
  const hasAlternatives = p.isSimilarTo !== void 0 || p.isRelatedTo !== void 0;
  return { productId, product: own, variants, info: infoOf(p, config.locale), variantAliases, hasAlternatives };
}
var jsonLdSource = {
  platform: "jsonld",
  batchSize: 1e3,
  async load(productIds, context3) {
    const products = readJsonLd(context3.document);
    const out = [];
    for (const id4 of productIds) {
      const p = id4 === "" ? products[0] : products.find((x) => idsOf(x).includes(id4) || x.variants.some((v) => idsOf(v).includes(id4)));
      const chosen = p ?? (productIds.length === 1 && products.length === 1 ? products[0] : void 0);
      if (!chosen) continue;
      const stock = stockOfJsonLd(chosen, id4, context3.config);
      if (stock) out.push(stock);
      else report("warn", `the JSON-LD of product "${chosen.name ?? id4}" has no availability we can read.`);
    }
    return out;
  },
  /** schema.org `isSimilarTo` / `isRelatedTo` Products (inline, or `{"@id"}` references to others on the page). */
  async alternatives(productId, limit, context3) {
    const products = readJsonLd(context3.document);
    const p = productId === "" ? products[0] : products.find((x) => idsOf(x).includes(productId));
    if (!p) return [];
    const found = [];
    for (const related2 of relatedProducts(p, products)) {
      const id4 = idsOf(related2)[0] ?? related2.url;
      const stock = id4 ? stockOfJsonLd(related2, id4, context3.config) : null;
      if (stock) found.push(stock);
    }
    return toAlternatives(found, productId === "" ? idsOf(p)[0] ?? "" : productId, limit);
  }
};

// src/sources/shopify/shopifySource.ts
import * as z21 from "zod/mini";

// src/sources/shopify/askStorefront.ts
import * as z19 from "zod/mini";

// src/sources/shopify/shopifyResponse.ts
import * as z18 from "zod/mini";
var text3 = (max) => lenient(z18.optional(z18.string().check(maxLength(max))), void 0);
var gid = (type) => {
  const re = new RegExp(`^gid://shopify/${type}/\\d{1,20}$`);
  return z18.string().check(matches(re));
};
var metafield2 = lenient(z18.nullish(z18.object({ value: z18.string().check(maxLength(100)) })), null);
var shopifyVariant = z18.object({
  id: gid("ProductVariant"),
  availableForSale: z18.boolean(),
  currentlyNotInStock: z18.boolean(),
  // Absent when not asked for, null when the token lacks the inventory scope.
  quantityAvailable: lenient(z18.nullish(z18.number().check(whole(), between(-1e9, 1e9))), null),
  metafield: metafield2
});
var shopifyProduct = z18.object({
  id: gid("Product"),
  title: text3(500),
  handle: text3(300),
  onlineStoreUrl: lenient(z18.nullish(z18.string().check(maxLength(2e3))), null),
  availableForSale: z18.boolean(),
  featuredImage: lenient(z18.nullish(z18.object({ url: z18.string().check(maxLength(2e3)) })), null),
  priceRange: lenient(
    z18.nullish(z18.object({ minVariantPrice: z18.object({ amount: z18.string().check(maxLength(40)), currencyCode: z18.string() }) })),
    null
  ),
  metafield: metafield2,
  variants: z18.object({ nodes: z18.array(shopifyVariant).check(maxLength(2048)) })
});
var shopifyVariantNode = z18.object({ id: gid("ProductVariant"), product: shopifyProduct });
var graphQlError = z18.object({
  message: lenient(z18.string(), ""),
  path: z18.optional(z18.array(z18.union([z18.string(), z18.number()])).check(maxLength(50))),
  extensions: z18.optional(z18.looseObject({ code: z18.optional(z18.string()) }))
});
var shopifyEnvelope = z18.object({
  data: z18.optional(z18.nullable(z18.looseObject({}))),
  errors: z18.optional(z18.union([z18.string(), z18.array(graphQlError).check(maxLength(1e3))]))
});

// src/sources/shopify/askStorefront.ts
var DEFAULT_ENDPOINT = "/api/2026-04/graphql.json";
var noInventoryScope = /* @__PURE__ */ new WeakSet();
function metafieldArgs(config) {
  const field = config.restockField || "custom.restock_date";
  const dot = field.lastIndexOf(".");
  return dot > 0 ? { ns: field.slice(0, dot), key: field.slice(dot + 1) } : { ns: "custom", key: field };
}
var isInventoryDenial = (e) => e.path?.[e.path.length - 1] === "quantityAvailable";
async function askStorefront(context3, query, variables) {
  const { config, transport, signal } = context3;
  const url = new URL(config.endpoint || DEFAULT_ENDPOINT, globalThis.location?.href ?? "http://localhost/").href;
  const withQuantity = !noInventoryScope.has(config);
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (config.token) headers["X-Shopify-Storefront-Access-Token"] = config.token;
  const body = await transport.json(url, {
    method: "POST",
    headers,
    signal,
    credentials: "omit",
    body: JSON.stringify({ query: query(withQuantity), variables })
  });
  const parsed = z19.safeParse(shopifyEnvelope, body);
  if (!parsed.success) throw new SourceError("the Shopify Storefront API did not answer in GraphQL form");
  const { data, errors = [] } = parsed.data;
  if (typeof errors === "string" || !data) {
    const first = typeof errors === "string" ? errors : errors[0]?.message;
    throw new SourceError(`the Shopify Storefront API refused the look-up: ${String(first ?? "no data").slice(0, 200)}`);
  }
  const denied = errors.filter(isInventoryDenial);
  if (denied.length && withQuantity) {
    noInventoryScope.add(config);
    report(
      "warn",
      "the Storefront API token may not read stock levels (scope unauthenticated_read_product_inventory), so no counts are shown; availability is unaffected."
    );
  }
  return { data, denied };
}

// src/sources/shopify/liquidStock.ts
import * as z20 from "zod/mini";

// src/sources/shopify/shopifyIds.ts
var GID = /^gid:\/\/shopify\/(Product|ProductVariant)\/(\d+)$/;
function decodeBase64Gid(id4) {
  if (!/^[A-Za-z0-9+/]+=*$/.test(id4) || id4.length > 120) return null;
  try {
    const text5 = atob(id4);
    return GID.test(text5) ? text5 : null;
  } catch {
    return null;
  }
}
function normalizeShopifyId(id4, kind) {
  const v = String(id4).trim();
  if (/^\d{1,20}$/.test(v)) return `gid://shopify/${kind === "product" ? "Product" : "ProductVariant"}/${v}`;
  if (GID.test(v)) return v;
  return decodeBase64Gid(v) ?? v;
}
function parseGid(id4) {
  const m = GID.exec(id4);
  return m ? { type: m[1], number: m[2] } : null;
}

// src/sources/shopify/shopifyStock.ts
function restockOf(value, config) {
  const date = toDateOnly(value, config.timeZone);
  return date ? { date, confirmed: true } : null;
}
function variantRecord(productId, v, productRestock, config) {
  const r = emptyRecord(productId, v.id);
  const q = v.quantityAvailable ?? null;
  r.restock = restockOf(v.metafield?.value, config) ?? productRestock;
  if (!v.availableForSale) {
    r.onHand = 0;
  } else if (v.currentlyNotInStock) {
    r.backorder = true;
    r.onHand = q === null ? null : Math.max(0, q);
  } else if (q !== null && q <= 0) {
    r.tracked = false;
    r.inStock = true;
  } else {
    r.inStock = true;
    r.onHand = q;
  }
  return r;
}
var RANK2 = (r) => !r.tracked || r.inStock ? 0 : r.backorder ? 1 : 2;
function productRecord(productId, variants) {
  const best = [...variants].sort((a, b) => RANK2(a) - RANK2(b))[0];
  if (!best) return { ...emptyRecord(productId), onHand: 0 };
  const own = { ...best, variantId: null };
  if (variants.length > 1) own.onHand = best.inStock ? null : best.onHand;
  return own;
}
function priceOf(p, locale) {
  const money = p.priceRange?.minVariantPrice;
  const amount = Number(money?.amount);
  if (!money || !Number.isFinite(amount) || !/^[A-Z]{3}$/.test(money.currencyCode)) return void 0;
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: money.currencyCode }).format(amount);
  } catch {
    return void 0;
  }
}
function productInfo(p, config) {
  return {
    name: p.title,
    url: safeLink(p.onlineStoreUrl) ?? (p.handle ? `/products/${encodeURIComponent(p.handle)}` : void 0),
    image: safeLink(p.featuredImage?.url),
    price: priceOf(p, config.locale)
  };
}
function aliasesOf(variants) {
  const aliases = {};
  for (const v of variants) {
    const gid2 = v.variantId && parseGid(v.variantId);
    if (gid2) aliases[gid2.number] = v.variantId;
  }
  return aliases;
}
function stockOfProduct(p, productId, config) {
  const productRestock = restockOf(p.metafield?.value, config);
  const variants = p.variants.nodes.map((v) => variantRecord(productId, v, productRestock, config));
  return {
    productId,
    product: productRecord(productId, variants),
    variants,
    info: productInfo(p, config),
    variantAliases: aliasesOf(variants)
  };
}

// src/sources/shopify/liquidStock.ts
var id2 = z20.pipe(z20.union([z20.number().check(whole(), between(0)), z20.string().check(maxLength(100))]), z20.transform(String));
var optionalText = lenient(z20.nullish(z20.string().check(maxLength(100))), null);
var liquidVariant = z20.object({
  id: id2,
  available: z20.boolean(),
  inventory_quantity: lenient(z20.nullish(z20.number().check(whole(), between(-1e9, 1e9))), null),
  inventory_policy: optionalText,
  inventory_management: optionalText,
  incoming: lenient(z20.nullish(z20.boolean()), null),
  next_incoming_date: optionalText,
  restock_date: optionalText
});
var liquidProduct = z20.object({
  product_id: id2,
  restock_date: optionalText,
  variants: z20.array(liquidVariant).check(nonEmpty(), maxLength(2048))
});
var cartLine = z20.object({ product_id: id2, variant_id: id2, quantity: z20.number().check(whole(), between(1, 1e6)) });
var liquidPage = z20.object({
  products: z20.array(z20.unknown()).check(maxLength(500)),
  cart: lenient(z20.array(cartLine).check(maxLength(500)), [])
});
function liquidRecord(productId, v, productRestock, config) {
  const r = emptyRecord(productId, normalizeShopifyId(v.id, "variant"));
  const incoming = v.incoming !== false ? toDateOnly(v.next_incoming_date, config.timeZone) : null;
  r.restock = restockOf(v.restock_date, config) ?? productRestock ?? (incoming ? { date: incoming, confirmed: false } : null);
  const q = v.inventory_quantity ?? null;
  if (!v.available) {
    r.onHand = 0;
  } else if (v.inventory_management === null || q === null) {
    r.tracked = v.inventory_management !== null;
    r.inStock = true;
  } else {
    r.onHand = Math.max(0, q);
    r.inStock = q > 0;
    const continues = v.inventory_policy === "continue";
    r.backorderable = continues ? "unlimited" : 0;
    r.backorder = continues && q <= 0;
  }
  return r;
}
var BLOCKS = "script[data-stock-status-shopify]";
var MAX_BLOCK = 5e6;
function blocksOf(doc) {
  const out = [];
  for (const script of Array.from(doc.querySelectorAll(BLOCKS))) {
    try {
      const textContent = script.textContent ?? "";
      if (textContent.length > MAX_BLOCK) throw new Error("too large");
      out.push(JSON.parse(textContent));
    } catch {
      report("warn", "a <script data-stock-status-shopify> block is not valid JSON; it was skipped.");
    }
  }
  return out;
}
function readLiquidStock(doc, config) {
  const merged = /* @__PURE__ */ new Map();
  const add = (p) => {
    const productId = normalizeShopifyId(p.product_id, "product");
    const entry = merged.get(productId) ?? { product: p, variants: /* @__PURE__ */ new Map() };
    entry.product = { ...entry.product, restock_date: entry.product.restock_date ?? p.restock_date };
    for (const v of p.variants) entry.variants.set(normalizeShopifyId(v.id, "variant"), v);
    merged.set(productId, entry);
  };
  for (const raw of blocksOf(doc)) {
    const page = z20.safeParse(liquidPage, raw);
    const products = page.success ? page.data.products : [raw];
    for (const item of products) {
      const parsed = z20.safeParse(liquidProduct, item);
      if (parsed.success) add(parsed.data);
      else report("warn", "a <script data-stock-status-shopify> block does not match the documented snippet; it was skipped.");
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [productId, { product: product3, variants }] of merged) {
    const productRestock = restockOf(product3.restock_date, config);
    const records = [...variants.values()].map((v) => liquidRecord(productId, v, productRestock, config));
    out.set(productId, { productId, product: productRecord(productId, records), variants: records, variantAliases: aliasesOf(records) });
  }
  return out;
}

// src/sources/shopify/shopifyDocuments.ts
var product2 = (q) => `fragment P on Product{id title handle onlineStoreUrl availableForSale featuredImage{url} priceRange{minVariantPrice{amount currencyCode}} metafield(namespace:$ns,key:$key){value} variants(first:250){nodes{id availableForSale currentlyNotInStock${q ? " quantityAvailable" : ""} metafield(namespace:$ns,key:$key){value}}}}`;
var stockQuery = (withQuantity) => `query StockStatus($ids:[ID!]!,$ns:String!,$key:String!){nodes(ids:$ids){...P ...on ProductVariant{id product{...P}}}}${product2(withQuantity)}`;
var alternativesQuery = (withQuantity) => `query StockStatusAlternatives($id:ID!,$ns:String!,$key:String!){productRecommendations(productId:$id,intent:RELATED){...P}}${product2(withQuantity)}`;

// src/sources/shopify/shopifySource.ts
var shopifySource = {
  platform: "shopify",
  batchSize: 50,
  normalizeId: normalizeShopifyId,
  async load(productIds, context3) {
    const { config } = context3;
    const liquid = readLiquidStock(context3.document, config);
    const out = [];
    const ids = [];
    for (const key of productIds) {
      const id4 = normalizeShopifyId(key, "product");
      const fromLiquid = liquid.get(id4) ?? [...liquid.values()].find((p) => p.variants.some((v) => v.variantId === id4));
      if (fromLiquid) out.push(fromLiquid.productId === key ? fromLiquid : { ...fromLiquid, productId: key });
      else if (parseGid(id4)) ids.push(id4);
      else report("warn", `"${key.slice(0, 80)}" is not a Shopify product id (a number or a gid://shopify/... id); it was skipped.`);
    }
    if (!ids.length || config.requests === "none") return out;
    const vars2 = { ids, ...metafieldArgs(config) };
    let { data, denied } = await askStorefront(context3, stockQuery, vars2);
    const lostNodes = denied.some((e) => typeof e.path?.[1] === "number" && Array.isArray(data.nodes) && data.nodes[e.path[1]] === null);
    if (lostNodes) ({ data } = await askStorefront(context3, stockQuery, vars2));
    const nodes = Array.isArray(data.nodes) ? data.nodes : [];
    ids.forEach((id4, i) => {
      const node = nodes[i];
      if (node === null || node === void 0) return;
      const isVariant = parseGid(id4)?.type === "ProductVariant";
      const result = isVariant ? z21.safeParse(shopifyVariantNode, node) : z21.safeParse(shopifyProduct, node);
      if (!result.success) {
        report("warn", "the Shopify Storefront API sent a product that does not match its schema; it was skipped.");
        return;
      }
      const product3 = "product" in result.data ? result.data.product : result.data;
      out.push(stockOfProduct(product3, id4, config));
    });
    return out;
  },
  async alternatives(productId, limit, context3) {
    const id4 = normalizeShopifyId(productId, "product");
    if (limit <= 0 || context3.config.requests === "none" || parseGid(id4)?.type !== "Product") return [];
    const { data } = await askStorefront(context3, alternativesQuery, { id: id4, ...metafieldArgs(context3.config) });
    const list = Array.isArray(data.productRecommendations) ? data.productRecommendations : [];
    const out = [];
    for (const raw of list.slice(0, 50)) {
      const p = z21.safeParse(shopifyProduct, raw);
      if (!p.success || !p.data.availableForSale || p.data.id === id4) continue;
      const stock = stockOfProduct(p.data, p.data.id, context3.config);
      out.push({ productId: p.data.id, info: productInfo(p.data, context3.config), record: stock.product });
      if (out.length >= limit) break;
    }
    return out;
  }
};

// src/sources/woocommerce/woocommerceSource.ts
import * as z23 from "zod/mini";

// src/sources/woocommerce/decodeEntities.ts
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\xA0" };
function decodeEntities(text5) {
  return text5.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,5});/gi, (m, code) => {
    if (code[0] !== "#") return NAMED[code.toLowerCase()] ?? m;
    const n = code[1] === "x" || code[1] === "X" ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
    return n > 0 && n <= 1114111 && !(n >= 55296 && n <= 57343) ? String.fromCodePoint(n) : m;
  });
}

// src/sources/woocommerce/formatStorePrice.ts
function formatStorePrice(p) {
  const negative = p.price.startsWith("-");
  const digits = p.price.replace("-", "").padStart(p.currency_minor_unit + 1, "0");
  const whole2 = digits.slice(0, digits.length - p.currency_minor_unit).replace(/\B(?=(\d{3})+(?!\d))/g, p.currency_thousand_separator);
  const fraction = p.currency_minor_unit > 0 ? p.currency_decimal_separator + digits.slice(-p.currency_minor_unit) : "";
  return `${negative ? "-" : ""}${decodeEntities(p.currency_prefix)}${whole2}${fraction}${decodeEntities(p.currency_suffix)}`;
}

// src/sources/woocommerce/infoOfStoreProduct.ts
var textOfHtml = (html) => decodeEntities(html.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim() || void 0;
function infoOfStoreProduct(p) {
  const img = p.images?.[0];
  return {
    name: p.name ? textOfHtml(p.name) : void 0,
    url: safeLink(p.permalink),
    image: safeLink(img?.thumbnail) ?? safeLink(img?.src),
    price: p.prices ? formatStorePrice(p.prices) : void 0
  };
}

// src/sources/woocommerce/pageStock.ts
import * as z22 from "zod/mini";

// src/sources/woocommerce/recordOfStoreProduct.ts
var NO_LIMIT = 9999;
function recordOfStoreProduct(p, productId, variantId) {
  const r = emptyRecord(productId, variantId);
  r.purchasable = p.is_purchasable;
  const cls = p.stock_availability?.class ?? "";
  r.backorder = p.is_on_backorder || /\b(available-on-backorder|onbackorder)\b/.test(cls);
  r.inStock = p.is_in_stock && !r.backorder;
  const max = p.sold_individually ? void 0 : p.add_to_cart?.maximum;
  const limit = max !== void 0 && max < NO_LIMIT ? Math.max(0, Math.floor(max)) : null;
  const low = p.low_stock_remaining === null ? null : Math.max(0, Math.floor(p.low_stock_remaining));
  if (!p.is_in_stock) {
    r.onHand = 0;
    r.backorderable = 0;
  } else if (r.backorder) {
    r.onHand = 0;
    r.backorderable = limit;
  } else if (low !== null) {
    r.onHand = limit !== null ? Math.min(low, limit) : low;
    r.low = true;
    r.backorderable = limit !== null ? 0 : max !== void 0 ? Math.max(0, Math.floor(max) - r.onHand) : null;
  } else if (limit !== null) {
    r.onHand = limit;
    r.backorderable = 0;
    r.showCounts = false;
  }
  return r;
}

// src/sources/woocommerce/pageStock.ts
var restock = z22.object({ restock_date: lenient(z22.nullish(z22.string().check(maxLength(40))), null) });
function readPageStock(doc, config, seen2) {
  const out = /* @__PURE__ */ new Map();
  for (const script of Array.from(doc?.querySelectorAll?.("script[data-stock-status-woocommerce]") ?? [])) {
    const items = [];
    try {
      for (const raw of z22.parse(storeProductList, JSON.parse(script.textContent ?? "")))
        items.push({ ...z22.parse(storeProduct, raw), ...z22.parse(restock, raw) });
    } catch {
      report("warn", "a <script data-stock-status-woocommerce> block is not valid; asking the Store API instead.");
      continue;
    }
    const record = (p, productId, variantId) => {
      const r = recordOfStoreProduct(p, productId, variantId);
      const date = toDateOnly(p.restock_date, config.timeZone);
      r.restock = date ? { date, confirmed: true } : null;
      return r;
    };
    for (const p of items) {
      if (p.parent !== 0) continue;
      const productId = String(p.id);
      const variants = items.filter((v) => v.parent === p.id).map((v) => record(v, productId, String(v.id)));
      seen2(p);
      out.set(productId, { productId, product: record(p, productId, null), variants });
    }
  }
  return out;
}

// src/sources/woocommerce/wantsVariations.ts
function wantsVariations(doc, id4) {
  if (!doc?.querySelector) return false;
  if (doc.querySelector(`form.variations_form[data-product_id="${id4}"], stock-status[product-id="${id4}"][variant-id]`)) return true;
  return Array.from(doc.querySelectorAll("form.wc-block-add-to-cart-with-options")).some(
    (f) => !!f.querySelector('input[name="variation_id"]') && !!f.querySelector(`input[name="add-to-cart"][value="${id4}"]`)
  );
}

// src/sources/woocommerce/woocommerceSource.ts
var PER_PAGE = 100;
var MAX_VARIATION_PAGES = 5;
var isWooId = (id4) => /^\d{1,15}$/.test(id4);
var normalize = (id4) => {
  const t = id4.trim();
  return isWooId(t) ? String(Number(t)) : t;
};
var categoriesOf = /* @__PURE__ */ new Map();
async function getProducts(url, { transport, signal }) {
  const body = await transport.json(url.href, { headers: { Accept: "application/json" }, signal, credentials: "same-origin" });
  const list = z23.safeParse(storeProductList, body);
  if (!list.success) throw new SourceError(`${url.pathname} did not answer with a WooCommerce Store API product list`);
  const out = [];
  for (const raw of list.data) {
    const p = z23.safeParse(storeProduct, raw);
    if (p.success) out.push(p.data);
    else report("warn", `${url.pathname} sent a product without the stock fields of the WooCommerce Store API; it was skipped.`);
  }
  return out;
}
async function getVariations(parents, context3) {
  const out = [];
  for (let page = 1; page <= MAX_VARIATION_PAGES; page++) {
    const url = storeUrl(context3.config.endpoint, "/products", {
      type: "variation",
      parent: parents.join(","),
      per_page: String(PER_PAGE),
      page: String(page)
    });
    const found = await getProducts(url, context3);
    out.push(...found);
    if (found.length < PER_PAGE) break;
  }
  return out;
}
function remember(p) {
  if (categoriesOf.size > 500) categoriesOf.clear();
  if (p.categories?.length)
    categoriesOf.set(
      String(p.id),
      p.categories.map((c) => c.id)
    );
}
var woocommerceSource = {
  platform: "woocommerce",
  batchSize: PER_PAGE,
  normalizeId: (id4) => normalize(id4),
  async load(productIds, context3) {
    const ids = [...new Set(productIds.map(normalize))];
    const bad = ids.filter((id4) => !isWooId(id4));
    for (const id4 of bad) report("warn", `product-id "${id4.slice(0, 40)}" is not a WooCommerce product id (a number); it is skipped.`);
    const known2 = ids.filter(isWooId);
    const onPage = readPageStock(context3.document, context3.config, remember);
    const out = known2.flatMap((id4) => onPage.get(id4) ?? []);
    const wanted = known2.filter((id4) => !onPage.has(id4));
    if (wanted.length === 0) return out;
    const productsUrl = storeUrl(context3.config.endpoint, "/products", {
      include: wanted.filter((id4) => !isCartVariation(id4)).join(","),
      per_page: String(PER_PAGE),
      orderby: "include"
    });
    const variable = wanted.filter((id4) => wantsVariations(context3.document, id4));
    const cartVariations = wanted.filter(isCartVariation);
    const [products, variations2, cartVariationAnswers] = await Promise.all([
      cartVariations.length === wanted.length ? Promise.resolve([]) : getProducts(productsUrl, context3),
      variable.length ? getVariations(variable, context3) : Promise.resolve([]),
      cartVariations.length ? getProducts(
        storeUrl(context3.config.endpoint, "/products", {
          type: "variation",
          include: cartVariations.join(","),
          per_page: String(PER_PAGE)
        }),
        context3
      ) : Promise.resolve([])
    ]);
    for (const p of products) {
      const productId = String(p.id);
      if (!wanted.includes(productId) || p.parent !== 0) continue;
      remember(p);
      const listed = new Set((p.variations ?? []).map((v) => String(v.id)));
      const variants = variations2.filter((v) => String(v.parent) === productId && listed.has(String(v.id))).map((v) => recordOfStoreProduct(v, productId, String(v.id)));
      out.push({ productId, product: recordOfStoreProduct(p, productId, null), variants, info: infoOfStoreProduct(p) });
    }
    for (const v of cartVariationAnswers) {
      const id4 = String(v.id);
      if (cartVariations.includes(id4) && v.parent !== 0)
        out.push({ productId: id4, product: recordOfStoreProduct(v, id4, null), variants: [], info: infoOfStoreProduct(v) });
    }
    return out;
  },
  async alternatives(productId, limit, context3) {
    const id4 = normalize(productId);
    const { config } = context3;
    if (limit <= 0 || !isWooId(id4)) return [];
    let categories = categoriesOf.get(id4);
    if (!categories) {
      const [own] = await getProducts(storeUrl(config.endpoint, "/products", { include: id4 }), context3);
      if (own) remember(own);
      categories = categoriesOf.get(id4);
    }
    if (!categories?.length) return [];
    const url = storeUrl(config.endpoint, "/products", {
      category: categories.join(","),
      exclude: id4,
      stock_status: "instock",
      per_page: String(Math.min(PER_PAGE, limit + 2))
    });
    const out = [];
    for (const p of await getProducts(url, context3)) {
      const pid = String(p.id);
      const record = recordOfStoreProduct(p, pid, null);
      if (pid === id4 || !record.purchasable || !record.inStock) continue;
      out.push({ productId: pid, info: infoOfStoreProduct(p), record });
      if (out.length >= limit) break;
    }
    return out;
  }
};

// src/allPlatforms.ts
var allPlatforms = {
  bigcommerce: { source: bigcommerceSource, integration: cornerstoneIntegration },
  shopify: { source: shopifySource, integration: dawnIntegration },
  woocommerce: { source: woocommerceSource, integration: woocommerceIntegration },
  jsonld: { source: jsonLdSource, integration: genericIntegration },
  json: { source: jsonSource, integration: genericIntegration }
};

// src/sources/StockStore.ts
import * as z25 from "zod/mini";

// src/sources/productStockSchema.ts
import * as z24 from "zod/mini";
var count4 = z24.number().check(z24.refine(Number.isFinite));
var dateOnly2 = z24.string().check(z24.refine(isDateOnly));
var text4 = z24.optional(z24.string().check(maxLength(5e3)));
var stockRecord = z24.looseObject({
  productId: z24.string(),
  variantId: z24.nullable(z24.string()),
  purchasable: z24.boolean(),
  tracked: z24.boolean(),
  inStock: z24.boolean(),
  onHand: z24.nullable(count4),
  backorderable: z24.nullable(z24.union([count4, z24.literal("unlimited")])),
  backorder: z24.boolean(),
  lowStockAt: z24.nullable(count4),
  low: z24.boolean(),
  showCounts: z24.boolean(),
  preorder: z24.nullable(z24.object({ releaseDate: z24.nullable(dateOnly2) })),
  restock: z24.nullable(z24.object({ date: dateOnly2, confirmed: z24.boolean() })),
  storeText: z24.optional(z24.object({ unavailable: text4, outOfStock: text4, backorder: text4, preorder: text4 }))
});
var productStockSchema = z24.looseObject({
  productId: z24.string(),
  product: stockRecord,
  variants: z24.array(stockRecord),
  info: z24.optional(z24.object({ name: text4, url: text4, image: text4, price: text4 })),
  variantAliases: z24.optional(recordOf(() => true, z24.string()))
});
var cacheEntrySchema = z24.object({
  at: count4,
  value: z24.nullable(productStockSchema)
});

// src/sources/StockStore.ts
var abortError2 = () => new DOMException("The look-up was superseded", "AbortError");
var StockStore = class {
  constructor(options) {
    this.options = options;
    this.ttl = options.ttlMs ?? 6e4;
    this.now = options.now ?? Date.now;
  }
  options;
  cache = /* @__PURE__ */ new Map();
  inflight = /* @__PURE__ */ new Set();
  queue = /* @__PURE__ */ new Map();
  timer = null;
  ttl;
  now;
  generation = 0;
  /** Requests sent, for tests and the demo's request counter. */
  requests = 0;
  key(productId) {
    return this.options.source.normalizeId?.(productId, "product") ?? productId;
  }
  storageKey(key) {
    const { platform } = this.options.source;
    return `stock-status:v1:${platform}:${this.options.context.config.endpoint ?? ""}:${key}`;
  }
  fromCache(key) {
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < this.ttl) return hit;
    const storage = this.options.storage;
    if (!storage) return null;
    try {
      const raw = storage.getItem(this.storageKey(key));
      if (!raw) return null;
      const checked = z25.safeParse(cacheEntrySchema, JSON.parse(raw));
      if (!checked.success) return null;
      const entry = checked.data;
      const age = this.now() - entry.at;
      if (age < 0 || age >= this.ttl) return null;
      this.cache.set(key, entry);
      return entry;
    } catch {
      return null;
    }
  }
  remember(key, value) {
    const entry = { at: this.now(), value };
    this.cache.set(key, entry);
    try {
      this.options.storage?.setItem(this.storageKey(key), JSON.stringify(entry));
    } catch {
    }
  }
  /** Drop every cached answer and abort what is under way (StockStatus.refresh()). */
  clear() {
    this.generation++;
    this.cache.clear();
    for (const f of this.inflight) f.controller.abort();
    this.inflight.clear();
    try {
      if (this.options.storage && typeof sessionStorage !== "undefined" && this.options.storage === sessionStorage) {
        for (let i = sessionStorage.length - 1; i >= 0; i--) {
          const k = sessionStorage.key(i);
          if (k?.startsWith("stock-status:v1:")) sessionStorage.removeItem(k);
        }
      }
    } catch {
    }
  }
  /** The stock of one product, or null when the platform does not know it. Rejects with AbortError when `signal` aborts. */
  get(productId, signal) {
    const key = this.key(productId);
    const hit = this.fromCache(key);
    if (hit) return Promise.resolve(hit.value);
    if (signal?.aborted) return Promise.reject(abortError2());
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject, signal };
      const flight = [...this.inflight].find((f) => f.waiters.has(key));
      const bucket = flight?.waiters ?? this.queue;
      if (!bucket.has(key)) bucket.set(key, /* @__PURE__ */ new Set());
      bucket.get(key).add(waiter);
      signal?.addEventListener("abort", () => this.drop(key, waiter), { once: true });
      if (!flight) this.schedule();
    });
  }
  drop(key, waiter) {
    waiter.reject(abortError2());
    const q = this.queue.get(key);
    if (q?.delete(waiter) && q.size === 0) this.queue.delete(key);
    for (const f of this.inflight) {
      const set = f.waiters.get(key);
      if (set?.delete(waiter) && set.size === 0) f.waiters.delete(key);
      if (f.waiters.size === 0) f.controller.abort();
    }
  }
  schedule() {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.options.batchDelayMs ?? 0);
  }
  flush() {
    const queued = this.queue;
    this.queue = /* @__PURE__ */ new Map();
    const keys2 = [...queued.keys()];
    const size = Math.max(1, this.options.source.batchSize);
    for (let i = 0; i < keys2.length; i += size) {
      const chunk = keys2.slice(i, i + size);
      const flight = { controller: new AbortController(), waiters: new Map(chunk.map((k) => [k, queued.get(k)])) };
      this.inflight.add(flight);
      void this.run(chunk, flight).finally(() => this.inflight.delete(flight));
    }
  }
  async run(keys2, flight) {
    const generation = this.generation;
    const context3 = { ...this.options.context, signal: flight.controller.signal };
    let found = null;
    this.requests++;
    try {
      found = await this.options.source.load(keys2, context3);
    } catch (e) {
      if (flight.controller.signal.aborted) {
        this.settle(flight, (w) => w.reject(abortError2()));
        return;
      }
      const fallback = this.options.fallback;
      report(
        "warn",
        `${this.options.source.platform} stock look-up failed (${e?.message ?? e}); ${fallback ? "showing the page's own structured data instead" : "no availability is shown"}.`
      );
      if (fallback) {
        try {
          found = await fallback.load(keys2, context3);
        } catch {
          found = [];
        }
      } else found = [];
      this.settle(flight, (w, key) => w.resolve(found.find((p) => this.key(p.productId) === key) ?? null));
      return;
    }
    const byKey = new Map(found.map((p) => [this.key(p.productId), p]));
    for (const key of keys2) {
      if (generation === this.generation) this.remember(key, byKey.get(key) ?? null);
    }
    this.settle(flight, (w, key) => w.resolve(byKey.get(key) ?? null));
  }
  settle(flight, each) {
    for (const [key, set] of flight.waiters) for (const w of set) each(w, key);
    flight.waiters.clear();
  }
};

// src/createRuntime.ts
function sessionStore() {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
var offline = { json: () => Promise.reject(new SourceError("this file sends no requests")) };
function createRuntime({ platforms, network }, settings2 = {}, options = {}) {
  const doc = options.document ?? globalThis.document;
  const config = parseConfig(options.attributes ?? {}, settings2);
  let source = options.source ?? platforms[config.platform]?.source;
  if (!source) {
    report(
      "error",
      `config "platform": "${config.platform}" is not in this file; load stock-status.js or stock-status.${config.platform}.js. Using jsonld.`
    );
    source = jsonLdSource;
  }
  const transport = network?.(options.transport) ?? offline;
  const store = new StockStore({
    source,
    fallback: source === jsonLdSource ? null : jsonLdSource,
    context: { config, transport, document: doc },
    storage: options.storage === void 0 ? sessionStore() : options.storage,
    ttlMs: options.ttlMs
  });
  const runtime = {
    config,
    source,
    store,
    transport,
    document: doc,
    locale: resolveLocale(config.locale, doc),
    today: todayIn(config.timeZone)
  };
  setRuntime(runtime);
  return runtime;
}

// src/configure.ts
function configure(settings2 = {}, options = {}) {
  return createRuntime({ platforms: allPlatforms, network: createTransport }, settings2, options);
}

// src/core/computeEta.ts
var none = { eta: null, etaKind: null };
function computeEta(availability, record, rules, today) {
  if (!record) return none;
  const future = (d) => !!d && isDateOnly(d) && d >= today;
  const handling = (d) => addBusinessDays(d, rules.handlingDays ?? 0);
  switch (availability.state) {
    case "preorder": {
      const d = record.preorder?.releaseDate;
      return future(d) ? { eta: d, etaKind: "confirmed" } : none;
    }
    case "backorder": {
      if (availability.shipLater <= 0) return none;
      const restock2 = record.restock;
      if (restock2 && future(restock2.date)) {
        return { eta: handling(restock2.date), etaKind: restock2.confirmed ? "confirmed" : "estimated" };
      }
      if (rules.leadDays !== void 0 && rules.leadDays > 0) {
        return { eta: handling(addDays(today, rules.leadDays)), etaKind: "estimated" };
      }
      return none;
    }
    case "out-of-stock": {
      const restock2 = record.restock;
      return restock2 && future(restock2.date) ? { eta: restock2.date, etaKind: restock2.confirmed ? "confirmed" : "estimated" } : none;
    }
    default:
      return none;
  }
}

// src/core/formatDate.ts
function formatDate(date, locale, today) {
  const withYear = date.slice(0, 4) !== today.slice(0, 4);
  const f = intl(Intl.DateTimeFormat, locale, {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
    ...withYear ? { year: "numeric" } : {}
  });
  return f.format(/* @__PURE__ */ new Date(`${date}T00:00:00Z`));
}
function formatRelative(date, locale, today) {
  const days = daysBetween(today, date);
  if (days < 0 || days > 6) return null;
  return intl(Intl.RelativeTimeFormat, locale, { numeric: "auto" }).format(days, "day");
}

// src/core/locales/catalog.ts
var en = {
  inStock: "In stock",
  lowStock: "Only {count} left",
  lowStockPlain: "Low stock",
  backorder: "Backorder",
  preorder: "Pre-order",
  outOfStock: "Out of stock",
  unavailable: "Unavailable",
  shipsBy: "Ships by {date}",
  shipsByEstimated: "Usually ships by {date}",
  shipsRelative: "Ships {relative}",
  shipsLater: "Ships when back in stock",
  releases: "Releases {date}",
  releasesRelative: "Releases {relative}",
  restock: "Back in stock {date}",
  restockEstimated: "Expected back {date}",
  restockRelative: "Back in stock {relative}",
  splitNow: "{count} ship now",
  splitNow_one: "{count} ships now",
  splitLater: "{count} ship by {date}",
  splitLater_one: "{count} ships by {date}",
  splitLaterNoDate: "{count} ship later",
  splitLaterNoDate_one: "{count} ships later",
  /** Both halves of a split, in the language's own punctuation. */
  split: "{now}, {later}",
  maxOrder: "Only {count} can be ordered",
  maxOrderPlain: "Not available in this quantity"
};
var de = {
  inStock: "Auf Lager",
  lowStock: "Nur noch {count} verf\xFCgbar",
  lowStockPlain: "Nur noch wenige",
  backorder: "Nachbestellt",
  preorder: "Vorbestellung",
  outOfStock: "Ausverkauft",
  unavailable: "Nicht erh\xE4ltlich",
  shipsBy: "Versand bis {date}",
  shipsByEstimated: "Versand voraussichtlich bis {date}",
  shipsRelative: "Versand {relative}",
  shipsLater: "Versand, sobald wieder auf Lager",
  releases: "Erscheint am {date}",
  releasesRelative: "Erscheint {relative}",
  restock: "Wieder auf Lager am {date}",
  restockEstimated: "Voraussichtlich wieder da am {date}",
  restockRelative: "Wieder auf Lager {relative}",
  splitNow: "{count} sofort lieferbar",
  splitLater: "{count} Versand bis {date}",
  splitLaterNoDate: "{count} sp\xE4ter lieferbar",
  split: "{now}, {later}",
  maxOrder: "Nur {count} bestellbar",
  maxOrderPlain: "In dieser Menge nicht verf\xFCgbar"
};
var fr = {
  inStock: "En stock",
  lowStock: "Plus que {count} en stock",
  lowStockPlain: "Stock limit\xE9",
  backorder: "En r\xE9approvisionnement",
  preorder: "Pr\xE9commande",
  outOfStock: "Rupture de stock",
  unavailable: "Indisponible",
  shipsBy: "Exp\xE9di\xE9 d\u2019ici le {date}",
  shipsByEstimated: "Exp\xE9di\xE9 vers le {date}",
  shipsRelative: "Exp\xE9di\xE9 {relative}",
  shipsLater: "Exp\xE9di\xE9 d\xE8s le retour en stock",
  releases: "Sortie le {date}",
  releasesRelative: "Sortie {relative}",
  restock: "De retour le {date}",
  restockEstimated: "Retour pr\xE9vu le {date}",
  restockRelative: "De retour {relative}",
  splitNow: "{count} exp\xE9di\xE9s maintenant",
  splitNow_one: "{count} exp\xE9di\xE9 maintenant",
  splitLater: "{count} exp\xE9di\xE9s d\u2019ici le {date}",
  splitLater_one: "{count} exp\xE9di\xE9 d\u2019ici le {date}",
  splitLaterNoDate: "{count} exp\xE9di\xE9s plus tard",
  splitLaterNoDate_one: "{count} exp\xE9di\xE9 plus tard",
  split: "{now}, {later}",
  maxOrder: "Seulement {count} commandables",
  maxOrderPlain: "Indisponible dans cette quantit\xE9"
};
var es = {
  inStock: "En stock",
  lowStock: "Solo quedan {count}",
  lowStockPlain: "Pocas unidades",
  backorder: "Bajo pedido",
  preorder: "Preventa",
  outOfStock: "Agotado",
  unavailable: "No disponible",
  shipsBy: "Se env\xEDa antes del {date}",
  shipsByEstimated: "Env\xEDo estimado antes del {date}",
  shipsRelative: "Se env\xEDa {relative}",
  shipsLater: "Se env\xEDa cuando vuelva a haber stock",
  releases: "Disponible el {date}",
  releasesRelative: "Disponible {relative}",
  restock: "De vuelta el {date}",
  restockEstimated: "Previsto de vuelta el {date}",
  restockRelative: "De vuelta {relative}",
  splitNow: "{count} se env\xEDan ahora",
  splitNow_one: "{count} se env\xEDa ahora",
  splitLater: "{count} se env\xEDan antes del {date}",
  splitLater_one: "{count} se env\xEDa antes del {date}",
  splitLaterNoDate: "{count} se env\xEDan m\xE1s tarde",
  splitLaterNoDate_one: "{count} se env\xEDa m\xE1s tarde",
  split: "{now}, {later}",
  maxOrder: "Solo se pueden pedir {count}",
  maxOrderPlain: "No disponible en esta cantidad"
};
var nl = {
  inStock: "Op voorraad",
  lowStock: "Nog maar {count} op voorraad",
  lowStockPlain: "Beperkte voorraad",
  backorder: "In nabestelling",
  preorder: "Pre-order",
  outOfStock: "Uitverkocht",
  unavailable: "Niet beschikbaar",
  shipsBy: "Verzonden v\xF3\xF3r {date}",
  shipsByEstimated: "Naar verwachting verzonden v\xF3\xF3r {date}",
  shipsRelative: "Verzonden {relative}",
  shipsLater: "Verzonden zodra weer op voorraad",
  releases: "Verschijnt op {date}",
  releasesRelative: "Verschijnt {relative}",
  restock: "Weer op voorraad op {date}",
  restockEstimated: "Verwacht terug op {date}",
  restockRelative: "Weer op voorraad {relative}",
  splitNow: "{count} nu verzonden",
  splitLater: "{count} verzonden v\xF3\xF3r {date}",
  splitLaterNoDate: "{count} later verzonden",
  split: "{now}, {later}",
  maxOrder: "Slechts {count} te bestellen",
  maxOrderPlain: "Niet beschikbaar in deze hoeveelheid"
};
var it = {
  inStock: "Disponibile",
  lowStock: "Solo {count} rimasti",
  lowStock_one: "Solo {count} rimasto",
  lowStockPlain: "Scorte limitate",
  backorder: "In arrivo",
  preorder: "Preordine",
  outOfStock: "Esaurito",
  unavailable: "Non disponibile",
  shipsBy: "Spedito entro il {date}",
  shipsByEstimated: "Spedizione prevista entro il {date}",
  shipsRelative: "Spedito {relative}",
  shipsLater: "Spedito appena torna disponibile",
  releases: "In uscita il {date}",
  releasesRelative: "In uscita {relative}",
  restock: "Di nuovo disponibile il {date}",
  restockEstimated: "Previsto di nuovo disponibile il {date}",
  restockRelative: "Di nuovo disponibile {relative}",
  splitNow: "{count} spediti subito",
  splitNow_one: "{count} spedito subito",
  splitLater: "{count} spediti entro il {date}",
  splitLater_one: "{count} spedito entro il {date}",
  splitLaterNoDate: "{count} spediti pi\xF9 tardi",
  splitLaterNoDate_one: "{count} spedito pi\xF9 tardi",
  split: "{now}, {later}",
  maxOrder: "Ordinabili solo {count}",
  maxOrderPlain: "Non disponibile in questa quantit\xE0"
};
var pt = {
  inStock: "Em estoque",
  lowStock: "Restam apenas {count}",
  lowStock_one: "Resta apenas {count}",
  lowStockPlain: "Estoque baixo",
  backorder: "Sob encomenda",
  preorder: "Pr\xE9-venda",
  outOfStock: "Esgotado",
  unavailable: "Indispon\xEDvel",
  shipsBy: "Envio at\xE9 {date}",
  shipsByEstimated: "Envio previsto at\xE9 {date}",
  shipsRelative: "Envio {relative}",
  shipsLater: "Enviado quando voltar ao estoque",
  releases: "Lan\xE7amento em {date}",
  releasesRelative: "Lan\xE7amento {relative}",
  restock: "De volta em {date}",
  restockEstimated: "Previsto de volta em {date}",
  restockRelative: "De volta {relative}",
  splitNow: "{count} enviados agora",
  splitNow_one: "{count} enviado agora",
  splitLater: "{count} enviados at\xE9 {date}",
  splitLater_one: "{count} enviado at\xE9 {date}",
  splitLaterNoDate: "{count} enviados depois",
  splitLaterNoDate_one: "{count} enviado depois",
  split: "{now}, {later}",
  maxOrder: "S\xF3 \xE9 poss\xEDvel encomendar {count}",
  maxOrderPlain: "Indispon\xEDvel nesta quantidade"
};
var ja = {
  inStock: "\u5728\u5EAB\u3042\u308A",
  lowStock: "\u6B8B\u308A{count}\u70B9",
  lowStockPlain: "\u6B8B\u308A\u308F\u305A\u304B",
  backorder: "\u53D6\u308A\u5BC4\u305B",
  preorder: "\u4E88\u7D04\u53D7\u4ED8\u4E2D",
  outOfStock: "\u5728\u5EAB\u5207\u308C",
  unavailable: "\u8CA9\u58F2\u505C\u6B62",
  shipsBy: "{date}\u307E\u3067\u306B\u767A\u9001",
  shipsByEstimated: "{date}\u9803\u307E\u3067\u306B\u767A\u9001\u4E88\u5B9A",
  shipsRelative: "{relative}\u767A\u9001",
  shipsLater: "\u5165\u8377\u6B21\u7B2C\u767A\u9001",
  releases: "{date}\u767A\u58F2",
  releasesRelative: "{relative}\u767A\u58F2",
  restock: "{date}\u306B\u518D\u5165\u8377",
  restockEstimated: "{date}\u9803\u306B\u518D\u5165\u8377\u4E88\u5B9A",
  restockRelative: "{relative}\u518D\u5165\u8377",
  splitNow: "{count}\u70B9\u306F\u5373\u65E5\u767A\u9001",
  splitLater: "{count}\u70B9\u306F{date}\u307E\u3067\u306B\u767A\u9001",
  splitLaterNoDate: "{count}\u70B9\u306F\u5F8C\u65E5\u767A\u9001",
  split: "{now}\u3001{later}",
  maxOrder: "\u6CE8\u6587\u3067\u304D\u308B\u306E\u306F{count}\u70B9\u307E\u3067\u3067\u3059",
  maxOrderPlain: "\u3053\u306E\u6570\u91CF\u3067\u306F\u3054\u6CE8\u6587\u3044\u305F\u3060\u3051\u307E\u305B\u3093"
};
var catalogs = { en, de, fr, es, nl, it, pt, ja };

// src/core/overridesFor.ts
function overridesFor(locale, overrides) {
  if (!overrides) return {};
  const tag = locale.toLowerCase();
  const language = tag.split("-")[0] ?? "en";
  const pick = (wanted) => Object.entries(overrides).find(([k]) => k.toLowerCase() === wanted)?.[1];
  return { ...pick(language), ...tag === language ? {} : pick(tag) };
}

// src/core/speakingLocale.ts
function speakingLocale(locale, overrides) {
  const language = locale.toLowerCase().split("-")[0] ?? "en";
  if (Object.hasOwn(catalogs, language) || Object.keys(overridesFor(locale, overrides)).length > 0) return locale;
  return "en";
}

// src/core/describeStatus.ts
function layer(base, top) {
  const out = { ...base };
  for (const key of Object.keys(top)) {
    if (!key.includes("_")) {
      for (const k of Object.keys(out)) if (k.startsWith(`${key}_`) && !Object.hasOwn(top, k)) delete out[k];
    }
  }
  return Object.assign(out, top);
}
var noOverrides = {};
var catalogCache = /* @__PURE__ */ new WeakMap();
function resolveCatalog(locale, overrides) {
  const key = overrides ?? noOverrides;
  let byLocale = catalogCache.get(key);
  if (!byLocale) {
    byLocale = /* @__PURE__ */ new Map();
    catalogCache.set(key, byLocale);
  }
  let catalog = byLocale.get(locale);
  if (!catalog) {
    const language = locale.toLowerCase().split("-")[0] ?? "en";
    const builtIn = Object.hasOwn(catalogs, language) ? catalogs[language] : {};
    catalog = layer(layer(en, builtIn), overridesFor(locale, overrides));
    byLocale.set(locale, catalog);
  }
  return catalog;
}
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, k) => Object.hasOwn(values, k) ? String(values[k]) : m);
}
function makeSay(locale, catalog) {
  const numberFormat = intl(Intl.NumberFormat, locale);
  const plurals = intl(Intl.PluralRules, locale);
  return (key, values = {}) => {
    const n = values.count;
    const plural = typeof n === "number" ? catalog[`${key}_${plurals.select(n)}`] : void 0;
    const shown = typeof n === "number" ? { ...values, count: numberFormat.format(n) } : values;
    return fill(plural ?? catalog[key], shown);
  };
}
var LABEL = {
  "in-stock": "inStock",
  backorder: "backorder",
  preorder: "preorder",
  "out-of-stock": "outOfStock",
  unavailable: "unavailable"
};
function describeStatus(a, eta, options) {
  if (a.state === "unknown") return null;
  const { today, context: context3 } = options;
  const locale = speakingLocale(options.locale, options.overrides);
  const catalog = resolveCatalog(locale, options.overrides);
  const say = makeSay(locale, catalog);
  const store = options.storeText ?? {};
  const date = eta.eta ? formatDate(eta.eta, locale, today) : null;
  const relative = eta.eta ? formatRelative(eta.eta, locale, today) : null;
  let label;
  if (a.state === "low-stock") {
    label = a.remaining !== null && a.remaining > 0 ? say("lowStock", { count: a.remaining }) : say("lowStockPlain");
  } else {
    const merchantSet = Object.hasOwn(overridesFor(locale, options.overrides), LABEL[a.state]);
    const storeWords = a.state === "out-of-stock" ? store.outOfStock : a.state === "unavailable" ? store.unavailable : a.state === "backorder" ? store.backorder : a.state === "preorder" ? store.preorder : void 0;
    label = !merchantSet && storeWords ? storeWords : say(LABEL[a.state]);
  }
  let detail = null;
  if (a.state === "backorder") {
    const now = a.shipNow ?? 0;
    if (now > 0 || context3 === "cart") {
      const later = date ? say("splitLater", { count: a.shipLater, date }) : say("splitLaterNoDate", { count: a.shipLater });
      detail = now > 0 ? say("split", { now: say("splitNow", { count: now }), later }) : later;
    } else if (date) {
      detail = relative ? say("shipsRelative", { relative }) : say(eta.etaKind === "confirmed" ? "shipsBy" : "shipsByEstimated", { date });
    } else {
      detail = say("shipsLater");
    }
  } else if (a.state === "preorder" && date) {
    detail = relative ? say("releasesRelative", { relative }) : say("releases", { date });
  } else if (a.state === "out-of-stock" && date) {
    detail = relative && eta.etaKind === "confirmed" ? say("restockRelative", { relative }) : say(eta.etaKind === "confirmed" ? "restock" : "restockEstimated", { date });
  }
  let limit = null;
  if (a.maxOrderable !== null && a.maxOrderable < a.quantity) {
    limit = a.remaining !== null ? say("maxOrder", { count: a.maxOrderable }) : say("maxOrderPlain");
  }
  if (context3 === "card") return { label, detail: null, limit: null, spoken: label, lang: locale };
  const spoken = [label, detail, limit].filter(Boolean).join(". ");
  return { label, detail, limit, spoken, lang: locale };
}

// src/ui/renderStatus.ts
var rendered = /* @__PURE__ */ new WeakMap();
var EXTRA_ORDER = ["signup", "alternatives"];
function make(root, tag, cls, part) {
  const e = (root.ownerDocument ?? document).createElement(tag);
  e.className = cls;
  e.setAttribute("part", part);
  return e;
}
function setText(e, text5) {
  if (e.textContent !== text5) e.textContent = text5;
}
function optionalSpan(parent, current2, text5, cls, part) {
  if (!text5) {
    current2?.remove();
    return void 0;
  }
  const e = current2 ?? parent.appendChild(make(parent, "span", cls, part));
  setText(e, text5);
  return e;
}
function renderStatus(root, { state, text: text5, context: context3, extras = [] }) {
  let n = rendered.get(root);
  if (!n) {
    n = { extras: /* @__PURE__ */ new Map() };
    rendered.set(root, n);
  }
  const live = state !== "loading" && text5;
  if (!live) {
    n.status?.remove();
    n.status = n.badge = n.detail = n.limit = void 0;
    for (const c of n.extras.values()) c.remove();
    n.extras.clear();
  }
  if (state === "loading") {
    if (!n.placeholder) {
      n.placeholder = root.appendChild(make(root, "span", "placeholder", "placeholder"));
      n.placeholder.setAttribute("aria-hidden", "true");
    }
    return;
  }
  n.placeholder?.remove();
  n.placeholder = void 0;
  if (!text5) return;
  if (!n.status) {
    n.status = make(root, "div", "status", "status");
    n.badge = n.status.appendChild(make(root, "span", "badge", "badge"));
    setText(n.badge, text5.label);
    const first = n.extras.values().next().value;
    root.insertBefore(n.status, first ?? null);
  }
  const status = n.status;
  status.setAttribute("data-state", state);
  for (const [name, value] of [
    ["role", "status"],
    ["aria-live", "polite"],
    ["aria-atomic", "true"]
  ]) {
    if (context3 === "card") status.removeAttribute(name);
    else status.setAttribute(name, value);
  }
  setText(n.badge, text5.label);
  n.detail = optionalSpan(status, n.detail, context3 === "card" ? null : text5.detail, "detail", "date");
  n.limit = optionalSpan(status, n.limit, context3 === "card" ? null : text5.limit, "limit", "limit");
  if (n.detail && n.limit && n.detail.nextSibling !== n.limit) status.insertBefore(n.detail, n.limit);
  for (const part of EXTRA_ORDER) {
    const current2 = n.extras.get(part);
    if (!extras.includes(part)) {
      current2?.remove();
      n.extras.delete(part);
    } else if (!current2) {
      const c = make(root, "div", part, part);
      c.setAttribute("data-extra", part);
      const later = EXTRA_ORDER.slice(EXTRA_ORDER.indexOf(part) + 1).map((p) => n.extras.get(p)).find(Boolean);
      root.insertBefore(c, later ?? null);
      n.extras.set(part, c);
    }
  }
}

// src/ui/styles.ts
var css = `
:host{display:block;font:inherit;font-family:var(--stock-status-font,inherit);color:var(--stock-status-color,inherit);min-height:var(--stock-status-min-height,1.5em);contain:layout style}
:host([hidden]),:host([data-state=unknown][context=card]){display:none}
:host([context=card]){min-height:0;display:inline-block}
*{box-sizing:border-box}
.status{display:flex;flex-wrap:wrap;align-items:baseline;gap:var(--stock-status-gap,.25em .75em);line-height:1.5}
.badge{display:inline-flex;align-items:center;gap:.4em;font-weight:var(--stock-status-badge-weight,600);border-radius:var(--stock-status-radius,999px)}
.badge::before{content:"";flex:none;width:.6em;height:.6em;border-radius:50%;background:var(--dot);forced-color-adjust:none}
:host([context=card]) .badge{font-size:var(--stock-status-card-font-size,.875em);padding:.1em .6em;border:1px solid var(--dot)}
.detail,.limit{font-size:var(--stock-status-detail-size,.95em)}
.limit{font-style:italic}
.placeholder{display:block;height:1.5em}
.signup,.alternatives{margin-top:var(--stock-status-space,.75em)}
.signup{min-height:var(--stock-status-signup-min-height,6.75em)}
.alternatives{min-height:var(--stock-status-alternatives-min-height,0)}
.status{--dot:var(--stock-status-unknown,#6e7781)}
[data-state=in-stock]{--dot:var(--stock-status-in-stock,#1a7f37)}
[data-state=low-stock]{--dot:var(--stock-status-low-stock,#bf8700)}
[data-state=backorder]{--dot:var(--stock-status-backorder,#0969da)}
[data-state=preorder]{--dot:var(--stock-status-preorder,#8250df)}
[data-state=out-of-stock]{--dot:var(--stock-status-out-of-stock,#cf222e)}
[data-state=unavailable]{--dot:var(--stock-status-unavailable,#6e7781)}
@media (forced-colors:active){.badge::before{background:CanvasText}:host([context=card]) .badge{border-color:CanvasText}}
@media (prefers-reduced-motion:no-preference){.status{transition:opacity .15s}}
`;
var shared = null;
function adoptStyles(root, nonce) {
  try {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      if (!shared) {
        shared = new CSSStyleSheet();
        shared.replaceSync(css);
      }
      root.adoptedStyleSheets = [shared];
      return;
    }
  } catch {
  }
  const style = document.createElement("style");
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.appendChild(style);
}

// src/element/extensions.ts
var extensions = /* @__PURE__ */ new Set();
var listeners2 = /* @__PURE__ */ new Set();
function extend(extension) {
  for (const e of extensions) if (e.name === extension.name) return false;
  extensions.add(extension);
  for (const l of listeners2) l();
  return true;
}
function onExtend(listener) {
  listeners2.add(listener);
  return () => listeners2.delete(listener);
}

// src/element/loadExtras.ts
var extrasUrl = null;
var requested = false;
function loadExtras(nonce) {
  if (requested || !extrasUrl) return;
  requested = true;
  const script = document.createElement("script");
  script.src = extrasUrl;
  script.async = true;
  if (nonce) script.nonce = nonce;
  script.onerror = () => report("warn", `${extrasUrl} could not be loaded; the signup form and alternatives are not shown.`);
  document.head.appendChild(script);
}

// src/element/buttonLabels.ts
var LABELS = {
  en: ["Pre-order", "Backorder", "Sold out"],
  de: ["Vorbestellen", "Nachbestellen", "Ausverkauft"],
  fr: ["Pr\xE9commander", "Commander (r\xE9appro.)", "\xC9puis\xE9"],
  es: ["Reservar", "Pedir bajo pedido", "Agotado"],
  nl: ["Pre-order", "Nabestellen", "Uitverkocht"],
  it: ["Preordina", "Ordina ora", "Esaurito"],
  pt: ["Pr\xE9-venda", "Encomendar", "Esgotado"],
  ja: ["\u4E88\u7D04\u6CE8\u6587", "\u53D6\u308A\u5BC4\u305B\u6CE8\u6587", "\u58F2\u308A\u5207\u308C"]
};
var INDEX = { buttonPreorder: 0, buttonBackorder: 1, buttonSoldOut: 2 };
function buttonLabel(key, locale, overrides) {
  const language = locale.toLowerCase().split("-")[0] ?? "en";
  const own = overrides?.[locale]?.[key] ?? overrides?.[language]?.[key];
  return own ?? (LABELS[language] ?? LABELS.en)[INDEX[key]];
}

// src/element/manageButton.ts
var memos = /* @__PURE__ */ new WeakMap();
function findCartButton(host) {
  const doc = host.ownerDocument;
  const form = host.closest("form") ?? (host.previousElementSibling instanceof HTMLFormElement ? host.previousElementSibling : null) ?? findAddToCartForm(doc);
  const scope = form ?? doc;
  return scope.querySelector("#form-action-addToCart") ?? scope.querySelector('button[name="add"]') ?? scope.querySelector("button.single_add_to_cart_button") ?? (form?.querySelector('button[type="submit"],input[type="submit"],button:not([type])') || null);
}
var labelNode = (button) => button.querySelector(":scope > span") ?? button;
var read = (button) => button instanceof HTMLInputElement ? button.value : (labelNode(button).textContent ?? "").trim();
var write = (button, text5) => {
  if (button instanceof HTMLInputElement) button.value = text5;
  else labelNode(button).textContent = text5;
};
var WORDS = {
  preorder: "buttonPreorder",
  backorder: "buttonBackorder",
  "out-of-stock": "buttonSoldOut",
  unavailable: "buttonSoldOut"
};
function manageButton(button, state, runtime) {
  let memo = memos.get(button);
  const current2 = read(button);
  if (!memo) {
    memo = { original: current2, written: null, disabledByUs: false, ariaByUs: false };
    memos.set(button, memo);
  } else if (memo.written !== null && current2 !== memo.written) {
    memo.original = current2;
    memo.written = null;
  }
  const key = state ? WORDS[state] : void 0;
  if (key && runtime) {
    const label = buttonLabel(key, runtime.locale, runtime.config.messages);
    if (current2 !== label) write(button, label);
    memo.written = label;
  } else if (memo.written !== null) {
    write(button, memo.original);
    memo.written = null;
  }
  const soldOut = key === "buttonSoldOut";
  const field = button;
  if (soldOut) {
    if (!field.disabled) {
      field.disabled = true;
      memo.disabledByUs = true;
    }
    if (button.getAttribute("aria-disabled") !== "true") {
      button.setAttribute("aria-disabled", "true");
      memo.ariaByUs = true;
    }
  } else {
    if (memo.disabledByUs && field.disabled) field.disabled = false;
    if (memo.ariaByUs) button.removeAttribute("aria-disabled");
    memo.disabledByUs = false;
    memo.ariaByUs = false;
  }
}

// src/element/readAttributes.ts
import * as z26 from "zod/mini";
var id3 = trimmed().check(maxLength(300), matches(/^\P{Cc}*$/u));
var quantity2 = trimmed().check(matches(/^[1-9]\d{0,5}$/));
var context2 = z26.literal(["product", "card", "cart"]);
function read2(el, name, schema, fallback) {
  const raw = el.getAttribute(name);
  if (raw === null || raw.trim() === "") return fallback;
  const parsed = z26.safeParse(schema, raw);
  if (parsed.success) return parsed.data;
  report(
    "warn",
    `<stock-status ${name}="${raw.slice(0, 40)}"> is not valid; ${fallback === "" || fallback === null ? "it is ignored" : `using ${fallback}`}.`
  );
  return fallback;
}
var readProductId = (el) => read2(el, "product-id", id3, "");
var readVariantId = (el) => read2(el, "variant-id", id3, null);
var readQuantity2 = (el) => Number(read2(el, "quantity", quantity2, "1"));
var readContext = (el) => read2(el, "context", context2, "product");

// src/element/wantedExtras.ts
function wantedExtras(context3, config, r) {
  if (context3 !== "product" || !r) return [];
  const state = r.availability.state;
  const out = [];
  if (state === "out-of-stock" && config.notify) out.push("signup");
  const gone = state === "out-of-stock" || state === "unavailable";
  const late = state === "backorder" && config.alternativesAfterDays !== void 0 && r.eta.eta !== null && daysBetween(r.runtime.today(), r.eta.eta) > config.alternativesAfterDays;
  const canName = !!config.alternativesList?.length || typeof r.runtime.source.alternatives === "function" && r.stock?.hasAlternatives !== false;
  if (config.alternatives > 0 && canName && (gone || late)) out.push("alternatives");
  return out;
}

// src/element/StockStatusElement.ts
var BaseElement = typeof HTMLElement === "undefined" ? class {
} : HTMLElement;
var StockStatusElement = class _StockStatusElement extends BaseElement {
  static observedAttributes = ["product-id", "variant-id", "quantity", "context"];
  /** For the extras script, which has no import of ours: `customElements.get('stock-status').extend(…)`. */
  static extend = extend;
  /** Every connected element, wherever it is (shadow roots included), for `StockStatus.refresh()`. */
  static connected = /* @__PURE__ */ new Set();
  controller = null;
  unsubscribe = null;
  unextend = null;
  /** Extras mounted in this element's containers, by part. */
  mounted = /* @__PURE__ */ new Map();
  button = null;
  lastEvent = "";
  scheduled = false;
  /** The latest resolution, for the extras and for tests. */
  resolution = null;
  get productId() {
    return readProductId(this);
  }
  get variantId() {
    return readVariantId(this);
  }
  get quantity() {
    return readQuantity2(this);
  }
  get context() {
    return readContext(this);
  }
  connectedCallback() {
    _StockStatusElement.connected.add(this);
    try {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: "open" });
        adoptStyles(root, getRuntime()?.config.nonce);
      }
      if (!this.hasAttribute("data-state")) this.setState("loading");
      this.renderView("loading", null);
      this.unextend ??= onExtend(() => this.resolution && this.renderView(this.resolution.availability.state, this.resolution.text));
      this.schedule();
    } catch (e) {
      report("error", `the widget could not start: ${e.message}`);
    }
  }
  disconnectedCallback() {
    _StockStatusElement.connected.delete(this);
    this.controller?.abort();
    this.controller = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.unextend?.();
    this.unextend = null;
    for (const { handle } of this.mounted.values()) handle.destroy();
    this.mounted.clear();
    if (this.button) manageButton(this.button, null, null);
    this.button = null;
  }
  attributeChangedCallback(_name, old, value) {
    if (old !== value && this.isConnected) this.schedule();
  }
  /** Look up again (after StockStatus.refresh(), or a changed attribute). */
  refresh() {
    this.schedule();
  }
  /** Several attribute changes in one task cost one look-up. */
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) void this.update();
    });
  }
  async update() {
    const runtime = getRuntime();
    if (!runtime) {
      this.unsubscribe ??= onRuntime(() => this.schedule());
      return;
    }
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const productId = this.productId;
    if (productId === "" && runtime.source.platform !== "jsonld") {
      report("warn", `<stock-status> needs a product-id with data-platform="${runtime.source.platform}".`);
      this.apply(runtime, null, controller);
      return;
    }
    const shown = this.resolution?.stock?.productId;
    if (shown === void 0 || runtime.store.key(shown) !== runtime.store.key(productId)) this.setState("loading");
    let stock = null;
    try {
      stock = await runtime.store.get(productId, controller.signal);
    } catch (e) {
      if (e?.name === "AbortError") return;
      report("warn", `stock look-up failed: ${e?.message ?? e}`);
    }
    if (controller.signal.aborted) return;
    this.apply(runtime, stock, controller);
  }
  apply(runtime, stock, controller) {
    try {
      const record = pickRecord(stock, this.variantId);
      const availability = resolveAvailability(record, this.quantity);
      const today = runtime.today();
      const eta = computeEta(availability, record, runtime.config, today);
      const text5 = describeStatus(availability, eta, {
        locale: runtime.locale,
        context: this.context,
        today,
        overrides: runtime.config.messages,
        storeText: record?.storeText
      });
      const resolution = { stock, record, availability, eta, text: text5, runtime };
      this.resolution = resolution;
      this.setState(availability.state);
      this.renderView(availability.state, text5);
      this.manageButton(runtime, availability.state);
      this.announce(runtime, resolution);
    } catch (e) {
      report("error", `could not show availability: ${e.message}`);
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }
  setState(state) {
    if (this.getAttribute("data-state") !== state) this.setAttribute("data-state", state);
  }
  renderView(state, text5) {
    if (!this.shadowRoot) return;
    const resolution = state === "loading" ? null : this.resolution;
    const runtime = resolution?.runtime ?? getRuntime();
    const parts = runtime && text5 ? wantedExtras(this.context, runtime.config, resolution) : [];
    renderStatus(this.shadowRoot, { state, text: text5, context: this.context, extras: parts });
    if (resolution) this.mountExtras(parts, resolution);
  }
  /** Hands each reserved container to its extension; fetches the extras script the first time one is missing. */
  mountExtras(parts, resolution) {
    for (const [part, m] of this.mounted) {
      if (!parts.includes(part) || !m.container.isConnected) {
        m.handle.destroy();
        this.mounted.delete(part);
      }
    }
    let missing = false;
    for (const part of parts) {
      const container = this.shadowRoot?.querySelector(`[data-extra="${part}"]`);
      const ext = [...extensions].find((e) => e.part === part);
      if (!container) continue;
      if (!ext) {
        missing = true;
        continue;
      }
      const m = this.mounted.get(part);
      try {
        if (m && m.container === container) m.handle.update(resolution);
        else this.mounted.set(part, { container, handle: ext.mount(container, this, resolution) });
      } catch (e) {
        report("error", `the ${part} could not be shown: ${e.message}`);
      }
    }
    if (missing) setTimeout(() => loadExtras(resolution.runtime.config.nonce), 0);
  }
  /** `data-button="manage"`: the product context relabels the theme's add-to-cart button. */
  manageButton(runtime, state) {
    if (runtime.config.button !== "manage" || this.context !== "product") return;
    try {
      if (!this.button?.isConnected) this.button = findCartButton(this);
      if (this.button) manageButton(this.button, state === "unknown" ? null : state, runtime);
    } catch (e) {
      report("warn", `could not update the add-to-cart button: ${e.message}`);
    }
  }
  /** One event per change of what the shopper is told (state, date, units shipping now). */
  announce(runtime, r) {
    const detail = {
      productId: this.productId,
      variantId: this.variantId,
      quantity: this.quantity,
      state: r.availability.state,
      available: r.availability.shipNow,
      eta: r.eta.eta,
      etaKind: r.eta.etaKind,
      platform: runtime.source.platform
    };
    const key = JSON.stringify([detail.productId, detail.variantId, detail.state, detail.available, detail.eta, detail.etaKind]);
    if (key === this.lastEvent) return;
    this.lastEvent = key;
    this.dispatchEvent(new CustomEvent("stock-status:change", { detail, bubbles: true, composed: true }));
  }
};

// src/define.ts
function define(name = "stock-status") {
  if (typeof customElements === "undefined" || customElements.get(name)) return;
  customElements.define(name, name === "stock-status" ? StockStatusElement : class extends StockStatusElement {
  });
}

// src/extras/extrasCatalog.ts
var extrasEn = {
  signupIntro: "Get an email when it is back in stock.",
  signupLabel: "Email address",
  signupButton: "Notify me",
  signupMissing: "Enter your email address.",
  signupInvalid: "Enter an email address like name@example.com.",
  signupSending: "Signing you up\u2026",
  signupDone: "Thanks! We will email {email} when it is back.",
  signupRetrying: "We could not reach the sign-up service. Your address is saved and we will keep trying.",
  signupRejected: "The sign-up was not accepted. Check your address and try again.",
  alternativesHeading: "Available now instead"
};
var catalogs2 = {
  en: extrasEn,
  de: {
    signupIntro: "Per E-Mail benachrichtigen, sobald es wieder da ist.",
    signupLabel: "E-Mail-Adresse",
    signupButton: "Benachrichtigen",
    signupMissing: "Bitte geben Sie Ihre E-Mail-Adresse ein.",
    signupInvalid: "Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.",
    signupSending: "Wird angemeldet \u2026",
    signupDone: "Danke! Wir schreiben an {email}, sobald es wieder da ist.",
    signupRetrying: "Der Anmeldedienst ist nicht erreichbar. Ihre Adresse ist gespeichert, wir versuchen es weiter.",
    signupRejected: "Die Anmeldung wurde abgelehnt. Bitte pr\xFCfen Sie Ihre Adresse.",
    alternativesHeading: "Sofort lieferbar"
  },
  fr: {
    signupIntro: "Recevez un e-mail d\xE8s le retour en stock.",
    signupLabel: "Adresse e-mail",
    signupButton: "M\u2019avertir",
    signupMissing: "Saisissez votre adresse e-mail.",
    signupInvalid: "Saisissez une adresse e-mail comme nom@exemple.fr.",
    signupSending: "Inscription en cours\u2026",
    signupDone: "Merci ! Nous \xE9crirons \xE0 {email} d\xE8s son retour.",
    signupRetrying: "Le service d\u2019inscription est injoignable. Votre adresse est enregistr\xE9e, nous r\xE9essayons.",
    signupRejected: "L\u2019inscription a \xE9t\xE9 refus\xE9e. V\xE9rifiez votre adresse.",
    alternativesHeading: "Disponible maintenant"
  },
  es: {
    signupIntro: "Recibe un correo cuando vuelva a estar disponible.",
    signupLabel: "Correo electr\xF3nico",
    signupButton: "Avisarme",
    signupMissing: "Introduce tu correo electr\xF3nico.",
    signupInvalid: "Introduce un correo como nombre@ejemplo.com.",
    signupSending: "Registrando\u2026",
    signupDone: "\xA1Gracias! Escribiremos a {email} cuando vuelva.",
    signupRetrying: "No pudimos contactar con el servicio. Tu direcci\xF3n est\xE1 guardada y seguiremos intent\xE1ndolo.",
    signupRejected: "No se acept\xF3 el registro. Revisa tu direcci\xF3n.",
    alternativesHeading: "Disponible ahora"
  },
  nl: {
    signupIntro: "Ontvang een e-mail zodra het weer op voorraad is.",
    signupLabel: "E-mailadres",
    signupButton: "Houd me op de hoogte",
    signupMissing: "Vul je e-mailadres in.",
    signupInvalid: "Vul een e-mailadres in zoals naam@voorbeeld.nl.",
    signupSending: "Bezig met aanmelden\u2026",
    signupDone: "Bedankt! We mailen {email} zodra het terug is.",
    signupRetrying: "De aanmelddienst is niet bereikbaar. Je adres is bewaard en we blijven het proberen.",
    signupRejected: "De aanmelding is niet geaccepteerd. Controleer je adres.",
    alternativesHeading: "Nu leverbaar"
  },
  it: {
    signupIntro: "Ricevi un\u2019email quando torna disponibile.",
    signupLabel: "Indirizzo email",
    signupButton: "Avvisami",
    signupMissing: "Inserisci il tuo indirizzo email.",
    signupInvalid: "Inserisci un indirizzo come nome@esempio.it.",
    signupSending: "Iscrizione in corso\u2026",
    signupDone: "Grazie! Scriveremo a {email} quando torna disponibile.",
    signupRetrying: "Il servizio di iscrizione non risponde. Il tuo indirizzo \xE8 salvato e continueremo a provare.",
    signupRejected: "L\u2019iscrizione non \xE8 stata accettata. Controlla l\u2019indirizzo.",
    alternativesHeading: "Disponibili subito"
  },
  pt: {
    signupIntro: "Receba um e-mail quando voltar ao estoque.",
    signupLabel: "Endere\xE7o de e-mail",
    signupButton: "Avise-me",
    signupMissing: "Informe seu e-mail.",
    signupInvalid: "Informe um e-mail como nome@exemplo.com.",
    signupSending: "Cadastrando\u2026",
    signupDone: "Obrigado! Avisaremos {email} quando voltar.",
    signupRetrying: "N\xE3o foi poss\xEDvel contatar o servi\xE7o. Seu endere\xE7o est\xE1 salvo e continuaremos tentando.",
    signupRejected: "O cadastro n\xE3o foi aceito. Verifique seu endere\xE7o.",
    alternativesHeading: "Dispon\xEDvel agora"
  },
  ja: {
    signupIntro: "\u518D\u5165\u8377\u3057\u305F\u3089\u30E1\u30FC\u30EB\u3067\u304A\u77E5\u3089\u305B\u3057\u307E\u3059\u3002",
    signupLabel: "\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9",
    signupButton: "\u901A\u77E5\u3092\u53D7\u3051\u53D6\u308B",
    signupMissing: "\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9\u3092\u5165\u529B\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
    signupInvalid: "name@example.com \u306E\u5F62\u5F0F\u3067\u30E1\u30FC\u30EB\u30A2\u30C9\u30EC\u30B9\u3092\u5165\u529B\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
    signupSending: "\u767B\u9332\u3057\u3066\u3044\u307E\u3059\u2026",
    signupDone: "\u3042\u308A\u304C\u3068\u3046\u3054\u3056\u3044\u307E\u3059\u3002\u518D\u5165\u8377\u3057\u305F\u3089 {email} \u306B\u304A\u77E5\u3089\u305B\u3057\u307E\u3059\u3002",
    signupRetrying: "\u767B\u9332\u30B5\u30FC\u30D3\u30B9\u306B\u63A5\u7D9A\u3067\u304D\u307E\u305B\u3093\u3002\u30A2\u30C9\u30EC\u30B9\u306F\u4FDD\u5B58\u3055\u308C\u3001\u518D\u8A66\u884C\u3092\u7D9A\u3051\u307E\u3059\u3002",
    signupRejected: "\u767B\u9332\u3067\u304D\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u30A2\u30C9\u30EC\u30B9\u3092\u3054\u78BA\u8A8D\u304F\u3060\u3055\u3044\u3002",
    alternativesHeading: "\u3059\u3050\u306B\u304A\u5C4A\u3051\u3067\u304D\u308B\u5546\u54C1"
  }
};
var extrasLocales = Object.keys(catalogs2);
function extrasText(locale, overrides) {
  const language = locale.toLowerCase().split("-")[0] ?? "en";
  const words = { ...extrasEn, ...catalogs2[language], ...overrides?.[language], ...overrides?.[locale] };
  return (key, values = {}) => fill(words[key] ?? extrasEn[key], values);
}

// src/extras/alternatives/AlternativesView.tsx
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
var lists = 0;
var str2 = (v, max) => typeof v === "string" && v.trim() !== "" ? v.trim().slice(0, max) : null;
function AlternativesView({ alternatives, locale, today, overrides }) {
  if (alternatives.length === 0) return null;
  const say = extrasText(locale, overrides);
  const heading = `ss-alts-${++lists}`;
  return /* @__PURE__ */ jsxs("section", { class: "alts", "aria-labelledby": heading, children: [
    /* @__PURE__ */ jsx("h3", { class: "alts-heading", id: heading, part: "alternatives-heading", children: say("alternativesHeading") }),
    /* @__PURE__ */ jsx("ul", { class: "alts-list", part: "alternatives-list", role: "list", children: alternatives.map((a) => {
      const name = str2(a.info.name, 200);
      if (!name) return null;
      const href = safeLink(a.info.url);
      const image2 = safeLink(a.info.image);
      const price = str2(a.info.price, 40);
      const availability = resolveAvailability(a.record, 1);
      const badge = describeStatus(availability, { eta: null, etaKind: null }, { locale, context: "card", today, overrides });
      const body = /* @__PURE__ */ jsxs(Fragment, { children: [
        image2 && /* @__PURE__ */ jsx(
          "img",
          {
            class: "alt-image",
            part: "alternative-image",
            src: image2,
            alt: "",
            width: 160,
            height: 160,
            loading: "lazy",
            decoding: "async"
          }
        ),
        /* @__PURE__ */ jsx("span", { class: "alt-name", part: "alternative-name", children: name }),
        price && /* @__PURE__ */ jsx("span", { class: "alt-price", part: "alternative-price", children: price }),
        badge && /* @__PURE__ */ jsx("span", { class: "alt-badge", part: "alternative-badge", "data-state": availability.state, children: badge.label })
      ] });
      return /* @__PURE__ */ jsx("li", { class: "alt", part: "alternative", "data-product-id": a.productId, children: href ? /* @__PURE__ */ jsx("a", { class: "alt-link", part: "alternative-link", href, children: body }) : /* @__PURE__ */ jsx("div", { class: "alt-link", children: body }) }, a.productId);
    }) })
  ] });
}

// src/extras/alternatives/alternativesExtension.tsx
import { render } from "preact";

// src/extras/extrasStyles.ts
var extrasCss = `
.signup-form{display:grid;gap:.4em;max-width:var(--stock-status-signup-max-width,30em)}
.signup-intro,.signup-error,.signup-message{margin:0}
.signup-label{font-weight:600}
.signup-row{display:flex;flex-wrap:wrap;gap:.5em}
.signup-input,.signup-button{font:inherit;min-height:2.75em;border-radius:var(--stock-status-control-radius,.375em)}
.signup-input{flex:1 1 12em;min-width:0;color:inherit;background:var(--stock-status-input-background,transparent);border:1px solid var(--stock-status-border,currentColor);padding:.5em .75em}
.signup-input[aria-invalid=true]{border-width:2px;border-color:var(--stock-status-error,currentColor)}
.signup-button{flex:none;font-weight:600;color:var(--stock-status-button-color,inherit);background:var(--stock-status-button-background,transparent);border:2px solid var(--stock-status-button-border,currentColor);padding:.5em 1.1em;cursor:pointer}
.signup-error{font-weight:600;color:var(--stock-status-error,inherit)}
.signup-error::before{content:"\\26A0\\FE0E  " / ""}
.signup-message{min-height:1.5em}
:focus-visible{outline:2px solid var(--stock-status-focus,currentColor);outline-offset:2px}
.alts-heading{margin:0 0 .5em;font-size:var(--stock-status-heading-size,1em);font-weight:600}
.alts-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(var(--stock-status-alternative-min-width,7.5em),1fr));gap:var(--stock-status-space,.75em)}
.alt{border:1px solid var(--stock-status-card-border,color-mix(in srgb,currentColor 25%,transparent));border-radius:var(--stock-status-control-radius,.375em);background:var(--stock-status-surface,transparent)}
.alt-link{display:grid;align-content:start;gap:.2em;padding:.5em;color:inherit;text-decoration:none;height:100%;border-radius:inherit}
.alt-image{display:block;width:100%;height:auto;aspect-ratio:1;object-fit:cover;border-radius:calc(var(--stock-status-control-radius,.375em) / 2);margin-bottom:.3em}
.alt-name{font-weight:600;text-decoration:underline;text-underline-offset:.15em;overflow-wrap:anywhere}
div.alt-link .alt-name{text-decoration:none}
.alt-link:hover .alt-name{text-decoration-thickness:2px}
.alt-price{font-variant-numeric:tabular-nums}
.alt-badge{display:inline-flex;align-items:center;gap:.35em;font-size:var(--stock-status-card-font-size,.875em)}
.alt-badge::before{content:"";flex:none;width:.55em;height:.55em;border-radius:50%;background:var(--stock-status-in-stock,#1a7f37);forced-color-adjust:none}
.alt-badge[data-state=low-stock]::before{background:var(--stock-status-low-stock,#bf8700)}
@media (forced-colors:active){.alt-badge::before{background:CanvasText}.signup-input,.signup-button,.alt{border-color:CanvasText}}
@media (prefers-reduced-motion:no-preference){.signup-button,.alt-name{transition:text-decoration-thickness .15s,background-color .15s}}
`;
var sheet = null;
function adoptExtrasStyles(container, nonce) {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  try {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(extrasCss);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
  }
  if (root.querySelector("style[data-extras]")) return;
  const style = document.createElement("style");
  style.setAttribute("data-extras", "");
  if (nonce) style.nonce = nonce;
  style.textContent = extrasCss;
  root.appendChild(style);
}

// src/extras/alternatives/loadAlternatives.ts
var cache2 = /* @__PURE__ */ new Map();
var buyable = (a) => {
  const state = resolveAvailability(a.record, 1).state;
  return state === "in-stock" || state === "low-stock";
};
function loadAlternatives(runtime, productId, limit) {
  const key = `${runtime.source.platform}:${productId}:${limit}`;
  let pending = cache2.get(key);
  if (!pending) {
    pending = fetchAlternatives(runtime, productId, limit).then(
      (list) => list.filter(buyable).slice(0, limit),
      (e) => {
        report("warn", `alternatives could not be loaded (${e?.message ?? e}); none are shown.`);
        cache2.delete(key);
        return [];
      }
    );
    cache2.set(key, pending);
  }
  return pending;
}
async function fetchAlternatives(runtime, productId, limit) {
  const { config, source, store, transport, document: document2 } = runtime;
  const list = config.alternativesList?.filter((id4) => id4 !== productId) ?? [];
  if (list.length > 0) {
    const found = await Promise.all(list.map((id4) => store.get(id4).catch(() => null)));
    return toAlternatives(
      found.filter((p) => p !== null),
      productId,
      limit
    );
  }
  if (!source.alternatives) return [];
  return source.alternatives(productId, limit, { config, transport, document: document2, signal: new AbortController().signal });
}

// src/extras/alternatives/alternativesExtension.tsx
import { jsx as jsx2 } from "preact/jsx-runtime";
var alternativesExtension = {
  name: "alternatives",
  part: "alternatives",
  mount(container, element, first) {
    adoptExtrasStyles(container, first.runtime.config.nonce);
    let current2 = "";
    let alive = true;
    const show = (r) => {
      const productId = element.productId || r.stock?.productId || "";
      const { runtime } = r;
      if (productId === current2) return;
      current2 = productId;
      void loadAlternatives(runtime, productId, runtime.config.alternatives).then((list) => {
        if (!alive || current2 !== productId) return;
        container.setAttribute("data-count", String(list.length));
        render(
          /* @__PURE__ */ jsx2(AlternativesView, { alternatives: list, locale: runtime.locale, today: runtime.today(), overrides: runtime.config.messages }),
          container
        );
      });
    };
    show(first);
    return {
      update: show,
      destroy: () => {
        alive = false;
        render(null, container);
      }
    };
  }
};

// src/extras/notify/SignupForm.tsx
import { useEffect, useRef, useState } from "preact/hooks";
import { jsx as jsx3, jsxs as jsxs2 } from "preact/jsx-runtime";
var forms = 0;
var EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
function SignupForm({ queue: queue2, target, productId, variantId, locale, platform, overrides }) {
  const say = extrasText(locale, overrides);
  const ids = useRef(`ss-signup-${++forms}`).current;
  const [signup, setSignup] = useState(() => queue2.latest(target, productId, variantId));
  const [email, setEmail] = useState(() => signup?.email ?? "");
  const [error, setError] = useState(null);
  const input = useRef(null);
  useEffect(() => {
    const sync = () => setSignup(queue2.latest(target, productId, variantId));
    sync();
    return queue2.subscribe(sync);
  }, [queue2, target, productId, variantId]);
  const submit = (e) => {
    e.preventDefault();
    const field = input.current;
    const value = (field?.value ?? email).trim();
    const problem = field?.validity.valueMissing || value === "" ? "signupMissing" : field?.validity.typeMismatch || !EMAIL.test(value) ? "signupInvalid" : null;
    setError(problem);
    if (problem) {
      field?.focus();
      return;
    }
    setSignup(queue2.submit({ target, email: value, productId, variantId, locale, pageUrl: location.href.slice(0, 2048), platform }));
  };
  const status = signup?.status;
  const message = status === "done" ? say("signupDone", { email: signup.email }) : status === "retrying" ? say("signupRetrying") : status === "sending" ? say("signupSending") : status === "rejected" ? say("signupRejected") : "";
  const describedBy = [error ? `${ids}-error` : "", `${ids}-intro`].filter(Boolean).join(" ");
  return /* @__PURE__ */ jsxs2("form", { class: "signup-form", part: "signup-form", noValidate: true, onSubmit: submit, "data-status": status ?? "idle", children: [
    /* @__PURE__ */ jsx3("p", { class: "signup-intro", id: `${ids}-intro`, part: "signup-intro", children: say("signupIntro") }),
    /* @__PURE__ */ jsx3("label", { class: "signup-label", for: `${ids}-email`, part: "signup-label", children: say("signupLabel") }),
    /* @__PURE__ */ jsxs2("div", { class: "signup-row", children: [
      /* @__PURE__ */ jsx3(
        "input",
        {
          ref: input,
          id: `${ids}-email`,
          class: "signup-input",
          part: "signup-input",
          type: "email",
          name: "email",
          autocomplete: "email",
          inputMode: "email",
          maxLength: 254,
          required: true,
          value: email,
          "aria-invalid": error ? "true" : "false",
          "aria-describedby": describedBy,
          onInput: (e) => {
            setEmail(e.currentTarget.value);
            if (error) setError(null);
          }
        }
      ),
      /* @__PURE__ */ jsx3("button", { class: "signup-button", part: "signup-button", type: "submit", children: say("signupButton") })
    ] }),
    error && /* @__PURE__ */ jsx3("p", { class: "signup-error", id: `${ids}-error`, part: "signup-error", role: "alert", children: say(error) }),
    /* @__PURE__ */ jsx3("p", { class: "signup-message", part: "signup-message", role: "status", "aria-live": "polite", "data-status": status ?? "idle", children: message })
  ] });
}

// src/extras/notify/SignupQueue.ts
import * as z27 from "zod/mini";

// src/extras/notify/notifyTarget.ts
function notifyTarget(value) {
  if (!value) return null;
  const klaviyo = /^klaviyo:([A-Za-z0-9]{4,12})$/.exec(value);
  if (klaviyo) return { kind: "klaviyo", publicKey: klaviyo[1] };
  try {
    const url = new URL(value, globalThis.location?.href ?? "http://localhost/");
    if (url.protocol === "https:" || value.startsWith("/") || /^(localhost|127\.0\.0\.1)$/.test(url.hostname))
      return { kind: "url", url: url.href };
  } catch {
  }
  return null;
}

// src/extras/notify/SignupQueue.ts
var KEY = "stock-status:signups:v1";
var KEEP_DONE_MS = 30 * 864e5;
var KEEP_PENDING_MS = 7 * 864e5;
var MAX_ENTRIES = 30;
var LEASE_MS = 15e3;
var stored = z27.array(
  z27.object({
    id: z27.string().check(z27.maxLength(400)),
    target: z27.string().check(z27.maxLength(2048)),
    email: z27.string().check(z27.maxLength(254)),
    productId: z27.string().check(z27.maxLength(200)),
    variantId: z27.nullable(z27.string().check(z27.maxLength(200))),
    locale: z27.string().check(z27.maxLength(64)),
    pageUrl: z27.string().check(z27.maxLength(2048)),
    platform: z27.string().check(z27.maxLength(32)),
    status: z27.enum(["sending", "retrying", "done", "rejected"]),
    attempts: z27.number(),
    nextAt: z27.number(),
    leaseUntil: z27.number(),
    createdAt: z27.number()
  })
);
var signupId = (target, productId, variantId, email) => `${target}|${productId}|${variantId ?? ""}|${email.trim().toLowerCase()}`;
var SignupQueue = class {
  constructor(options) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }
  options;
  inflight = /* @__PURE__ */ new Set();
  timers = /* @__PURE__ */ new Map();
  listeners = /* @__PURE__ */ new Set();
  /** Rejected ones are not stored (they will never go through) but the page still shows why. */
  rejected = /* @__PURE__ */ new Map();
  now;
  /** The same list in memory, for when storage is missing or blocked (the page life is then the limit). */
  memory = [];
  load() {
    let raw;
    try {
      if (!this.options.storage) return this.memory;
      raw = this.options.storage.getItem(KEY);
    } catch {
      return this.memory;
    }
    try {
      if (!raw) return [];
      const parsed = z27.safeParse(stored, JSON.parse(raw));
      if (!parsed.success) throw new Error("bad shape");
      const now = this.now();
      return parsed.data.filter((s) => now - s.createdAt < (s.status === "done" ? KEEP_DONE_MS : KEEP_PENDING_MS));
    } catch {
      report("warn", "saved back-in-stock signups could not be read; they were reset.");
      this.save([]);
      return [];
    }
  }
  save(list) {
    this.memory = list.slice(-MAX_ENTRIES);
    try {
      this.options.storage?.setItem(KEY, JSON.stringify(list.slice(-MAX_ENTRIES)));
    } catch {
    }
  }
  put(s) {
    const list = this.load().filter((x) => x.id !== s.id);
    if (s.status !== "rejected") list.push(s);
    this.save(list);
    if (s.status === "rejected") this.rejected.set(s.id, s);
    else this.rejected.delete(s.id);
    for (const l of this.listeners) l();
  }
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** The latest signup for this product on this target, if any. */
  latest(target, productId, variantId) {
    const mine = (s) => s.target === target && s.productId === productId && s.variantId === variantId;
    const all = [...this.load(), ...this.rejected.values()].filter(mine);
    return all.sort((a, b) => a.createdAt - b.createdAt).at(-1);
  }
  /** Records and sends a signup; a repeat of one pending or done is not sent again. */
  submit(input) {
    const id4 = signupId(input.target, input.productId, input.variantId, input.email);
    const existing = this.load().find((s2) => s2.id === id4);
    if (existing) {
      if (existing.status !== "done" && !this.inflight.has(id4)) this.schedule({ ...existing, nextAt: this.now() }, 0);
      return existing;
    }
    const now = this.now();
    const s = {
      ...input,
      email: input.email.trim(),
      id: id4,
      status: "sending",
      attempts: 0,
      nextAt: now,
      leaseUntil: 0,
      createdAt: now
    };
    this.put(s);
    void this.attempt(id4);
    return s;
  }
  /** Sends what an earlier page left pending (after a reload or in another tab). */
  resume() {
    for (const s of this.load()) if (s.status !== "done") this.schedule(s, Math.max(0, s.nextAt - this.now()));
  }
  schedule(s, delay) {
    clearTimeout(this.timers.get(s.id));
    this.timers.set(
      s.id,
      setTimeout(() => {
        this.timers.delete(s.id);
        void this.attempt(s.id);
      }, delay)
    );
  }
  async attempt(id4) {
    if (this.inflight.has(id4)) return;
    const s = this.load().find((x) => x.id === id4);
    const now = this.now();
    if (!s || s.status === "done") return;
    if (s.leaseUntil > now) return this.schedule(s, s.leaseUntil - now + 50);
    const target = notifyTarget(s.target);
    if (!target) return this.put({ ...s, status: "rejected" });
    this.inflight.add(id4);
    this.put({ ...s, leaseUntil: now + LEASE_MS });
    let result;
    try {
      result = await this.options.send(target, s);
    } catch {
      result = "retry";
    } finally {
      this.inflight.delete(id4);
    }
    const attempts = s.attempts + 1;
    if (result === "ok") return this.put({ ...s, attempts, status: "done", leaseUntil: 0 });
    if (result === "rejected") {
      report("warn", "the back-in-stock signup was refused by its endpoint; the shopper was asked to check the address.");
      return this.put({ ...s, attempts, status: "rejected", leaseUntil: 0 });
    }
    const base = this.options.baseDelayMs ?? 2e3;
    const delay = Math.min(base * 2 ** (attempts - 1), this.options.maxDelayMs ?? 6e4);
    if (attempts === 1) report("warn", "the back-in-stock signup could not be sent; it is saved and will be retried.");
    this.put({ ...s, attempts, status: "retrying", nextAt: this.now() + delay, leaseUntil: 0 });
    this.schedule(s, delay);
  }
};

// src/extras/notify/sendSignup.ts
var KLAVIYO_REVISION = "2026-10-15";
var KLAVIYO_URL = "https://a.klaviyo.com/client/back-in-stock-subscriptions";
function klaviyoVariantId(platform, id4) {
  const integration = platform === "shopify" || platform === "bigcommerce" ? platform : "custom";
  const plain3 = id4.replace(/^gid:\/\/shopify\/\w+\//, "");
  return `$${integration}:::$default:::${plain3}`;
}
function signupRequest(target, s) {
  if (target.kind === "klaviyo") {
    return {
      url: `${KLAVIYO_URL}?company_id=${encodeURIComponent(target.publicKey)}`,
      init: {
        method: "POST",
        headers: { "Content-Type": "application/vnd.api+json", Accept: "application/vnd.api+json", revision: KLAVIYO_REVISION },
        body: JSON.stringify({
          data: {
            type: "back-in-stock-subscription",
            attributes: { channels: ["EMAIL"], profile: { data: { type: "profile", attributes: { email: s.email } } } },
            relationships: {
              variant: { data: { type: "catalog-variant", id: klaviyoVariantId(s.platform, s.variantId ?? s.productId) } }
            }
          }
        }),
        credentials: "omit"
      }
    };
  }
  return {
    url: target.url,
    init: {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({
        email: s.email,
        productId: s.productId,
        variantId: s.variantId,
        locale: s.locale,
        pageUrl: s.pageUrl,
        signupId: s.id
      }),
      credentials: "same-origin"
    }
  };
}
async function sendSignup(target, s, doFetch, timeoutMs = 1e4) {
  const { url, init } = signupRequest(target, s);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  try {
    const res = await doFetch(url, { ...init, signal: timeout.signal });
    if (res.ok) return "ok";
    return res.status === 408 || res.status === 425 || res.status === 429 || res.status >= 500 ? "retry" : "rejected";
  } catch {
    return "retry";
  } finally {
    clearTimeout(timer);
  }
}

// src/extras/notify/signupExtension.tsx
import { render as render2 } from "preact";
import { jsx as jsx4 } from "preact/jsx-runtime";
function localStore() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
var queue = null;
function signupQueue() {
  queue ??= new SignupQueue({ storage: localStore(), send: (target, s) => sendSignup(target, s, globalThis.fetch.bind(globalThis)) });
  return queue;
}
function draw(container, element, r) {
  const { config, locale, source } = r.runtime;
  if (!config.notify) return render2(null, container);
  render2(
    /* @__PURE__ */ jsx4(
      SignupForm,
      {
        queue: signupQueue(),
        target: config.notify,
        productId: element.productId || r.stock?.productId || "",
        variantId: element.variantId,
        locale,
        platform: source.platform,
        overrides: config.messages
      }
    ),
    container
  );
}
var signupExtension = {
  name: "signup",
  part: "signup",
  mount(container, element, resolution) {
    adoptExtrasStyles(container, resolution.runtime.config.nonce);
    draw(container, element, resolution);
    return {
      update: (r) => draw(container, element, r),
      destroy: () => render2(null, container)
    };
  }
};

// src/extras/useExtras.ts
function useExtras() {
  extend(signupExtension);
  extend(alternativesExtension);
  signupQueue().resume();
}

// src/ui/StatusView.tsx
import { useLayoutEffect, useRef as useRef2 } from "preact/hooks";
import { Fragment as Fragment2, jsx as jsx5, jsxs as jsxs3 } from "preact/jsx-runtime";
function StatusView({ children, ...view }) {
  const ref = useRef2(null);
  useLayoutEffect(() => {
    if (ref.current) renderStatus(ref.current, view);
  });
  return /* @__PURE__ */ jsxs3(Fragment2, { children: [
    /* @__PURE__ */ jsx5("div", { class: "stock-status", ref }),
    children
  ] });
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
export {
  AlternativesView,
  SignupForm,
  SignupQueue,
  StatusView,
  StockStatusElement,
  VERSION,
  alternativesExtension,
  computeEta,
  configure,
  define,
  describeStatus,
  emptyRecord,
  extend,
  extensions,
  findCartButton,
  manageButton,
  normalizeQuantity,
  parseConfig,
  pickRecord,
  renderStatus,
  resolveAvailability,
  sendSignup,
  signupExtension,
  signupQueue,
  signupRequest,
  useExtras
};
//# sourceMappingURL=index.js.map
