import type { NotifyTarget } from "./notifyTarget.js";
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
export declare const KLAVIYO_REVISION = "2026-10-15";
/** Klaviyo catalog ids: `$shopify:::$default:::<variant>`; custom catalogs (JSON, WooCommerce, JSON-LD) use `$custom`. */
export declare function klaviyoVariantId(platform: string, id: string): string;
/** The request for a target, exactly as sent. */
export declare function signupRequest(target: NotifyTarget, s: SignupRequest): {
    url: string;
    init: RequestInit;
};
/** Sends once, with a time-out; never throws. */
export declare function sendSignup(target: NotifyTarget, s: SignupRequest, doFetch: typeof fetch, timeoutMs?: number): Promise<SendResult>;
