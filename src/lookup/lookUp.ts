import { computeEta } from '../core/computeEta';
import { describeStatus } from '../core/describeStatus';
import { report } from '../core/report';
import { resolveAvailability } from '../core/resolveAvailability';
import { type ProductStock, pickRecord } from '../core/StockRecord';
import type { Runtime } from '../Runtime';
import { checkProps } from './checkProps';
import type { LookUpAsk, LookUpProps, Resolution } from './Resolution';

/**
 * The headless look-up: asks the page's batching store for the product (one request for every
 * look-up of a task, cached briefly) and answers with its record, availability, date and words.
 * Props are checked first (a bad one is named in one warning and read as its default). A failing
 * or unknown product answers `unknown` (with one `[stock-status]` warning where there is something
 * to fix); only an aborted `signal` rejects (with its reason, an `AbortError` by default).
 */
export function lookUp(runtime: Runtime, props: LookUpProps, signal?: AbortSignal): Promise<Resolution> {
  return answer(runtime, checkProps(props), signal);
}

/** The same for an ask already checked (the element's properties are). */
export async function answer(runtime: Runtime, ask: LookUpAsk, signal?: AbortSignal): Promise<Resolution> {
  let stock: ProductStock | null = null;
  if (ask.productId === '' && runtime.source.platform !== 'jsonld') {
    report('warn', `<stock-status> needs a product-id with data-platform="${runtime.source.platform}".`);
  } else {
    try {
      // The picked variant's own stock, however many variants the product has.
      stock = await runtime.store.withVariant(ask.productId, ask.variantId, signal);
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      report('warn', `stock look-up failed: ${(e as Error)?.message ?? e}`);
    }
  }
  if (signal?.aborted) throw signal.reason;
  return resolution(runtime, ask, stock);
}

/** The pure part: the product's stock → the picked record, availability, date and words (the one place the core is chained). */
export function resolution(runtime: Runtime, ask: LookUpAsk, stock: ProductStock | null): Resolution {
  const record = pickRecord(stock, ask.variantId);
  const availability = resolveAvailability(record, ask.quantity);
  const today = runtime.today();
  const eta = computeEta(availability, record, runtime.config, today);
  const text = describeStatus(availability, eta, {
    locale: runtime.locale,
    context: ask.context,
    today,
    overrides: runtime.config.messages,
    storeText: record?.storeText,
  });
  const { productId, variantId, quantity, context } = ask; // copied: an element's are getters
  return { productId, variantId, quantity, context, stock, record, availability, eta, text, runtime };
}
