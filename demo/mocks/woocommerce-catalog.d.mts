/** Store API product objects (see woocommerce-catalog.mjs). */
export function catalog(): Record<string, unknown>[];
