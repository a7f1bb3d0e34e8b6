import * as z from 'zod/mini';
import type { StatusContext } from '../core/describeStatus';
import { report } from '../core/report';
import { matches, maxLength, trimmed } from '../core/zodParts';

/**
 * The element's attributes are outside data like any other (themes, apps and scripts write them):
 * each is zod-checked, and a bad one is named in one `[stock-status]` warning and read as its
 * default, so a typo costs one attribute, never the page.
 */
// Ids are lookup keys (a SKU, a GID, a JSON-LD @id URL): any printable text, within reason.
const id = trimmed().check(maxLength(300), matches(/^\P{Cc}*$/u));
const quantity = trimmed().check(matches(/^[1-9]\d{0,5}$/));
const context = z.literal(['product', 'card', 'cart']);

function read<T>(el: Element, name: string, schema: z.ZodMiniType<T>, fallback: T): T {
  const raw = el.getAttribute(name);
  if (raw === null || raw.trim() === '') return fallback;
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return parsed.data;
  report(
    'warn',
    `<stock-status ${name}="${raw.slice(0, 40)}"> is not valid; ${fallback === '' || fallback === null ? 'it is ignored' : `using ${fallback}`}.`,
  );
  return fallback;
}

export const readProductId = (el: Element): string => read(el, 'product-id', id, '');
export const readVariantId = (el: Element): string | null => read<string | null>(el, 'variant-id', id, null);
export const readQuantity = (el: Element): number => Number(read(el, 'quantity', quantity, '1'));
export const readContext = (el: Element): StatusContext => read<StatusContext>(el, 'context', context, 'product');
