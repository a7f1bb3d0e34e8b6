import * as z from "zod/mini";
/**
 * `schema`, or `fallback` where the value is there but does not match: for display fields whose
 * breakage must not cost the stock answer. A missing key stays missing. zod's own `z.catch` pulls
 * about 3.5 KB (gzipped) of error-formatting code into the shipped bundle; this does the same with
 * parts the bundle already has.
 */
export declare function lenient<T extends z.ZodMiniType, F>(schema: T, fallback: F): z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<Awaited<F> | Awaited<z.output<T>>, unknown>>>;
