import type { NotifyTarget } from './notifyTarget';

/** One back-in-stock signup, as kept until the endpoint acknowledges it. */
export interface SignupRequest {
  /** Stable per shopper, product and address: the endpoint may use it to drop a repeat. */
  id: string;
  email: string;
  productId: string;
  variantId: string | null;
  locale: string;
  pageUrl: string;
  platform: string;
}

/** ok: acknowledged. retry: may work later (network, time-out, 408/425/429/5xx). rejected: will never work. */
export type SendResult = 'ok' | 'retry' | 'rejected';

/**
 * The Klaviyo API revision sent with every signup (the endpoint and body are unchanged since
 * 2025-01-15). Revisions are supported for two years, so this is the newest GA one: 2026-10-15.
 */
export const KLAVIYO_REVISION = '2026-10-15';
const KLAVIYO_URL = 'https://a.klaviyo.com/client/back-in-stock-subscriptions';

/** Klaviyo catalog ids: `$shopify:::$default:::<variant>`; custom catalogs (JSON, WooCommerce, JSON-LD) use `$custom`. */
export function klaviyoVariantId(platform: string, id: string): string {
  const integration = platform === 'shopify' || platform === 'bigcommerce' ? platform : 'custom';
  // A Shopify GID (gid://shopify/ProductVariant/123) → 123, as Klaviyo's catalog knows it.
  const plain = id.replace(/^gid:\/\/shopify\/\w+\//, '');
  return `$${integration}:::$default:::${plain}`;
}

/** The request for a target, exactly as sent. */
export function signupRequest(target: NotifyTarget, s: SignupRequest): { url: string; init: RequestInit } {
  if (target.kind === 'klaviyo') {
    return {
      url: `${KLAVIYO_URL}?company_id=${encodeURIComponent(target.publicKey)}`,
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/vnd.api+json', Accept: 'application/vnd.api+json', revision: KLAVIYO_REVISION },
        body: JSON.stringify({
          data: {
            type: 'back-in-stock-subscription',
            attributes: { channels: ['EMAIL'], profile: { data: { type: 'profile', attributes: { email: s.email } } } },
            relationships: {
              variant: { data: { type: 'catalog-variant', id: klaviyoVariantId(s.platform, s.variantId ?? s.productId) } },
            },
          },
        }),
        credentials: 'omit',
      },
    };
  }
  return {
    url: target.url,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        email: s.email,
        productId: s.productId,
        variantId: s.variantId,
        locale: s.locale,
        pageUrl: s.pageUrl,
        signupId: s.id,
      }),
      credentials: 'same-origin',
    },
  };
}

/** Sends once, with a time-out; never throws. */
export async function sendSignup(target: NotifyTarget, s: SignupRequest, doFetch: typeof fetch, timeoutMs = 10_000): Promise<SendResult> {
  const { url, init } = signupRequest(target, s);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  try {
    const res = await doFetch(url, { ...init, signal: timeout.signal });
    if (res.ok) return 'ok';
    return res.status === 408 || res.status === 425 || res.status === 429 || res.status >= 500 ? 'retry' : 'rejected';
  } catch {
    return 'retry';
  } finally {
    clearTimeout(timer);
  }
}
