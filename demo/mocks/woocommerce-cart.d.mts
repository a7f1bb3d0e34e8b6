/** The demo cart's Store API answer (see woocommerce-cart.mjs): lines are [product or variation id, quantity]. */
export const CART_MODES: string[];
export function cartAnswer(lines: number[][], mode?: string): { items: Record<string, unknown>[] } & Record<string, unknown>;
export function cartOf(cookieHeader?: string): number[][];
export function cartCookie(lines: number[][]): string;
