import * as z from "zod/mini";
/**
 * Small schema parts built from what the bundle already carries. Each distinct zod check or schema
 * kind pulls its own machinery into the shipped bundle (`z.int()` and `z.record()` about 1 KB
 * gzipped together; `z.gte`/`z.lte`/`z.maxLength`, `z.regex`, `z.minLength`, `z._default`, `z.trim`
 * and `z.enum` about 1 KB more); these do the same with `refine`, `pipe` and `transform`, which every
 * schema file already uses.
 * Browser code writes `z.literal([...])`, already in the bundle, for `z.enum`.
 */
/** A whole number, as a check: `z.number().check(whole(), between(0))`. */
export declare const whole: () => z.core.$ZodCheck<unknown>;
/** A number from `min` to `max`, both included: a lean `z.gte` and `z.lte`. */
export declare const between: (min: number, max?: number) => z.core.$ZodCheck<number>;
/** At most `n` characters or items: a lean `z.maxLength`. */
export declare const maxLength: (n: number) => z.core.$ZodCheck<{
    length: number;
}>;
/** A string matching `re`: a lean `z.regex`. */
export declare const matches: (re: RegExp) => z.core.$ZodCheck<string>;
/** At least one character or item: a lean `z.minLength(1)`. */
export declare const nonEmpty: () => z.core.$ZodCheck<{
    length: number;
}>;
/** A plain object whose every key passes `key` and every value `value`: a lean `z.record`. */
export declare function recordOf<V extends z.ZodMiniType>(key: (k: string) => boolean, value: V): z.ZodMiniPipe<z.ZodMiniObject<{}, z.core.$loose>, z.ZodMiniTransform<Record<string, z.output<V>>, {
    [x: string]: unknown;
}>>;
/** `schema`, or `value` where the key is missing: a lean `z._default`. */
export declare const orDefault: <T extends z.ZodMiniType>(schema: T, value: z.output<T>) => z.ZodMiniPipe<z.ZodMiniOptional<T>, z.ZodMiniTransform<Awaited<z.output<T>>, z.core.output<T> | undefined>>;
/** A string without surrounding white space: a lean `z.string().check(z.trim())`. */
export declare const trimmed: () => z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
