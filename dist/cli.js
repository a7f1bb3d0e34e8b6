// src/cli/CliError.ts
var CliError = class extends Error {
  exitCode = 1;
};
var UsageError = class extends CliError {
  exitCode = 2;
};

// src/cli/Output.ts
function terminalSafe(text2, max = 300) {
  const clean = text2.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, " ");
  return clean.length > max ? `${clean.slice(0, max)}\u2026` : clean;
}
function redacting(io, secrets) {
  const hide = (line) => secrets.filter((s) => s.length >= 4).reduce((l, s) => l.split(s).join("***"), line);
  return { out: (line) => io.out(hide(line)), err: (line) => io.err(hide(line)) };
}

// src/cli/bigcommerce/bigcommerceFlags.ts
import { parseArgs } from "node:util";
import * as z3 from "zod";

// src/config/parseConfig.ts
import * as z2 from "zod/mini";

// src/core/zodParts.ts
import * as z from "zod/mini";
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
var trimmed = () => z.pipe(
  z.string(),
  z.transform((s) => s.trim())
);

// src/config/Config.ts
var PLATFORMS = ["bigcommerce", "shopify", "woocommerce", "jsonld", "json"];

// src/config/parseConfig.ts
var text = (max = 2048) => trimmed().check(nonEmpty(), maxLength(max));
var count = (max) => z2.pipe(
  z2.union([z2.number(), trimmed().check(matches(/^\d+$/))]),
  z2.transform((v) => Number(v))
).check(z2.refine((n) => Number.isInteger(n) && n >= 0 && n <= max));
var parseJson = (text2) => {
  try {
    return JSON.parse(text2);
  } catch {
    return text2;
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
  ).check(z2.refine((list) => list.length <= 50 && list.every((id2) => id2.length <= 200))),
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
function isValidConfigValue(key, raw) {
  return z2.safeParse(keys[key], raw).success;
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

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/cli/bigcommerce/bigcommerceFlags.ts
var DEFAULT_API_BASE = "https://api.bigcommerce.com/stores/{hash}";
var defaultScriptUrl = () => `https://cdn.jsdelivr.net/npm/stock-status@${VERSION}/dist/stock-status.bigcommerce.js`;
var common = {
  "store-hash": { type: "string" },
  "access-token": { type: "string" },
  "api-base": { type: "string" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var installOptions = {
  ...common,
  channel: { type: "string" },
  storefront: { type: "string" },
  "create-token": { type: "boolean" },
  origin: { type: "string", multiple: true },
  "token-days": { type: "string" },
  endpoint: { type: "string" },
  location: { type: "string" },
  consent: { type: "string" },
  url: { type: "string" },
  "restock-field": { type: "string" }
};
var restockOptions = {
  ...common,
  product: { type: "string" },
  variant: { type: "string" },
  date: { type: "string" },
  confirmed: { type: "boolean" },
  clear: { type: "boolean" },
  "restock-field": { type: "string" }
};
var uninstallOptions = { ...common, channel: { type: "string" } };
var id = (flag) => z3.string({ error: `${flag} is required` }).regex(/^[1-9]\d{0,9}$/, `${flag} must be a whole number from 1`).transform(Number);
var httpsUrl = (flag) => z3.string().max(2048).refine((v) => /^https:\/\/[^\s"'<>\\]+$/i.test(v) && URL.canParse(v), `${flag} must be an https:// URL`);
var restockField = z3.string().refine(
  (v) => isValidConfigValue("restockField", v),
  "--restock-field must be namespace.key (letters, digits, _ and -), like custom.restock_date"
).default("custom.restock_date");
var connection = {
  storeHash: z3.string({ error: "--store-hash is required (the store hash from your API account, as in api.bigcommerce.com/stores/<hash>)" }).regex(/^[a-z0-9]{1,32}$/i, "--store-hash must be letters and digits only"),
  accessToken: z3.string({ error: "--access-token is required (or set BIGCOMMERCE_ACCESS_TOKEN)" }).min(1, "--access-token is empty").max(512).regex(/^[\x21-\x7e]+$/, "--access-token has characters an access token never has"),
  apiBase: z3.string().refine(
    (v) => /^https:\/\/[^\s]+$/i.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/.test(v),
    "--api-base (or STOCK_STATUS_BIGCOMMERCE_API) must be an https:// URL (http:// only for localhost)"
  ).optional(),
  dryRun: z3.boolean().default(false)
};
var installSchema = z3.object({
  ...connection,
  channel: id("--channel").default(1),
  storefront: z3.enum(["stencil", "headless"], { error: "--storefront must be stencil or headless (Catalyst, Next.js, any other front end)" }).default("stencil"),
  createToken: z3.boolean().default(false),
  origin: z3.array(
    httpsUrl("--origin").refine(
      (v) => new URL(v).pathname === "/" && !/\/.+/.test(v.replace(/^https:\/\//i, "")),
      "--origin must be an origin: https://host, with no path"
    )
  ).max(2, "BigCommerce accepts at most two --origin values per token").optional(),
  tokenDays: z3.string().regex(/^\d{1,4}$/, "--token-days must be a number of days").transform(Number).refine((n) => n >= 1 && n <= 3650, "--token-days must be from 1 to 3650").default(365),
  endpoint: httpsUrl("--endpoint").optional(),
  location: z3.enum(["head", "body", "footer"], {
    error: "--location must be head or body (Catalyst renders no footer scripts; body means the end of <body>)"
  }).default("head"),
  consent: z3.enum(["essential", "functional", "analytics", "targeting"], {
    error: '--consent must be essential, functional, analytics or targeting (a script left "unknown" never shows on stores with a cookie banner)'
  }).default("essential"),
  url: httpsUrl("--url").optional(),
  restockField
}).superRefine((v, ctx) => {
  if (v.storefront === "headless" && !v.origin?.length) {
    ctx.addIssue({
      code: "custom",
      message: "--origin is required with --storefront headless: the storefront token answers only the origins it names (your front end, https://shop.example.com)"
    });
  }
});
var restockSchema = z3.object({
  ...connection,
  product: id("--product"),
  variant: id("--variant").optional(),
  date: z3.string().refine(isDateOnly, "--date must be a calendar date, YYYY-MM-DD").refine((d) => d >= dateInZone(/* @__PURE__ */ new Date(), "UTC"), "--date is in the past: the widget never shows a past date").optional(),
  confirmed: z3.boolean().default(false),
  clear: z3.boolean().default(false),
  restockField
}).superRefine((v, ctx) => {
  if (v.clear === (v.date !== void 0)) ctx.addIssue({ code: "custom", message: "give either --date YYYY-MM-DD or --clear" });
  if (v.clear && v.confirmed) ctx.addIssue({ code: "custom", message: "--confirmed goes with --date, not --clear" });
});
var uninstallSchema = z3.object({ ...connection, channel: id("--channel").default(1) });
var camel = (flag) => flag.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
function read(args, options, schema, env) {
  let values;
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
      throw new UsageError("an argument without a flag: each value goes after its --flag");
    throw new UsageError(terminalSafe(e.message.split(". ")[0] ?? "bad flags"));
  }
  if (values.help) return "help";
  const raw = Object.fromEntries(Object.entries(values).map(([k, v]) => [camel(k), v]));
  raw.accessToken ??= env.BIGCOMMERCE_ACCESS_TOKEN;
  raw.apiBase ??= env.STOCK_STATUS_BIGCOMMERCE_API || void 0;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("\n"));
  const data = parsed.data;
  return { ...data, apiBase: data.apiBase ?? DEFAULT_API_BASE.replace("{hash}", data.storeHash) };
}
var readInstallFlags = (args, env) => read(args, installOptions, installSchema, env);
var readRestockFlags = (args, env) => read(args, restockOptions, restockSchema, env);
var readUninstallFlags = (args, env) => read(args, uninstallOptions, uninstallSchema, env);

// src/cli/bigcommerce/managementSchemas.ts
import * as z4 from "zod";
var STOREFRONT_PERMISSIONS = ["read_and_sf_access", "write_and_sf_access"];
var scriptSchema = z4.object({
  uuid: z4.string().regex(/^[0-9a-fA-F-]{8,64}$/, "a script uuid"),
  name: z4.string(),
  channel_id: z4.number().int().optional(),
  kind: z4.string().optional(),
  src: z4.string().optional(),
  location: z4.string().optional(),
  consent_category: z4.string().optional()
});
var pagination = z4.object({ current_page: z4.number().int().min(1), total_pages: z4.number().int().min(0) }).partial().optional();
var scriptListSchema = z4.object({
  data: z4.array(scriptSchema),
  meta: z4.object({ pagination }).partial().optional()
});
var scriptAnswerSchema = z4.object({ data: scriptSchema });
var tokenAnswerSchema = z4.object({
  data: z4.object({
    token: z4.string().regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, "a JWT").max(4096)
  })
});
var metafieldSchema = z4.object({
  id: z4.number().int().positive(),
  namespace: z4.string(),
  key: z4.string(),
  value: z4.string(),
  permission_set: z4.string()
});
var metafieldListSchema = z4.object({ data: z4.array(metafieldSchema) });
var metafieldAnswerSchema = z4.object({ data: metafieldSchema });
var errorAnswerSchema = z4.union([
  z4.object({
    status: z4.number().optional(),
    title: z4.string().optional(),
    detail: z4.string().optional(),
    errors: z4.record(z4.string(), z4.unknown()).optional()
  }),
  z4.array(z4.object({ status: z4.number().optional(), message: z4.string() }))
]);

// src/cli/bigcommerce/scriptBodies.ts
var MAIN_SCRIPT_NAME = "stock-status";
var SETTINGS_SCRIPT_NAME = "stock-status settings";
var STENCIL_TOKEN = "{{settings.storefront_api.token}}";
var literal2 = (value) => JSON.stringify(value).replace(/[<>&{}]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
function settingsHtml(settings) {
  const token = settings.token === STENCIL_TOKEN ? `"${STENCIL_TOKEN}"` : literal2(settings.token);
  const pairs = [`platform:"bigcommerce"`, `token:${token}`, `restockField:${literal2(settings.restockField)}`];
  if (settings.endpoint) pairs.push(`endpoint:${literal2(settings.endpoint)}`);
  return `<script>window.StockStatusConfig=Object.assign(window.StockStatusConfig||{},{${pairs.join(",")}});</script>`;
}
var common2 = (p) => ({
  visibility: "storefront",
  consent_category: p.consent,
  auto_uninstall: true,
  enabled: true,
  channel_id: p.channel
});
function settingsScriptBody(p) {
  return {
    name: SETTINGS_SCRIPT_NAME,
    description: "Settings for the stock-status availability widget (window.StockStatusConfig).",
    kind: "script_tag",
    html: settingsHtml(p.settings),
    // An inline script takes only the default load method; in the head it runs before any deferred file.
    load_method: "default",
    location: "head",
    ...common2(p)
  };
}
function mainScriptBody(p) {
  return {
    name: MAIN_SCRIPT_NAME,
    description: "stock-status: availability, backorder and restock dates on product pages, cards and the cart.",
    kind: "src",
    src: p.url,
    load_method: "defer",
    location: p.location,
    ...common2(p)
  };
}

// src/cli/bigcommerce/listOurScripts.ts
var MAX_PAGES = 20;
async function listOurScripts(api, channel) {
  const ours = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await api.get(`/v3/content/scripts?channel_id:in=${channel}&limit=50&page=${page}`, scriptListSchema);
    if (!answer) break;
    for (const s of answer.data) {
      if ((s.name === MAIN_SCRIPT_NAME || s.name === SETTINGS_SCRIPT_NAME) && (s.channel_id === void 0 || s.channel_id === channel))
        ours.push(s);
    }
    const p = answer.meta?.pagination;
    if (!p?.total_pages || !p.current_page || p.current_page >= p.total_pages) break;
  }
  return ours;
}

// src/cli/bigcommerce/installScripts.ts
var channelEndpoint = (storeHash, channel) => `https://store-${storeHash}-${channel}.mybigcommerce.com/graphql`;
async function createStorefrontToken(api, flags, io) {
  const expiresAt = Math.floor(Date.now() / 1e3) + flags.tokenDays * 86400;
  const body = { channel_id: flags.channel, expires_at: expiresAt };
  if (flags.origin?.length) body.allowed_cors_origins = flags.origin;
  const answer = await api.post("/v3/storefront/api-token", body, tokenAnswerSchema);
  const day = new Date(expiresAt * 1e3).toISOString().slice(0, 10);
  if (answer)
    io.out(
      `Storefront token created for channel ${flags.channel}${flags.origin?.length ? ` and ${flags.origin.join(", ")}` : ""}; it expires on ${day}. Run this command again before then.`
    );
  return answer?.data.token ?? "<storefront token from POST /v3/storefront/api-token>";
}
async function upsert(api, existing, body, io) {
  const same = existing.filter((s) => s.name === body.name);
  const [first, ...extra] = same;
  if (first) {
    await api.put(`/v3/content/scripts/${first.uuid}`, body, scriptAnswerSchema);
    io.out(`Updated the script "${body.name}" (${first.uuid}).`);
  } else {
    const created = await api.post("/v3/content/scripts", body, scriptAnswerSchema);
    if (created) io.out(`Created the script "${body.name}" (${created.data.uuid}).`);
  }
  for (const dup of extra) {
    await api.delete(`/v3/content/scripts/${dup.uuid}`);
    io.out(`Removed a duplicate "${body.name}" (${dup.uuid}).`);
  }
}
async function installScripts(api, flags, io) {
  const headless = flags.storefront === "headless";
  const token = headless || flags.createToken ? await createStorefrontToken(api, flags, io) : STENCIL_TOKEN;
  const settings = {
    token,
    restockField: flags.restockField,
    endpoint: flags.endpoint ?? (headless ? channelEndpoint(flags.storeHash, flags.channel) : void 0)
  };
  const existing = await listOurScripts(api, flags.channel);
  const placement = { channel: flags.channel, consent: flags.consent };
  await upsert(api, existing, settingsScriptBody({ ...placement, settings }), io);
  const location = flags.location === "head" ? "head" : "footer";
  await upsert(api, existing, mainScriptBody({ ...placement, url: flags.url ?? defaultScriptUrl(), location }), io);
  io.out("");
  if (api.dryRun) io.out("Dry run: the calls above were not sent.");
  else
    io.out(
      `stock-status is on every storefront page of channel ${flags.channel} (scripts "${SETTINGS_SCRIPT_NAME}" and "${MAIN_SCRIPT_NAME}", consent category ${flags.consent}).`
    );
  io.out(
    "The signup form and the alternatives load stock-status-extras.js from the same folder as the script URL: host both files together."
  );
  if (token === STENCIL_TOKEN) {
    io.out(
      `Token: Stencil fills in ${STENCIL_TOKEN} on each page. If a product page's source shows that text literally, run again with --create-token --origin https://<your store>.`
    );
  }
  io.out(`Restock dates: a product or variant metafield ${flags.restockField} with permission_set read_and_sf_access, for example:`);
  io.out(`  npx stock-status bigcommerce restock --store-hash ${flags.storeHash} --product <id> --date YYYY-MM-DD`);
}

// src/cli/bigcommerce/managementApi.ts
var ApiError = class extends CliError {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
};
function scopeFor(path) {
  if (path.startsWith("/v3/content/scripts")) return '"Content: modify"';
  if (path.startsWith("/v3/storefront/api-token")) return '"Storefront API Tokens: manage"';
  if (path.startsWith("/v3/catalog/")) return '"Products: modify"';
  return "the scope for this call";
}
function describeError(body) {
  const parsed = errorAnswerSchema.safeParse(body);
  if (!parsed.success) return "";
  if (Array.isArray(parsed.data)) return terminalSafe(parsed.data.map((e) => e.message).join("; "));
  const { title, detail, errors } = parsed.data;
  const fields = Object.entries(errors ?? {}).slice(0, 10).map(([field, message]) => `${field}: ${typeof message === "string" ? message : JSON.stringify(message)}`);
  return terminalSafe([title, detail, ...fields].filter(Boolean).join("; "), 600);
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function createManagementApi(options) {
  const { base, accessToken, dryRun, io, timeoutMs = 3e4, maxRetryWaitMs = 5e3 } = options;
  const root = base.replace(/\/+$/, "");
  async function call(method, path, body, schema) {
    const url = `${root}${path}`;
    if (dryRun) {
      io.out(`${method} ${url}`);
      if (body !== void 0) io.out(JSON.stringify(body, null, 2));
      return null;
    }
    const headers = { "X-Auth-Token": accessToken, Accept: "application/json" };
    if (body !== void 0) headers["Content-Type"] = "application/json";
    let response;
    for (let attempt = 0; ; attempt++) {
      try {
        response = await fetch(url, {
          method,
          headers,
          body: body === void 0 ? void 0 : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error"
        });
      } catch (e) {
        const reason = e.name === "TimeoutError" ? `no answer within ${timeoutMs / 1e3} s` : terminalSafe(String(e.message));
        throw new CliError(`${method} ${path}: could not reach ${root} (${reason}). Nothing was changed by this call.`);
      }
      if (response.status !== 429 || attempt >= 2) break;
      const wait = Number(response.headers.get("X-Rate-Limit-Time-Reset-Ms"));
      await sleep(Math.min(Number.isFinite(wait) && wait > 0 ? wait : 1e3, maxRetryWaitMs));
    }
    const text2 = await response.text();
    const type = response.headers.get("Content-Type") ?? "";
    let json;
    let isJson = false;
    if (text2.trim() !== "") {
      try {
        json = JSON.parse(text2);
        isJson = true;
      } catch {
      }
    }
    const status = response.status;
    if (!response.ok) {
      const why = isJson ? describeError(json) : "";
      const detail = why ? `: ${why}` : "";
      if (status === 401)
        throw new ApiError(
          `${method} ${path}: the access token was refused (401${detail}). Check --access-token (or BIGCOMMERCE_ACCESS_TOKEN) and --store-hash.`,
          status
        );
      if (status === 403)
        throw new ApiError(
          `${method} ${path}: not allowed (403${detail}). The API account needs ${scopeFor(path)}; a metafield can also be changed only by the API account that created it.`,
          status
        );
      if (status >= 500)
        throw new ApiError(
          `${method} ${path}: BigCommerce failed (${status}${detail}). This call changed nothing; run the command again later.`,
          status
        );
      throw new ApiError(`${method} ${path}: BigCommerce refused it (${status}${detail}).`, status);
    }
    if (schema === null) return null;
    if (!isJson) {
      throw new ApiError(
        `${method} ${path}: the answer (${status}, ${terminalSafe(type || "no content type", 80)}) is not JSON. Is --api-base the Management API (https://api.bigcommerce.com/stores/<hash>)?`,
        status
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join(".") || "the answer"}: ${issue.message}` : "unexpected shape";
      throw new ApiError(
        `${method} ${path}: the answer does not have the documented shape (${terminalSafe(where, 200)}). Nothing more was sent.`,
        status
      );
    }
    return parsed.data;
  }
  return {
    dryRun,
    get: (path, schema) => call("GET", path, void 0, schema),
    post: (path, body, schema) => call("POST", path, body, schema),
    put: (path, body, schema) => call("PUT", path, body, schema),
    delete: (path) => call("DELETE", path, void 0, null)
  };
}

// src/cli/bigcommerce/setRestockDate.ts
async function setRestockDate(api, flags, io) {
  const [namespace, key] = flags.restockField.split(".");
  const owner = flags.variant ? `/v3/catalog/products/${flags.product}/variants/${flags.variant}` : `/v3/catalog/products/${flags.product}`;
  const what = flags.variant ? `variant ${flags.variant} of product ${flags.product}` : `product ${flags.product}`;
  let found;
  try {
    found = await api.get(
      `${owner}/metafields?namespace=${encodeURIComponent(namespace)}&key=${encodeURIComponent(key)}`,
      metafieldListSchema
    );
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) throw new ApiError(`There is no ${what} in this store (404). Nothing was changed.`, 404);
    throw e;
  }
  const current = found?.data.find((m) => m.namespace === namespace && m.key === key);
  if (flags.clear) {
    if (!current) {
      io.out(`${what} has no ${flags.restockField} metafield: nothing to clear.`);
      return;
    }
    await api.delete(`${owner}/metafields/${current.id}`);
    io.out(`Cleared the restock date of ${what}.`);
    return;
  }
  const value = flags.confirmed ? JSON.stringify({ date: flags.date, confirmed: true }) : flags.date;
  const permission_set = "read_and_sf_access";
  if (current) {
    await api.put(`${owner}/metafields/${current.id}`, { value, permission_set }, metafieldAnswerSchema);
    if (!STOREFRONT_PERMISSIONS.includes(current.permission_set)) {
      io.out(`Its permission_set was ${current.permission_set}, which the storefront cannot read; it is now ${permission_set}.`);
    }
  } else {
    await api.post(
      `${owner}/metafields`,
      { namespace, key, value, permission_set, description: "Restock date shown by stock-status (YYYY-MM-DD)" },
      metafieldAnswerSchema
    );
  }
  io.out(`${what}: restock date ${flags.date}${flags.confirmed ? ' (confirmed: "Back in stock")' : ' (an estimate: "Expected back")'}.`);
}

// src/cli/bigcommerce/uninstallScripts.ts
async function uninstallScripts(api, flags, io) {
  const ours = await listOurScripts(api, flags.channel);
  if (ours.length === 0 && !api.dryRun) {
    io.out(`No stock-status script on channel ${flags.channel} made with this API account: nothing to remove.`);
    return;
  }
  for (const s of ours) {
    await api.delete(`/v3/content/scripts/${s.uuid}`);
    io.out(`Removed the script "${s.name}" (${s.uuid}).`);
  }
  io.out("A storefront token the install created stays valid until it expires; restock metafields stay on their products.");
}

// src/cli/bigcommerce/bigcommerceCommand.ts
var BIGCOMMERCE_HELP = `Usage: stock-status bigcommerce <command> [flags]

Commands
  install     put the widget on every storefront page of a channel (Scripts API); again: update
  restock     set or clear a product's or variant's restock date (metafield)
  uninstall   remove the scripts install made

Every command
  --store-hash H        the store hash (api.bigcommerce.com/stores/H)
  --access-token T      a store-level API account's token; better: BIGCOMMERCE_ACCESS_TOKEN=T
  --api-base URL        default https://api.bigcommerce.com/stores/H (or STOCK_STATUS_BIGCOMMERCE_API)
  --dry-run             print the calls, send nothing

install
  --channel N           default 1
  --storefront stencil|headless   default stencil: Stencil's own token, {{settings.storefront_api.token}};
                        headless (Catalyst, \u2026): a storefront token is created for --origin
  --origin URL          the front end's origin, for the token (up to two)
  --create-token        create a storefront token on Stencil too
  --token-days N        the token's lifetime, default 365
  --endpoint URL        the GraphQL Storefront endpoint (headless default: https://store-H-N.mybigcommerce.com/graphql)
  --location head|body  default head (Catalyst renders no footer scripts)
  --consent essential|functional|analytics|targeting   default essential
  --url URL             the script file (stock-status-extras.js must sit beside it); default: jsDelivr
  --restock-field ns.key   default custom.restock_date
  Scopes: Content modify; Storefront API Tokens manage (for a token).

restock
  --product ID [--variant ID] (--date YYYY-MM-DD [--confirmed] | --clear) [--restock-field ns.key]
  Scope: Products modify.`;
async function runWith(flags, run, io) {
  if (flags === "help") {
    io.out(BIGCOMMERCE_HELP);
    return 0;
  }
  const api = createManagementApi({ base: flags.apiBase, accessToken: flags.accessToken, dryRun: flags.dryRun, io });
  if (flags.dryRun)
    io.out("Dry run: nothing is sent. Reads are taken as empty, so a script that exists would be updated (PUT) rather than created.");
  await run(api, flags, io);
  return 0;
}
async function bigcommerceCommand(args, env, io) {
  const [command, ...rest] = args;
  if (command === "install") return runWith(readInstallFlags(rest, env), installScripts, io);
  if (command === "restock") return runWith(readRestockFlags(rest, env), setRestockDate, io);
  if (command === "uninstall") return runWith(readUninstallFlags(rest, env), uninstallScripts, io);
  if (!command || command === "help" || command === "--help" || command === "-h") {
    io.out(BIGCOMMERCE_HELP);
    return command ? 0 : 2;
  }
  throw new UsageError(`unknown command "${terminalSafe(command, 40)}": install, restock or uninstall`);
}

// src/cli/main.ts
var HELP = `Usage: stock-status <platform> <command> [flags]

  stock-status bigcommerce install --store-hash H [--channel 1] \u2026   the widget on your storefront
  stock-status bigcommerce restock --store-hash H --product 77 --date 2026-12-20
  stock-status bigcommerce uninstall --store-hash H
  stock-status bigcommerce help

The access token is read from BIGCOMMERCE_ACCESS_TOKEN (or --access-token) and never printed.`;
function secretsIn(args, env) {
  const found = [env.BIGCOMMERCE_ACCESS_TOKEN];
  args.forEach((a, i) => {
    if (a === "--access-token") found.push(args[i + 1]);
    else if (a.startsWith("--access-token=")) found.push(a.slice("--access-token=".length));
  });
  return found.filter((s) => typeof s === "string" && s.length > 0);
}
async function main(argv, env, io) {
  const safe = redacting(io, secretsIn(argv, env));
  const [platform, ...rest] = argv;
  try {
    if (platform === "bigcommerce") return await bigcommerceCommand(rest, env, safe);
    if (!platform || platform === "help" || platform === "--help" || platform === "-h") {
      safe.out(HELP);
      return platform ? 0 : 2;
    }
    safe.err(`stock-status: unknown platform "${terminalSafe(platform, 40)}" (only bigcommerce has commands).`);
    return 2;
  } catch (e) {
    if (e instanceof CliError) {
      for (const line of e.message.split("\n")) safe.err(`stock-status: ${line}`);
      if (e.exitCode === 2) safe.err('Run "stock-status bigcommerce help" for the flags.');
      return e.exitCode;
    }
    safe.err(`stock-status: unexpected failure: ${terminalSafe(String(e?.stack ?? e), 2e3)}`);
    return 1;
  }
}
export {
  HELP,
  main
};
