import type * as z from 'zod';
import { CliError } from '../CliError';
import { type Io, terminalSafe } from '../Output';
import { errorAnswerSchema } from './managementSchemas';

/** A failed answer, with its status so a caller can tell "not there" (404) from the rest. */
export class ApiError extends CliError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface ManagementApiOptions {
  /** `https://api.bigcommerce.com/stores/{hash}`, or a stand-in's address. */
  base: string;
  accessToken: string;
  /** Print every call instead of sending it; reads are then taken as empty. */
  dryRun: boolean;
  io: Io;
  timeoutMs?: number;
  /** How long to wait at most before retrying a 429. */
  maxRetryWaitMs?: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Which OAuth scope a failed path needs, for the 403 message. */
function scopeFor(path: string): string {
  if (path.startsWith('/v3/content/scripts')) return '"Content: modify"';
  if (path.startsWith('/v3/storefront/api-token')) return '"Storefront API Tokens: manage"';
  if (path.startsWith('/v3/catalog/')) return '"Products: modify"';
  return 'the scope for this call';
}

/** BigCommerce's error payload → "title: field: message; …", cut short and made safe to print. */
function describeError(body: unknown): string {
  const parsed = errorAnswerSchema.safeParse(body);
  if (!parsed.success) return '';
  if (Array.isArray(parsed.data)) return terminalSafe(parsed.data.map((e) => e.message).join('; '));
  const { title, detail, errors } = parsed.data;
  const fields = Object.entries(errors ?? {})
    .slice(0, 10)
    .map(([field, message]) => `${field}: ${typeof message === 'string' ? message : JSON.stringify(message)}`);
  return terminalSafe([title, detail, ...fields].filter(Boolean).join('; '), 600);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The REST Management API as the command uses it: `X-Auth-Token`, JSON both ways, every answer
 * zod-checked, and every failure turned into one sentence that says what happened.
 */
export function createManagementApi(options: ManagementApiOptions) {
  const { base, accessToken, dryRun, io, timeoutMs = 30_000, maxRetryWaitMs = 5_000 } = options;
  const root = base.replace(/\/+$/, '');

  async function call<S extends z.ZodType>(method: Method, path: string, body: unknown, schema: S | null): Promise<z.infer<S> | null> {
    const url = `${root}${path}`;
    if (dryRun) {
      io.out(`${method} ${url}`);
      if (body !== undefined) io.out(JSON.stringify(body, null, 2));
      return null;
    }
    const headers: Record<string, string> = { 'X-Auth-Token': accessToken, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    for (let attempt = 0; ; attempt++) {
      try {
        response = await fetch(url, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        });
      } catch (e) {
        const reason =
          (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : terminalSafe(String((e as Error).message));
        throw new CliError(`${method} ${path}: could not reach ${root} (${reason}). Nothing was changed by this call.`);
      }
      if (response.status !== 429 || attempt >= 2) break;
      // BigCommerce says how long until the quota refills.
      const wait = Number(response.headers.get('X-Rate-Limit-Time-Reset-Ms'));
      await sleep(Math.min(Number.isFinite(wait) && wait > 0 ? wait : 1000, maxRetryWaitMs));
    }
    const text = await response.text();
    const type = response.headers.get('Content-Type') ?? '';
    let json: unknown;
    let isJson = false;
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
        isJson = true;
      } catch {}
    }
    const status = response.status;
    if (!response.ok) {
      const why = isJson ? describeError(json) : '';
      const detail = why ? `: ${why}` : '';
      if (status === 401)
        throw new ApiError(
          `${method} ${path}: the access token was refused (401${detail}). Check --access-token (or BIGCOMMERCE_ACCESS_TOKEN) and --store-hash.`,
          status,
        );
      if (status === 403)
        throw new ApiError(
          `${method} ${path}: not allowed (403${detail}). The API account needs ${scopeFor(path)}; a metafield can also be changed only by the API account that created it.`,
          status,
        );
      if (status >= 500)
        throw new ApiError(
          `${method} ${path}: BigCommerce failed (${status}${detail}). This call changed nothing; run the command again later.`,
          status,
        );
      throw new ApiError(`${method} ${path}: BigCommerce refused it (${status}${detail}).`, status);
    }
    if (schema === null) return null;
    if (!isJson) {
      throw new ApiError(
        `${method} ${path}: the answer (${status}, ${terminalSafe(type || 'no content type', 80)}) is not JSON. Is --api-base the Management API (https://api.bigcommerce.com/stores/<hash>)?`,
        status,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || 'the answer'}: ${issue.message}` : 'unexpected shape';
      throw new ApiError(
        `${method} ${path}: the answer does not have the documented shape (${terminalSafe(where, 200)}). Nothing more was sent.`,
        status,
      );
    }
    return parsed.data;
  }

  return {
    dryRun,
    get: <S extends z.ZodType>(path: string, schema: S) => call('GET', path, undefined, schema),
    post: <S extends z.ZodType>(path: string, body: unknown, schema: S) => call('POST', path, body, schema),
    put: <S extends z.ZodType>(path: string, body: unknown, schema: S) => call('PUT', path, body, schema),
    delete: (path: string) => call('DELETE', path, undefined, null),
  };
}

export type ManagementApi = ReturnType<typeof createManagementApi>;
