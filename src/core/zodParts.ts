import * as z from 'zod/mini';

/**
 * Small schema parts built from what the bundle already carries. `z.int()` and `z.record()` each
 * pull their own machinery into the shipped bundle (about 1 KB gzipped together); these check the
 * same with `refine`, which every schema file already uses.
 */

/** A whole number, as a check: `z.number().check(whole(), z.gte(0))`. */
export const whole = () => z.refine((n: unknown) => Number.isInteger(n));

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
