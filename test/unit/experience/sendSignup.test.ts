import { describe, expect, test, vi } from 'vitest';
import { notifyTarget } from '../../../src/extras/notify/notifyTarget';
import { klaviyoVariantId, type SignupRequest, sendSignup, signupRequest } from '../../../src/extras/notify/sendSignup';

const s: SignupRequest = {
  id: 'x',
  email: 'a@example.com',
  productId: '77',
  variantId: '501',
  locale: 'de-DE',
  pageUrl: 'https://shop/p/77',
  platform: 'shopify',
};

describe('signup requests', () => {
  test('klaviyo:<public key> → the client back-in-stock endpoint with company_id, revision header and a JSON:API body', () => {
    const { url, init } = signupRequest(notifyTarget('klaviyo:AbC123')!, s);
    expect(url).toBe('https://a.klaviyo.com/client/back-in-stock-subscriptions?company_id=AbC123');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ revision: '2026-10-15', 'Content-Type': 'application/vnd.api+json' });
    expect(JSON.parse(init.body as string)).toEqual({
      data: {
        type: 'back-in-stock-subscription',
        attributes: { channels: ['EMAIL'], profile: { data: { type: 'profile', attributes: { email: 'a@example.com' } } } },
        relationships: { variant: { data: { type: 'catalog-variant', id: '$shopify:::$default:::501' } } },
      },
    });
  });

  test('catalog variant ids per platform', () => {
    expect(klaviyoVariantId('shopify', 'gid://shopify/ProductVariant/42')).toBe('$shopify:::$default:::42');
    expect(klaviyoVariantId('bigcommerce', '7')).toBe('$bigcommerce:::$default:::7');
    expect(klaviyoVariantId('json', 'sku-1')).toBe('$custom:::$default:::sku-1');
  });

  test('an https URL or a path → the documented JSON POST', () => {
    const { url, init } = signupRequest(notifyTarget('/apps/notify')!, s);
    expect(url).toMatch(/\/apps\/notify$/);
    expect(JSON.parse(init.body as string)).toEqual({
      email: 'a@example.com',
      productId: '77',
      variantId: '501',
      locale: 'de-DE',
      pageUrl: 'https://shop/p/77',
      signupId: 'x',
    });
  });

  test.each(['javascript:alert(1)', 'http://evil.example/x', 'klaviyo:<img src=x onerror=alert(1)>', ''])('%j is no target', (v) => {
    expect(notifyTarget(v)).toBeNull();
  });

  test.each([
    [202, 'ok'],
    [200, 'ok'],
    [429, 'retry'],
    [503, 'retry'],
    [408, 'retry'],
    [400, 'rejected'],
    [422, 'rejected'],
  ])('HTTP %i → %s', async (status, want) => {
    const fetch = vi.fn(async () => new Response(null, { status }));
    expect(await sendSignup(notifyTarget('https://x.example/n')!, s, fetch)).toBe(want);
  });

  test('a network failure or a hanging endpoint → retry, never a throw', async () => {
    expect(await sendSignup(notifyTarget('https://x.example/n')!, s, vi.fn().mockRejectedValue(new TypeError('offline')))).toBe('retry');
    const hang = vi.fn(
      (_u: string, init: RequestInit) =>
        new Promise<Response>((_r, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    expect(await sendSignup(notifyTarget('https://x.example/n')!, s, hang as unknown as typeof fetch, 10)).toBe('retry');
  });
});
