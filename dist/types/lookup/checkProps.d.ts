import * as z from "zod/mini";
import type { LookUpAsk, LookUpProps } from "./Resolution.js";
declare const schemas: {
    productId: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    variantId: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    quantity: z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<string, string>>;
    context: z.ZodMiniLiteral<"product" | "card" | "cart">;
};
type Key = keyof typeof schemas;
/** One value, checked; `name(raw)` says where it came from in the warning (`<stock-status quantity="0">`). */
export declare function checkProp<K extends Key>(key: K, value: unknown, name: (raw: string) => string): string | null;
/** A developer's props, checked (a warning names the prop: `stock-status quantity "lots"`). */
export declare function checkProps(props: LookUpProps): LookUpAsk;
export {};
