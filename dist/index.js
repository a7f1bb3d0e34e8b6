import {
  renderStatus
} from "./chunks/chunk-TBASGTVR.js";
import {
  adoptSheet,
  adoptStyles,
  between,
  checkProp,
  computeEta,
  dateInZone,
  daysBetween,
  describeStatus,
  emptyRecord,
  fill,
  findVariant,
  getRuntime,
  intl,
  isDateOnly,
  lookUp,
  lookUpStore,
  matches,
  maxLength,
  nonEmpty,
  normalizeQuantity,
  orDefault,
  overridesFor,
  pickRecord,
  recordOf,
  report,
  resolveAvailability,
  resolveCatalog,
  runtimeChanged,
  setRuntime,
  speakingLocale,
  toDateOnly,
  trimmed,
  watchAsk,
  whole
} from "./chunks/chunk-PJLWCUOJ.js";

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

// src/page/createStatusElement.ts
function createStatusElement(doc, { productId, context: context2, variantId, quantity: quantity3 }) {
  const el = doc.createElement("stock-status");
  if (productId) el.setAttribute("product-id", productId);
  if (variantId) el.setAttribute("variant-id", variantId);
  if (quantity3 != null) el.setAttribute("quantity", String(quantity3));
  el.setAttribute("context", context2);
  el.setAttribute("data-mounted", "auto");
  return el;
}
var hasOwnElement = (doc, productId) => Array.from(doc.querySelectorAll("stock-status:not([data-mounted])")).some(
  (e) => e.getAttribute("product-id") === productId && !["card", "cart"].includes(e.getAttribute("context") ?? "")
);

// src/page/yieldThemeStock.ts
var MARK = "data-stock-status-replaced";
var RULE = `[${MARK}]{display:none!important}`;
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
  adoptSheet(element.ownerDocument, RULE, "data-stock-status-rule", config.nonce);
  mark(element, themeText);
  new MutationObserver(() => mark(element, themeText)).observe(element, { attributes: true, attributeFilter: ["data-state"] });
}
function reapplyThemeStock(element) {
  const themeText = following.get(element);
  if (themeText) mark(element, themeText);
}

// src/page/bigcommerce/catalystCards.ts
function cardParts(card) {
  const link = card.querySelector(":scope > div > a[id][href]");
  const id3 = link?.id.trim() ?? "";
  if (!/^\d{1,10}$/.test(id3)) return null;
  return { productId: id3, details: card.querySelector(":scope > div > div > div.flex-1") };
}
var inventoryMessage = (details) => details ? Array.from(details.querySelectorAll(":scope > span:last-of-type")) : [];
function mountCatalystCards(doc, config) {
  for (const card of Array.from(doc.querySelectorAll("article"))) {
    const existing = card.querySelector("stock-status[data-mounted]");
    if (existing) {
      reapplyThemeStock(existing);
      continue;
    }
    const parts = cardParts(card);
    if (!parts) continue;
    const el = createStatusElement(doc, { productId: parts.productId, context: "card" });
    const message = inventoryMessage(parts.details)[0];
    if (message) message.after(el);
    else (parts.details ?? card).append(el);
    yieldThemeStock(el, () => inventoryMessage(card.querySelector(":scope > div > div > div.flex-1")), config);
  }
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
  mount(doc, { config }) {
    if (doc.querySelector("stock-status")) return;
    const form = findAddToCartForm(doc);
    if (!form) return;
    const productId = form.getAttribute("data-product-id") ?? readField(form, ["product_id", "product-id"]);
    if (!productId && config.platform !== "jsonld") return;
    const el = createStatusElement(doc, { productId: productId ?? "", context: "product" });
    form.insertAdjacentElement("afterend", el);
    followForm(form, el, { variantId: () => readField(form, ["variant_id", "variant-id", "sku"]), quantity: () => readQuantity(form) });
  }
};

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
function parseOptionKey(key) {
  if (!/^o\d{1,10}:\d{1,10}(,\d{1,10}:\d{1,10}){0,19}$/.test(key)) return null;
  return key.slice(1).split(",").map((pair) => {
    const [o, v] = pair.split(":");
    return { optionEntityId: Number(o), valueEntityId: Number(v) };
  });
}
function variantOptionIds(stock) {
  const ids = /* @__PURE__ */ new Set();
  for (const key of Object.keys(stock.variantAliases ?? {})) {
    if (!key.startsWith("o") || key === "o") continue;
    for (const pair of key.slice(1).split(",")) ids.add(pair.split(":")[0]);
  }
  return ids;
}
function optionKeyToAsk(stock, selected) {
  if (!stock?.partialVariants) return null;
  const options = [...variantOptionIds(stock)];
  if (options.length === 0 || options.some((o) => !/^\d{1,10}$/.test(selected[o] ?? ""))) return null;
  return optionKey(options.map((o) => [o, selected[o]]));
}

// src/page/bigcommerce/followOptions.ts
function followOptions(root, element, productId, read2, store) {
  let stock = null;
  const asked = /* @__PURE__ */ new Set();
  const variantId = () => {
    const selected = read2.selections();
    const id3 = variantForOptions(stock, selected);
    if (id3 || !store) return id3;
    const key = optionKeyToAsk(stock, selected);
    if (!key) return null;
    if (!asked.has(key)) {
      asked.add(key);
      store.withVariant(productId, key).then(
        (found) => {
          if (found) stock = found;
          const picked = variantForOptions(stock, read2.selections());
          if (picked && element.isConnected) element.setAttribute("variant-id", picked);
        },
        () => {
        }
      );
    }
    return element.getAttribute("variant-id");
  };
  let ready = false;
  const pending = store?.get(productId) ?? Promise.resolve(null);
  pending.then(
    (found) => {
      stock = found;
      ready = true;
      followForm(root, element, { variantId, quantity: read2.quantity });
    },
    () => followForm(root, element, { variantId: () => null, quantity: read2.quantity })
  );
  return () => {
    if (!ready || !element.isConnected) return;
    const id3 = variantId();
    if (id3 === null) element.removeAttribute("variant-id");
    else if (element.getAttribute("variant-id") !== id3) element.setAttribute("variant-id", id3);
  };
}

// src/page/bigcommerce/readOptionFields.ts
function readOptionFields(form, pattern) {
  const out = {};
  for (const field of Array.from(form.querySelectorAll("input[name],select[name]"))) {
    const option = pattern.exec(field.name)?.[1];
    if (!option || field.disabled) continue;
    if (field instanceof HTMLInputElement && (field.type === "radio" || field.type === "checkbox") && !field.checked) continue;
    if (/^\d{1,10}$/.test(field.value)) out[option] = field.value;
  }
  return out;
}

// src/page/bigcommerce/catalystProductForm.ts
var MAX_PARAMS = 50;
var ENTITY_ID = /^\d{1,10}$/;
function optionsInUrl(search) {
  const out = {};
  let n = 0;
  for (const [key, value] of new URLSearchParams(search.slice(0, 4e3))) {
    if (++n > MAX_PARAMS) break;
    if (ENTITY_ID.test(key) && ENTITY_ID.test(value)) out[key] = value;
  }
  return out;
}
var optionsInForm = (form) => readOptionFields(form, /^(\d{1,10})$/);
function catalystProductForms(doc) {
  return Array.from(doc.querySelectorAll("form")).filter(
    (f) => ENTITY_ID.test(f.querySelector('input[type="hidden"][name="id"]')?.value ?? "") && !!f.querySelector('[name="quantity"]')
  );
}
var stockBlock = (form) => form.querySelector('div[class~="h-[3.2rem]"]');
var followed = /* @__PURE__ */ new WeakMap();
function mountCatalystProduct(form, runtime) {
  const { config } = runtime;
  const existing = form.querySelector("stock-status[data-mounted]");
  if (existing) {
    reapplyThemeStock(existing);
    followed.get(existing)?.();
    return;
  }
  const doc = form.ownerDocument;
  const productId = form.querySelector('input[type="hidden"][name="id"]').value;
  if (hasOwnElement(doc, productId)) return;
  const el = createStatusElement(doc, { productId, context: "product" });
  el.setAttribute("quantity", String(readQuantity(form) ?? 1));
  const block = stockBlock(form);
  if (block) block.before(el);
  else form.append(el);
  const location2 = doc.defaultView?.location;
  const selections = () => ({ ...optionsInUrl(location2?.search ?? ""), ...optionsInForm(form) });
  followed.set(el, followOptions(form, el, productId, { selections, quantity: () => readQuantity(form) }, runtime.store));
  yieldThemeStock(el, () => [stockBlock(form)].filter((b) => !!b), config);
}
function resyncCatalystProducts(doc) {
  for (const el of Array.from(doc.querySelectorAll('form stock-status[data-mounted][context="product"]'))) followed.get(el)?.();
}

// src/page/bigcommerce/catalystIntegration.ts
var listening = /* @__PURE__ */ new WeakSet();
function followNavigation(doc) {
  const win = doc.defaultView;
  if (!win || listening.has(win)) return;
  listening.add(win);
  const resync = () => resyncCatalystProducts(doc);
  win.addEventListener("popstate", resync);
  const navigation = win.navigation;
  navigation?.addEventListener?.("currententrychange", resync);
}
function mountAll(doc, runtime) {
  for (const form of catalystProductForms(doc)) mountCatalystProduct(form, runtime);
  mountCatalystCards(doc, runtime.config);
}
var catalystIntegration = {
  mount(doc, runtime) {
    followNavigation(doc);
    mountAsItComes(doc, () => mountAll(doc, runtime), 50);
  }
};

// src/page/bigcommerce/cornerstoneCards.ts
function cardProductId(card) {
  const candidates = [
    card.getAttribute("data-entity-id"),
    card.getAttribute("data-test")?.replace(/^card-/, ""),
    card.querySelector("[data-product-id]")?.getAttribute("data-product-id"),
    card.querySelector("[data-compare-id]")?.getAttribute("data-compare-id")
  ];
  return candidates.find((id3) => !!id3 && /^\d+$/.test(id3.trim()))?.trim() ?? null;
}
function mountCornerstoneCards(doc) {
  for (const card of Array.from(doc.querySelectorAll("article.card, .card[data-entity-id]"))) {
    if (card.querySelector("stock-status")) continue;
    const productId = cardProductId(card);
    if (!productId) continue;
    const el = createStatusElement(doc, { productId, context: "card" });
    (card.querySelector(".card-figure") ?? card).prepend(el);
  }
}

// src/sources/bigcommerce/loadCartLines.ts
import * as z3 from "zod/mini";

// src/sources/SourceError.ts
var SourceError = class extends Error {
  constructor(message, retryable = false, partial) {
    super(message);
    this.retryable = retryable;
    this.partial = partial;
  }
  retryable;
  partial;
  name = "SourceError";
};
function readableOf(e) {
  if (e instanceof SourceError && e.partial) return [...e.partial];
  throw e;
}

// src/sources/bigcommerce/bigcommerceDocuments.ts
var aggregated = (alpha) => `aggregated{availableToSell warningLevel${alpha ? " availableOnHand availableForBackorder unlimitedBackorder" : ""}}`;
var metafield = "metafields(namespace:$ns,keys:$keys,first:1){edges{node{key value}}}";
var productFields = (alpha) => `entityId name path defaultImage{url(width:320)} prices{price{value currencyCode}} availabilityV2{status ...on ProductPreOrder{message willBeReleasedAt{utc}} ...on ProductUnavailable{message}} inventory{isInStock hasVariantInventory${alpha ? " isStockTracked" : ""} ${aggregated(alpha)}} ${metafield}`;
var variantNode = (alpha) => `edges{node{entityId sku isPurchasable inventory{isInStock ${aggregated(alpha)}} ${metafield} options{edges{node{entityId values{edges{node{entityId}}}}}}}}`;
var variantFields = (alpha) => `variants(first:50){pageInfo{hasNextPage} ${variantNode(alpha)}}`;
var settings = (alpha) => `settings{inventory{stockLevelDisplay defaultOutOfStockMessage${alpha ? " showBackorderAvailabilityPrompt backorderAvailabilityPrompt showDefaultShippingExpectationPrompt defaultShippingExpectationPrompt" : ""}}}`;
var vars = "$ns:String!,$keys:[String!]";
var productsDocument = (alpha) => `query StockStatusProducts($ids:[Int!],${vars}){site{products(entityIds:$ids,first:50){edges{node{${productFields(alpha)} ${variantFields(alpha)}}}} ${settings(alpha)}}}`;
var variantDocument = (alpha) => `query StockStatusVariant($id:Int!,$variants:[Int!],$values:[OptionValueId!],${vars}){site{product(entityId:$id){${productFields(alpha)} variants(first:1,entityIds:$variants,optionValueIds:$values){pageInfo{hasNextPage} ${variantNode(alpha)}}} ${settings(alpha)}}}`;
var relatedDocument = (alpha) => `query StockStatusRelated($id:Int!,$first:Int!,${vars}){site{product(entityId:$id){relatedProducts(first:$first){edges{node{${productFields(alpha)}}}}} ${settings(alpha)}}}`;
var CART_DOCUMENT = "query StockStatusCart{site{cart{lineItems{physicalItems{entityId productEntityId variantEntityId quantity}}}}}";

// src/sources/bigcommerce/bigcommerceSchema.ts
import * as z from "zod/mini";
var count = z.lazy(() => z.number().check(whole(), between(-1e9, 1e9)));
var text = (max) => z.string().check(maxLength(max));
var edges = (node) => z.object({ edges: z.nullable(z.array(z.object({ node })).check(maxLength(500))) });
var aggregatedSchema = z.lazy(
  () => z.nullish(
    z.object({
      availableToSell: count,
      warningLevel: count,
      availableOnHand: z.optional(count),
      availableForBackorder: z.optional(z.nullable(count)),
      unlimitedBackorder: z.optional(z.boolean())
    })
  )
);
var metafields = edges(z.object({ key: text(200), value: text(1e4) }));
var variantSchema = z.lazy(
  () => z.object({
    entityId: z.number().check(whole()),
    sku: z.optional(text(500)),
    isPurchasable: z.boolean(),
    inventory: z.nullish(z.object({ isInStock: z.boolean(), aggregated: aggregatedSchema })),
    metafields: z.optional(metafields),
    options: z.optional(edges(z.object({ entityId: z.number(), values: edges(z.object({ entityId: z.number() })) })))
  })
);
var productSchema = z.lazy(
  () => z.object({
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
    // `hasNextPage`: more variants than were asked for (past the first 50).
    variants: z.optional(
      z.object({
        pageInfo: z.optional(z.object({ hasNextPage: z.boolean() })),
        edges: z.nullable(z.array(z.object({ node: z.unknown() })).check(maxLength(500)))
      })
    )
  })
);
var inventorySettingsSchema = z.lazy(
  () => z.nullish(
    z.object({
      stockLevelDisplay: z.nullish(z.literal(["DONT_SHOW", "SHOW", "SHOW_WHEN_LOW"])),
      defaultOutOfStockMessage: z.optional(text(5e3)),
      showBackorderAvailabilityPrompt: z.optional(z.boolean()),
      backorderAvailabilityPrompt: z.optional(text(5e3)),
      showDefaultShippingExpectationPrompt: z.optional(z.boolean()),
      defaultShippingExpectationPrompt: z.optional(text(5e3))
    })
  )
);
var responseSchema = z.lazy(
  () => z.object({
    data: z.nullish(z.looseObject({})),
    errors: z.optional(z.array(z.object({ message: z.string() })).check(maxLength(100)))
  })
);
var siteSchema = z.lazy(
  () => z.object({
    site: z.object({
      products: z.optional(edges(z.unknown())),
      // The related document's product carries `relatedProducts`; the variant document's is the product itself.
      product: z.nullish(z.looseObject({ relatedProducts: z.optional(edges(z.unknown())) })),
      settings: z.nullish(z.object({ inventory: inventorySettingsSchema }))
    })
  })
);
var cartSchema = z.lazy(
  () => z.object({
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
  })
);

// src/sources/bigcommerce/queryStorefront.ts
import * as z2 from "zod/mini";
var olderStores = /* @__PURE__ */ new Set();
var endpointOf = (context2) => context2.config.endpoint ?? "/graphql";
async function postGraphql(query, variables, context2) {
  const { config, transport, signal } = context2;
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (config.token) headers.Authorization = `Bearer ${config.token}`;
  const body = await transport.json(endpointOf(context2), {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
    credentials: "same-origin",
    signal
  });
  const parsed = z2.safeParse(responseSchema, body);
  if (!parsed.success) throw new SourceError(`${endpointOf(context2)} did not answer like a GraphQL API`);
  const { data, errors } = parsed.data;
  if (data) return data;
  const message = errors?.[0]?.message.slice(0, 200) ?? "no data";
  throw new SourceError(`${endpointOf(context2)} answered with an error: ${message}`);
}
async function queryStorefront(document2, variables, context2) {
  const key = endpointOf(context2);
  if (!olderStores.has(key)) {
    try {
      return { data: await postGraphql(document2(true), variables, context2), alpha: true };
    } catch (e) {
      if (!(e instanceof SourceError) || !/Cannot query field/i.test(e.message)) throw e;
      olderStores.add(key);
    }
  }
  return { data: await postGraphql(document2(false), variables, context2), alpha: false };
}

// src/sources/bigcommerce/loadCartLines.ts
async function loadCartLines(context2) {
  const data = await postGraphql(CART_DOCUMENT, {}, context2);
  const parsed = z3.safeParse(cartSchema, data);
  if (!parsed.success) throw new SourceError(`${endpointOf(context2)} answered the cart in an unexpected shape`);
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

// src/page/bigcommerce/cornerstoneCartLines.ts
var known = /* @__PURE__ */ new Map();
var asking = null;
var rowsOf = (doc) => Array.from(doc.querySelectorAll("[data-item-row]")).filter((r) => !r.querySelector("stock-status"));
var lineIdOf = (row) => row.querySelector("[data-cart-itemid]")?.getAttribute("data-cart-itemid") ?? null;
var lineStockText = (row) => Array.from(row.querySelectorAll(":scope > td > p.cart-item-backorder-message"));
function place(doc, row, line, config) {
  const el = createStatusElement(doc, { productId: line.productId, context: "cart" });
  if (line.variantId) el.setAttribute("variant-id", line.variantId);
  el.setAttribute("quantity", String(line.quantity));
  (row.querySelector(".cart-item-title") ?? row.firstElementChild ?? row).append(el);
  yieldThemeStock(el, () => lineStockText(row), config);
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
function mountCornerstoneCartLines(doc, config) {
  const rows = rowsOf(doc);
  if (rows.length === 0) return;
  const missing = rows.some((r) => {
    const id3 = lineIdOf(r);
    return id3 !== null && !known.has(id3);
  });
  if (!missing) {
    for (const row of rows) place(doc, row, known.get(lineIdOf(row)), config);
    return;
  }
  if (asking) return;
  const context2 = { config, transport: createTransport(), signal: new AbortController().signal, document: doc };
  asking = loadCartLines(context2).then(
    (lines) => {
      for (const line of lines) known.set(line.lineId, line);
      for (const row of rowsOf(doc)) {
        const line = known.get(lineIdOf(row) ?? "");
        if (line) place(doc, row, line, config);
      }
    },
    (e) => report("warn", `could not read the cart for per-line availability: ${e.message}`)
  ).finally(() => {
    asking = null;
  });
}

// src/page/bigcommerce/cornerstoneProductForm.ts
var readSelections = (form) => readOptionFields(form, /^attribute\[(\d+)\]$/);
function cornerstoneStockText(form) {
  const scope = form.closest(".productView") ?? form;
  const found = Array.from(scope.querySelectorAll("[data-backorder-prompt], [data-product-backordered], [data-qty-backordered-message]"));
  for (const count5 of Array.from(scope.querySelectorAll("[data-product-stock]"))) found.push(count5.closest(".form-label") ?? count5);
  return found;
}
function mountCornerstoneProduct(form, runtime) {
  const { config } = runtime;
  const doc = form.ownerDocument;
  const productId = form.querySelector('input[name="product_id"]')?.value.trim() ?? "";
  if (!/^\d+$/.test(productId)) return;
  if (hasOwnElement(doc, productId)) return;
  const el = createStatusElement(doc, { productId, context: "product" });
  el.setAttribute("quantity", String(readQuantity(form) ?? 1));
  form.insertAdjacentElement("afterend", el);
  followOptions(form, el, productId, { selections: () => readSelections(form), quantity: () => readQuantity(form) }, runtime.store);
  yieldThemeStock(el, () => cornerstoneStockText(form), config);
}

// src/page/bigcommerce/cornerstoneIntegration.ts
function mountAll2(doc, runtime) {
  const { config } = runtime;
  for (const form of Array.from(doc.querySelectorAll("form[data-cart-item-add]"))) {
    if (form.nextElementSibling?.matches("stock-status[data-mounted]")) continue;
    mountCornerstoneProduct(form, runtime);
  }
  mountCornerstoneCards(doc);
  mountCornerstoneCartLines(doc, config);
}
var cornerstoneIntegration = {
  mount(doc, runtime) {
    mountAsItComes(doc, () => mountAll2(doc, runtime), 50);
  }
};

// src/page/bigcommerce/bigcommerceIntegration.ts
function isCatalyst(doc) {
  const win = doc.defaultView;
  return !!doc.querySelector("next-route-announcer") || win != null && (win.next !== void 0 || win.__next_f !== void 0);
}
var bigcommerceIntegration = {
  mount(doc, runtime) {
    (isCatalyst(doc) ? catalystIntegration : cornerstoneIntegration).mount(doc, runtime);
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
    const el = createStatusElement(doc, { productId, context: "card" });
    (card.querySelector(".card__inner") ?? card.querySelector(".card") ?? card).prepend(el);
  }
}

// src/page/shopify/standardEvents.ts
import * as z4 from "zod/mini";
var STANDARD_EVENTS = {
  productSelect: "shopify:product:select",
  cartLinesUpdate: "shopify:cart:lines-update"
};
var anyId = z4.lazy(() => z4.union([z4.string().check(maxLength(300)), z4.number().check(whole(), between(0))]));
var quantity = z4.lazy(() => z4.number().check(whole(), between(0, 1e6)));
var productSelectPayload = z4.lazy(() => z4.object({ product: z4.object({ id: anyId }) }));
var productSelectResult = z4.lazy(() => z4.object({ variant: z4.nullable(z4.object({ id: anyId })) }));
var cartLinesPayload = z4.lazy(
  () => z4.object({
    action: z4.literal(["add", "remove", "update"]),
    lines: z4.array(z4.object({ id: z4.optional(anyId), merchandiseId: z4.optional(anyId), quantity })).check(maxLength(250))
  })
);
var cartLinesResult = z4.lazy(
  () => z4.object({
    cart: z4.nullable(z4.object({ lines: z4.array(z4.object({ id: anyId, quantity })).check(maxLength(500)) })),
    userErrors: z4.optional(z4.array(z4.looseObject({}))),
    warnings: z4.optional(z4.array(z4.looseObject({})))
  })
);
function numericId(id3, type) {
  const text5 = String(id3 ?? "").trim();
  if (/^\d{1,20}$/.test(text5)) return text5;
  const m = new RegExp(`^gid://shopify/${type}/(\\d{1,20})(?:\\?.*)?$`).exec(text5);
  return m ? m[1] : null;
}
function lineKey(id3) {
  const text5 = String(id3 ?? "");
  const m = /^gid:\/\/shopify\/CartLine\/([^?]*)/.exec(text5);
  return m ? m[1] : text5;
}
var thenable = (p) => typeof p?.then === "function";
function malformed(name) {
  report("warn", `a ${name} event did not carry what Shopify's standard events define; it was ignored.`);
}
var followed2 = /* @__PURE__ */ new WeakSet();
function followStandardEvents(doc, handlers) {
  if (followed2.has(doc)) return;
  followed2.add(doc);
  if (handlers.onSelect) {
    const onSelect = handlers.onSelect;
    doc.addEventListener(STANDARD_EVENTS.productSelect, (event) => {
      try {
        readSelection(event);
      } catch {
        malformed(STANDARD_EVENTS.productSelect);
      }
    });
    const readSelection = (event) => {
      const payload = z4.safeParse(productSelectPayload, event);
      const productId = payload.success ? numericId(payload.data.product.id, "Product") : null;
      const raw = event.promise;
      if (!productId || !(event.target instanceof Element) || !thenable(raw)) return malformed(STANDARD_EVENTS.productSelect);
      const variant = Promise.resolve(raw).then(
        (result) => {
          const r = z4.safeParse(productSelectResult, result);
          if (!r.success) return void 0;
          return r.data.variant === null ? null : numericId(r.data.variant.id, "ProductVariant");
        },
        () => void 0
        // a failed or aborted look-up: a newer selection follows
      );
      onSelect({ target: event.target, productId, variant });
    };
  }
  if (handlers.onCart) {
    const onCart = handlers.onCart;
    doc.addEventListener(STANDARD_EVENTS.cartLinesUpdate, (event) => {
      try {
        readChange(event);
      } catch {
        malformed(STANDARD_EVENTS.cartLinesUpdate);
      }
    });
    const readChange = (event) => {
      const payload = z4.safeParse(cartLinesPayload, event);
      const raw = event.promise;
      if (!payload.success) return malformed(STANDARD_EVENTS.cartLinesUpdate);
      const accepted2 = (thenable(raw) ? Promise.resolve(raw) : Promise.resolve(null)).then(
        (result) => {
          const r = z4.safeParse(cartLinesResult, result);
          if (!r.success || !r.data.cart || r.data.userErrors?.length || r.data.warnings?.length) return null;
          return new Map(r.data.cart.lines.map((l) => [lineKey(l.id), l.quantity]));
        },
        () => null
      );
      onCart({
        target: event.target instanceof Element ? event.target : null,
        action: payload.data.action,
        lines: payload.data.lines.map((l) => ({
          key: l.id === void 0 ? null : lineKey(l.id),
          variantId: l.merchandiseId === void 0 ? null : numericId(l.merchandiseId, "ProductVariant"),
          quantity: l.quantity
        })),
        accepted: accepted2
      });
    };
  }
}
function viewedProductId(el) {
  const raw = el.closest("[view-event-payload]")?.getAttribute("view-event-payload");
  if (!raw || raw.length > 1e5) return null;
  try {
    const parsed = z4.safeParse(productSelectPayload, JSON.parse(raw));
    return parsed.success ? numericId(parsed.data.product.id, "Product") : null;
  } catch {
    return null;
  }
}

// src/page/shopify/dawnProductForm.ts
var mounted = /* @__PURE__ */ new WeakMap();
var NOT_MAIN = ".card-wrapper, .product-card-wrapper, .quick-add, quick-add-modal, cart-drawer, cart-notification, stock-status, product-form-component, product-card, dialog";
function productIdOf2(form) {
  const input = form.querySelector('input[name="product-id"]');
  const id3 = input?.value.trim() || form.closest("[data-product-id]")?.getAttribute("data-product-id")?.trim();
  return id3 || viewedProductId(form);
}
function variantIdOf(form, doc) {
  const input = form.querySelector('input[name="id"]');
  const fromForm = input?.value.trim();
  if (fromForm) return fromForm;
  const fromUrl = new URLSearchParams(doc.location?.search ?? "").get("variant");
  return fromUrl && /^\d{1,20}$/.test(fromUrl) ? fromUrl : null;
}
function quantityOf(form, scope) {
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
    const el = createStatusElement(doc, { productId, context: "product" });
    (form.closest("product-form") ?? form).insertAdjacentElement("afterend", el);
    mounted.set(form, el);
    followForm(scope, el, { variantId: () => variantIdOf(form, doc), quantity: () => quantityOf(form, scope) });
  }
}

// src/page/shopify/horizonCards.ts
function mountHorizonCards(doc) {
  for (const card of Array.from(doc.querySelectorAll("product-card[data-product-id]"))) {
    if (card.hasAttribute("data-placeholder") || card.querySelector("stock-status")) continue;
    const productId = card.getAttribute("data-product-id")?.trim() ?? "";
    if (!/^\d{1,20}$/.test(productId)) continue;
    const el = createStatusElement(doc, { productId, context: "card" });
    (card.querySelector(".product-card__content") ?? card).prepend(el);
  }
}

// src/page/shopify/horizonProductForm.ts
var NOT_MAIN2 = "product-card, dialog, quick-add-component, .quick-add-modal, stock-status";
var SCOPE = ".shopify-section, dialog";
var mounted2 = /* @__PURE__ */ new WeakMap();
function productIdOf3(component) {
  const id3 = component.getAttribute("data-product-id")?.trim() ?? "";
  return /^\d{1,20}$/.test(id3) ? id3 : null;
}
function variantIdOf2(form) {
  const value = form.querySelector('input[name="id"]')?.value.trim() ?? "";
  return /^\d{1,20}$/.test(value) ? value : null;
}
function inventoryBlocks(scope, productId) {
  return Array.from(scope.querySelectorAll("product-inventory")).filter((b) => {
    const id3 = b.getAttribute("data-product-id");
    return !id3 || id3 === productId || !/^\d+$/.test(id3);
  });
}
function mountHorizonProduct(doc, config) {
  for (const component of Array.from(doc.querySelectorAll("product-form-component"))) {
    if (component.closest(NOT_MAIN2) || mounted2.get(component)?.isConnected) continue;
    const form = component.querySelector('form[action*="/cart/add"], form[data-type="add-to-cart-form"]');
    const productId = productIdOf3(component);
    if (!form || !productId || !form.querySelector('input[name="id"]')) continue;
    const scope = component.closest(SCOPE) ?? doc.body;
    if (scope.querySelector('stock-status:not([data-mounted="auto"])')) continue;
    const el = createStatusElement(doc, { productId, context: "product" });
    const blocks = inventoryBlocks(scope, productId);
    const anchor = blocks.at(-1) ?? component.closest(".buy-buttons-block") ?? component;
    anchor.insertAdjacentElement("afterend", el);
    mounted2.set(component, el);
    followForm(scope, el, { variantId: () => variantIdOf2(form), quantity: () => readQuantity(form) });
    yieldThemeStock(el, () => inventoryBlocks(scope, productId), config);
  }
}
function followHorizonSelection(doc, selection) {
  const scope = selection.target.closest(SCOPE) ?? doc.body;
  const card = selection.target.closest("product-card");
  const ours = Array.from(scope.querySelectorAll('stock-status[data-mounted="auto"][context="product"]')).filter(
    (el) => el.getAttribute("product-id") === selection.productId && (!card || card.contains(el))
  );
  if (!ours.length) return;
  void selection.variant.then((variant) => {
    if (variant === void 0) return;
    for (const el of ours) {
      if (!el.isConnected) continue;
      if (variant === null) el.removeAttribute("variant-id");
      else if (el.getAttribute("variant-id") !== variant) el.setAttribute("variant-id", variant);
    }
  });
}

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

// src/sources/shopify/cartAcceptance.ts
var accepted = /* @__PURE__ */ new Map();
function noteCartAccepted(variantId, quantity3) {
  const id3 = normalizeShopifyId(variantId, "variant");
  if (parseGid(id3)?.type !== "ProductVariant" || !Number.isInteger(quantity3) || quantity3 < 1 || quantity3 > 1e6) return false;
  if ((accepted.get(id3) ?? 0) >= quantity3) return false;
  accepted.set(id3, quantity3);
  return true;
}
function acceptedQuantity(variantGid) {
  return accepted.get(variantGid) ?? 0;
}

// src/page/shopify/shopifyCartLines.ts
var ROWS = "cart-items .cart-item, cart-drawer-items .cart-item, cart-items-component tr.cart-items__table-row[data-key]";
var DIGITS = /^\d{1,20}$/;
function variantOf(row) {
  const carrier = row.querySelector("[data-quantity-variant-id], [data-variant-id]");
  const id3 = (carrier?.getAttribute("data-quantity-variant-id") ?? carrier?.getAttribute("data-variant-id"))?.trim();
  if (id3 && DIGITS.test(id3)) return id3;
  const m = /[?&]variant=(\d{1,20})/.exec(row.querySelector('a[href*="variant="]')?.getAttribute("href") ?? "");
  return m ? m[1] : null;
}
function quantityOf2(row) {
  const input = row.querySelector('input[name="updates[]"], input.quantity__input');
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
function mountShopifyCartLines(doc) {
  for (const row of Array.from(doc.querySelectorAll(ROWS))) {
    if (row.querySelector("stock-status")) continue;
    const variantId = variantOf(row);
    if (!variantId) continue;
    const el = createStatusElement(doc, {
      productId: `gid://shopify/ProductVariant/${variantId}`,
      variantId,
      quantity: quantityOf2(row),
      context: "cart"
    });
    (row.querySelector(".cart-item__details, .cart-items__details") ?? row.lastElementChild ?? row).append(el);
    followForm(row, el, { variantId: () => variantOf(row), quantity: () => quantityOf2(row) });
  }
}
function learnFromCartChange(doc, change, runtime) {
  const rows = Array.from(doc.querySelectorAll("[data-key]"));
  const named = change.lines.map((l) => ({
    ...l,
    variantId: l.variantId ?? (l.key === null ? null : variantOf(rows.find((r) => r.getAttribute("data-key") === l.key) ?? doc.createElement("i")))
  }));
  void change.accepted.then((cart) => {
    let learnt = false;
    for (const line of cart ? named : []) {
      const quantity3 = line.key === null ? line.quantity : cart.get(line.key) ?? 0;
      if (line.variantId && noteCartAccepted(line.variantId, quantity3)) learnt = true;
    }
    if (!learnt) return;
    runtime.store.clear();
    for (const el of Array.from(doc.querySelectorAll('stock-status[context="cart"]')))
      el.refresh?.();
  });
}

// src/page/shopify/shopifyIntegration.ts
var shopifyIntegration = {
  mount(doc, runtime) {
    followStandardEvents(doc, {
      onSelect: (selection) => followHorizonSelection(doc, selection),
      onCart: (change) => learnFromCartChange(doc, change, runtime)
    });
    mountAsItComes(
      doc,
      () => {
        mountHorizonProduct(doc, runtime.config);
        mountDawnProduct(doc);
        mountHorizonCards(doc);
        mountDawnCards(doc);
        mountShopifyCartLines(doc);
      },
      30
    );
  }
};

// src/page/woocommerce/blockCards.ts
import * as z7 from "zod/mini";

// src/sources/woocommerce/woocommerceSchema.ts
import * as z6 from "zod/mini";

// src/sources/lenient.ts
import * as z5 from "zod/mini";
function lenient(schema, fallback) {
  return z5.optional(
    z5.pipe(
      z5.unknown(),
      z5.transform((value) => {
        const parsed = z5.safeParse(schema, value);
        return parsed.success ? parsed.data : fallback;
      })
    )
  );
}

// src/sources/woocommerce/woocommerceSchema.ts
var plain = (max) => z6.string().check(maxLength(max));
var storeId = z6.lazy(() => z6.number().check(whole(), between(1, Number.MAX_SAFE_INTEGER)));
var quantity2 = z6.lazy(() => z6.number().check(between(-1e9, 1e9)));
var optional5 = (schema) => lenient(z6.optional(schema), void 0);
var prices = z6.lazy(
  () => z6.object({
    price: z6.string().check(matches(/^-?\d{1,15}$/)),
    currency_code: optional5(plain(3)),
    currency_minor_unit: orDefault(z6.number().check(whole(), between(0, 4)), 2),
    currency_decimal_separator: orDefault(plain(5), "."),
    currency_thousand_separator: orDefault(plain(5), ","),
    currency_prefix: orDefault(plain(20), ""),
    currency_suffix: orDefault(plain(20), "")
  })
);
var image = z6.lazy(() => z6.object({ src: optional5(plain(2e3)), thumbnail: optional5(plain(2e3)) }));
var storeProduct = z6.lazy(
  () => z6.object({
    id: storeId,
    /** The variable product a variation belongs to; 0 for a product. */
    parent: orDefault(z6.number().check(whole(), between(0)), 0),
    type: optional5(plain(50)),
    name: optional5(plain(1e3)),
    permalink: optional5(plain(2e3)),
    is_purchasable: z6.boolean(),
    is_in_stock: z6.boolean(),
    is_on_backorder: orDefault(z6.boolean(), false),
    low_stock_remaining: orDefault(z6.nullable(quantity2), null),
    stock_availability: optional5(z6.object({ class: optional5(plain(100)) })),
    sold_individually: orDefault(z6.boolean(), false),
    add_to_cart: optional5(z6.object({ maximum: optional5(quantity2) })),
    prices: optional5(prices),
    images: optional5(z6.array(image).check(maxLength(100))),
    categories: optional5(z6.array(z6.object({ id: storeId })).check(maxLength(100))),
    variations: optional5(z6.array(z6.object({ id: storeId })).check(maxLength(2e3)))
  })
);
var storeProductList = z6.lazy(() => z6.array(z6.unknown()).check(maxLength(1e3)));

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

// src/page/woocommerce/blockCards.ts
var context = z7.lazy(() => z7.object({ productId: storeId }));
function contextId(card) {
  for (const name of ["data-wc-context", "data-wp-context"]) {
    const raw = card.getAttribute(name);
    if (!raw || raw.length > 1e4) continue;
    try {
      const parsed = z7.safeParse(context, JSON.parse(raw));
      if (parsed.success) return String(parsed.data.productId);
    } catch {
    }
  }
  return null;
}
function mountBlockCards(doc, config) {
  for (const card of Array.from(doc.querySelectorAll("li.wc-block-product"))) {
    if (card.querySelector("stock-status")) continue;
    const id3 = contextId(card) ?? wooId(card.querySelector("[data-product_id]")?.getAttribute("data-product_id")) ?? idFromPostClass(card);
    if (!id3) continue;
    const el = createStatusElement(doc, { productId: id3, context: "card" });
    (card.querySelector(".wp-block-woocommerce-product-image") ?? card).prepend(el);
    yieldThemeStock(el, () => Array.from(card.querySelectorAll(".wc-block-components-product-stock-indicator")), config);
  }
}

// src/sources/woocommerce/loadStoreCart.ts
import * as z9 from "zod/mini";

// src/sources/woocommerce/cartVariations.ts
var variations = /* @__PURE__ */ new Set();
function rememberCartVariation(id3) {
  if (variations.size > 500) variations.clear();
  variations.add(id3);
}
function isCartVariation(id3) {
  return variations.has(id3);
}

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

// src/sources/woocommerce/woocommerceCartSchema.ts
import * as z8 from "zod/mini";
var storeCartItem = z8.lazy(
  () => z8.object({
    /** The line's key: the classic cart's `cart[<key>][qty]` and the Cart block's `data-cart-item-key`. */
    key: z8.string().check(matches(/^[\w-]{1,64}$/)),
    /** The product's id, or the variation's on a variation line (`$product->get_id()`). */
    id: storeId,
    /** `simple`, `variation`, …; a bad value reads as not a variation. */
    type: lenient(z8.string().check(maxLength(40)), void 0),
    /** `wc_stock_amount()`: whole unless a plugin filters it. */
    quantity: z8.number().check(between(0, 1e9)),
    /** The link the Cart block prints on the line's name (display data: may be missing). */
    permalink: lenient(z8.string().check(maxLength(2e3)), void 0)
  })
);
var storeCart = z8.lazy(() => z8.object({ items: z8.array(z8.unknown()).check(maxLength(500)) }));

// src/sources/woocommerce/loadStoreCart.ts
async function loadStoreCart(context2) {
  const url = storeUrl(context2.config.endpoint, "/cart", {});
  const body = await context2.transport.json(url.href, {
    headers: { Accept: "application/json" },
    signal: context2.signal,
    credentials: "same-origin"
  });
  const cart = z9.safeParse(storeCart, body);
  if (!cart.success) throw new SourceError(`${url.pathname} did not answer with a WooCommerce Store API cart`);
  const lines = [];
  let skipped = 0;
  for (const raw of cart.data.items) {
    const item = z9.safeParse(storeCartItem, raw);
    if (!item.success) {
      skipped++;
      report("warn", `${url.pathname} sent a cart line without the fields of the WooCommerce Store API; that line shows no availability.`);
      continue;
    }
    const { key, id: id3, type, quantity: quantity3, permalink } = item.data;
    const line = { key, id: String(id3), variation: type === "variation", quantity: Math.max(1, Math.floor(quantity3)), permalink };
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
function askStoreCart(doc, runtime, then) {
  const s = storeCartState(doc);
  if (s.asking || s.failed) return;
  s.asking = true;
  const request = ++s.asked;
  const context2 = {
    config: runtime.config,
    transport: runtime.transport,
    signal: new AbortController().signal,
    document: doc
  };
  loadStoreCart(context2).then(
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
  const el = createStatusElement(doc, {
    productId: line.productId,
    variantId: line.variantId,
    quantity: rowQuantity(parts.quantityInput()) ?? line.quantity,
    context: "cart"
  });
  place4(el);
  followForm(row, el, { variantId: () => line.variantId, quantity: () => rowQuantity(parts.quantityInput()) });
  yieldThemeStock(el, parts.themeText, config);
  return el;
}

// src/page/woocommerce/blockCartLines.ts
var BLOCK = ".wp-block-woocommerce-cart, .wc-block-cart";
var ROWS2 = "tr.wc-block-cart-items__row";
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
function mountBlockCartLines(doc, runtime) {
  const { config } = runtime;
  if (!doc.querySelector(BLOCK)) return;
  const cart = storeCartState(doc);
  const again = () => mountBlockCartLines(doc, runtime);
  for (const el of Array.from(doc.querySelectorAll(`${ROWS2} stock-status[data-mounted]`))) reapplyThemeStock(el);
  if (cart.lines === null) {
    askStoreCart(doc, runtime, again);
    return;
  }
  const rows = Array.from(doc.querySelectorAll(ROWS2));
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
  if (stale) askStoreCart(doc, runtime, again);
}

// src/page/woocommerce/productStockText.ts
function productStockText(doc) {
  return Array.from(doc.querySelectorAll("p.stock, .wc-block-components-product-stock-indicator")).filter(
    (e) => !e.closest("li.product, li.wc-block-product, .wc-block-cart, .woocommerce-cart-form")
  );
}

// src/page/woocommerce/blockProductForm.ts
function mountBlockProduct(doc, config) {
  for (const form of Array.from(doc.querySelectorAll("form.wc-block-add-to-cart-with-options"))) {
    const next = form.nextElementSibling;
    if (next?.localName === "stock-status") continue;
    const id3 = wooId(form.querySelector('input[name="add-to-cart"]')?.value);
    if (!id3) continue;
    const variation = form.querySelector('input[name="variation_id"]');
    const el = createStatusElement(doc, { productId: id3, context: "product" });
    form.insertAdjacentElement("afterend", el);
    followForm(form, el, { variantId: () => variation ? wooId(variation.value) : null, quantity: () => readQuantity(form) });
    yieldThemeStock(el, () => productStockText(doc), config);
  }
}

// src/page/woocommerce/classicCards.ts
function mountClassicCards(doc) {
  for (const card of Array.from(doc.querySelectorAll("li.product:not(.wc-block-product)"))) {
    if (card.querySelector("stock-status")) continue;
    const id3 = wooId(card.querySelector("[data-product_id]")?.getAttribute("data-product_id")) ?? idFromPostClass(card);
    if (!id3) continue;
    const el = createStatusElement(doc, { productId: id3, context: "card" });
    card.prepend(el);
  }
}

// src/page/woocommerce/classicCartLines.ts
var ROWS3 = "form.woocommerce-cart-form tr.cart_item, form.woocommerce-cart-form tr.woocommerce-cart-form__cart-item";
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
function mountClassicCartLines(doc, runtime) {
  const { config } = runtime;
  const cart = storeCartState(doc);
  let ask = false;
  for (const row of Array.from(doc.querySelectorAll(ROWS3))) {
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
  if (ask) askStoreCart(doc, runtime, () => mountClassicCartLines(doc, runtime));
}

// src/page/woocommerce/classicProductForm.ts
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
  if (!container || !id3) return blockThemeProduct(doc);
  const stock = container.querySelector(".summary .stock, .entry-summary .stock");
  if (stock) return { id: id3, form: null, anchor: stock, where: "afterend" };
  const summary = container.querySelector(".summary, .entry-summary");
  return summary ? { id: id3, form: null, anchor: summary, where: "beforeend" } : null;
}
function blockThemeProduct(doc) {
  const block = doc.querySelector(".wc-block-add-to-cart-form");
  const m = doc.body?.classList.contains("single-product") ? /(?:^|\s)postid-(\d+)(?:\s|$)/.exec(doc.body.className) : null;
  const id3 = m ? wooId(m[1]) : null;
  if (!block || !id3) return null;
  const stock = block.querySelector(".stock");
  return stock ? { id: id3, form: null, anchor: stock, where: "afterend" } : { id: id3, form: null, anchor: block, where: "beforeend" };
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
function mountClassicProduct(doc, config) {
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
    const timer = setTimeout(() => go(), 2e3);
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
  const el = createStatusElement(doc, { productId: found.id, context: "product" });
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
  mount(doc, runtime) {
    const { config } = runtime;
    mountAsItComes(doc, () => {
      mountBlockProduct(doc, config);
      mountClassicProduct(doc, config);
      mountBlockCards(doc, config);
      mountClassicCards(doc);
      mountClassicCartLines(doc, runtime);
      mountBlockCartLines(doc, runtime);
    });
  }
};

// src/sources/bigcommerce/bigcommerceSource.ts
import * as z12 from "zod/mini";

// src/sources/bigcommerce/bigcommerceStock.ts
import * as z11 from "zod/mini";

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
import * as z10 from "zod/mini";
var asJson = z10.lazy(() => z10.union([z10.string(), z10.object({ date: z10.string().check(maxLength(64)), confirmed: z10.optional(z10.boolean()) })]));
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
    const r = z10.safeParse(asJson, parsed);
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

// src/sources/bigcommerce/bigcommerceStock.ts
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
function bigcommerceStock(p, options) {
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
    const parsed = z11.safeParse(variantSchema, edge.node);
    if (!parsed.success) {
      badVariants++;
      continue;
    }
    const v = parsed.data;
    const id3 = String(v.entityId);
    const r = base(id3);
    r.purchasable = r.purchasable && v.isPurchasable;
    r.restock = readRestockDate(firstValue(v.metafields), options.timeZone) ?? restock2;
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
    shownPrice = price ? intl(Intl.NumberFormat, void 0, { style: "currency", currency: price.currencyCode }).format(price.value) : void 0;
  } catch {
  }
  const partial = options.someVariants === true || p.variants?.pageInfo?.hasNextPage === true;
  return {
    stock: {
      productId,
      product: product3,
      // A product with one variant (its base) has no choice to make: its own record answers.
      variants: variants.length > 1 || partial ? variants : [],
      ...partial ? { partialVariants: true } : {},
      info: { name: plainText(p.name), url: safeLink(p.path), image: safeLink(p.defaultImage?.url), price: shownPrice },
      variantAliases
    },
    badVariants
  };
}

// src/sources/bigcommerce/bigcommerceSource.ts
var asEntityId = (id3) => /^\d{1,10}$/.test(id3.trim()) ? Number(id3.trim()) : null;
function metafieldVariables(context2) {
  const [namespace = "custom", key = "restock_date"] = context2.config.restockField.split(".");
  return { ns: namespace, keys: [key] };
}
function readProducts(data, nodes, alpha, context2, someVariants = false) {
  const parsed = z12.safeParse(siteSchema, data);
  if (!parsed.success) throw new SourceError(`${endpointOf(context2)} answered without the products asked for`);
  const rules = storeRules(parsed.data.site.settings?.inventory);
  const out = [];
  let skipped = 0;
  for (const node of nodes(parsed.data.site) ?? []) {
    const p = z12.safeParse(productSchema, node);
    if (!p.success) {
      skipped++;
      continue;
    }
    const { stock, badVariants } = bigcommerceStock(p.data, { rules, alpha, someVariants, timeZone: context2.config.timeZone });
    if (badVariants) skipped++;
    else out.push(stock);
  }
  if (skipped) throw new SourceError(`${endpointOf(context2)} sent product data that does not match the BigCommerce schema`, false, out);
  return out;
}
async function loadVariant(productId, variantId, context2) {
  const id3 = asEntityId(productId);
  const variant = asEntityId(variantId);
  const values = variant === null ? parseOptionKey(variantId) : null;
  if (id3 === null || variant === null && !values) return null;
  const vars2 = { id: id3, variants: variant === null ? [] : [variant], values: values ?? [], ...metafieldVariables(context2) };
  const { data, alpha } = await queryStorefront(variantDocument, vars2, context2);
  const [stock] = readProducts(data, (site) => site.product ? [site.product] : [], alpha, context2, true);
  return stock && stock.variants.length > 0 ? stock : null;
}
var variantFlights = /* @__PURE__ */ new Map();
var bigcommerceSource = {
  platform: "bigcommerce",
  batchSize: 50,
  normalizeId(id3) {
    const n = asEntityId(id3);
    return n === null ? id3.trim() : String(n);
  },
  async load(productIds, context2) {
    const ids = [...new Set(productIds.map(asEntityId).filter((n) => n !== null))];
    if (ids.length === 0) return [];
    const { data, alpha } = await queryStorefront(productsDocument, { ids, ...metafieldVariables(context2) }, context2);
    return readProducts(data, (site) => site.products?.edges?.map((e) => e.node), alpha, context2);
  },
  withVariant(stock, variantId, context2, keep) {
    const id3 = `${stock.productId} ${variantId}`;
    let flight = variantFlights.get(id3);
    if (!flight) {
      flight = loadVariant(stock.productId, variantId, { ...context2, signal: new AbortController().signal }).then(
        (found) => {
          if (!found) return stock;
          const merged = {
            ...stock,
            variants: [...stock.variants, ...found.variants],
            variantAliases: { ...stock.variantAliases, ...found.variantAliases }
          };
          keep(merged);
          return merged;
        },
        (e) => {
          report("warn", `bigcommerce variant look-up failed (${e?.message ?? e}); no availability is shown for it.`);
          return stock;
        }
      ).finally(() => variantFlights.delete(id3));
      variantFlights.set(id3, flight);
    }
    return flight;
  },
  async alternatives(productId, limit, context2) {
    const id3 = asEntityId(productId);
    if (id3 === null || limit <= 0) return [];
    const list = (context2.config.alternativesList ?? []).filter((x) => asEntityId(x) !== null && asEntityId(x) !== id3);
    let found;
    if (list.length) {
      found = await this.load(list.slice(0, 50), context2).catch(readableOf);
      found.sort((a, b) => list.indexOf(a.productId) - list.indexOf(b.productId));
    } else {
      const vars2 = { id: id3, first: Math.min(50, limit * 3), ...metafieldVariables(context2) };
      const { data, alpha } = await queryStorefront(relatedDocument, vars2, context2);
      try {
        found = readProducts(data, (site) => site.product?.relatedProducts?.edges?.map((e) => e.node), alpha, context2);
      } catch (e) {
        found = readableOf(e);
      }
    }
    return found.filter((s) => s.productId !== String(id3)).filter((s) => ["in-stock", "low-stock"].includes(resolveAvailability(s.product, 1).state)).slice(0, limit).map((s) => ({ productId: s.productId, info: s.info ?? {}, record: s.product }));
  }
};

// src/sources/json/jsonSource.ts
import * as z14 from "zod/mini";

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

// src/sources/json/jsonSchema.ts
import * as z13 from "zod/mini";
var count2 = z13.lazy(() => z13.number().check(whole(), between(0, 1e9)));
var dateOnly = z13.lazy(() => z13.string().check(z13.refine(isDateOnly)));
var plain2 = (max) => z13.string().check(maxLength(max));
var jsonStock = z13.lazy(
  () => z13.object({
    purchasable: orDefault(z13.boolean(), true),
    tracked: orDefault(z13.boolean(), true),
    inStock: z13.optional(z13.boolean()),
    onHand: z13.optional(z13.nullable(count2)),
    backorderable: z13.optional(z13.nullable(z13.union([count2, z13.literal("unlimited")]))),
    lowStockAt: z13.optional(z13.nullable(count2)),
    showCounts: orDefault(z13.boolean(), true),
    preorder: z13.optional(z13.nullable(z13.object({ releaseDate: z13.optional(z13.nullable(dateOnly)) }))),
    restock: z13.optional(z13.nullable(z13.object({ date: dateOnly, confirmed: orDefault(z13.boolean(), false) })))
  })
);
var id = z13.lazy(() => z13.pipe(z13.union([z13.string().check(nonEmpty(), maxLength(200)), z13.number()]), z13.transform(String)));
var jsonVariant = z13.lazy(() => z13.object({ id, stock: jsonStock }));
var jsonProduct = z13.lazy(
  () => z13.object({
    id,
    name: z13.optional(plain2(500)),
    url: z13.optional(plain2(2e3)),
    image: z13.optional(plain2(2e3)),
    price: z13.optional(plain2(100)),
    stock: jsonStock,
    variants: z13.optional(z13.array(jsonVariant).check(maxLength(2e3))),
    /** Ids of products to offer instead when this one cannot be bought; a malformed list is ignored, not fatal. */
    alternatives: lenient(z13.optional(z13.array(id).check(maxLength(50))), void 0)
  })
);
var jsonFeed = z13.lazy(
  () => z13.object({
    version: z13.literal(1),
    products: z13.array(z13.unknown()).check(maxLength(1e3))
  })
);

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
    const feed = z14.safeParse(jsonFeed, body);
    if (!feed.success) throw new SourceError(`${url.pathname} did not answer in the stock-status JSON format (version 1)`);
    const out = [];
    let drifted = false;
    for (const raw of feed.data.products) {
      const p = z14.safeParse(jsonProduct, raw);
      if (!p.success) {
        drifted = true;
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
    if (drifted) throw new SourceError(`${url.pathname} sent a product entry that does not match the format`, false, out);
    return out;
  },
  /** The product's own `alternatives` list, looked up in one request, keeping those that ship now. */
  async alternatives(productId, limit, context2) {
    if (!alternativeIds.has(productId)) await jsonSource.load([productId], context2).catch(readableOf);
    const ids = (alternativeIds.get(productId) ?? []).filter((id3) => id3 !== productId);
    if (ids.length === 0 || limit <= 0) return [];
    const found = await jsonSource.load(ids, context2).catch(readableOf);
    const order = new Map(ids.map((id3, i) => [id3, i]));
    found.sort((a, b) => (order.get(a.productId) ?? 0) - (order.get(b.productId) ?? 0));
    return toAlternatives(found, productId, limit);
  }
};

// src/sources/jsonld/readJsonLd.ts
import * as z15 from "zod/mini";
var MAX_SCRIPT = 1e6;
var scalar = lenient(z15.optional(z15.union([z15.string(), z15.number()])), void 0);
var str = lenient(z15.optional(z15.string()), void 0);
var offer = z15.lazy(
  () => z15.looseObject({
    "@type": lenient(z15.optional(z15.union([z15.string(), z15.array(z15.string())])), void 0),
    availability: z15.optional(z15.unknown()),
    availabilityStarts: z15.optional(z15.unknown()),
    price: scalar,
    lowPrice: scalar,
    priceCurrency: str,
    offers: z15.optional(z15.unknown()),
    sku: scalar,
    inventoryLevel: z15.optional(z15.unknown())
  })
);
var product = z15.lazy(
  () => z15.looseObject({
    "@type": z15.union([z15.string(), z15.array(z15.string())]),
    "@id": str,
    name: str,
    sku: scalar,
    productID: scalar,
    mpn: scalar,
    productGroupID: scalar,
    url: str,
    image: z15.optional(z15.unknown()),
    offers: z15.optional(z15.unknown()),
    hasVariant: z15.optional(z15.unknown())
  })
);
var isType = (node, name) => [].concat(node["@type"] ?? []).some((t) => typeof t === "string" && t.replace(/^(https?:\/\/schema\.org\/|schema:)/, "") === name);
function offersOf(value, depth = 0) {
  const out = [];
  if (depth > 4) return out;
  for (const item of [].concat(value ?? []).slice(0, 1e3)) {
    const parsed = z15.safeParse(offer, item);
    if (!parsed.success) continue;
    out.push(parsed.data);
    if (parsed.data.offers) out.push(...offersOf(parsed.data.offers, depth + 1));
  }
  return out;
}
function toProduct(node, depth = 0) {
  const parsed = z15.safeParse(product, node);
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
import * as z16 from "zod/mini";
var scalar2 = z16.lazy(() => z16.union([z16.string(), z16.number()]));
var related = z16.lazy(
  () => z16.looseObject({
    "@id": z16.optional(z16.string()),
    name: z16.string().check(nonEmpty(), maxLength(500)),
    sku: z16.optional(scalar2),
    productID: z16.optional(scalar2),
    url: z16.optional(z16.string()),
    image: z16.optional(z16.unknown()),
    offers: z16.optional(z16.unknown())
  })
);
function relatedProducts(p, onPage) {
  const out = [];
  for (const node of [].concat(p.isSimilarTo ?? [], p.isRelatedTo ?? []).slice(0, 50)) {
    const ref = node && typeof node === "object" ? node["@id"] : void 0;
    const known2 = typeof ref === "string" ? onPage.find((x) => x["@id"] === ref) : void 0;
    if (known2) {
      out.push(known2);
      continue;
    }
    const parsed = z16.safeParse(related, node);
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
    price = intl(Intl.NumberFormat, locale, { style: "currency", currency: offer2.priceCurrency }).format(amount);
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
function isPageProduct(document2, id3) {
  for (const el of document2.querySelectorAll("stock-status[product-id]")) {
    if (el.getAttribute("product-id") === id3 && (el.getAttribute("context") ?? "product") === "product") return true;
  }
  return false;
}
var jsonLdSource = {
  platform: "jsonld",
  batchSize: 1e3,
  async load(productIds, context2) {
    const products = readJsonLd(context2.document);
    const out = [];
    for (const id3 of productIds) {
      const p = id3 === "" ? products[0] : products.find((x) => idsOf(x).includes(id3) || x.variants.some((v) => idsOf(v).includes(id3)));
      const alone = products.length === 1 && (productIds.length === 1 || isPageProduct(context2.document, id3));
      const chosen = p ?? (alone ? products[0] : void 0);
      if (!chosen) continue;
      const stock = stockOfJsonLd(chosen, id3, context2.config);
      if (stock) out.push(stock);
      else report("warn", `the JSON-LD of product "${chosen.name ?? id3}" has no availability we can read.`);
    }
    return out;
  },
  /** schema.org `isSimilarTo` / `isRelatedTo` Products (inline, or `{"@id"}` references to others on the page). */
  async alternatives(productId, limit, context2) {
    const products = readJsonLd(context2.document);
    const p = productId === "" ? products[0] : products.find((x) => idsOf(x).includes(productId));
    if (!p) return [];
    const found = [];
    for (const related2 of relatedProducts(p, products)) {
      const id3 = idsOf(related2)[0] ?? related2.url;
      const stock = id3 ? stockOfJsonLd(related2, id3, context2.config) : null;
      if (stock) found.push(stock);
    }
    return toAlternatives(found, productId === "" ? idsOf(p)[0] ?? "" : productId, limit);
  }
};

// src/sources/shopify/shopifySource.ts
import * as z20 from "zod/mini";

// src/sources/shopify/askStorefront.ts
import * as z18 from "zod/mini";

// src/sources/shopify/shopifySchema.ts
import * as z17 from "zod/mini";
var text2 = (max) => lenient(z17.optional(z17.string().check(maxLength(max))), void 0);
var gid = (type) => {
  const re = new RegExp(`^gid://shopify/${type}/\\d{1,20}$`);
  return z17.string().check(matches(re));
};
var metafield2 = lenient(z17.nullish(z17.object({ value: z17.string().check(maxLength(100)) })), null);
var shopifyVariant = z17.lazy(
  () => z17.object({
    id: gid("ProductVariant"),
    availableForSale: z17.boolean(),
    currentlyNotInStock: z17.boolean(),
    // Absent when not asked for, null when the token lacks the inventory scope.
    quantityAvailable: lenient(z17.nullish(z17.number().check(whole(), between(-1e9, 1e9))), null),
    metafield: metafield2
  })
);
var shopifyProduct = z17.lazy(
  () => z17.object({
    id: gid("Product"),
    title: text2(500),
    handle: text2(300),
    onlineStoreUrl: lenient(z17.nullish(z17.string().check(maxLength(2e3))), null),
    availableForSale: z17.boolean(),
    featuredImage: lenient(z17.nullish(z17.object({ url: z17.string().check(maxLength(2e3)) })), null),
    priceRange: lenient(
      z17.nullish(z17.object({ minVariantPrice: z17.object({ amount: z17.string().check(maxLength(40)), currencyCode: z17.string() }) })),
      null
    ),
    metafield: metafield2,
    variants: z17.object({ nodes: z17.array(shopifyVariant).check(maxLength(2048)) })
  })
);
var shopifyVariantNode = z17.lazy(() => z17.object({ id: gid("ProductVariant"), product: shopifyProduct }));
var graphQlError = z17.lazy(
  () => z17.object({
    message: lenient(z17.string(), ""),
    path: z17.optional(z17.array(z17.union([z17.string(), z17.number()])).check(maxLength(50))),
    extensions: z17.optional(z17.looseObject({ code: z17.optional(z17.string()) }))
  })
);
var shopifyEnvelope = z17.lazy(
  () => z17.object({
    data: z17.optional(z17.nullable(z17.looseObject({}))),
    errors: z17.optional(z17.union([z17.string(), z17.array(graphQlError).check(maxLength(1e3))]))
  })
);

// src/sources/shopify/askStorefront.ts
var DEFAULT_ENDPOINT = "/api/2026-04/graphql.json";
var noInventoryScope = /* @__PURE__ */ new WeakSet();
function metafieldArgs(config) {
  const field = config.restockField || "custom.restock_date";
  const dot = field.lastIndexOf(".");
  return dot > 0 ? { ns: field.slice(0, dot), key: field.slice(dot + 1) } : { ns: "custom", key: field };
}
var isInventoryDenial = (e) => e.path?.[e.path.length - 1] === "quantityAvailable";
async function askStorefront(context2, query, variables) {
  const { config, transport, signal } = context2;
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
  const parsed = z18.safeParse(shopifyEnvelope, body);
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
import * as z19 from "zod/mini";

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
    if (q !== null) {
      if (acceptedQuantity(v.id) > q) r.backorderable = "unlimited";
      else r.capUnknown = true;
    }
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
    return intl(Intl.NumberFormat, locale, { style: "currency", currency: money.currencyCode }).format(amount);
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
function shopifyStock(p, productId, config) {
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
var id2 = z19.lazy(() => z19.pipe(z19.union([z19.number().check(whole(), between(0)), z19.string().check(maxLength(100))]), z19.transform(String)));
var optionalText = lenient(z19.nullish(z19.string().check(maxLength(100))), null);
var liquidVariant = z19.lazy(
  () => z19.object({
    id: id2,
    available: z19.boolean(),
    inventory_quantity: lenient(z19.nullish(z19.number().check(whole(), between(-1e9, 1e9))), null),
    inventory_policy: optionalText,
    inventory_management: optionalText,
    incoming: lenient(z19.nullish(z19.boolean()), null),
    next_incoming_date: optionalText,
    restock_date: optionalText
  })
);
var liquidProduct = z19.lazy(
  () => z19.object({
    product_id: id2,
    restock_date: optionalText,
    variants: z19.array(liquidVariant).check(nonEmpty(), maxLength(2048))
  })
);
var cartLine = z19.lazy(() => z19.object({ product_id: id2, variant_id: id2, quantity: z19.number().check(whole(), between(1, 1e6)) }));
var liquidPage = z19.lazy(
  () => z19.object({
    products: z19.array(z19.unknown()).check(maxLength(500)),
    cart: lenient(z19.array(cartLine).check(maxLength(500)), [])
  })
);
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
    const page = z19.safeParse(liquidPage, raw);
    const products = page.success ? page.data.products : [raw];
    for (const item of products) {
      const parsed = z19.safeParse(liquidProduct, item);
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
  async load(productIds, context2) {
    const { config } = context2;
    const liquid = readLiquidStock(context2.document, config);
    const out = [];
    const ids = [];
    for (const key of productIds) {
      const id3 = normalizeShopifyId(key, "product");
      const fromLiquid = liquid.get(id3) ?? [...liquid.values()].find((p) => p.variants.some((v) => v.variantId === id3));
      if (fromLiquid) out.push(fromLiquid.productId === key ? fromLiquid : { ...fromLiquid, productId: key });
      else if (parseGid(id3)) ids.push(id3);
      else report("warn", `"${key.slice(0, 80)}" is not a Shopify product id (a number or a gid://shopify/... id); it was skipped.`);
    }
    if (!ids.length || config.requests === "none") return out;
    const vars2 = { ids, ...metafieldArgs(config) };
    let { data, denied } = await askStorefront(context2, stockQuery, vars2);
    const lostNodes = denied.some((e) => typeof e.path?.[1] === "number" && Array.isArray(data.nodes) && data.nodes[e.path[1]] === null);
    if (lostNodes) ({ data } = await askStorefront(context2, stockQuery, vars2));
    const nodes = Array.isArray(data.nodes) ? data.nodes : [];
    let drifted = false;
    ids.forEach((id3, i) => {
      const node = nodes[i];
      if (node === null || node === void 0) return;
      const isVariant = parseGid(id3)?.type === "ProductVariant";
      const result = isVariant ? z20.safeParse(shopifyVariantNode, node) : z20.safeParse(shopifyProduct, node);
      if (!result.success) {
        drifted = true;
        return;
      }
      const product3 = "product" in result.data ? result.data.product : result.data;
      out.push(shopifyStock(product3, id3, config));
    });
    if (drifted) throw new SourceError("the Shopify Storefront API sent a product that does not match its schema", false, out);
    return out;
  },
  async alternatives(productId, limit, context2) {
    const id3 = normalizeShopifyId(productId, "product");
    if (limit <= 0 || context2.config.requests === "none" || parseGid(id3)?.type !== "Product") return [];
    const { data } = await askStorefront(context2, alternativesQuery, { id: id3, ...metafieldArgs(context2.config) });
    const list = Array.isArray(data.productRecommendations) ? data.productRecommendations : [];
    const out = [];
    for (const raw of list.slice(0, 50)) {
      const p = z20.safeParse(shopifyProduct, raw);
      if (!p.success || !p.data.availableForSale || p.data.id === id3) continue;
      const stock = shopifyStock(p.data, p.data.id, context2.config);
      out.push({ productId: p.data.id, info: productInfo(p.data, context2.config), record: stock.product });
      if (out.length >= limit) break;
    }
    return out;
  }
};

// src/sources/woocommerce/woocommerceSource.ts
import * as z22 from "zod/mini";

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
import * as z21 from "zod/mini";

// src/sources/woocommerce/woocommerceStock.ts
var NO_LIMIT = 9999;
function woocommerceStock(p, productId, variantId) {
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
var restock = z21.lazy(() => z21.object({ restock_date: lenient(z21.nullish(z21.string().check(maxLength(40))), null) }));
function readPageStock(doc, config, seen2) {
  const out = /* @__PURE__ */ new Map();
  for (const script of Array.from(doc?.querySelectorAll?.("script[data-stock-status-woocommerce]") ?? [])) {
    const items = [];
    try {
      for (const raw of z21.parse(storeProductList, JSON.parse(script.textContent ?? "")))
        items.push({ ...z21.parse(storeProduct, raw), ...z21.parse(restock, raw) });
    } catch {
      report("warn", "a <script data-stock-status-woocommerce> block is not valid; asking the Store API instead.");
      continue;
    }
    const record = (p, productId, variantId) => {
      const r = woocommerceStock(p, productId, variantId);
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
function wantsVariations(doc, id3) {
  if (!doc?.querySelector) return false;
  if (doc.querySelector(`form.variations_form[data-product_id="${id3}"], stock-status[product-id="${id3}"][variant-id]`)) return true;
  return Array.from(doc.querySelectorAll("form.wc-block-add-to-cart-with-options")).some(
    (f) => !!f.querySelector('input[name="variation_id"]') && !!f.querySelector(`input[name="add-to-cart"][value="${id3}"]`)
  );
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
async function getProducts(url, { transport, signal }, drifted) {
  const body = await transport.json(url.href, { headers: { Accept: "application/json" }, signal, credentials: "same-origin" });
  const list = z22.safeParse(storeProductList, body);
  if (!list.success) throw new SourceError(`${url.pathname} did not answer with a WooCommerce Store API product list`);
  const out = [];
  for (const raw of list.data) {
    const p = z22.safeParse(storeProduct, raw);
    if (p.success) out.push(p.data);
    else drifted?.push(raw);
  }
  return out;
}
async function getVariations(parents, context2, drifted) {
  const out = [];
  for (let page = 1; page <= MAX_VARIATION_PAGES; page++) {
    const url = storeUrl(context2.config.endpoint, "/products", {
      type: "variation",
      parent: parents.join(","),
      per_page: String(PER_PAGE),
      page: String(page)
    });
    const found = await getProducts(url, context2, drifted);
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
  async load(productIds, context2) {
    const ids = [...new Set(productIds.map(normalize))];
    const bad = ids.filter((id3) => !isWooId(id3));
    for (const id3 of bad) report("warn", `product-id "${id3.slice(0, 40)}" is not a WooCommerce product id (a number); it is skipped.`);
    const known2 = ids.filter(isWooId);
    const onPage = readPageStock(context2.document, context2.config, remember);
    const out = known2.flatMap((id3) => onPage.get(id3) ?? []);
    const wanted = known2.filter((id3) => !onPage.has(id3));
    if (wanted.length === 0) return out;
    const productsUrl = storeUrl(context2.config.endpoint, "/products", {
      include: wanted.filter((id3) => !isCartVariation(id3)).join(","),
      per_page: String(PER_PAGE),
      orderby: "include"
    });
    const variable = wanted.filter((id3) => wantsVariations(context2.document, id3));
    const cartVariations = wanted.filter(isCartVariation);
    const drifted = [];
    const [products, variations2, cartVariationAnswers] = await Promise.all([
      cartVariations.length === wanted.length ? Promise.resolve([]) : getProducts(productsUrl, context2, drifted),
      variable.length ? getVariations(variable, context2, drifted) : Promise.resolve([]),
      cartVariations.length ? getProducts(
        storeUrl(context2.config.endpoint, "/products", {
          type: "variation",
          include: cartVariations.join(","),
          per_page: String(PER_PAGE)
        }),
        context2,
        drifted
      ) : Promise.resolve([])
    ]);
    for (const p of products) {
      const productId = String(p.id);
      if (!wanted.includes(productId) || p.parent !== 0) continue;
      remember(p);
      const listed = new Set((p.variations ?? []).map((v) => String(v.id)));
      const variants = variations2.filter((v) => String(v.parent) === productId && listed.has(String(v.id))).map((v) => woocommerceStock(v, productId, String(v.id)));
      out.push({ productId, product: woocommerceStock(p, productId, null), variants, info: infoOfStoreProduct(p) });
    }
    for (const v of cartVariationAnswers) {
      const id3 = String(v.id);
      if (cartVariations.includes(id3) && v.parent !== 0)
        out.push({ productId: id3, product: woocommerceStock(v, id3, null), variants: [], info: infoOfStoreProduct(v) });
    }
    if (drifted.length) {
      const lost = new Set(drifted.map((raw) => String(raw?.parent ?? "")));
      const readable = out.filter((p) => !(lost.has(p.productId) || lost.has("") && variable.includes(p.productId)));
      throw new SourceError(
        `${productsUrl.pathname} sent a product without the stock fields of the WooCommerce Store API`,
        false,
        readable
      );
    }
    return out;
  },
  async alternatives(productId, limit, context2) {
    const id3 = normalize(productId);
    const { config } = context2;
    if (limit <= 0 || !isWooId(id3)) return [];
    let categories = categoriesOf.get(id3);
    if (!categories) {
      const [own] = await getProducts(storeUrl(config.endpoint, "/products", { include: id3 }), context2);
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
    for (const p of await getProducts(url, context2)) {
      const pid = String(p.id);
      const record = woocommerceStock(p, pid, null);
      if (pid === id3 || !record.purchasable || !record.inStock) continue;
      out.push({ productId: pid, info: infoOfStoreProduct(p), record });
      if (out.length >= limit) break;
    }
    return out;
  }
};

// src/allPlatforms.ts
var allPlatforms = {
  bigcommerce: { source: bigcommerceSource, integration: bigcommerceIntegration },
  shopify: { source: shopifySource, integration: shopifyIntegration },
  woocommerce: { source: woocommerceSource, integration: woocommerceIntegration },
  jsonld: { source: jsonLdSource, integration: genericIntegration },
  json: { source: jsonSource, integration: genericIntegration }
};

// src/config/parseConfig.ts
import * as z23 from "zod/mini";

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

// src/config/rawSetting.ts
var attributeName = (key) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
function rawSetting(key, global, attribute) {
  const fromGlobal = global && typeof global === "object" ? global[key] : void 0;
  return fromGlobal ?? attribute(attributeName(key)) ?? void 0;
}

// src/config/parseConfig.ts
var text3 = (max = 2048) => trimmed().check(nonEmpty(), maxLength(max));
var count3 = (max) => z23.pipe(
  z23.union([z23.number(), trimmed().check(matches(/^\d+$/))]),
  z23.transform((v) => Number(v))
).check(z23.refine((n) => Number.isInteger(n) && n >= 0 && n <= max));
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
var endpoint = text3().check(
  z23.refine((v) => isPath(v) || /^https:\/\/[^\s/\\]+(\/\S*)?$/i.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/\S*$/.test(v))
);
var keys = {
  platform: z23.literal(PLATFORMS),
  endpoint,
  token: text3(4096),
  locale: text3(64).check(z23.refine(isLocale)),
  restockField: text3(128).check(matches(/^[\w-]+\.[\w-]+$/)),
  alternatives: count3(12),
  notify: text3().check(z23.refine((v) => /^klaviyo:[A-Za-z0-9]{4,12}$/.test(v) || /^https:\/\/[^\s]+$/i.test(v) || isPath(v))),
  mount: z23.literal(["auto", "manual"]),
  button: z23.literal(["manage"]),
  nonce: text3(256).check(matches(/^[\w+/=-]+$/)),
  leadDays: count3(365),
  handlingDays: count3(60),
  timeZone: text3(64).check(z23.refine(isTimeZone)),
  alternativesAfterDays: count3(365),
  alternativesList: z23.pipe(
    z23.union([z23.array(z23.union([z23.string(), z23.number()])), z23.string()]),
    z23.transform((v) => (typeof v === "string" ? v.split(",") : v).map((x) => String(x).trim()).filter(Boolean))
  ).check(z23.refine((list) => list.length <= 50 && list.every((id3) => id3.length <= 200))),
  themeStock: z23.literal(["replace", "keep"]),
  requests: z23.literal(["none"]),
  // An object in window.StockStatusConfig; JSON text in data-messages (the Shopify app embed writes it).
  messages: z23.pipe(
    z23.pipe(
      z23.unknown(),
      z23.transform((v) => typeof v === "string" && v.length <= 2e4 ? parseJson(v) : v)
    ),
    recordOf(
      (tag) => tag.length <= 35 && isLocale(tag),
      recordOf((key) => /^[a-zA-Z]+(_(zero|one|two|few|many|other))?$/.test(key), z23.string().check(maxLength(300)))
    )
  )
};
var CONFIG_KEYS = Object.keys(keys);
function describe(raw) {
  if (typeof raw === "string") return JSON.stringify(raw.slice(0, 60));
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return Array.isArray(raw) ? "array" : `of type ${typeof raw}`;
}
function parseConfig(attributes, global) {
  const config = { ...DEFAULT_CONFIG };
  if (global != null && typeof global !== "object") report("error", "window.StockStatusConfig must be an object; it was ignored.");
  for (const key of CONFIG_KEYS) {
    let raw;
    let data = null;
    try {
      raw = rawSetting(key, global, (name) => attributes[name]);
      if (raw === void 0 || raw === null || raw === "") continue;
      const parsed = z23.safeParse(keys[key], raw);
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

// src/core/resolveLocale.ts
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

// src/sources/StockStore.ts
import * as z25 from "zod/mini";

// src/core/nextTask.ts
function nextTask(fn, priority = "user-visible") {
  const s = globalThis.scheduler;
  if (s?.postTask) void s.postTask(fn, { priority }).catch(() => {
  });
  else setTimeout(fn, 0);
}

// src/sources/inSlices.ts
var SLICE_MS = 8;
var SLICE_JOBS = { "user-blocking": 48, "user-visible": 16 };
var queues = { "user-blocking": [], "user-visible": [] };
var woken = [];
function slice(priority) {
  const jobs = queues[priority];
  const end = performance.now() + SLICE_MS;
  for (let n = 0; jobs.length && n < SLICE_JOBS[priority] && performance.now() < end; n++) {
    try {
      jobs.shift()();
    } catch {
    }
  }
  if (jobs.length) nextTask(() => slice(priority), priority);
  else if (priority === "user-blocking") for (const fn of woken.splice(0)) nextTask(fn, priority);
}
function inSlices(job, priority = "user-visible") {
  if (queues[priority].push(job) === 1) nextTask(() => slice(priority), priority);
}
function afterWaking(fn) {
  if (queues["user-blocking"].length) woken.push(fn);
  else nextTask(fn, "user-blocking");
}

// src/sources/productStockSchema.ts
import * as z24 from "zod/mini";
var count4 = z24.lazy(() => z24.number().check(z24.refine(Number.isFinite)));
var dateOnly2 = z24.lazy(() => z24.string().check(z24.refine(isDateOnly)));
var text4 = z24.lazy(() => z24.optional(z24.string().check(maxLength(5e3))));
var stockRecord = z24.lazy(
  () => z24.looseObject({
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
  })
);
var productStockSchema = z24.lazy(
  () => z24.looseObject({
    productId: z24.string(),
    product: stockRecord,
    variants: z24.array(stockRecord),
    info: z24.optional(z24.object({ name: text4, url: text4, image: text4, price: text4 })),
    variantAliases: z24.optional(recordOf(() => true, z24.string()))
  })
);
var cacheEntrySchema = z24.lazy(
  () => z24.object({
    at: count4,
    value: z24.nullable(productStockSchema)
  })
);

// src/sources/StockStore.ts
var SETTLE_CHUNK = 12;
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
  batchDue = false;
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
  /** In memory now; in sessionStorage now too unless `later` (then `persist`, a few per task). */
  remember(key, value, later = false) {
    const entry = { at: this.now(), value };
    this.cache.set(key, entry);
    if (!later) this.persist(key);
  }
  /** The cached answer written to sessionStorage: synchronous, so a hundred in one task would be a long one. */
  persist(key) {
    const entry = this.cache.get(key);
    if (!entry) return;
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
      const waiter = { id: productId, resolve, reject, signal };
      const flight = [...this.inflight].find((f) => f.waiters.has(key));
      const bucket = flight?.waiters ?? this.queue;
      if (!bucket.has(key)) bucket.set(key, /* @__PURE__ */ new Set());
      bucket.get(key).add(waiter);
      signal?.addEventListener("abort", () => this.drop(key, waiter), { once: true });
      if (!flight) this.schedule();
    });
  }
  /**
   * The product, with `variantId` among its variants: when its answer listed only some
   * (`partialVariants`) and not this one, the source reads that one (`Source.withVariant`) and the
   * cached product keeps it.
   */
  async withVariant(productId, variantId, signal) {
    const stock = await this.get(productId, signal);
    const { source, context: context2 } = this.options;
    const generation = this.generation;
    return stock?.partialVariants && variantId && source.withVariant && !findVariant(stock, variantId) ? source.withVariant(stock, variantId, context2, (s) => generation === this.generation && this.remember(this.key(productId), s)) : stock;
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
    if (this.batchDue) return;
    this.batchDue = true;
    const go = () => {
      this.batchDue = false;
      this.flush();
    };
    const delay = this.options.batchDelayMs ?? 0;
    if (delay) setTimeout(go, delay);
    else afterWaking(go);
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
    const context2 = { ...this.options.context, signal: flight.controller.signal };
    let found;
    let failure = null;
    this.requests++;
    try {
      found = await this.options.source.load(keys2, context2);
    } catch (e) {
      if (flight.controller.signal.aborted) {
        this.settle(flight, (w) => w.reject(abortError2()));
        return;
      }
      failure = e;
      found = e instanceof SourceError && e.partial || [];
    }
    await new Promise((r) => nextTask(r));
    const byKey = new Map(found.map((p) => [this.key(p.productId), p]));
    const cached = new Set(keys2.filter((key) => generation === this.generation && (!failure || byKey.has(key))));
    for (const key of cached) this.remember(key, byKey.get(key) ?? null, true);
    if (failure)
      await this.fallBack(
        failure,
        keys2.filter((k) => !byKey.has(k)),
        byKey,
        flight,
        context2
      );
    const persisted = /* @__PURE__ */ new Set();
    this.settle(flight, (w, key) => {
      if (!persisted.has(key) && cached.has(key) && generation === this.generation) this.persist(key);
      persisted.add(key);
      w.resolve(byKey.get(key) ?? null);
    });
  }
  /** The one warning of a failed look-up, and the page's own data for exactly the products it could not read. */
  async fallBack(failure, missing, byKey, flight, context2) {
    const fallback = this.options.fallback;
    report(
      "warn",
      `${this.options.source.platform} stock look-up failed (${failure?.message ?? failure}); ${fallback ? "showing the page's own structured data instead" : "no availability is shown"}.`
    );
    if (!fallback || missing.length === 0) return;
    const ids = new Map(missing.map((k) => [[...flight.waiters.get(k) ?? []][0]?.id ?? k, k]));
    try {
      for (const p of await fallback.load([...ids.keys()], context2)) {
        const key = ids.get(p.productId);
        if (key !== void 0) byKey.set(key, p);
      }
    } catch {
    }
  }
  /**
   * Every waiter answered, a few per task: each answer renders an element and tells the page, and a
   * hundred of those in one task would be a long one.
   */
  settle(flight, each) {
    const all = [...flight.waiters].flatMap(([key, set]) => [...set].map((w) => [w, key]));
    flight.waiters.clear();
    const next = (from) => {
      for (const [w, key] of all.slice(from, from + SETTLE_CHUNK)) each(w, key);
      if (from + SETTLE_CHUNK < all.length) nextTask(() => next(from + SETTLE_CHUNK));
    };
    next(0);
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
    // The shopper's locale where we have its words, else English: words and dates in one language.
    locale: speakingLocale(resolveLocale(config.locale, doc), config.messages),
    today: todayIn(config.timeZone),
    refresh() {
      store.clear();
      runtimeChanged(runtime);
    }
  };
  setRuntime(runtime);
  return runtime;
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
function buttonLabel(key, locale, overrides) {
  return resolveCatalog(locale, overrides)[key];
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
    update({ runtime, context: context2, availability: { state } }) {
      if (runtime.config.button !== "manage" || context2 !== "product") return;
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

// src/element/registeredExtras.ts
var registeredExtras = /* @__PURE__ */ new Set();
var listeners = /* @__PURE__ */ new Set();
function extend(extra) {
  for (const e of registeredExtras) if (e.name === extra.name) return false;
  registeredExtras.add(extra);
  for (const l of listeners) l();
  return true;
}
function onExtraRegistered(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// src/element/extrasController.ts
function extrasController(root, rerender) {
  const mounted3 = /* @__PURE__ */ new Map();
  let off = null;
  return {
    connect() {
      off ??= onExtraRegistered(rerender);
    },
    update(resolution) {
      const containers = /* @__PURE__ */ new Map();
      for (const c of root.querySelectorAll("[data-extra]")) containers.set(c.dataset.extra, c);
      for (const [part, m] of mounted3) {
        if (containers.get(part) !== m.container) {
          m.handle.destroy();
          mounted3.delete(part);
        }
      }
      let missing = false;
      for (const [part, container] of containers) {
        const ext = [...registeredExtras].find((e) => e.part === part);
        if (!ext) {
          missing = true;
          continue;
        }
        try {
          const m = mounted3.get(part);
          if (m) m.handle.update(resolution);
          else mounted3.set(part, { container, handle: ext.mount(container, resolution) });
        } catch (e) {
          report("error", `the ${part} could not be shown: ${e.message}`);
        }
      }
      if (missing) setTimeout(() => loadExtras(resolution.runtime.config.nonce), 0);
    },
    disconnect() {
      off?.();
      off = null;
      for (const { handle } of mounted3.values()) handle.destroy();
      mounted3.clear();
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
  #watch = null;
  #controllers = [];
  #lastEvent = "";
  connectedCallback() {
    const card = this.getAttribute("context") === "card";
    this.#guard(() => {
      if (!this.hasAttribute("data-state")) this.#setState("loading");
      if (card && !this.hasAttribute("data-mounted"))
        inSlices(() => this.isConnected && this.#guard(() => this.#wake(card)), "user-blocking");
      else {
        this.#root();
        this.#wake(card);
      }
    });
  }
  /** Asks for the stock, then draws (a card in a slice: the store's request waits for the asking, so it still costs one batch). */
  #wake(card) {
    this.#watch ??= watchAsk(
      null,
      () => this,
      (s) => this.#show(s)
    );
    if (card) inSlices(() => this.isConnected && this.#guard(() => this.#start()));
    else this.#start();
  }
  #guard(run) {
    try {
      run();
    } catch (e) {
      report("error", `the widget could not start: ${e.message}`);
    }
  }
  #root() {
    if (this.shadowRoot) return this.shadowRoot;
    const root = this.attachShadow({ mode: "open" });
    adoptStyles(root, getRuntime()?.config.nonce);
    return root;
  }
  #start() {
    const root = this.#root();
    if (!this.#controllers.length) {
      const rerender = () => this.resolution && this.#render(this.resolution.availability.state);
      this.#controllers = [extrasController(root, rerender), buttonController(this)];
    }
    for (const c of this.#controllers) c.connect();
    this.#render(this.resolution ? this.resolution.availability.state : "loading");
  }
  disconnectedCallback() {
    this.#watch?.stop();
    this.#watch = null;
    for (const c of this.#controllers) c.disconnect();
  }
  attributeChangedCallback(_name, old, value) {
    if (old !== value) this.#watch?.refresh();
  }
  /** Look up again (after `StockStatus.refresh()`, answered from the cache while it is fresh). */
  refresh() {
    this.#watch?.refresh();
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

// src/extras/alternatives/alternativesExtra.tsx
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
function adoptExtrasStyles(container, nonce) {
  const root = container.getRootNode();
  if (root instanceof ShadowRoot) adoptSheet(root, extrasCss, "data-extras", nonce);
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
  const words = { ...extrasEn, ...catalogs[language], ...overridesFor(locale, overrides) };
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

// src/extras/alternatives/alternativesExtra.tsx
import { jsx as jsx2 } from "preact/jsx-runtime";
var alternativesExtra = {
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

// src/extras/notify/signupExtra.tsx
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
import * as z26 from "zod/mini";

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
var stored = z26.array(
  z26.object({
    id: z26.string().check(z26.maxLength(400)),
    target: z26.string().check(z26.maxLength(2048)),
    email: z26.string().check(z26.maxLength(254)),
    productId: z26.string().check(z26.maxLength(200)),
    variantId: z26.nullable(z26.string().check(z26.maxLength(200))),
    locale: z26.string().check(z26.maxLength(64)),
    pageUrl: z26.string().check(z26.maxLength(2048)),
    platform: z26.string().check(z26.maxLength(32)),
    status: z26.enum(["sending", "retrying", "done", "rejected"]),
    attempts: z26.number(),
    nextAt: z26.number(),
    leaseUntil: z26.number(),
    createdAt: z26.number()
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
      const parsed = z26.safeParse(stored, JSON.parse(raw));
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

// src/extras/notify/signupExtra.tsx
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
var signupExtra = {
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
  extend(signupExtra);
  extend(alternativesExtra);
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
