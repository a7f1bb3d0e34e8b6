import * as z from 'zod/mini';
import { report } from '../core/report';
import { matches, maxLength, trimmed } from '../core/zodParts';
import type { LookUpAsk, LookUpProps } from './Resolution';

/**
 * What to look up is outside data like any other (themes, apps and scripts write attributes and
 * props): each value is zod-checked, and a bad one is named in one `[stock-status]` warning and
 * read as its default, so a typo costs one value, never the page.
 */
// Ids are lookup keys (a SKU, a GID, a JSON-LD @id URL): any printable text, within reason.
const id = trimmed().check(maxLength(300), matches(/^\P{Cc}*$/u));
const schemas = {
  productId: id,
  variantId: id,
  quantity: trimmed().check(matches(/^[1-9]\d{0,5}$/)),
  context: z.literal(['product', 'card', 'cart']),
};
const defaults = { productId: '', variantId: null, quantity: '1', context: 'product' };
type Key = keyof typeof schemas;

/** One value, checked; `name(raw)` says where it came from in the warning (`<stock-status quantity="0">`). */
export function checkProp<K extends Key>(key: K, value: unknown, name: (raw: string) => string): string | null {
  const fallback = defaults[key];
  if (value === null || value === undefined) return fallback;
  const raw = String(value);
  if (raw.trim() === '') return fallback;
  const parsed = z.safeParse(schemas[key] as z.ZodMiniType<string>, raw);
  if (parsed.success) return parsed.data;
  report(
    'warn',
    `${name(raw.slice(0, 40))} is not valid; ${fallback === '' || fallback === null ? 'it is ignored' : `using ${fallback}`}.`,
  );
  return fallback;
}

/** A developer's props, checked (a warning names the prop: `stock-status quantity "lots"`). */
export function checkProps(props: LookUpProps): LookUpAsk {
  const ask = {} as Record<Key, unknown>;
  for (const key of Object.keys(schemas) as Key[]) ask[key] = checkProp(key, props[key], (raw) => `stock-status ${key} "${raw}"`);
  ask.quantity = Number(ask.quantity);
  return ask as unknown as LookUpAsk;
}
