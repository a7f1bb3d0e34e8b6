var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// src/config/parseConfig.ts
import * as z from "zod/mini";

// src/core/report.ts
var said = /* @__PURE__ */ new Set();
function report(level, message) {
  const line = `[stock-status] ${message}`;
  if (said.has(line)) return;
  said.add(line);
  console[level](line);
}

// src/config/Config.ts
var PLATFORMS = ["bigcommerce", "shopify", "woocommerce", "jsonld", "json"];
var DEFAULT_CONFIG = {
  platform: "jsonld",
  restockField: "custom.restock_date",
  alternatives: 4,
  mount: "auto",
  handlingDays: 0
};

// src/config/parseConfig.ts
var text = (max = 2048) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
var count = (max) => z.pipe(
  z.union([z.number(), z.string().check(z.trim(), z.regex(/^\d+$/))]),
  z.transform((v) => Number(v))
).check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= max));
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
var endpoint = text().check(
  z.refine((v) => /^\/(?!\/)/.test(v) || /^https:\/\/[^\s/]+/i.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(v))
);
var keys = {
  platform: z.enum(PLATFORMS),
  endpoint,
  token: text(4096),
  locale: text(64).check(z.refine(isLocale)),
  restockField: text(128).check(z.regex(/^[\w-]+\.[\w-]+$/)),
  alternatives: count(12),
  notify: text().check(z.refine((v) => /^klaviyo:[A-Za-z0-9]{4,12}$/.test(v) || /^https:\/\/[^\s]+$/i.test(v) || /^\/(?!\/)\S*$/.test(v))),
  mount: z.enum(["auto", "manual"]),
  button: z.enum(["manage"]),
  nonce: text(256).check(z.regex(/^[\w+/=-]+$/)),
  leadDays: count(365),
  handlingDays: count(60),
  timeZone: text(64).check(z.refine(isTimeZone)),
  alternativesAfterDays: count(365),
  alternativesList: z.pipe(
    z.union([z.array(z.union([z.string(), z.number()])), z.string()]),
    z.transform((v) => (typeof v === "string" ? v.split(",") : v).map((x) => String(x).trim()).filter(Boolean))
  ).check(z.refine((list) => list.length <= 50)),
  messages: z.record(
    text(35).check(z.refine(isLocale)),
    z.record(z.string().check(z.regex(/^[a-zA-Z]+$/)), z.string().check(z.maxLength(300)))
  )
};
var CONFIG_KEYS = Object.keys(keys);
var attributeName = (key) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
function parseConfig(attributes, global) {
  const config = { ...DEFAULT_CONFIG };
  const fromGlobal = global && typeof global === "object" ? global : {};
  if (global != null && typeof global !== "object") report("error", "window.StockStatusConfig must be an object; it was ignored.");
  for (const key of CONFIG_KEYS) {
    const raw = key in fromGlobal ? fromGlobal[key] : attributes[attributeName(key)];
    if (raw === void 0 || raw === null || raw === "") continue;
    const parsed = z.safeParse(keys[key], raw);
    if (parsed.success) {
      config[key] = parsed.data;
    } else {
      const fallback = DEFAULT_CONFIG[key];
      report(
        "error",
        `config "${key}" (${attributeName(key)}) has an invalid value ${JSON.stringify(String(raw).slice(0, 60))}; ${fallback === void 0 ? "it is ignored" : `using ${JSON.stringify(fallback)}`}.`
      );
    }
  }
  return config;
}

// src/core/dates.ts
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDateOnly(value) {
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === value;
}
var partsCache = /* @__PURE__ */ new Map();
function dateInZone(instant, timeZone) {
  const key = timeZone ?? "";
  let f = partsCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    partsCache.set(key, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
function toDateOnly(value, timeZone) {
  if (!value || typeof value !== "string") return null;
  const v = value.trim();
  if (isDateOnly(v)) return v;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(v)) return null;
  const t = Date.parse(v.replace(" ", "T"));
  return Number.isFinite(t) ? dateInZone(new Date(t), timeZone) : null;
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
var todayIn = (timeZone) => () => dateInZone(/* @__PURE__ */ new Date(), timeZone);

// src/core/StockRecord.ts
function pickRecord(stock, variantId) {
  if (!stock) return null;
  if (variantId === null || variantId === "") return stock.product;
  if (stock.variants.length === 0) return stock.product;
  const id2 = stock.variantAliases?.[variantId] ?? variantId;
  return stock.variants.find((v) => v.variantId === id2) ?? null;
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

// src/sources/jsonld/readJsonLd.ts
import * as z2 from "zod/mini";
var MAX_SCRIPT = 1e6;
var scalar = z2.union([z2.string(), z2.number()]);
var offer = z2.looseObject({
  "@type": z2.optional(z2.union([z2.string(), z2.array(z2.string())])),
  availability: z2.optional(z2.unknown()),
  availabilityStarts: z2.optional(z2.unknown()),
  price: z2.optional(scalar),
  lowPrice: z2.optional(scalar),
  priceCurrency: z2.optional(z2.string()),
  offers: z2.optional(z2.unknown()),
  sku: z2.optional(scalar),
  inventoryLevel: z2.optional(z2.unknown())
});
var product = z2.looseObject({
  "@type": z2.union([z2.string(), z2.array(z2.string())]),
  "@id": z2.optional(z2.string()),
  name: z2.optional(z2.string()),
  sku: z2.optional(scalar),
  productID: z2.optional(scalar),
  mpn: z2.optional(scalar),
  productGroupID: z2.optional(scalar),
  url: z2.optional(z2.string()),
  image: z2.optional(z2.unknown()),
  offers: z2.optional(z2.unknown()),
  hasVariant: z2.optional(z2.unknown())
});
var isType = (node, name) => [].concat(node["@type"] ?? []).some((t) => typeof t === "string" && t.replace(/^(https?:\/\/schema\.org\/|schema:)/, "") === name);
function offersOf(value) {
  const out = [];
  for (const item of [].concat(value ?? [])) {
    const parsed = z2.safeParse(offer, item);
    if (!parsed.success) continue;
    out.push(parsed.data);
    if (parsed.data.offers) out.push(...offersOf(parsed.data.offers));
  }
  return out;
}
function toProduct(node) {
  const parsed = z2.safeParse(product, node);
  if (!parsed.success) return null;
  const variants = [].concat(parsed.data.hasVariant ?? []).map(toProduct).filter((v) => v !== null);
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
    const text2 = script.textContent ?? "";
    if (text2.length > MAX_SCRIPT) {
      report("warn", `a JSON-LD script of ${text2.length} characters was too large to read.`);
      continue;
    }
    let data;
    try {
      data = JSON.parse(text2);
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
function recordOf(productId, variantId, offers, timeZone) {
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
  const image = typeof img === "string" ? img : img && typeof img === "object" && typeof img.url === "string" ? img.url : void 0;
  return { name: p.name, url: p.url, image, price };
}
function stockOfJsonLd(p, productId, config) {
  const tz = config.timeZone;
  const variants = p.variants.map((v) => recordOf(productId, idsOf(v)[0] ?? null, v.offerList, tz)).filter((r) => r !== null);
  const own = recordOf(productId, null, p.offerList.length ? p.offerList : p.variants.flatMap((v) => v.offerList), tz);
  if (!own) return null;
  const variantAliases = {};
  for (const v of p.variants) {
    const [first, ...rest] = idsOf(v);
    if (first) for (const alias of rest) variantAliases[alias] = first;
  }
  return { productId, product: own, variants, info: infoOf(p, config.locale), variantAliases };
}
var jsonLdSource = {
  platform: "jsonld",
  batchSize: 1e3,
  async load(productIds, context) {
    const products = readJsonLd(context.document);
    const out = [];
    for (const id2 of productIds) {
      const p = id2 === "" ? products[0] : products.find((x) => idsOf(x).includes(id2) || x.variants.some((v) => idsOf(v).includes(id2)));
      const chosen = p ?? (productIds.length === 1 && products.length === 1 ? products[0] : void 0);
      if (!chosen) continue;
      const stock = stockOfJsonLd(chosen, id2, context.config);
      if (stock) out.push(stock);
      else report("warn", `the JSON-LD of product "${chosen.name ?? id2}" has no availability we can read.`);
    }
    return out;
  }
};

// src/sources/json/jsonSource.ts
import * as z4 from "zod/mini";

// src/sources/Source.ts
var SourceError = class extends Error {
  constructor(message, retryable = false) {
    super(message);
    __publicField(this, "retryable", retryable);
    __publicField(this, "name", "SourceError");
  }
};

// src/sources/json/jsonFeedSchema.ts
import * as z3 from "zod/mini";
var count2 = z3.number().check(z3.int(), z3.gte(0), z3.lte(1e9));
var dateOnly = z3.string().check(z3.regex(/^\d{4}-\d{2}-\d{2}$/));
var plain = (max) => z3.string().check(z3.maxLength(max));
var jsonStock = z3.object({
  purchasable: z3._default(z3.boolean(), true),
  tracked: z3._default(z3.boolean(), true),
  inStock: z3.optional(z3.boolean()),
  onHand: z3.optional(z3.nullable(count2)),
  backorderable: z3.optional(z3.nullable(z3.union([count2, z3.literal("unlimited")]))),
  lowStockAt: z3.optional(z3.nullable(count2)),
  showCounts: z3._default(z3.boolean(), true),
  preorder: z3.optional(z3.nullable(z3.object({ releaseDate: z3.optional(z3.nullable(dateOnly)) }))),
  restock: z3.optional(z3.nullable(z3.object({ date: dateOnly, confirmed: z3._default(z3.boolean(), false) })))
});
var id = z3.pipe(z3.union([z3.string().check(z3.minLength(1), z3.maxLength(200)), z3.number()]), z3.transform(String));
var jsonVariant = z3.object({ id, stock: jsonStock });
var jsonProduct = z3.object({
  id,
  name: z3.optional(plain(500)),
  url: z3.optional(plain(2e3)),
  image: z3.optional(plain(2e3)),
  price: z3.optional(plain(100)),
  stock: jsonStock,
  variants: z3.optional(z3.array(jsonVariant).check(z3.maxLength(2e3)))
});
var jsonFeed = z3.object({
  version: z3.literal(1),
  products: z3.array(z3.unknown()).check(z3.maxLength(1e3))
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
    const feed = z4.safeParse(jsonFeed, body);
    if (!feed.success) throw new SourceError(`${url.pathname} did not answer in the stock-status JSON format (version 1)`);
    const out = [];
    for (const raw of feed.data.products) {
      const p = z4.safeParse(jsonProduct, raw);
      if (!p.success) {
        report("warn", `${url.pathname} sent a product entry that does not match the format; it was skipped.`);
        continue;
      }
      const { id: id2, name, url: link, image, price, stock, variants = [] } = p.data;
      out.push({
        productId: id2,
        product: recordOf2(id2, null, stock),
        variants: variants.map((v) => recordOf2(id2, v.id, v.stock)),
        info: { name, url: link, image, price }
      });
    }
    return out;
  }
};

// src/sources/sourceFor.ts
var sources = {
  jsonld: jsonLdSource,
  json: jsonSource
};
function sourceFor(platform) {
  return sources[platform] ?? null;
}

// src/sources/StockStore.ts
var abortError = () => new DOMException("The look-up was superseded", "AbortError");
var StockStore = class {
  constructor(options) {
    __publicField(this, "options", options);
    __publicField(this, "cache", /* @__PURE__ */ new Map());
    __publicField(this, "inflight", /* @__PURE__ */ new Set());
    __publicField(this, "queue", /* @__PURE__ */ new Map());
    __publicField(this, "timer", null);
    __publicField(this, "ttl");
    __publicField(this, "now");
    __publicField(this, "generation", 0);
    /** Requests sent, for tests and the demo's request counter. */
    __publicField(this, "requests", 0);
    this.ttl = options.ttlMs ?? 6e4;
    this.now = options.now ?? Date.now;
  }
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
      const parsed = JSON.parse(raw);
      if (typeof parsed?.at !== "number" || this.now() - parsed.at >= this.ttl) return null;
      this.cache.set(key, parsed);
      return parsed;
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
    if (signal?.aborted) return Promise.reject(abortError());
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
    waiter.reject(abortError());
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
    const context = { ...this.options.context, signal: flight.controller.signal };
    let found = null;
    this.requests++;
    try {
      found = await this.options.source.load(keys2, context);
    } catch (e) {
      if (flight.controller.signal.aborted) {
        this.settle(flight, (w) => w.reject(abortError()));
        return;
      }
      const fallback = this.options.fallback;
      report(
        "warn",
        `${this.options.source.platform} stock look-up failed (${e?.message ?? e}); ${fallback ? "showing the page's own structured data instead" : "no availability is shown"}.`
      );
      if (fallback) {
        try {
          found = await fallback.load(keys2, context);
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

// src/sources/Transport.ts
var abortError2 = () => new DOMException("The look-up was superseded", "AbortError");
function defaultSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError2());
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      reject(abortError2());
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
var MAX_BODY = 5e6;
function createTransport(options = {}) {
  const timeoutMs = options.timeoutMs ?? 8e3;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 400;
  const sleep = options.sleep ?? defaultSleep;
  const coolUntil = /* @__PURE__ */ new Map();
  async function attempt(url, init) {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = () => timeout.abort();
    init.signal?.addEventListener("abort", onAbort);
    try {
      return await doFetch(url, { ...init, signal: timeout.signal });
    } catch (e) {
      if (init.signal?.aborted) throw abortError2();
      if (timeout.signal.aborted) throw new SourceError(`${url} did not answer within ${timeoutMs} ms`, true);
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
        try {
          res = await attempt(url, init);
        } catch (e) {
          if (!(e instanceof SourceError)) throw e;
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
        const body = await res.text();
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

// src/configure.ts
function sessionStore() {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
function configure(settings = {}, options = {}) {
  const doc = options.document ?? globalThis.document;
  const config = parseConfig(options.attributes ?? {}, settings);
  let source = sourceFor(config.platform);
  if (!source) {
    report("error", `config "platform": "${config.platform}" is not available in this build; using jsonld.`);
    source = jsonLdSource;
  }
  const transport = createTransport(options.transport);
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
    locale: resolveLocale(config.locale, doc),
    today: todayIn(config.timeZone)
  };
  setRuntime(runtime);
  return runtime;
}

// src/core/computeEta.ts
var none = { eta: null, etaKind: null };
function computeEta(availability, record2, rules, today) {
  if (!record2) return none;
  const future = (d) => !!d && d >= today;
  const handling = (d) => addBusinessDays(d, rules.handlingDays ?? 0);
  switch (availability.state) {
    case "preorder": {
      const d = record2.preorder?.releaseDate;
      return future(d) ? { eta: d, etaKind: "confirmed" } : none;
    }
    case "backorder": {
      if (availability.shipLater <= 0) return none;
      const restock = record2.restock;
      if (restock && future(restock.date)) {
        return { eta: handling(restock.date), etaKind: restock.confirmed ? "confirmed" : "estimated" };
      }
      if (rules.leadDays !== void 0 && rules.leadDays > 0) {
        return { eta: handling(addDays(today, rules.leadDays)), etaKind: "estimated" };
      }
      return none;
    }
    case "out-of-stock": {
      const restock = record2.restock;
      return restock && future(restock.date) ? { eta: restock.date, etaKind: restock.confirmed ? "confirmed" : "estimated" } : none;
    }
    default:
      return none;
  }
}

// src/core/formatDate.ts
var formatters = /* @__PURE__ */ new Map();
function cached(key, make) {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}
function formatDate(date, locale, today) {
  const withYear = date.slice(0, 4) !== today.slice(0, 4);
  const f = cached(
    `d:${locale}:${withYear}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: "short", day: "numeric", ...withYear ? { year: "numeric" } : {} })
  );
  return f.format(/* @__PURE__ */ new Date(`${date}T00:00:00Z`));
}
function formatRelative(date, locale, today) {
  const days = daysBetween(today, date);
  if (days < 0 || days > 6) return null;
  const f = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  return f.format(days, "day");
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
  maxOrder: "\u6CE8\u6587\u3067\u304D\u308B\u306E\u306F{count}\u70B9\u307E\u3067\u3067\u3059",
  maxOrderPlain: "\u3053\u306E\u6570\u91CF\u3067\u306F\u3054\u6CE8\u6587\u3044\u305F\u3060\u3051\u307E\u305B\u3093"
};
var catalogs = { en, de, fr, es, nl, it, pt, ja };

// src/core/describeStatus.ts
function resolveCatalog(locale, overrides) {
  const language = locale.toLowerCase().split("-")[0] ?? "en";
  const own = overrides ? { ...overrides[language], ...overrides[locale] } : {};
  return { ...en, ...catalogs[language], ...own };
}
var pluralRules = /* @__PURE__ */ new Map();
function pluralCategory(locale, n) {
  let r = pluralRules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    pluralRules.set(locale, r);
  }
  return r.select(n);
}
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, k) => k in values ? String(values[k]) : m);
}
function makeSay(locale, catalog) {
  const numberFormat = new Intl.NumberFormat(locale);
  return (key, values = {}) => {
    const n = values.count;
    const plural = typeof n === "number" ? catalog[`${key}_${pluralCategory(locale, n)}`] : void 0;
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
  const { locale, today, context } = options;
  const catalog = resolveCatalog(locale, options.overrides);
  const say = makeSay(locale, catalog);
  const store = options.storeText ?? {};
  const date = eta.eta ? formatDate(eta.eta, locale, today) : null;
  const relative = eta.eta ? formatRelative(eta.eta, locale, today) : null;
  let label;
  if (a.state === "low-stock") {
    label = a.remaining !== null && a.remaining > 0 ? say("lowStock", { count: a.remaining }) : say("lowStockPlain");
  } else {
    const merchantSet = options.overrides && Object.values(options.overrides).some((o) => LABEL[a.state] in o);
    const storeWords = a.state === "out-of-stock" ? store.outOfStock : a.state === "unavailable" ? store.unavailable : a.state === "backorder" ? store.backorder : a.state === "preorder" ? store.preorder : void 0;
    label = !merchantSet && storeWords ? storeWords : say(LABEL[a.state]);
  }
  let detail = null;
  if (a.state === "backorder") {
    const now = a.shipNow ?? 0;
    if (now > 0 || context === "cart") {
      const later = date ? say("splitLater", { count: a.shipLater, date }) : say("splitLaterNoDate", { count: a.shipLater });
      detail = now > 0 ? `${say("splitNow", { count: now })}, ${later}` : later;
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
  if (context === "card") return { label, detail: null, limit: null, spoken: label };
  const spoken = [label, detail, limit].filter(Boolean).join(". ");
  return { label, detail, limit, spoken };
}

// src/core/resolveAvailability.ts
var unknown3 = (quantity) => ({
  state: "unknown",
  quantity,
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
function resolveAvailability(record2, wanted) {
  const quantity = normalizeQuantity(wanted);
  if (!record2) return unknown3(quantity);
  const base = { ...unknown3(quantity) };
  if (!record2.purchasable) return { ...base, state: "unavailable", shipNow: 0 };
  if (record2.preorder) return { ...base, state: "preorder", shipNow: 0, shipLater: quantity };
  if (!record2.tracked) return { ...base, state: "in-stock", shipNow: quantity };
  const onHand = record2.onHand === null ? null : Math.max(0, Math.floor(record2.onHand));
  const remaining = record2.showCounts ? onHand : null;
  if (onHand === null) {
    if (record2.inStock) {
      return { ...base, state: record2.low ? "low-stock" : "in-stock", remaining: null };
    }
    if (record2.backorder || record2.backorderable === "unlimited" || (record2.backorderable ?? 0) > 0) {
      return { ...base, state: "backorder", shipNow: record2.inStock ? null : 0, shipLater: quantity };
    }
    return { ...base, state: "out-of-stock", shipNow: 0 };
  }
  const isLow = record2.low || record2.lowStockAt !== null && record2.lowStockAt > 0 && onHand <= record2.lowStockAt;
  if (onHand >= quantity) {
    return { ...base, state: isLow ? "low-stock" : "in-stock", shipNow: quantity, remaining };
  }
  const extra = record2.backorderable === "unlimited" ? Number.POSITIVE_INFINITY : record2.backorderable === null ? record2.backorder ? Number.POSITIVE_INFINITY : 0 : Math.max(0, Math.floor(record2.backorderable));
  const orderable = onHand + extra;
  if (orderable <= 0) return { ...base, state: "out-of-stock", shipNow: 0, remaining };
  if (extra === 0) {
    return { ...base, state: "low-stock", shipNow: onHand, maxOrderable: onHand, remaining };
  }
  const fits = Math.min(quantity, orderable);
  return {
    ...base,
    state: "backorder",
    shipNow: onHand,
    shipLater: fits - onHand,
    maxOrderable: orderable < quantity ? orderable : null,
    remaining
  };
}

// src/element/StockStatusElement.tsx
import { render } from "preact";

// src/ui/StatusView.tsx
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
function StatusView({ state, text: text2, context, children }) {
  if (state === "loading") return /* @__PURE__ */ jsx("span", { class: "placeholder", part: "placeholder", "aria-hidden": "true" });
  if (!text2) return null;
  return /* @__PURE__ */ jsxs(Fragment, { children: [
    /* @__PURE__ */ jsxs("div", { class: "status", part: "status", "data-state": state, ...context === "card" ? {} : { role: "status", "aria-live": "polite", "aria-atomic": "true" }, children: [
      /* @__PURE__ */ jsx("span", { class: "badge", part: "badge", children: text2.label }),
      context !== "card" && text2.detail && /* @__PURE__ */ jsx("span", { class: "detail", part: "date", children: text2.detail }),
      context !== "card" && text2.limit && /* @__PURE__ */ jsx("span", { class: "limit", part: "limit", children: text2.limit })
    ] }),
    children
  ] });
}

// src/ui/styles.ts
var css = `
:host{display:block;font:inherit;color:inherit;min-height:var(--stock-status-min-height,1.5em);contain:layout style}
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

// src/element/StockStatusElement.tsx
import { jsx as jsx2 } from "preact/jsx-runtime";
var extensions = /* @__PURE__ */ new Set();
var CONTEXTS = ["product", "card", "cart"];
var BaseElement = typeof HTMLElement === "undefined" ? class {
} : HTMLElement;
var StockStatusElement = class extends BaseElement {
  constructor() {
    super(...arguments);
    __publicField(this, "controller", null);
    __publicField(this, "unsubscribe", null);
    __publicField(this, "lastEvent", "");
    __publicField(this, "scheduled", false);
    /** The latest resolution, for the extras and for tests. */
    __publicField(this, "resolution", null);
  }
  get productId() {
    return (this.getAttribute("product-id") ?? "").trim();
  }
  get variantId() {
    const v = (this.getAttribute("variant-id") ?? "").trim();
    return v === "" ? null : v;
  }
  get quantity() {
    return normalizeQuantity(this.getAttribute("quantity"));
  }
  get context() {
    const c = this.getAttribute("context");
    return CONTEXTS.includes(c) ? c : "product";
  }
  connectedCallback() {
    try {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: "open" });
        adoptStyles(root, getRuntime()?.config.nonce);
      }
      if (!this.hasAttribute("data-state")) this.setState("loading");
      this.renderView("loading", null);
      this.schedule();
    } catch (e) {
      report("error", `the widget could not start: ${e.message}`);
    }
  }
  disconnectedCallback() {
    this.controller?.abort();
    this.controller = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
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
      this.unsubscribe ?? (this.unsubscribe = onRuntime(() => this.schedule()));
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
    if (this.resolution === null || this.resolution.stock?.productId !== productId) this.setState("loading");
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
      const record2 = pickRecord(stock, this.variantId);
      const availability = resolveAvailability(record2, this.quantity);
      const today = runtime.today();
      const eta = computeEta(availability, record2, runtime.config, today);
      const text2 = describeStatus(availability, eta, {
        locale: runtime.locale,
        context: this.context,
        today,
        overrides: runtime.config.messages,
        storeText: record2?.storeText
      });
      const resolution = { stock, record: record2, availability, eta, text: text2, runtime };
      this.resolution = resolution;
      this.setState(availability.state);
      this.renderView(availability.state, text2);
      for (const ext of extensions) ext.resolved?.(this, resolution);
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
  renderView(state, text2) {
    if (!this.shadowRoot) return;
    const resolution = this.resolution;
    const extras = state !== "loading" && resolution && this.context === "product" ? [...extensions].map((ext) => ext.render?.(this, resolution)) : null;
    render(
      /* @__PURE__ */ jsx2(StatusView, { state, text: text2, context: this.context, children: extras }),
      this.shadowRoot
    );
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
__publicField(StockStatusElement, "observedAttributes", ["product-id", "variant-id", "quantity", "context"]);

// src/define.ts
function define(name = "stock-status") {
  if (typeof customElements === "undefined" || customElements.get(name)) return;
  customElements.define(name, name === "stock-status" ? StockStatusElement : class extends StockStatusElement {
  });
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
export {
  StatusView,
  StockStatusElement,
  VERSION,
  computeEta,
  configure,
  define,
  describeStatus,
  emptyRecord,
  extensions,
  normalizeQuantity,
  parseConfig,
  pickRecord,
  resolveAvailability
};
//# sourceMappingURL=index.js.map
