import * as z from 'zod/mini';
/**
 * Small schema parts built from what the bundle already carries. `z.int()` and `z.record()` each
 * pull their own machinery into the shipped bundle (about 1 KB gzipped together); these check the
 * same with `refine`, which every schema file already uses.
 */
/** A whole number, as a check: `z.number().check(whole(), z.gte(0))`. */
export declare const whole: () => z.core.$ZodCheck<unknown>;
/** A plain object whose every key passes `key` and every value `value`: a lean `z.record`. */
export declare function recordOf<V extends z.ZodMiniType>(key: (k: string) => boolean, value: V): z.ZodMiniPipe<z.ZodMiniObject<{}, z.core.$loose>, z.ZodMiniTransform<Record<string, z.output<V>>, {
    [x: string]: unknown;
}>>;
