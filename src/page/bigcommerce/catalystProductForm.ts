import type { Runtime } from '../../Runtime';
import { createStatusElement, hasOwnElement } from '../createStatusElement';
import { readQuantity } from '../genericIntegration';
import { reapplyThemeStock, yieldThemeStock } from '../yieldThemeStock';
import { followOptions } from './followOptions';
import { readOptionFields } from './readOptionFields';

/** Most option pairs read from the URL: a product has far fewer options; the rest is noise. */
const MAX_PARAMS = 50;
const ENTITY_ID = /^\d{1,10}$/;

/**
 * Catalyst keeps a product's options in the URL, `?{optionEntityId}={valueEntityId}`
 * (core/vibes/soul/sections/product-detail/product-detail-form.tsx, nuqs `useQueryStates`; the
 * page reads them back as `optionValueIds`). Anything else in the query is ignored.
 */
export function optionsInUrl(search: string): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const [key, value] of new URLSearchParams(search.slice(0, 4000))) {
    if (++n > MAX_PARAMS) break;
    if (ENTITY_ID.test(key) && ENTITY_ID.test(value)) out[key] = value;
  }
  return out;
}

/**
 * The form's own choices (Radix radio groups keep a hidden `input[type=radio][name={optionEntityId}]`
 * beside each button; selects are named the same), which run ahead of the URL while the server
 * re-renders.
 */
const optionsInForm = (form: HTMLFormElement) => readOptionFields(form, /^(\d{1,10})$/);

/** Catalyst's product form: `<input name="id" type="hidden" value={productId}>` and the `quantity` input. */
export function catalystProductForms(doc: Document): HTMLFormElement[] {
  return Array.from(doc.querySelectorAll<HTMLFormElement>('form')).filter(
    (f) =>
      ENTITY_ID.test(f.querySelector<HTMLInputElement>('input[type="hidden"][name="id"]')?.value ?? '') &&
      !!f.querySelector('[name="quantity"]'),
  );
}

/**
 * Catalyst's own stock text: the fixed-height block above the quantity ("N in stock", the backorder
 * prompt, "N will be on backorder", the backorder message), `div.h-[3.2rem]` in product-detail-form.tsx.
 */
const stockBlock = (form: HTMLFormElement) => form.querySelector('div[class~="h-[3.2rem]"]');

const followed = new WeakMap<Element, () => void>();

/**
 * One `context="product"` element in Catalyst's product form, in place of its stock block (unless
 * `data-theme-stock="keep"`), on the variant of the options in the URL and the form and on the
 * quantity. Catalyst re-renders the form from the server after every option change (and may
 * replace it), so this runs again on each change; `resync` re-reads the URL after a navigation.
 */
export function mountCatalystProduct(form: HTMLFormElement, runtime: Runtime): void {
  const { config } = runtime;
  const existing = form.querySelector('stock-status[data-mounted]');
  if (existing) {
    // Re-rendered in place: the block may be new, and the URL may have moved.
    reapplyThemeStock(existing);
    followed.get(existing)?.();
    return;
  }
  const doc = form.ownerDocument;
  const productId = form.querySelector<HTMLInputElement>('input[type="hidden"][name="id"]')!.value;
  if (hasOwnElement(doc, productId)) return;
  const el = createStatusElement(doc, { productId: productId, context: 'product' });
  el.setAttribute('quantity', String(readQuantity(form) ?? 1));
  const block = stockBlock(form);
  if (block) block.before(el);
  else form.append(el);
  const location = doc.defaultView?.location;
  const selections = () => ({ ...optionsInUrl(location?.search ?? ''), ...optionsInForm(form) });
  followed.set(el, followOptions(form, el, productId, { selections, quantity: () => readQuantity(form) }, runtime.store));
  yieldThemeStock(el, () => [stockBlock(form)].filter((b): b is Element => !!b), config);
}

/** After a client navigation (Catalyst's router changes the URL without an event the form sees). */
export function resyncCatalystProducts(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('form stock-status[data-mounted][context="product"]'))) followed.get(el)?.();
}
