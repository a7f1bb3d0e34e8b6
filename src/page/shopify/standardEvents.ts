import * as z from 'zod/mini';
import { report } from '../../core/report';
import { between, maxLength, whole } from '../../core/zodParts';

/**
 * Shopify's standard storefront events (shopify.dev changelog 2026-06-17, "standard storefront
 * events and actions"; types in Horizon's assets/standard-events.d.ts). A theme dispatches them
 * from the element where the interaction happened and they bubble to `document`; the payload is
 * on the event itself (`event.product`, `event.lines`, …) and `event.promise` resolves with the
 * result (the variant picked, the cart after the change). Any theme that emits them is followed,
 * not only Horizon. Everything read here is outside data: zod-checked, ignored with one warning.
 */
export const STANDARD_EVENTS = {
  productSelect: 'shopify:product:select',
  cartLinesUpdate: 'shopify:cart:lines-update',
} as const;

/** A Shopify id as events carry it: a GID (`gid://shopify/ProductVariant/1`, maybe `?cart=…`) or a number. */
const anyId = z.lazy(() => z.union([z.string().check(maxLength(300)), z.number().check(whole(), between(0))]));
const quantity = z.lazy(() => z.number().check(whole(), between(0, 1_000_000)));

const productSelectPayload = z.lazy(() => z.object({ product: z.object({ id: anyId }) }));
const productSelectResult = z.lazy(() => z.object({ variant: z.nullable(z.object({ id: anyId })) }));

const cartLinesPayload = z.lazy(() =>
  z.object({
    action: z.literal(['add', 'remove', 'update']),
    lines: z.array(z.object({ id: z.optional(anyId), merchandiseId: z.optional(anyId), quantity })).check(maxLength(250)),
  }),
);
const cartLinesResult = z.lazy(() =>
  z.object({
    cart: z.nullable(z.object({ lines: z.array(z.object({ id: anyId, quantity })).check(maxLength(500)) })),
    userErrors: z.optional(z.array(z.looseObject({}))),
    warnings: z.optional(z.array(z.looseObject({}))),
  }),
);

/** `gid://shopify/ProductVariant/123` or `123` → `123`; the number of a GID of `type`; null for anything else. */
export function numericId(id: unknown, type: 'Product' | 'ProductVariant'): string | null {
  const text = String(id ?? '').trim();
  if (/^\d{1,20}$/.test(text)) return text;
  const m = new RegExp(`^gid://shopify/${type}/(\\d{1,20})(?:\\?.*)?$`).exec(text);
  return m ? m[1]! : null;
}

/** A cart line id as the event gives it (a `CartLine` GID or the AJAX key) → the key a theme prints. */
export function lineKey(id: unknown): string {
  const text = String(id ?? '');
  const m = /^gid:\/\/shopify\/CartLine\/([^?]*)/.exec(text);
  return m ? m[1]! : text;
}

const thenable = (p: unknown): p is PromiseLike<unknown> => typeof (p as { then?: unknown } | null)?.then === 'function';

function malformed(name: string) {
  report('warn', `a ${name} event did not carry what Shopify's standard events define; it was ignored.`);
}

export interface ProductSelection {
  /** The element that dispatched the event (the variant picker, a product card, …). */
  target: Element;
  /** The product's number. */
  productId: string;
  /** Resolves with the picked variant's number, null when the options match no variant; never rejects. */
  variant: Promise<string | null | undefined>;
}

export interface CartChange {
  target: Element | null;
  action: 'add' | 'remove' | 'update';
  /** The lines the change names: cart line keys (update/remove) or variant numbers (add), with their quantity. */
  lines: { key: string | null; variantId: string | null; quantity: number }[];
  /** Resolves with the quantity per line key the cart now holds when it accepted the change cleanly; null otherwise. */
  accepted: Promise<Map<string, number> | null>;
}

const followed = new WeakSet<Document>();

/**
 * Calls `onSelect` for every `shopify:product:select` and `onCart` for every
 * `shopify:cart:lines-update` on `doc`, with their payload checked. Registered once per document
 * (`mount` runs again and again).
 */
export function followStandardEvents(
  doc: Document,
  handlers: { onSelect?: (s: ProductSelection) => void; onCart?: (c: CartChange) => void },
): void {
  if (followed.has(doc)) return;
  followed.add(doc);

  if (handlers.onSelect) {
    const onSelect = handlers.onSelect;
    doc.addEventListener(STANDARD_EVENTS.productSelect, (event) => {
      try {
        readSelection(event);
      } catch {
        malformed(STANDARD_EVENTS.productSelect); // a hostile payload (a getter that throws) costs only this event
      }
    });
    const readSelection = (event: Event) => {
      const payload = z.safeParse(productSelectPayload, event);
      const productId = payload.success ? numericId(payload.data.product.id, 'Product') : null;
      const raw = (event as Event & { promise?: unknown }).promise;
      if (!productId || !(event.target instanceof Element) || !thenable(raw)) return malformed(STANDARD_EVENTS.productSelect);
      const variant = Promise.resolve(raw).then(
        (result) => {
          const r = z.safeParse(productSelectResult, result);
          if (!r.success) return undefined;
          return r.data.variant === null ? null : numericId(r.data.variant.id, 'ProductVariant');
        },
        () => undefined, // a failed or aborted look-up: a newer selection follows
      );
      onSelect({ target: event.target, productId, variant });
    };
  }

  if (handlers.onCart) {
    const onCart = handlers.onCart;
    doc.addEventListener(STANDARD_EVENTS.cartLinesUpdate, (event) => {
      try {
        readChange(event);
      } catch {
        malformed(STANDARD_EVENTS.cartLinesUpdate);
      }
    });
    const readChange = (event: Event) => {
      const payload = z.safeParse(cartLinesPayload, event);
      const raw = (event as Event & { promise?: unknown }).promise;
      if (!payload.success) return malformed(STANDARD_EVENTS.cartLinesUpdate);
      const accepted = (thenable(raw) ? Promise.resolve(raw) : Promise.resolve(null)).then(
        (result) => {
          const r = z.safeParse(cartLinesResult, result);
          // Declined, capped ("a line capped at the stock" is a warning) or unreadable: nothing was proven.
          if (!r.success || !r.data.cart || r.data.userErrors?.length || r.data.warnings?.length) return null;
          return new Map(r.data.cart.lines.map((l) => [lineKey(l.id), l.quantity]));
        },
        () => null,
      );
      onCart({
        target: event.target instanceof Element ? event.target : null,
        action: payload.data.action,
        lines: payload.data.lines.map((l) => ({
          key: l.id === undefined ? null : lineKey(l.id),
          variantId: l.merchandiseId === undefined ? null : numericId(l.merchandiseId, 'ProductVariant'),
          quantity: l.quantity,
        })),
        accepted,
      });
    };
  }
}

/**
 * The product number in the nearest `view-event-payload` (the standard events' attribute, the
 * output of Liquid's `standard_event_data: 'view'`), so a theme that marks its product that way
 * needs no markup of ours. Null when there is none or it is not the documented shape.
 */
export function viewedProductId(el: Element): string | null {
  const raw = el.closest('[view-event-payload]')?.getAttribute('view-event-payload');
  if (!raw || raw.length > 100_000) return null;
  try {
    const parsed = z.safeParse(productSelectPayload, JSON.parse(raw));
    return parsed.success ? numericId(parsed.data.product.id, 'Product') : null;
  } catch {
    return null;
  }
}
