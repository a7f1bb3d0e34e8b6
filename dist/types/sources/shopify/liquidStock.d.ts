import * as z from "zod/mini";
import type { Config } from "../../config/Config.js";
import { type ProductStock } from "../../core/StockRecord.js";
declare const cartLine: z.ZodMiniLazy<z.ZodMiniObject<{
    product_id: z.ZodMiniLazy<z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>, z.ZodMiniTransform<string, any>>>;
    variant_id: z.ZodMiniLazy<z.ZodMiniPipe<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>, z.ZodMiniTransform<string, any>>>;
    quantity: z.ZodMiniNumber<number>;
}, z.core.$strip>>;
export type LiquidCartLine = z.infer<typeof cartLine>;
/** The products the page's Liquid describes, by product GID. Read fresh on each look-up (sections re-render). */
export declare function readLiquidStock(doc: Document, config: Config): Map<string, ProductStock>;
/** The cart's lines as the embed wrote them (for themes whose cart markup carries no quantity). */
export declare function readLiquidCart(doc: Document): LiquidCartLine[];
export {};
