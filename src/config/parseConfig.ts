import * as z from 'zod/mini';
import { report } from '../core/report';
import { matches, maxLength, nonEmpty, recordOf, trimmed } from '../core/zodParts';
import { type Config, DEFAULT_CONFIG, PLATFORMS } from './Config';
import { attributeName, rawSetting } from './rawSetting';

/**
 * Validates merchant settings key by key, so one bad value costs only that key: it is named in a
 * single `[stock-status]` error and its default is used, and the rest of the config still works.
 */
const text = (max = 2048) => trimmed().check(nonEmpty(), maxLength(max));
const count = (max: number) =>
  z
    .pipe(
      z.union([z.number(), trimmed().check(matches(/^\d+$/))]),
      z.transform((v) => Number(v)),
    )
    .check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= max));

/** JSON text → its value; text that is not JSON stays text (and fails the schema after). */
const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};
const isLocale = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};
/**
 * A same-origin path. Browsers read `/\host` and `/<tab>/host` as `//host`, another origin, so a
 * backslash or any white space anywhere is refused.
 */
const isPath = (v: string) => /^\/(?![/\\])[^\s\\]*$/.test(v);
/** Same-origin paths and https URLs only: a token must never travel in clear text. */
const endpoint = text().check(
  z.refine((v) => isPath(v) || /^https:\/\/[^\s/\\]+(\/\S*)?$/i.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/\S*$/.test(v)),
);

const keys = {
  platform: z.literal(PLATFORMS as [Config['platform'], ...Config['platform'][]]),
  endpoint,
  token: text(4096),
  locale: text(64).check(z.refine(isLocale)),
  restockField: text(128).check(matches(/^[\w-]+\.[\w-]+$/)),
  alternatives: count(12),
  notify: text().check(z.refine((v) => /^klaviyo:[A-Za-z0-9]{4,12}$/.test(v) || /^https:\/\/[^\s]+$/i.test(v) || isPath(v))),
  mount: z.literal(['auto', 'manual']),
  button: z.literal(['manage']),
  nonce: text(256).check(matches(/^[\w+/=-]+$/)),
  leadDays: count(365),
  handlingDays: count(60),
  timeZone: text(64).check(z.refine(isTimeZone)),
  alternativesAfterDays: count(365),
  alternativesList: z
    .pipe(
      z.union([z.array(z.union([z.string(), z.number()])), z.string()]),
      z.transform((v) => (typeof v === 'string' ? v.split(',') : v).map((x) => String(x).trim()).filter(Boolean)),
    )
    .check(z.refine((list) => list.length <= 50 && list.every((id) => id.length <= 200))),
  themeStock: z.literal(['replace', 'keep']),
  requests: z.literal(['none']),
  // An object in window.StockStatusConfig; JSON text in data-messages (the Shopify app embed writes it).
  messages: z.pipe(
    z.pipe(
      z.unknown(),
      z.transform((v) => (typeof v === 'string' && v.length <= 20_000 ? parseJson(v) : v)),
    ),
    recordOf(
      (tag) => tag.length <= 35 && isLocale(tag),
      recordOf((key) => /^[a-zA-Z]+(_(zero|one|two|few|many|other))?$/.test(key), z.string().check(maxLength(300))),
    ),
  ),
} as const;

export type ConfigKey = keyof typeof keys;
export const CONFIG_KEYS = Object.keys(keys) as ConfigKey[];

/** One value checked as parseConfig checks it (the CLI validates what it writes into a page's settings). */
export function isValidConfigValue(key: ConfigKey, raw: unknown): boolean {
  return z.safeParse(keys[key] as z.ZodMiniType, raw).success;
}

/** A short, safe glimpse of a bad value for the error line (objects without toString exist). */
function describe(raw: unknown): string {
  if (typeof raw === 'string') return JSON.stringify(raw.slice(0, 60));
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return Array.isArray(raw) ? 'array' : `of type ${typeof raw}`;
}

/** Reads `data-*` attributes of the script tag; `window.StockStatusConfig` wins where both set a key. */
export function parseConfig(attributes: Record<string, string | undefined>, global: unknown): Config {
  const config: Config = { ...DEFAULT_CONFIG };
  if (global != null && typeof global !== 'object') report('error', 'window.StockStatusConfig must be an object; it was ignored.');
  for (const key of CONFIG_KEYS) {
    let raw: unknown;
    let data: { value: unknown } | null = null;
    try {
      raw = rawSetting(key, global, (name) => attributes[name]);
      if (raw === undefined || raw === null || raw === '') continue;
      const parsed = z.safeParse(keys[key] as z.ZodMiniType, raw);
      if (parsed.success) data = { value: parsed.data };
    } catch {
      // A getter or proxy that throws is as invalid as any bad value.
    }
    if (data) {
      (config as unknown as Record<string, unknown>)[key] = data.value;
    } else {
      const fallback = (DEFAULT_CONFIG as unknown as Record<string, unknown>)[key];
      report(
        'error',
        `config "${key}" (${attributeName(key)}) has an invalid value ${describe(raw)}; ${fallback === undefined ? 'it is ignored' : `using ${JSON.stringify(fallback)}`}.`,
      );
    }
  }
  return config;
}
