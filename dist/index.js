import {
  renderStatus
} from "./chunks/chunk-UST4JDP4.js";
import {
  adoptStyles,
  askStore,
  between,
  checkProp,
  computeEta,
  dateInZone,
  daysBetween,
  describeStatus,
  emptyRecord,
  fill,
  getRuntime,
  isDateOnly,
  lookUp,
  lookUpStore,
  matches,
  maxLength,
  nonEmpty,
  normalizeQuantity,
  orDefault,
  pickRecord,
  recordOf,
  report,
  resolveAvailability,
  runtimeChanged,
  setRuntime,
  toDateOnly,
  trimmed,
  whole
} from "./chunks/chunk-HI5PEHXC.js";

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
  return candidates.find((id3) => !!id3 && /^\d+$/.test(id3.trim()))?.trim() ?? null;
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
import * as z3 from "zod/mini";

// src/sources/SourceError.ts
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
import * as z from "zod/mini";
var count = z.number().check(whole(), between(-1e9, 1e9));
var text = (max) => z.string().check(maxLength(max));
var edges = (node) => z.object({ edges: z.nullable(z.array(z.object({ node })).check(maxLength(500))) });
var aggregatedSchema = z.nullish(
  z.object({
    availableToSell: count,
    warningLevel: count,
    availableOnHand: z.optional(count),
    availableForBackorder: z.optional(z.nullable(count)),
    unlimitedBackorder: z.optional(z.boolean())
  })
);
var metafields = edges(z.object({ key: text(200), value: text(1e4) }));
var variantSchema = z.object({
  entityId: z.number().check(whole()),
  sku: z.optional(text(500)),
  isPurchasable: z.boolean(),
  inventory: z.nullish(z.object({ isInStock: z.boolean(), aggregated: aggregatedSchema })),
  metafields: z.optional(metafields),
  options: z.optional(edges(z.object({ entityId: z.number(), values: edges(z.object({ entityId: z.number() })) })))
});
var productSchema = z.object({
  entityId: z.number().check(whole()),
  name: z.optional(text(1e3)),
  path: z.optional(text(2e3)),
  defaultImage: z.nullish(z.object({ url: text(4e3) })),
  prices: z.nullish(z.object({ price: z.object({ value: z.number(), currencyCode: text(3) }) })),
  availabilityV2: z.object({
    status: z.literal(["Available", "Preorder", "Unavailable"]),
    message: z.nullish(text(5e3)),
    willBeReleasedAt: z.nullish(z.object({ utc: text(64) }))
  }),
  inventory: z.object({
    isInStock: z.boolean(),
    hasVariantInventory: z.boolean(),
    isStockTracked: z.optional(z.boolean()),
    aggregated: aggregatedSchema
  }),
  metafields: z.optional(metafields),
  variants: z.optional(edges(z.unknown()))
});
var inventorySettingsSchema = z.nullish(
  z.object({
    stockLevelDisplay: z.nullish(z.literal(["DONT_SHOW", "SHOW", "SHOW_WHEN_LOW"])),
    defaultOutOfStockMessage: z.optional(text(5e3)),
    showBackorderAvailabilityPrompt: z.optional(z.boolean()),
    backorderAvailabilityPrompt: z.optional(text(5e3)),
    showDefaultShippingExpectationPrompt: z.optional(z.boolean()),
    defaultShippingExpectationPrompt: z.optional(text(5e3))
  })
);
var responseSchema = z.object({
  data: z.nullish(z.looseObject({})),
  errors: z.optional(z.array(z.object({ message: z.string() })).check(maxLength(100)))
});
var siteSchema = z.object({
  site: z.object({
    products: z.optional(edges(z.unknown())),
    product: z.nullish(z.object({ relatedProducts: edges(z.unknown()) })),
    settings: z.nullish(z.object({ inventory: inventorySettingsSchema }))
  })
});
var cartSchema = z.object({
  site: z.object({
    cart: z.nullish(
      z.object({
        lineItems: z.object({
          physicalItems: z.array(
            z.object({
              entityId: text(100),
              productEntityId: z.number().check(whole()),
              variantEntityId: z.nullish(z.number().check(whole())),
              quantity: z.number().check(whole(), between(0, 1e6))
            })
          ).check(maxLength(500))
        })
      })
    )
  })
});

// src/sources/bigcommerce/queryStorefront.ts
import * as z2 from "zod/mini";
var olderStores = /* @__PURE__ */ new Set();
var endpointOf = (context) => context.config.endpoint ?? "/graphql";
async function postGraphql(query, variables, context) {
  const { config, transport, signal } = context;
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (config.token) headers.Authorization = `Bearer ${config.token}`;
  const body = await transport.json(endpointOf(context), {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
    credentials: "same-origin",
    signal
  });
  const parsed = z2.safeParse(responseSchema, body);
  if (!parsed.success) throw new SourceError(`${endpointOf(context)} did not answer like a GraphQL API`);
  const { data, errors } = parsed.data;
  if (data) return data;
  const message = errors?.[0]?.message.slice(0, 200) ?? "no data";
  throw new SourceError(`${endpointOf(context)} answered with an error: ${message}`);
}
async function queryStorefront(document2, variables, context) {
  const key = endpointOf(context);
  if (!olderStores.has(key)) {
    try {
      return { data: await postGraphql(document2(true), variables, context), alpha: true };
    } catch (e) {
      if (!(e instanceof SourceError) || !/Cannot query field/i.test(e.message)) throw e;
      olderStores.add(key);
    }
  }
  return { data: await postGraphql(document2(false), variables, context), alpha: false };
}

// src/sources/bigcommerce/loadCartLines.ts
async function loadCartLines(context) {
  const data = await postGraphql(CART_DOCUMENT, {}, context);
  const parsed = z3.safeParse(cartSchema, data);
  if (!parsed.success) throw new SourceError(`${endpointOf(context)} answered the cart in an unexpected shape`);
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
function followForm(root, element, read2) {
  let frame = 0;
  const sync = () => {
    frame = 0;
    if (!element.isConnected) return;
    try {
      const v = read2.variantId();
      const q = read2.quantity();
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
    const id3 = lineIdOf(r);
    return id3 !== null && !known.has(id3);
  });
  if (!missing) {
    for (const row of rows) place(doc, row, known.get(lineIdOf(row)));
    return;
  }
  if (asking) return;
  const context = { config, transport: createTransport(), signal: new AbortController().signal, document: doc };
  asking = loadCartLines(context).then(
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
  const quantity2 = () => readQuantity(form);
  const pending = getRuntime()?.store.get(productId) ?? Promise.resolve(null);
  form.insertAdjacentElement("afterend", el);
  pending.then(
    (stock) => followForm(form, el, { variantId: () => variantForOptions(stock, readSelections(form)), quantity: quantity2 }),
    () => followForm(form, el, { variantId: () => null, quantity: quantity2 })
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
  const id3 = input?.value.trim() || form.closest("[data-product-id]")?.getAttribute("data-product-id")?.trim();
  return id3 || null;
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

// src/page/woocommerce/mountWooCards.ts
function mountWooCards(doc) {
  for (const card of Array.from(doc.querySelectorAll("li.product"))) {
    if (card.querySelector("stock-status")) continue;
    const id3 = wooId(card.querySelector("[data-product_id]")?.getAttribute("data-product_id")) ?? idFromPostClass(card);
    if (!id3) continue;
    const el = doc.createElement("stock-status");
    el.setAttribute("product-id", id3);
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
    const id4 = wooId(variable.getAttribute("data-product_id"));
    if (id4) return { id: id4, form: variable, anchor: variable, where: "afterend" };
  }
  for (const form of Array.from(doc.querySelectorAll("form.cart"))) {
    if (form.closest("li.product")) continue;
    const trigger = form.querySelector('[name="add-to-cart"]');
    const id4 = wooId(trigger?.value) ?? (form.closest(".product") ? idFromPostClass(form.closest(".product")) : null);
    if (id4) return { id: id4, form, anchor: form, where: "afterend" };
  }
  const container = doc.querySelector('div.product[id^="product-"]');
  const id3 = container ? idFromPostClass(container) : null;
  if (!container || !id3) return null;
  const stock = container.querySelector(".summary .stock, .entry-summary .stock");
  if (stock) return { id: id3, form: null, anchor: stock, where: "afterend" };
  const summary = container.querySelector(".summary, .entry-summary");
  return summary ? { id: id3, form: null, anchor: summary, where: "beforeend" } : null;
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
function mountWooProduct(doc) {
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
      place2(doc, found, true);
    };
    observer.observe(form, { subtree: true, childList: true, attributes: true, characterData: true });
    return;
  }
  place2(doc, found, isVariable);
}
function place2(doc, found, isVariable) {
  if (hasProductElement(doc)) return;
  const el = doc.createElement("stock-status");
  el.setAttribute("product-id", found.id);
  el.setAttribute("context", "product");
  el.setAttribute("data-mounted", "auto");
  found.anchor.insertAdjacentElement(found.where, el);
  const form = found.form;
  if (!form) return;
  followForm(form, el, {
    variantId: () => isVariable ? readVariation(form) : null,
    quantity: () => readQuantity(form)
  });
}

// src/page/woocommerce/woocommerceIntegration.ts
var woocommerceIntegration = {
  mount(doc) {
    mountAsItComes(doc, () => {
      mountWooProduct(doc);
      mountWooCards(doc);
    });
  }
};

// src/sources/bigcommerce/bigcommerceSource.ts
import * as z6 from "zod/mini";

// src/sources/bigcommerce/normalizeProduct.ts
import * as z5 from "zod/mini";

// src/sources/bigcommerce/readRestockDate.ts
import * as z4 from "zod/mini";
var asJson = z4.union([z4.string(), z4.object({ date: z4.string().check(maxLength(64)), confirmed: z4.optional(z4.boolean()) })]);
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
    const r = z4.safeParse(asJson, parsed);
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
var safeUrl = (u) => u && /^(\/(?!\/)|https:\/\/)/i.test(u) ? u : void 0;
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
  const restock = readRestockDate(firstValue(p.metafields), options.timeZone);
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
    r.restock = restock;
    r.storeText = storeText;
    return r;
  };
  const product3 = base(null);
  applyCounts(product3, p.inventory.isInStock, p.inventory.aggregated, options);
  const variants = [];
  const variantAliases = {};
  let badVariants = 0;
  for (const edge of p.variants?.edges ?? []) {
    const parsed = z5.safeParse(variantSchema, edge.node);
    if (!parsed.success) {
      badVariants++;
      continue;
    }
    const v = parsed.data;
    const id3 = String(v.entityId);
    const r = base(id3);
    r.purchasable = r.purchasable && v.isPurchasable;
    r.restock = readRestockDate(firstValue(v.metafields), options.timeZone) ?? restock;
    if (p.inventory.hasVariantInventory && v.inventory) applyCounts(r, v.inventory.isInStock, v.inventory.aggregated, options);
    else applyCounts(r, p.inventory.isInStock, p.inventory.aggregated, options);
    variants.push(r);
    if (v.sku) variantAliases[v.sku] = id3;
    const pairs = (v.options?.edges ?? []).flatMap(
      ({ node }) => (node.values.edges ?? []).slice(0, 1).map(({ node: value }) => [node.entityId, value.entityId])
    );
    if (pairs.length) variantAliases[optionKey(pairs)] = id3;
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
      info: { name: plainText(p.name), url: safeUrl(p.path), image: safeUrl(p.defaultImage?.url), price: shownPrice },
      variantAliases
    },
    badVariants
  };
}

// src/sources/bigcommerce/bigcommerceSource.ts
var asEntityId = (id3) => /^\d{1,10}$/.test(id3.trim()) ? Number(id3.trim()) : null;
function metafieldVariables(context) {
  const [namespace = "custom", key = "restock_date"] = context.config.restockField.split(".");
  return { ns: namespace, keys: [key] };
}
function readProducts(data, nodes, alpha, context) {
  const parsed = z6.safeParse(siteSchema, data);
  if (!parsed.success) throw new SourceError(`${endpointOf(context)} answered without the products asked for`);
  const rules = storeRules(parsed.data.site.settings?.inventory);
  const out = [];
  let skipped = 0;
  for (const node of nodes(parsed.data.site) ?? []) {
    const p = z6.safeParse(productSchema, node);
    if (!p.success) {
      skipped++;
      continue;
    }
    const { stock, badVariants } = normalizeProduct(p.data, { rules, alpha, timeZone: context.config.timeZone });
    skipped += badVariants;
    out.push(stock);
  }
  if (skipped) report("warn", `${endpointOf(context)} sent product data that does not match the BigCommerce schema; it was skipped.`);
  return out;
}
var bigcommerceSource = {
  platform: "bigcommerce",
  batchSize: 50,
  normalizeId(id3) {
    const n = asEntityId(id3);
    return n === null ? id3.trim() : String(n);
  },
  async load(productIds, context) {
    const ids = [...new Set(productIds.map(asEntityId).filter((n) => n !== null))];
    if (ids.length === 0) return [];
    const { data, alpha } = await queryStorefront(productsDocument, { ids, ...metafieldVariables(context) }, context);
    return readProducts(data, (site) => site.products?.edges?.map((e) => e.node), alpha, context);
  },
  async alternatives(productId, limit, context) {
    const id3 = asEntityId(productId);
    if (id3 === null || limit <= 0) return [];
    const list = (context.config.alternativesList ?? []).filter((x) => asEntityId(x) !== null && asEntityId(x) !== id3);
    let found;
    if (list.length) {
      found = await this.load(list.slice(0, 50), context);
      found.sort((a, b) => list.indexOf(a.productId) - list.indexOf(b.productId));
    } else {
      const vars2 = { id: id3, first: Math.min(50, limit * 3), ...metafieldVariables(context) };
      const { data, alpha } = await queryStorefront(relatedDocument, vars2, context);
      found = readProducts(data, (site) => site.product?.relatedProducts.edges?.map((e) => e.node), alpha, context);
    }
    return found.filter((s) => s.productId !== String(id3)).filter((s) => ["in-stock", "low-stock"].includes(resolveAvailability(s.product, 1).state)).slice(0, limit).map((s) => ({ productId: s.productId, info: s.info ?? {}, record: s.product }));
  }
};

// src/sources/json/jsonSource.ts
import * as z9 from "zod/mini";

// src/sources/toAlternatives.ts
function toAlternatives(found, exclude, limit) {
  const out = [];
  const seen = /* @__PURE__ */ new Set([exclude]);
  for (const p of found) {
    if (out.length >= limit) break;
    if (seen.has(p.productId) || !p.info?.name) continue;
    const state = resolveAvailability(p.product, 1).state;
    if (state !== "in-stock" && state !== "low-stock") continue;
    seen.add(p.productId);
    out.push({ productId: p.productId, info: p.info, record: p.product });
  }
  return out;
}

// src/sources/json/jsonFeedSchema.ts
import * as z8 from "zod/mini";

// src/sources/lenient.ts
import * as z7 from "zod/mini";
function lenient(schema, fallback) {
  return z7.optional(
    z7.pipe(
      z7.unknown(),
      z7.transform((value) => {
        const parsed = z7.safeParse(schema, value);
        return parsed.success ? parsed.data : fallback;
      })
    )
  );
}

// src/sources/json/jsonFeedSchema.ts
var count2 = z8.number().check(whole(), between(0, 1e9));
var dateOnly = z8.string().check(z8.refine(isDateOnly));
var plain = (max) => z8.string().check(maxLength(max));
var jsonStock = z8.object({
  purchasable: orDefault(z8.boolean(), true),
  tracked: orDefault(z8.boolean(), true),
  inStock: z8.optional(z8.boolean()),
  onHand: z8.optional(z8.nullable(count2)),
  backorderable: z8.optional(z8.nullable(z8.union([count2, z8.literal("unlimited")]))),
  lowStockAt: z8.optional(z8.nullable(count2)),
  showCounts: orDefault(z8.boolean(), true),
  preorder: z8.optional(z8.nullable(z8.object({ releaseDate: z8.optional(z8.nullable(dateOnly)) }))),
  restock: z8.optional(z8.nullable(z8.object({ date: dateOnly, confirmed: orDefault(z8.boolean(), false) })))
});
var id = z8.pipe(z8.union([z8.string().check(nonEmpty(), maxLength(200)), z8.number()]), z8.transform(String));
var jsonVariant = z8.object({ id, stock: jsonStock });
var jsonProduct = z8.object({
  id,
  name: z8.optional(plain(500)),
  url: z8.optional(plain(2e3)),
  image: z8.optional(plain(2e3)),
  price: z8.optional(plain(100)),
  stock: jsonStock,
  variants: z8.optional(z8.array(jsonVariant).check(maxLength(2e3))),
  /** Ids of products to offer instead when this one cannot be bought; a malformed list is ignored, not fatal. */
  alternatives: lenient(z8.optional(z8.array(id).check(maxLength(50))), void 0)
});
var jsonFeed = z8.object({
  version: z8.literal(1),
  products: z8.array(z8.unknown()).check(maxLength(1e3))
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
    const feed = z9.safeParse(jsonFeed, body);
    if (!feed.success) throw new SourceError(`${url.pathname} did not answer in the stock-status JSON format (version 1)`);
    const out = [];
    for (const raw of feed.data.products) {
      const p = z9.safeParse(jsonProduct, raw);
      if (!p.success) {
        report("warn", `${url.pathname} sent a product entry that does not match the format; it was skipped.`);
        continue;
      }
      const { id: id3, name, url: link, image: image2, price, stock, variants = [], alternatives } = p.data;
      alternativeIds.set(id3, alternatives ?? []);
      out.push({
        productId: id3,
        product: recordOf2(id3, null, stock),
        variants: variants.map((v) => recordOf2(id3, v.id, v.stock)),
        info: { name, url: link, image: image2, price },
        hasAlternatives: (alternatives?.length ?? 0) > 0
      });
    }
    return out;
  },
  /** The product's own `alternatives` list, looked up in one request, keeping those that ship now. */
  async alternatives(productId, limit, context) {
    if (!alternativeIds.has(productId)) await jsonSource.load([productId], context);
    const ids = (alternativeIds.get(productId) ?? []).filter((id3) => id3 !== productId);
    if (ids.length === 0 || limit <= 0) return [];
    const found = await jsonSource.load(ids, context);
    const order = new Map(ids.map((id3, i) => [id3, i]));
    found.sort((a, b) => (order.get(a.productId) ?? 0) - (order.get(b.productId) ?? 0));
    return toAlternatives(found, productId, limit);
  }
};

// src/sources/jsonld/readJsonLd.ts
import * as z10 from "zod/mini";
var MAX_SCRIPT = 1e6;
var scalar = lenient(z10.optional(z10.union([z10.string(), z10.number()])), void 0);
var str = lenient(z10.optional(z10.string()), void 0);
var offer = z10.looseObject({
  "@type": lenient(z10.optional(z10.union([z10.string(), z10.array(z10.string())])), void 0),
  availability: z10.optional(z10.unknown()),
  availabilityStarts: z10.optional(z10.unknown()),
  price: scalar,
  lowPrice: scalar,
  priceCurrency: str,
  offers: z10.optional(z10.unknown()),
  sku: scalar,
  inventoryLevel: z10.optional(z10.unknown())
});
var product = z10.looseObject({
  "@type": z10.union([z10.string(), z10.array(z10.string())]),
  "@id": str,
  name: str,
  sku: scalar,
  productID: scalar,
  mpn: scalar,
  productGroupID: scalar,
  url: str,
  image: z10.optional(z10.unknown()),
  offers: z10.optional(z10.unknown()),
  hasVariant: z10.optional(z10.unknown())
});
var isType = (node, name) => [].concat(node["@type"] ?? []).some((t) => typeof t === "string" && t.replace(/^(https?:\/\/schema\.org\/|schema:)/, "") === name);
function offersOf(value, depth = 0) {
  const out = [];
  if (depth > 4) return out;
  for (const item of [].concat(value ?? []).slice(0, 1e3)) {
    const parsed = z10.safeParse(offer, item);
    if (!parsed.success) continue;
    out.push(parsed.data);
    if (parsed.data.offers) out.push(...offersOf(parsed.data.offers, depth + 1));
  }
  return out;
}
function toProduct(node, depth = 0) {
  const parsed = z10.safeParse(product, node);
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
import * as z11 from "zod/mini";
var scalar2 = z11.union([z11.string(), z11.number()]);
var related = z11.looseObject({
  "@id": z11.optional(z11.string()),
  name: z11.string().check(nonEmpty(), maxLength(500)),
  sku: z11.optional(scalar2),
  productID: z11.optional(scalar2),
  url: z11.optional(z11.string()),
  image: z11.optional(z11.unknown()),
  offers: z11.optional(z11.unknown())
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
    const parsed = z11.safeParse(related, node);
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
  async load(productIds, context) {
    const products = readJsonLd(context.document);
    const out = [];
    for (const id3 of productIds) {
      const p = id3 === "" ? products[0] : products.find((x) => idsOf(x).includes(id3) || x.variants.some((v) => idsOf(v).includes(id3)));
      const chosen = p ?? (productIds.length === 1 && products.length === 1 ? products[0] : void 0);
      if (!chosen) continue;
      const stock = stockOfJsonLd(chosen, id3, context.config);
      if (stock) out.push(stock);
      else report("warn", `the JSON-LD of product "${chosen.name ?? id3}" has no availability we can read.`);
    }
    return out;
  },
  /** schema.org `isSimilarTo` / `isRelatedTo` Products (inline, or `{"@id"}` references to others on the page). */
  async alternatives(productId, limit, context) {
    const products = readJsonLd(context.document);
    const p = productId === "" ? products[0] : products.find((x) => idsOf(x).includes(productId));
    if (!p) return [];
    const found = [];
    for (const related2 of relatedProducts(p, products)) {
      const id3 = idsOf(related2)[0] ?? related2.url;
      const stock = id3 ? stockOfJsonLd(related2, id3, context.config) : null;
      if (stock) found.push(stock);
    }
    return toAlternatives(found, productId === "" ? idsOf(p)[0] ?? "" : productId, limit);
  }
};

// src/sources/shopify/shopifySource.ts
import * as z15 from "zod/mini";

// src/sources/shopify/askStorefront.ts
import * as z13 from "zod/mini";

// src/sources/shopify/shopifyResponse.ts
import * as z12 from "zod/mini";
var text2 = (max) => lenient(z12.optional(z12.string().check(maxLength(max))), void 0);
var gid = (type) => {
  const re = new RegExp(`^gid://shopify/${type}/\\d{1,20}$`);
  return z12.string().check(matches(re));
};
var metafield2 = lenient(z12.nullish(z12.object({ value: z12.string().check(maxLength(100)) })), null);
var shopifyVariant = z12.object({
  id: gid("ProductVariant"),
  availableForSale: z12.boolean(),
  currentlyNotInStock: z12.boolean(),
  // Absent when not asked for, null when the token lacks the inventory scope.
  quantityAvailable: lenient(z12.nullish(z12.number().check(whole(), between(-1e9, 1e9))), null),
  metafield: metafield2
});
var shopifyProduct = z12.object({
  id: gid("Product"),
  title: text2(500),
  handle: text2(300),
  onlineStoreUrl: lenient(z12.nullish(z12.string().check(maxLength(2e3))), null),
  availableForSale: z12.boolean(),
  featuredImage: lenient(z12.nullish(z12.object({ url: z12.string().check(maxLength(2e3)) })), null),
  priceRange: lenient(
    z12.nullish(z12.object({ minVariantPrice: z12.object({ amount: z12.string().check(maxLength(40)), currencyCode: z12.string() }) })),
    null
  ),
  metafield: metafield2,
  variants: z12.object({ nodes: z12.array(shopifyVariant).check(maxLength(2048)) })
});
var shopifyVariantNode = z12.object({ id: gid("ProductVariant"), product: shopifyProduct });
var graphQlError = z12.object({
  message: lenient(z12.string(), ""),
  path: z12.optional(z12.array(z12.union([z12.string(), z12.number()])).check(maxLength(50))),
  extensions: z12.optional(z12.looseObject({ code: z12.optional(z12.string()) }))
});
var shopifyEnvelope = z12.object({
  data: z12.optional(z12.nullable(z12.looseObject({}))),
  errors: z12.optional(z12.union([z12.string(), z12.array(graphQlError).check(maxLength(1e3))]))
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
async function askStorefront(context, query, variables) {
  const { config, transport, signal } = context;
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
  const parsed = z13.safeParse(shopifyEnvelope, body);
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
import * as z14 from "zod/mini";

// src/sources/shopify/shopifyIds.ts
var GID = /^gid:\/\/shopify\/(Product|ProductVariant)\/(\d+)$/;
function decodeBase64Gid(id3) {
  if (!/^[A-Za-z0-9+/]+=*$/.test(id3) || id3.length > 120) return null;
  try {
    const text5 = atob(id3);
    return GID.test(text5) ? text5 : null;
  } catch {
    return null;
  }
}
function normalizeShopifyId(id3, kind) {
  const v = String(id3).trim();
  if (/^\d{1,20}$/.test(v)) return `gid://shopify/${kind === "product" ? "Product" : "ProductVariant"}/${v}`;
  if (GID.test(v)) return v;
  return decodeBase64Gid(v) ?? v;
}
function parseGid(id3) {
  const m = GID.exec(id3);
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
var safeUrl2 = (u) => u && /^(https?:\/\/|\/(?!\/))/.test(u) ? u : void 0;
function productInfo(p, config) {
  return {
    name: p.title,
    url: safeUrl2(p.onlineStoreUrl) ?? (p.handle ? `/products/${encodeURIComponent(p.handle)}` : void 0),
    image: safeUrl2(p.featuredImage?.url),
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
var id2 = z14.pipe(z14.union([z14.number().check(whole(), between(0)), z14.string().check(maxLength(100))]), z14.transform(String));
var optionalText = lenient(z14.nullish(z14.string().check(maxLength(100))), null);
var liquidVariant = z14.object({
  id: id2,
  available: z14.boolean(),
  inventory_quantity: lenient(z14.nullish(z14.number().check(whole(), between(-1e9, 1e9))), null),
  inventory_policy: optionalText,
  inventory_management: optionalText,
  incoming: lenient(z14.nullish(z14.boolean()), null),
  next_incoming_date: optionalText,
  restock_date: optionalText
});
var liquidProduct = z14.object({
  product_id: id2,
  restock_date: optionalText,
  variants: z14.array(liquidVariant).check(nonEmpty(), maxLength(2048))
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
function readLiquidStock(doc, config) {
  const out = /* @__PURE__ */ new Map();
  for (const script of Array.from(doc.querySelectorAll("script[data-stock-status-shopify]"))) {
    let raw;
    try {
      const textContent = script.textContent ?? "";
      if (textContent.length > 2e6) throw new Error("too large");
      raw = JSON.parse(textContent);
    } catch {
      report("warn", "a <script data-stock-status-shopify> block is not valid JSON; asking the Storefront API instead.");
      continue;
    }
    const parsed = z14.safeParse(liquidProduct, raw);
    if (!parsed.success) {
      report(
        "warn",
        "a <script data-stock-status-shopify> block does not match the documented snippet; asking the Storefront API instead."
      );
      continue;
    }
    const p = parsed.data;
    const productId = normalizeShopifyId(p.product_id, "product");
    const productRestock = restockOf(p.restock_date, config);
    const variants = p.variants.map((v) => liquidRecord(productId, v, productRestock, config));
    out.set(productId, { productId, product: productRecord(productId, variants), variants, variantAliases: aliasesOf(variants) });
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
  async load(productIds, context) {
    const { config } = context;
    const liquid = readLiquidStock(context.document, config);
    const out = [];
    const ids = [];
    for (const key of productIds) {
      const id3 = normalizeShopifyId(key, "product");
      const fromLiquid = liquid.get(id3) ?? [...liquid.values()].find((p) => p.variants.some((v) => v.variantId === id3));
      if (fromLiquid) out.push(fromLiquid.productId === key ? fromLiquid : { ...fromLiquid, productId: key });
      else if (parseGid(id3)) ids.push(id3);
      else report("warn", `"${key.slice(0, 80)}" is not a Shopify product id (a number or a gid://shopify/... id); it was skipped.`);
    }
    if (!ids.length) return out;
    const vars2 = { ids, ...metafieldArgs(config) };
    let { data, denied } = await askStorefront(context, stockQuery, vars2);
    const lostNodes = denied.some((e) => typeof e.path?.[1] === "number" && Array.isArray(data.nodes) && data.nodes[e.path[1]] === null);
    if (lostNodes) ({ data } = await askStorefront(context, stockQuery, vars2));
    const nodes = Array.isArray(data.nodes) ? data.nodes : [];
    ids.forEach((id3, i) => {
      const node = nodes[i];
      if (node === null || node === void 0) return;
      const isVariant = parseGid(id3)?.type === "ProductVariant";
      const result = isVariant ? z15.safeParse(shopifyVariantNode, node) : z15.safeParse(shopifyProduct, node);
      if (!result.success) {
        report("warn", "the Shopify Storefront API sent a product that does not match its schema; it was skipped.");
        return;
      }
      const product3 = "product" in result.data ? result.data.product : result.data;
      out.push(stockOfProduct(product3, id3, config));
    });
    return out;
  },
  async alternatives(productId, limit, context) {
    const id3 = normalizeShopifyId(productId, "product");
    if (limit <= 0 || parseGid(id3)?.type !== "Product") return [];
    const { data } = await askStorefront(context, alternativesQuery, { id: id3, ...metafieldArgs(context.config) });
    const list = Array.isArray(data.productRecommendations) ? data.productRecommendations : [];
    const out = [];
    for (const raw of list.slice(0, 50)) {
      const p = z15.safeParse(shopifyProduct, raw);
      if (!p.success || !p.data.availableForSale || p.data.id === id3) continue;
      const stock = stockOfProduct(p.data, p.data.id, context.config);
      out.push({ productId: p.data.id, info: productInfo(p.data, context.config), record: stock.product });
      if (out.length >= limit) break;
    }
    return out;
  }
};

// src/sources/woocommerce/woocommerceSource.ts
import * as z17 from "zod/mini";

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
var safeUrl3 = (u) => u && (/^https?:\/\//i.test(u) || /^\/(?!\/)/.test(u)) ? u : void 0;
var textOfHtml = (html) => decodeEntities(html.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim() || void 0;
function infoOfStoreProduct(p) {
  const img = p.images?.[0];
  return {
    name: p.name ? textOfHtml(p.name) : void 0,
    url: safeUrl3(p.permalink),
    image: safeUrl3(img?.thumbnail) ?? safeUrl3(img?.src),
    price: p.prices ? formatStorePrice(p.prices) : void 0
  };
}

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

// src/sources/woocommerce/storeApiSchema.ts
import * as z16 from "zod/mini";
var plain2 = (max) => z16.string().check(maxLength(max));
var storeId = z16.number().check(whole(), between(1, Number.MAX_SAFE_INTEGER));
var quantity = z16.number().check(between(-1e9, 1e9));
var optional9 = (schema) => lenient(z16.optional(schema), void 0);
var prices = z16.object({
  price: z16.string().check(matches(/^-?\d{1,15}$/)),
  currency_code: optional9(plain2(3)),
  currency_minor_unit: orDefault(z16.number().check(whole(), between(0, 4)), 2),
  currency_decimal_separator: orDefault(plain2(5), "."),
  currency_thousand_separator: orDefault(plain2(5), ","),
  currency_prefix: orDefault(plain2(20), ""),
  currency_suffix: orDefault(plain2(20), "")
});
var image = z16.object({ src: optional9(plain2(2e3)), thumbnail: optional9(plain2(2e3)) });
var storeProduct = z16.object({
  id: storeId,
  /** The variable product a variation belongs to; 0 for a product. */
  parent: orDefault(z16.number().check(whole(), between(0)), 0),
  type: optional9(plain2(50)),
  name: optional9(plain2(1e3)),
  permalink: optional9(plain2(2e3)),
  is_purchasable: z16.boolean(),
  is_in_stock: z16.boolean(),
  is_on_backorder: orDefault(z16.boolean(), false),
  low_stock_remaining: orDefault(z16.nullable(quantity), null),
  stock_availability: optional9(z16.object({ class: optional9(plain2(100)) })),
  sold_individually: orDefault(z16.boolean(), false),
  add_to_cart: optional9(z16.object({ maximum: optional9(quantity) })),
  prices: optional9(prices),
  images: optional9(z16.array(image).check(maxLength(100))),
  categories: optional9(z16.array(z16.object({ id: storeId })).check(maxLength(100))),
  variations: optional9(z16.array(z16.object({ id: storeId })).check(maxLength(2e3)))
});
var storeProductList = z16.array(z16.unknown()).check(maxLength(1e3));

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

// src/sources/woocommerce/wantsVariations.ts
function wantsVariations(doc, id3) {
  if (!doc?.querySelector) return false;
  return !!doc.querySelector(`form.variations_form[data-product_id="${id3}"], stock-status[product-id="${id3}"][variant-id]`);
}

// src/sources/woocommerce/woocommerceSource.ts
var PER_PAGE = 100;
var MAX_VARIATION_PAGES = 5;
var isWooId = (id3) => /^\d{1,15}$/.test(id3);
var normalize = (id3) => {
  const t = id3.trim();
  return isWooId(t) ? String(Number(t)) : t;
};
var categoriesOf = /* @__PURE__ */ new Map();
async function getProducts(url, { transport, signal }) {
  const body = await transport.json(url.href, { headers: { Accept: "application/json" }, signal, credentials: "same-origin" });
  const list = z17.safeParse(storeProductList, body);
  if (!list.success) throw new SourceError(`${url.pathname} did not answer with a WooCommerce Store API product list`);
  const out = [];
  for (const raw of list.data) {
    const p = z17.safeParse(storeProduct, raw);
    if (p.success) out.push(p.data);
    else report("warn", `${url.pathname} sent a product without the stock fields of the WooCommerce Store API; it was skipped.`);
  }
  return out;
}
async function getVariations(parents, context) {
  const out = [];
  for (let page = 1; page <= MAX_VARIATION_PAGES; page++) {
    const url = storeUrl(context.config.endpoint, "/products", {
      type: "variation",
      parent: parents.join(","),
      per_page: String(PER_PAGE),
      page: String(page)
    });
    const found = await getProducts(url, context);
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
  normalizeId: (id3) => normalize(id3),
  async load(productIds, context) {
    const ids = [...new Set(productIds.map(normalize))];
    const bad = ids.filter((id3) => !isWooId(id3));
    for (const id3 of bad) report("warn", `product-id "${id3.slice(0, 40)}" is not a WooCommerce product id (a number); it is skipped.`);
    const wanted = ids.filter(isWooId);
    if (wanted.length === 0) return [];
    const productsUrl = storeUrl(context.config.endpoint, "/products", {
      include: wanted.join(","),
      per_page: String(PER_PAGE),
      orderby: "include"
    });
    const variable = wanted.filter((id3) => wantsVariations(context.document, id3));
    const [products, variations] = await Promise.all([
      getProducts(productsUrl, context),
      variable.length ? getVariations(variable, context) : Promise.resolve([])
    ]);
    const out = [];
    for (const p of products) {
      const productId = String(p.id);
      if (!wanted.includes(productId) || p.parent !== 0) continue;
      remember(p);
      const listed = new Set((p.variations ?? []).map((v) => String(v.id)));
      const variants = variations.filter((v) => String(v.parent) === productId && listed.has(String(v.id))).map((v) => recordOfStoreProduct(v, productId, String(v.id)));
      out.push({ productId, product: recordOfStoreProduct(p, productId, null), variants, info: infoOfStoreProduct(p) });
    }
    return out;
  },
  async alternatives(productId, limit, context) {
    const id3 = normalize(productId);
    const { config } = context;
    if (limit <= 0 || !isWooId(id3)) return [];
    let categories = categoriesOf.get(id3);
    if (!categories) {
      const [own] = await getProducts(storeUrl(config.endpoint, "/products", { include: id3 }), context);
      if (own) remember(own);
      categories = categoriesOf.get(id3);
    }
    if (!categories?.length) return [];
    const url = storeUrl(config.endpoint, "/products", {
      category: categories.join(","),
      exclude: id3,
      stock_status: "instock",
      per_page: String(Math.min(PER_PAGE, limit + 2))
    });
    const out = [];
    for (const p of await getProducts(url, context)) {
      const pid = String(p.id);
      const record = recordOfStoreProduct(p, pid, null);
      if (pid === id3 || !record.purchasable || !record.inStock) continue;
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

// src/config/parseConfig.ts
import * as z18 from "zod/mini";

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
var text3 = (max = 2048) => trimmed().check(nonEmpty(), maxLength(max));
var count3 = (max) => z18.pipe(
  z18.union([z18.number(), trimmed().check(matches(/^\d+$/))]),
  z18.transform((v) => Number(v))
).check(z18.refine((n) => Number.isInteger(n) && n >= 0 && n <= max));
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
var endpoint = text3().check(
  z18.refine((v) => isPath(v) || /^https:\/\/[^\s/\\]+(\/\S*)?$/i.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/\S*$/.test(v))
);
var keys = {
  platform: z18.literal(PLATFORMS),
  endpoint,
  token: text3(4096),
  locale: text3(64).check(z18.refine(isLocale)),
  restockField: text3(128).check(matches(/^[\w-]+\.[\w-]+$/)),
  alternatives: count3(12),
  notify: text3().check(z18.refine((v) => /^klaviyo:[A-Za-z0-9]{4,12}$/.test(v) || /^https:\/\/[^\s]+$/i.test(v) || isPath(v))),
  mount: z18.literal(["auto", "manual"]),
  button: z18.literal(["manage"]),
  nonce: text3(256).check(matches(/^[\w+/=-]+$/)),
  leadDays: count3(365),
  handlingDays: count3(60),
  timeZone: text3(64).check(z18.refine(isTimeZone)),
  alternativesAfterDays: count3(365),
  alternativesList: z18.pipe(
    z18.union([z18.array(z18.union([z18.string(), z18.number()])), z18.string()]),
    z18.transform((v) => (typeof v === "string" ? v.split(",") : v).map((x) => String(x).trim()).filter(Boolean))
  ).check(z18.refine((list) => list.length <= 50 && list.every((id3) => id3.length <= 200))),
  themeStock: z18.literal(["replace", "keep"]),
  messages: recordOf(
    (tag) => tag.length <= 35 && isLocale(tag),
    recordOf((key) => /^[a-zA-Z]+(_(zero|one|two|few|many|other))?$/.test(key), z18.string().check(maxLength(300)))
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
      const parsed = z18.safeParse(keys[key], raw);
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

// src/sources/StockStore.ts
import * as z20 from "zod/mini";

// src/sources/productStockSchema.ts
import * as z19 from "zod/mini";
var count4 = z19.number().check(z19.refine(Number.isFinite));
var dateOnly2 = z19.string().check(z19.refine(isDateOnly));
var text4 = z19.optional(z19.string().check(maxLength(5e3)));
var stockRecord = z19.looseObject({
  productId: z19.string(),
  variantId: z19.nullable(z19.string()),
  purchasable: z19.boolean(),
  tracked: z19.boolean(),
  inStock: z19.boolean(),
  onHand: z19.nullable(count4),
  backorderable: z19.nullable(z19.union([count4, z19.literal("unlimited")])),
  backorder: z19.boolean(),
  lowStockAt: z19.nullable(count4),
  low: z19.boolean(),
  showCounts: z19.boolean(),
  preorder: z19.nullable(z19.object({ releaseDate: z19.nullable(dateOnly2) })),
  restock: z19.nullable(z19.object({ date: dateOnly2, confirmed: z19.boolean() })),
  storeText: z19.optional(z19.object({ unavailable: text4, outOfStock: text4, backorder: text4, preorder: text4 }))
});
var productStockSchema = z19.looseObject({
  productId: z19.string(),
  product: stockRecord,
  variants: z19.array(stockRecord),
  info: z19.optional(z19.object({ name: text4, url: text4, image: text4, price: text4 })),
  variantAliases: z19.optional(recordOf(() => true, z19.string()))
});
var cacheEntrySchema = z19.object({
  at: count4,
  value: z19.nullable(productStockSchema)
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
      const checked = z20.safeParse(cacheEntrySchema, JSON.parse(raw));
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
    const context = { ...this.options.context, signal: flight.controller.signal };
    let found = null;
    this.requests++;
    try {
      found = await this.options.source.load(keys2, context);
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
    today: todayIn(config.timeZone),
    refresh() {
      store.clear();
      runtimeChanged(runtime);
    }
  };
  setRuntime(runtime);
  return runtime;
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

// src/configure.ts
function configure(settings2 = {}, options = {}) {
  return createRuntime({ platforms: allPlatforms, network: createTransport }, settings2, options);
}

// src/page/findCartButton.ts
function findCartButton(host) {
  const doc = host.ownerDocument;
  const form = host.closest("form") ?? (host.previousElementSibling instanceof HTMLFormElement ? host.previousElementSibling : null) ?? findAddToCartForm(doc);
  const scope = form ?? doc;
  return scope.querySelector("#form-action-addToCart") ?? scope.querySelector('button[name="add"]') ?? scope.querySelector("button.single_add_to_cart_button") ?? (form?.querySelector('button[type="submit"],input[type="submit"],button:not([type])') || null);
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
  const current = read(button);
  if (!memo) {
    memo = { original: current, written: null, disabledByUs: false, ariaByUs: false };
    memos.set(button, memo);
  } else if (memo.written !== null && current !== memo.written) {
    memo.original = current;
    memo.written = null;
  }
  const key = state ? WORDS[state] : void 0;
  if (key && runtime) {
    const label = buttonLabel(key, runtime.locale, runtime.config.messages);
    if (current !== label) write(button, label);
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

// src/element/buttonController.ts
function buttonController(host) {
  let button = null;
  return {
    connect() {
    },
    update({ runtime, context, availability: { state } }) {
      if (runtime.config.button !== "manage" || context !== "product") return;
      try {
        if (!button?.isConnected) button = findCartButton(host);
        if (button) manageButton(button, state === "unknown" ? null : state, runtime);
      } catch (e) {
        report("warn", `could not update the add-to-cart button: ${e.message}`);
      }
    },
    disconnect() {
      if (button) manageButton(button, null, null);
      button = null;
    }
  };
}

// src/element/extensions.ts
var extensions = /* @__PURE__ */ new Set();
var listeners = /* @__PURE__ */ new Set();
function extend(extension) {
  for (const e of extensions) if (e.name === extension.name) return false;
  extensions.add(extension);
  for (const l of listeners) l();
  return true;
}
function onExtend(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
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

// src/element/extrasController.ts
function extrasController(root, rerender) {
  const mounted2 = /* @__PURE__ */ new Map();
  let off = null;
  return {
    connect() {
      off ??= onExtend(rerender);
    },
    update(resolution) {
      const containers = /* @__PURE__ */ new Map();
      for (const c of root.querySelectorAll("[data-extra]")) containers.set(c.dataset.extra, c);
      for (const [part, m] of mounted2) {
        if (containers.get(part) !== m.container) {
          m.handle.destroy();
          mounted2.delete(part);
        }
      }
      let missing = false;
      for (const [part, container] of containers) {
        const ext = [...extensions].find((e) => e.part === part);
        if (!ext) {
          missing = true;
          continue;
        }
        try {
          const m = mounted2.get(part);
          if (m) m.handle.update(resolution);
          else mounted2.set(part, { container, handle: ext.mount(container, resolution) });
        } catch (e) {
          report("error", `the ${part} could not be shown: ${e.message}`);
        }
      }
      if (missing) setTimeout(() => loadExtras(resolution.runtime.config.nonce), 0);
    },
    disconnect() {
      off?.();
      off = null;
      for (const { handle } of mounted2.values()) handle.destroy();
      mounted2.clear();
    }
  };
}

// src/element/StockStatusChangeEvent.ts
function changeDetail(r) {
  return {
    productId: r.productId,
    variantId: r.variantId,
    quantity: r.quantity,
    state: r.availability.state,
    available: r.availability.shipNow,
    eta: r.eta.eta,
    etaKind: r.eta.etaKind,
    platform: r.runtime.source.platform
  };
}

// src/element/wantedExtras.ts
function wantedExtras(r) {
  if (!r?.text || r.context !== "product") return [];
  const { config, source } = r.runtime;
  const state = r.availability.state;
  const out = [];
  if (state === "out-of-stock" && config.notify) out.push("signup");
  const gone = state === "out-of-stock" || state === "unavailable";
  const late = state === "backorder" && config.alternativesAfterDays !== void 0 && r.eta.eta !== null && daysBetween(r.runtime.today(), r.eta.eta) > config.alternativesAfterDays;
  const canName = !!config.alternativesList?.length || typeof source.alternatives === "function" && r.stock?.hasAlternatives !== false;
  if (config.alternatives > 0 && canName && (gone || late)) out.push("alternatives");
  return out;
}

// src/element/StockStatusElement.ts
var BaseElement = typeof HTMLElement === "undefined" ? class {
} : HTMLElement;
var ATTRIBUTES = { productId: "product-id", variantId: "variant-id", quantity: "quantity", context: "context" };
var StockStatusElement = class extends BaseElement {
  static observedAttributes = Object.values(ATTRIBUTES);
  /** For the extras script, which has no import of ours: `customElements.get('stock-status').extend(…)`. */
  static extend = extend;
  /** The latest answer (null until the first). */
  resolution = null;
  #store = askStore(null, () => this);
  #off = null;
  #controllers = [];
  #lastEvent = "";
  connectedCallback() {
    try {
      let root = this.shadowRoot;
      if (!root) {
        root = this.attachShadow({ mode: "open" });
        adoptStyles(root, getRuntime()?.config.nonce);
      }
      if (!this.hasAttribute("data-state")) this.#setState("loading");
      this.#render("loading");
      if (!this.#controllers.length) {
        const rerender = () => this.resolution && this.#render(this.resolution.availability.state);
        this.#controllers = [extrasController(root, rerender), buttonController(this)];
      }
      for (const c of this.#controllers) c.connect();
      this.#off ??= this.#store.subscribe(() => this.#show(this.#store.getSnapshot()));
    } catch (e) {
      report("error", `the widget could not start: ${e.message}`);
    }
  }
  disconnectedCallback() {
    this.#off?.();
    this.#off = null;
    for (const c of this.#controllers) c.disconnect();
  }
  attributeChangedCallback(_name, old, value) {
    if (old !== value) this.#store.set(this);
  }
  /** Look up again (after `StockStatus.refresh()`, answered from the cache while it is fresh). */
  refresh() {
    this.#store.refresh();
  }
  #setState(state) {
    if (this.getAttribute("data-state") !== state) this.setAttribute("data-state", state);
  }
  /** Loading keeps the last answer on screen (no jump); an answer is rendered and announced. */
  #show({ state, resolution }) {
    try {
      this.#setState(state);
      if (state === "loading") return;
      this.resolution = resolution;
      this.#render(state);
      if (resolution) this.#announce(resolution);
    } catch (e) {
      report("error", `could not show availability: ${e.message}`);
    }
  }
  #render(state) {
    const r = state === "loading" ? null : this.resolution;
    if (!this.shadowRoot) return;
    renderStatus(this.shadowRoot, { state, text: r?.text ?? null, context: r?.context ?? this.context, extras: wantedExtras(r) });
    if (r) for (const c of this.#controllers) c.update(r);
  }
  /** One event per change of what the shopper is told (state, date, units shipping now). */
  #announce(r) {
    const d = changeDetail(r);
    const key = JSON.stringify([d.productId, d.variantId, d.state, d.available, d.eta, d.etaKind]);
    if (key === this.#lastEvent) return;
    this.#lastEvent = key;
    this.dispatchEvent(new CustomEvent("stock-status:change", { detail: d, bubbles: true, composed: true }));
  }
};
for (const [key, name] of Object.entries(ATTRIBUTES)) {
  Object.defineProperty(StockStatusElement.prototype, key, {
    get() {
      const v = checkProp(key, this.getAttribute(name), (raw) => `<stock-status ${name}="${raw}">`);
      return key === "quantity" ? Number(v) : key === "productId" ? v ?? "" : v;
    },
    set(v) {
      if (v === null || v === void 0) this.removeAttribute(name);
      else this.setAttribute(name, String(v));
    }
  });
}

// src/define.ts
function define(name = "stock-status") {
  if (typeof customElements === "undefined" || customElements.get(name)) return;
  customElements.define(name, name === "stock-status" ? StockStatusElement : class extends StockStatusElement {
  });
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
.alt{border:1px solid var(--stock-status-card-border,color-mix(in srgb,currentColor 25%,transparent));border-radius:var(--stock-status-control-radius,.375em);background:var(--stock-status-surface,transparent);overflow:hidden}
.alt-link{display:grid;align-content:start;gap:.2em;padding:.5em;color:inherit;text-decoration:none;height:100%}
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
var catalogs = {
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
var extrasLocales = Object.keys(catalogs);
function extrasText(locale, overrides) {
  const language = locale.toLowerCase().split("-")[0] ?? "en";
  const words = { ...extrasEn, ...catalogs[language], ...overrides?.[language], ...overrides?.[locale] };
  return (key, values = {}) => fill(words[key] ?? extrasEn[key], values);
}

// src/extras/alternatives/safeUrl.ts
function safeUrl4(value, base = globalThis.document?.baseURI ?? "http://localhost/") {
  if (!value || value.length > 2048) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
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
      const href = safeUrl4(a.info.url);
      const image2 = safeUrl4(a.info.image);
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

// src/extras/alternatives/loadAlternatives.ts
var cache = /* @__PURE__ */ new Map();
var buyable = (a) => {
  const state = resolveAvailability(a.record, 1).state;
  return state === "in-stock" || state === "low-stock";
};
function loadAlternatives(runtime, productId, limit) {
  const key = `${runtime.source.platform}:${productId}:${limit}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchAlternatives(runtime, productId, limit).then(
      (list) => list.filter(buyable).slice(0, limit),
      (e) => {
        report("warn", `alternatives could not be loaded (${e?.message ?? e}); none are shown.`);
        cache.delete(key);
        return [];
      }
    );
    cache.set(key, pending);
  }
  return pending;
}
async function fetchAlternatives(runtime, productId, limit) {
  const { config, source, store, transport, document: document2 } = runtime;
  const list = config.alternativesList?.filter((id3) => id3 !== productId) ?? [];
  if (list.length > 0) {
    const found = await Promise.all(list.map((id3) => store.get(id3).catch(() => null)));
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
  mount(container, first) {
    adoptExtrasStyles(container, first.runtime.config.nonce);
    let current = "";
    let alive = true;
    const show = (r) => {
      const productId = r.productId || r.stock?.productId || "";
      const { runtime } = r;
      if (productId === current) return;
      current = productId;
      void loadAlternatives(runtime, productId, runtime.config.alternatives).then((list) => {
        if (!alive || current !== productId) return;
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

// src/extras/notify/signupExtension.tsx
import { render as render2 } from "preact";

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
import * as z21 from "zod/mini";

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
var stored = z21.array(
  z21.object({
    id: z21.string().check(z21.maxLength(400)),
    target: z21.string().check(z21.maxLength(2048)),
    email: z21.string().check(z21.maxLength(254)),
    productId: z21.string().check(z21.maxLength(200)),
    variantId: z21.nullable(z21.string().check(z21.maxLength(200))),
    locale: z21.string().check(z21.maxLength(64)),
    pageUrl: z21.string().check(z21.maxLength(2048)),
    platform: z21.string().check(z21.maxLength(32)),
    status: z21.enum(["sending", "retrying", "done", "rejected"]),
    attempts: z21.number(),
    nextAt: z21.number(),
    leaseUntil: z21.number(),
    createdAt: z21.number()
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
      const parsed = z21.safeParse(stored, JSON.parse(raw));
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
    const id3 = signupId(input.target, input.productId, input.variantId, input.email);
    const existing = this.load().find((s2) => s2.id === id3);
    if (existing) {
      if (existing.status !== "done" && !this.inflight.has(id3)) this.schedule({ ...existing, nextAt: this.now() }, 0);
      return existing;
    }
    const now = this.now();
    const s = {
      ...input,
      email: input.email.trim(),
      id: id3,
      status: "sending",
      attempts: 0,
      nextAt: now,
      leaseUntil: 0,
      createdAt: now
    };
    this.put(s);
    void this.attempt(id3);
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
  async attempt(id3) {
    if (this.inflight.has(id3)) return;
    const s = this.load().find((x) => x.id === id3);
    const now = this.now();
    if (!s || s.status === "done") return;
    if (s.leaseUntil > now) return this.schedule(s, s.leaseUntil - now + 50);
    const target = notifyTarget(s.target);
    if (!target) return this.put({ ...s, status: "rejected" });
    this.inflight.add(id3);
    this.put({ ...s, leaseUntil: now + LEASE_MS });
    let result;
    try {
      result = await this.options.send(target, s);
    } catch {
      result = "retry";
    } finally {
      this.inflight.delete(id3);
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
function klaviyoVariantId(platform, id3) {
  const integration = platform === "shopify" || platform === "bigcommerce" ? platform : "custom";
  const plain3 = id3.replace(/^gid:\/\/shopify\/\w+\//, "");
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
function draw(container, r) {
  const { config, locale, source } = r.runtime;
  if (!config.notify) return render2(null, container);
  render2(
    /* @__PURE__ */ jsx4(
      SignupForm,
      {
        queue: signupQueue(),
        target: config.notify,
        productId: r.productId || r.stock?.productId || "",
        variantId: r.variantId,
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
  mount(container, resolution) {
    adoptExtrasStyles(container, resolution.runtime.config.nonce);
    draw(container, resolution);
    return {
      update: (r) => draw(container, r),
      destroy: () => render2(null, container)
    };
  }
};

// src/extras/registerExtras.ts
function registerExtras() {
  extend(signupExtension);
  extend(alternativesExtension);
  signupQueue().resume();
}
var useExtras = registerExtras;

// src/lookup/watchLookUp.ts
function watchLookUp(runtime, props, listener) {
  const store = lookUpStore(runtime, props);
  const unsubscribe = store.subscribe(() => listener(store.getSnapshot()));
  return { set: store.set, refresh: store.refresh, unsubscribe };
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
export {
  SourceError,
  StockStatusElement,
  VERSION,
  computeEta,
  configure,
  define,
  describeStatus,
  emptyRecord,
  getRuntime,
  lookUp,
  lookUpStore,
  normalizeQuantity,
  pickRecord,
  registerExtras,
  resolveAvailability,
  useExtras,
  watchLookUp
};
//# sourceMappingURL=index.js.map
