/**
 * Shopify ids come as numbers (Liquid, Dawn's markup, `?variant=`) or as GIDs (Storefront API).
 * Everything is turned into the GID so both forms meet in one cache key and one record.
 */
const GID = /^gid:\/\/shopify\/(Product|ProductVariant)\/(\d+)$/;

export type ShopifyIdKind = 'product' | 'variant';

/** Old API versions sent GIDs base64-encoded; accept those too. */
function decodeBase64Gid(id: string): string | null {
  if (!/^[A-Za-z0-9+/]+=*$/.test(id) || id.length > 120) return null;
  try {
    const text = atob(id);
    return GID.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** `123` → `gid://shopify/Product/123` (or ProductVariant); a GID stays as it is; anything else is returned trimmed. */
export function normalizeShopifyId(id: string, kind: ShopifyIdKind): string {
  const v = String(id).trim();
  if (/^\d{1,20}$/.test(v)) return `gid://shopify/${kind === 'product' ? 'Product' : 'ProductVariant'}/${v}`;
  if (GID.test(v)) return v;
  return decodeBase64Gid(v) ?? v;
}

/** `gid://shopify/ProductVariant/456` → `{ type: 'ProductVariant', number: '456' }`; null for anything else. */
export function parseGid(id: string): { type: 'Product' | 'ProductVariant'; number: string } | null {
  const m = GID.exec(id);
  return m ? { type: m[1] as 'Product' | 'ProductVariant', number: m[2]! } : null;
}
