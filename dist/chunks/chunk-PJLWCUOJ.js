// src/core/resolveAvailability.ts
var unknown = (quantity) => ({
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
function resolveAvailability(record, wanted) {
  const quantity = normalizeQuantity(wanted);
  if (!record) return unknown(quantity);
  const base = { ...unknown(quantity) };
  if (!record.purchasable) return { ...base, state: "unavailable", shipNow: 0 };
  if (record.preorder) return { ...base, state: "preorder", shipNow: 0, shipLater: quantity };
  if (!record.tracked) return { ...base, state: "in-stock", shipNow: quantity };
  const onHand = Number.isFinite(record.onHand) ? Math.max(0, Math.floor(record.onHand)) : null;
  const remaining = record.showCounts ? onHand : null;
  if (onHand === null) {
    if (record.inStock) {
      return { ...base, state: record.low ? "low-stock" : "in-stock", remaining: null };
    }
    if (record.backorder || record.backorderable === "unlimited" || (record.backorderable ?? 0) > 0) {
      return { ...base, state: "backorder", shipNow: record.inStock ? null : 0, shipLater: quantity };
    }
    return { ...base, state: "out-of-stock", shipNow: 0 };
  }
  const isLow = record.low || record.lowStockAt !== null && record.lowStockAt > 0 && onHand <= record.lowStockAt;
  if (onHand >= quantity) {
    return { ...base, state: isLow ? "low-stock" : "in-stock", shipNow: quantity, remaining };
  }
  const extra = record.backorderable === "unlimited" ? Number.POSITIVE_INFINITY : record.backorderable === null ? record.backorder ? Number.POSITIVE_INFINITY : 0 : Number.isFinite(record.backorderable) ? Math.max(0, Math.floor(record.backorderable)) : 0;
  const orderable = onHand + extra;
  if (orderable <= 0) return { ...base, state: "out-of-stock", shipNow: 0, remaining };
  if (extra === 0 && record.capUnknown) {
    return { ...base, state: "low-stock", shipNow: onHand, remaining };
  }
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

// src/core/StockRecord.ts
function pickRecord(stock, variantId) {
  if (!stock) return null;
  if (variantId === null || variantId === "") return stock.product;
  if (stock.variants.length === 0) return stock.product;
  return findVariant(stock, variantId);
}
function findVariant(stock, variantId) {
  const aliases = stock.variantAliases;
  const id2 = aliases && Object.hasOwn(aliases, variantId) ? aliases[variantId] : variantId;
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

// src/Runtime.ts
var current = null;
var listeners = /* @__PURE__ */ new Set();
function setRuntime(runtime) {
  current = runtime;
  runtimeChanged(runtime);
}
function runtimeChanged(runtime) {
  for (const l of listeners) l(runtime);
}
function getRuntime() {
  return current;
}
function onRuntime(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
  if (!timeZone) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  }
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
      const restock = record.restock;
      if (restock && future(restock.date)) {
        return { eta: handling(restock.date), etaKind: restock.confirmed ? "confirmed" : "estimated" };
      }
      if (rules.leadDays !== void 0 && rules.leadDays > 0) {
        return { eta: handling(addDays(today, rules.leadDays)), etaKind: "estimated" };
      }
      return none;
    }
    case "out-of-stock": {
      const restock = record.restock;
      return restock && future(restock.date) ? { eta: restock.date, etaKind: restock.confirmed ? "confirmed" : "estimated" } : none;
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
  maxOrderPlain: "Not available in this quantity",
  /** The add-to-cart button's words (data-button="manage"). */
  buttonPreorder: "Pre-order",
  buttonBackorder: "Backorder",
  buttonSoldOut: "Sold out"
};

// src/core/locales/de.ts
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
  maxOrderPlain: "In dieser Menge nicht verf\xFCgbar",
  buttonPreorder: "Vorbestellen",
  buttonBackorder: "Nachbestellen",
  buttonSoldOut: "Ausverkauft"
};

// src/core/locales/es.ts
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
  maxOrderPlain: "No disponible en esta cantidad",
  buttonPreorder: "Reservar",
  buttonBackorder: "Pedir bajo pedido",
  buttonSoldOut: "Agotado"
};

// src/core/locales/fr.ts
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
  maxOrderPlain: "Indisponible dans cette quantit\xE9",
  buttonPreorder: "Pr\xE9commander",
  buttonBackorder: "Commander (r\xE9appro.)",
  buttonSoldOut: "\xC9puis\xE9"
};

// src/core/locales/it.ts
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
  maxOrderPlain: "Non disponibile in questa quantit\xE0",
  buttonPreorder: "Preordina",
  buttonBackorder: "Ordina ora",
  buttonSoldOut: "Esaurito"
};

// src/core/locales/ja.ts
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
  maxOrderPlain: "\u3053\u306E\u6570\u91CF\u3067\u306F\u3054\u6CE8\u6587\u3044\u305F\u3060\u3051\u307E\u305B\u3093",
  buttonPreorder: "\u4E88\u7D04\u6CE8\u6587",
  buttonBackorder: "\u53D6\u308A\u5BC4\u305B\u6CE8\u6587",
  buttonSoldOut: "\u58F2\u308A\u5207\u308C"
};

// src/core/locales/nl.ts
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
  maxOrderPlain: "Niet beschikbaar in deze hoeveelheid",
  buttonPreorder: "Pre-order",
  buttonBackorder: "Nabestellen",
  buttonSoldOut: "Uitverkocht"
};

// src/core/locales/pt.ts
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
  maxOrderPlain: "Indispon\xEDvel nesta quantidade",
  buttonPreorder: "Pr\xE9-venda",
  buttonBackorder: "Encomendar",
  buttonSoldOut: "Esgotado"
};

// src/core/locales/knownCatalogs.ts
var catalogs = { en, de, es, fr, it, ja, nl, pt };

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
  const { today, context } = options;
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
    if (now > 0 || context === "cart") {
      const later = date ? say("splitLater", { count: a.shipLater, date }) : say("splitLaterNoDate", { count: a.shipLater });
      detail = now > 0 ? say("split", { now: say("splitNow", { count: now }), later }) : later;
    } else if (date) {
      detail = relative ? say("shipsRelative", { relative }) : say(eta.etaKind === "confirmed" ? "shipsBy" : "shipsByEstimated", { date });
    } else {
      detail = say("shipsLater");
    }
  } else if (a.state === "low-stock" && a.maxOrderable === null && a.remaining !== null && a.shipNow !== null && a.shipNow < a.quantity) {
    detail = say("splitNow", { count: a.shipNow });
  } else if (a.state === "preorder" && date) {
    detail = relative ? say("releasesRelative", { relative }) : say("releases", { date });
  } else if (a.state === "out-of-stock" && date) {
    detail = relative && eta.etaKind === "confirmed" ? say("restockRelative", { relative }) : say(eta.etaKind === "confirmed" ? "restock" : "restockEstimated", { date });
  }
  let limit = null;
  if (a.maxOrderable !== null && a.maxOrderable < a.quantity) {
    limit = a.remaining !== null ? say("maxOrder", { count: a.maxOrderable }) : say("maxOrderPlain");
  }
  if (context === "card") return { label, detail: null, limit: null, spoken: label, lang: locale };
  const spoken = [label, detail, limit].filter(Boolean).join(". ");
  return { label, detail, limit, spoken, lang: locale };
}

// src/core/report.ts
var said = /* @__PURE__ */ new Set();
function report(level, message) {
  const line = `[stock-status] ${message}`;
  if (said.has(line)) return;
  said.add(line);
  console[level](line);
}

// src/lookup/checkProps.ts
import * as z2 from "zod/mini";

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

// src/lookup/checkProps.ts
var id = trimmed().check(maxLength(300), matches(/^\P{Cc}*$/u));
var schemas = {
  productId: id,
  variantId: id,
  quantity: trimmed().check(matches(/^[1-9]\d{0,5}$/)),
  context: z2.literal(["product", "card", "cart"])
};
var defaults = { productId: "", variantId: null, quantity: "1", context: "product" };
function checkProp(key, value, name) {
  const fallback = defaults[key];
  if (value === null || value === void 0) return fallback;
  const raw = String(value);
  if (raw.trim() === "") return fallback;
  const parsed = z2.safeParse(schemas[key], raw);
  if (parsed.success) return parsed.data;
  report(
    "warn",
    `${name(raw.slice(0, 40))} is not valid; ${fallback === "" || fallback === null ? "it is ignored" : `using ${fallback}`}.`
  );
  return fallback;
}
function checkProps(props) {
  const ask = {};
  for (const key of Object.keys(schemas)) ask[key] = checkProp(key, props[key], (raw) => `stock-status ${key} "${raw}"`);
  ask.quantity = Number(ask.quantity);
  return ask;
}

// src/lookup/lookUp.ts
function lookUp(runtime, props, signal) {
  return answer(runtime, checkProps(props), signal);
}
async function answer(runtime, ask, signal) {
  let stock = null;
  if (ask.productId === "" && runtime.source.platform !== "jsonld") {
    report("warn", `<stock-status> needs a product-id with data-platform="${runtime.source.platform}".`);
  } else {
    try {
      stock = await runtime.store.withVariant(ask.productId, ask.variantId, signal);
    } catch (e) {
      if (e?.name === "AbortError") throw e;
      report("warn", `stock look-up failed: ${e?.message ?? e}`);
    }
  }
  if (signal?.aborted) throw signal.reason;
  return resolution(runtime, ask, stock);
}
function resolution(runtime, ask, stock) {
  const record = pickRecord(stock, ask.variantId);
  const availability = resolveAvailability(record, ask.quantity);
  const today = runtime.today();
  const eta = computeEta(availability, record, runtime.config, today);
  const text = describeStatus(availability, eta, {
    locale: runtime.locale,
    context: ask.context,
    today,
    overrides: runtime.config.messages,
    storeText: record?.storeText
  });
  const { productId, variantId, quantity, context } = ask;
  return { productId, variantId, quantity, context, stock, record, availability, eta, text, runtime };
}

// src/lookup/lookUpStore.ts
var LOADING = { state: "loading", resolution: null };
function lookUpStore(runtime, props) {
  let snapshot = LOADING;
  const listeners2 = /* @__PURE__ */ new Set();
  let watch = null;
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners2.add(listener);
      watch ??= watchAsk(
        runtime,
        () => checkProps(props),
        (next) => {
          snapshot = next;
          for (const l of listeners2) l();
        }
      );
      return () => {
        if (!listeners2.delete(listener) || listeners2.size) return;
        watch?.stop();
        watch = null;
      };
    },
    set(next) {
      props = next;
      watch?.refresh();
    },
    refresh: () => watch?.refresh()
  };
}
function watchAsk(runtime, read, listener) {
  let snapshot = LOADING;
  let controller = null;
  let scheduled = false;
  let live = true;
  const emit = (next) => {
    snapshot = next;
    listener(next);
  };
  const refresh = () => {
    if (scheduled || !live) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (live) void run();
    });
  };
  const off = onRuntime((r) => (!runtime || r === runtime) && refresh());
  async function run() {
    const rt = runtime ?? getRuntime();
    if (!rt) return;
    controller?.abort();
    const c = new AbortController();
    controller = c;
    const ask = read();
    const shown = snapshot.resolution?.stock?.productId;
    if (snapshot.state !== "loading" && (shown === void 0 || rt.store.key(shown) !== rt.store.key(ask.productId)))
      emit({ state: "loading", resolution: snapshot.resolution });
    try {
      const r = await answer(rt, ask, c.signal);
      if (controller === c) emit({ state: r.availability.state, resolution: r });
    } catch (e) {
      if (controller !== c || e?.name === "AbortError") return;
      report("error", `could not show availability: ${e?.message ?? e}`);
    } finally {
      if (controller === c) controller = null;
    }
  }
  refresh();
  return {
    refresh,
    stop() {
      live = false;
      controller?.abort();
      controller = null;
      off();
    }
  };
}

// src/adoptSheet.ts
var sheets = /* @__PURE__ */ new Map();
function adoptSheet(root, css2, marker, nonce) {
  try {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      let sheet = sheets.get(marker);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css2);
        sheets.set(marker, sheet);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
  }
  const doc = "createElement" in root ? root : root.ownerDocument;
  const parent = "head" in root ? root.head : root;
  if (!parent || parent.querySelector(`style[${marker}]`)) return;
  const style = doc.createElement("style");
  style.setAttribute(marker, "");
  if (nonce) style.nonce = nonce;
  style.textContent = css2;
  parent.appendChild(style);
}

// src/ui/styles.ts
var css = `
:host{display:block;font:inherit;font-family:var(--stock-status-font,inherit);color:var(--stock-status-color,inherit);min-height:var(--stock-status-min-height,1.5em);contain:layout style}
:host([hidden]){display:none}
:host([context=card]){display:block;height:0;min-height:0;position:relative;z-index:1;pointer-events:none}
:host([context=card][data-mounted]){position:absolute;width:100%;align-self:flex-start}
:host([data-state=unknown][context=card]){visibility:hidden}
:host([context=card]) .status{position:absolute;top:0;left:0;width:max-content;max-width:calc(100% - 2 * var(--stock-status-card-inset,.5em));margin:var(--stock-status-card-inset,.5em)}
*{box-sizing:border-box}
.status{display:flex;flex-wrap:wrap;align-items:baseline;gap:var(--stock-status-gap,.25em .75em);line-height:1.5}
.badge{display:inline-flex;align-items:center;gap:.4em;font-weight:var(--stock-status-badge-weight,600);border-radius:var(--stock-status-radius,999px)}
.badge::before{content:"";flex:none;width:.6em;height:.6em;border-radius:50%;background:var(--dot);forced-color-adjust:none}
:host([context=card]) .badge{white-space:nowrap;font-size:var(--stock-status-card-font-size,.875em);padding:.1em .6em;border:1px solid var(--dot);background:var(--stock-status-card-background,#fff);color:var(--stock-status-card-color,#1f2328)}
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
var adoptStyles = (root, nonce) => adoptSheet(root, css, "data-stock-status-sheet", nonce);

export {
  adoptSheet,
  report,
  whole,
  between,
  maxLength,
  matches,
  nonEmpty,
  recordOf,
  orDefault,
  trimmed,
  normalizeQuantity,
  resolveAvailability,
  intl,
  isDateOnly,
  dateInZone,
  toDateOnly,
  daysBetween,
  pickRecord,
  findVariant,
  emptyRecord,
  overridesFor,
  speakingLocale,
  setRuntime,
  runtimeChanged,
  getRuntime,
  computeEta,
  resolveCatalog,
  fill,
  describeStatus,
  checkProp,
  lookUp,
  LOADING,
  lookUpStore,
  watchAsk,
  css,
  adoptStyles
};
//# sourceMappingURL=chunk-PJLWCUOJ.js.map
