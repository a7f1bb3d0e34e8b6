import * as z from 'zod/mini';

/**
 * Small schema parts built from what the bundle already carries. Each distinct zod check or schema
 * kind pulls its own machinery into the shipped bundle (`z.int()` and `z.record()` about 1 KB
 * gzipped together; `z.gte`/`z.lte`/`z.maxLength`, `z.regex`, `z.minLength`, `z._default`, `z.trim`
 * and `z.enum` about 1 KB more); these do the same with `refine`, `pipe` and `transform`, which every
 * schema file already uses.
 * Browser code writes `z.literal([...])`, already in the bundle, for `z.enum`.
 */

/** A whole number, as a check: `z.number().check(whole(), between(0))`. */
export const whole = () => z.refine((n: unknown) => Number.isInteger(n));

/** A number from `min` to `max`, both included: a lean `z.gte` and `z.lte`. */
export const between = (min: number, max = Number.POSITIVE_INFINITY) => z.refine<number>((n) => n >= min && n <= max);

/** At most `n` characters or items: a lean `z.maxLength`. */
export const maxLength = (n: number) => z.refine<{ length: number }>((v) => v.length <= n);

/** A string matching `re`: a lean `z.regex`. */
export const matches = (re: RegExp) => z.refine<string>((v) => re.test(v));

/** At least one character or item: a lean `z.minLength(1)`. */
export const nonEmpty = () => z.refine<{ length: number }>((v) => v.length > 0);

/** A plain object whose every key passes `key` and every value `value`: a lean `z.record`. */
export function recordOf<V extends z.ZodMiniType>(key: (k: string) => boolean, value: V) {
  return z.pipe(
    z.looseObject({}),
    z.transform((o, ctx): Record<string, z.output<V>> => {
      const out: Record<string, z.output<V>> = {};
      for (const [k, v] of Object.entries(o)) {
        const parsed = z.safeParse(value, v);
        if (!key(k) || !parsed.success) {
          ctx.issues.push({ code: 'custom', message: `bad entry "${k.slice(0, 40)}"`, input: o });
          return z.NEVER;
        }
        out[k] = parsed.data;
      }
      return out;
    }),
  );
}

/** `schema`, or `value` where the key is missing: a lean `z._default`. */
export const orDefault = <T extends z.ZodMiniType>(schema: T, value: z.output<T>) =>
  z.pipe(
    z.optional(schema),
    z.transform((v): z.output<T> => (v === undefined ? value : v)),
  );

/** A string without surrounding white space: a lean `z.string().check(z.trim())`. */
export const trimmed = () =>
  z.pipe(
    z.string(),
    z.transform((s) => s.trim()),
  );
