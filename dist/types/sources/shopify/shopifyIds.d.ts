export type ShopifyIdKind = 'product' | 'variant';
/** `123` → `gid://shopify/Product/123` (or ProductVariant); a GID stays as it is; anything else is returned trimmed. */
export declare function normalizeShopifyId(id: string, kind: ShopifyIdKind): string;
/** `gid://shopify/ProductVariant/456` → `{ type: 'ProductVariant', number: '456' }`; null for anything else. */
export declare function parseGid(id: string): {
    type: 'Product' | 'ProductVariant';
    number: string;
} | null;
