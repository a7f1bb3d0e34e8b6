/**
 * The flags of `stock-status bigcommerce <command>`, read with node's parseArgs and checked with
 * zod, so a wrong flag is one sentence naming it before anything is sent.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import * as z from 'zod';
import { isValidConfigValue } from '../../config/parseConfig';
import { dateInZone, isDateOnly } from '../../core/dates';
import { VERSION } from '../../version';
import { UsageError } from '../CliError';
import { terminalSafe } from '../Output';

export const DEFAULT_API_BASE = 'https://api.bigcommerce.com/stores/{hash}';
/** The same version's file on jsDelivr, with `stock-status-extras.js` beside it. */
export const defaultScriptUrl = () => `https://cdn.jsdelivr.net/npm/stock-status@${VERSION}/dist/stock-status.bigcommerce.js`;

type Env = Record<string, string | undefined>;

const common = {
  'store-hash': { type: 'string' },
  'access-token': { type: 'string' },
  'api-base': { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const installOptions = {
  ...common,
  channel: { type: 'string' },
  storefront: { type: 'string' },
  'create-token': { type: 'boolean' },
  origin: { type: 'string', multiple: true },
  'token-days': { type: 'string' },
  endpoint: { type: 'string' },
  location: { type: 'string' },
  consent: { type: 'string' },
  url: { type: 'string' },
  'restock-field': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const restockOptions = {
  ...common,
  product: { type: 'string' },
  variant: { type: 'string' },
  date: { type: 'string' },
  confirmed: { type: 'boolean' },
  clear: { type: 'boolean' },
  'restock-field': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const uninstallOptions = { ...common, channel: { type: 'string' } } as const satisfies ParseArgsConfig['options'];

const id = (flag: string) =>
  z
    .string({ error: `${flag} is required` })
    .regex(/^[1-9]\d{0,9}$/, `${flag} must be a whole number from 1`)
    .transform(Number);
const httpsUrl = (flag: string) =>
  z
    .string()
    .max(2048)
    .refine((v) => /^https:\/\/[^\s"'<>\\]+$/i.test(v) && URL.canParse(v), `${flag} must be an https:// URL`);
const restockField = z
  .string()
  .refine(
    (v) => isValidConfigValue('restockField', v),
    '--restock-field must be namespace.key (letters, digits, _ and -), like custom.restock_date',
  )
  .default('custom.restock_date');

const connection = {
  storeHash: z
    .string({ error: '--store-hash is required (the store hash from your API account, as in api.bigcommerce.com/stores/<hash>)' })
    .regex(/^[a-z0-9]{1,32}$/i, '--store-hash must be letters and digits only'),
  accessToken: z
    .string({ error: '--access-token is required (or set BIGCOMMERCE_ACCESS_TOKEN)' })
    .min(1, '--access-token is empty')
    .max(512)
    .regex(/^[\x21-\x7e]+$/, '--access-token has characters an access token never has'),
  apiBase: z
    .string()
    .refine(
      (v) => /^https:\/\/[^\s]+$/i.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/\S*)?$/.test(v),
      '--api-base (or STOCK_STATUS_BIGCOMMERCE_API) must be an https:// URL (http:// only for localhost)',
    )
    .optional(),
  dryRun: z.boolean().default(false),
};

const installSchema = z
  .object({
    ...connection,
    channel: id('--channel').default(1),
    storefront: z
      .enum(['stencil', 'headless'], { error: '--storefront must be stencil or headless (Catalyst, Next.js, any other front end)' })
      .default('stencil'),
    createToken: z.boolean().default(false),
    origin: z
      .array(
        httpsUrl('--origin').refine(
          (v) => new URL(v).pathname === '/' && !/\/.+/.test(v.replace(/^https:\/\//i, '')),
          '--origin must be an origin: https://host, with no path',
        ),
      )
      .max(2, 'BigCommerce accepts at most two --origin values per token')
      .optional(),
    tokenDays: z
      .string()
      .regex(/^\d{1,4}$/, '--token-days must be a number of days')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 3650, '--token-days must be from 1 to 3650')
      .default(365),
    endpoint: httpsUrl('--endpoint').optional(),
    location: z
      .enum(['head', 'body', 'footer'], {
        error: '--location must be head or body (Catalyst renders no footer scripts; body means the end of <body>)',
      })
      .default('head'),
    consent: z
      .enum(['essential', 'functional', 'analytics', 'targeting'], {
        error:
          '--consent must be essential, functional, analytics or targeting (a script left "unknown" never shows on stores with a cookie banner)',
      })
      .default('essential'),
    url: httpsUrl('--url').optional(),
    restockField,
  })
  .superRefine((v, ctx) => {
    if (v.storefront === 'headless' && !v.origin?.length) {
      ctx.addIssue({
        code: 'custom',
        message:
          '--origin is required with --storefront headless: the storefront token answers only the origins it names (your front end, https://shop.example.com)',
      });
    }
  });

const restockSchema = z
  .object({
    ...connection,
    product: id('--product'),
    variant: id('--variant').optional(),
    date: z
      .string()
      .refine(isDateOnly, '--date must be a calendar date, YYYY-MM-DD')
      .refine((d) => d >= dateInZone(new Date(), 'UTC'), '--date is in the past: the widget never shows a past date')
      .optional(),
    confirmed: z.boolean().default(false),
    clear: z.boolean().default(false),
    restockField,
  })
  .superRefine((v, ctx) => {
    if (v.clear === (v.date !== undefined)) ctx.addIssue({ code: 'custom', message: 'give either --date YYYY-MM-DD or --clear' });
    if (v.clear && v.confirmed) ctx.addIssue({ code: 'custom', message: '--confirmed goes with --date, not --clear' });
  });

const uninstallSchema = z.object({ ...connection, channel: id('--channel').default(1) });

export type InstallFlags = z.infer<typeof installSchema> & { apiBase: string };
export type RestockFlags = z.infer<typeof restockSchema> & { apiBase: string };
export type UninstallFlags = z.infer<typeof uninstallSchema> & { apiBase: string };

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function read<S extends z.ZodType>(
  args: string[],
  options: ParseArgsConfig['options'],
  schema: S,
  env: Env,
): (z.infer<S> & { apiBase: string }) | 'help' {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    // Node's message quotes a stray argument, which may be a token given to a mistyped flag.
    if ((e as { code?: string }).code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError('an argument without a flag: each value goes after its --flag');
    throw new UsageError(terminalSafe((e as Error).message.split('. ')[0] ?? 'bad flags'));
  }
  if (values.help) return 'help';
  const raw: Record<string, unknown> = Object.fromEntries(Object.entries(values).map(([k, v]) => [camel(k), v]));
  raw.accessToken ??= env.BIGCOMMERCE_ACCESS_TOKEN;
  raw.apiBase ??= env.STOCK_STATUS_BIGCOMMERCE_API || undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('\n'));
  const data = parsed.data as z.infer<S> & { storeHash: string; apiBase?: string };
  return { ...data, apiBase: data.apiBase ?? DEFAULT_API_BASE.replace('{hash}', data.storeHash) };
}

export const readInstallFlags = (args: string[], env: Env) => read(args, installOptions, installSchema, env) as InstallFlags | 'help';
export const readRestockFlags = (args: string[], env: Env) => read(args, restockOptions, restockSchema, env) as RestockFlags | 'help';
export const readUninstallFlags = (args: string[], env: Env) =>
  read(args, uninstallOptions, uninstallSchema, env) as UninstallFlags | 'help';
