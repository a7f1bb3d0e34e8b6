import * as z from 'zod/mini';

/**
 * Small schema parts built from what the bundle already carries. `z.int()` and `z.record()` each
 * pull their own machinery into the shipped bundle (about 1 KB gzipped together); these check the
 * same with `refine`, which every schema file already uses. Likewise `matches`, `nonEmpty` and
 * `orDefault` stand in for `z.regex`, `z.minLength(1)` and `z._default` (and browser code writes
 * `z.literal([...])`, already in the bundle, for `z.enum`): about 0.5 KB gzipped together.
 */

/** A whole number, as a check: `z.number().check(whole(), z.gte(0))`. */
export const whole = () => z.refine((n: unknown) => Number.isInteger(n));

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
