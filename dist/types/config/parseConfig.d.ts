import * as z from "zod/mini";
import { type Config } from "./Config.js";
declare const keys: {
    readonly platform: z.ZodMiniLiteral<import("./Config.js").Platform>;
    readonly endpoint: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    readonly token: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    readonly locale: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    readonly restockField: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    readonly alternatives: z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>]>, z.ZodMiniTransform<number, string | number>>;
    readonly notify: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    readonly mount: z.ZodMiniLiteral<"auto" | "manual">;
    readonly button: z.ZodMiniLiteral<"manage">;
    readonly nonce: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    readonly leadDays: z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>]>, z.ZodMiniTransform<number, string | number>>;
    readonly handlingDays: z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>]>, z.ZodMiniTransform<number, string | number>>;
    readonly timeZone: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    readonly alternativesAfterDays: z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>]>, z.ZodMiniTransform<number, string | number>>;
    readonly alternativesList: z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>, z.ZodMiniString<string>]>, z.ZodMiniTransform<string[], string | (string | number)[]>>;
    readonly themeStock: z.ZodMiniLiteral<"replace" | "keep">;
    readonly requests: z.ZodMiniLiteral<"none">;
    readonly messages: z.ZodMiniPipe<z.ZodMiniPipe<z.ZodMiniUnknown, z.ZodMiniTransform<unknown, unknown>>, z.ZodMiniPipe<z.ZodMiniObject<{}, z.core.$loose>, z.ZodMiniTransform<Record<string, Record<string, string>>, {
        [x: string]: unknown;
    }>>>;
};
export type ConfigKey = keyof typeof keys;
export declare const CONFIG_KEYS: ConfigKey[];
/** One value checked as parseConfig checks it (the CLI validates what it writes into a page's settings). */
export declare function isValidConfigValue(key: ConfigKey, raw: unknown): boolean;
/** Reads `data-*` attributes of the script tag; `window.StockStatusConfig` wins where both set a key. */
export declare function parseConfig(attributes: Record<string, string | undefined>, global: unknown): Config;
export {};
