import { normalizeShopifyId, parseGid } from './shopifyIds';

/**
 * What the shopper's cart accepted on this page: variant GID → the largest quantity a cart change
 * resolved with, without errors or warnings. Shopify caps a line of a variant that does not sell
 * past zero at its stock, so a line accepted above the count on hand proves the variant keeps
 * selling: the one inventory-policy fact the Storefront API never states. Kept for the page only.
 */
const accepted = new Map<string, number>();

/** Records an accepted quantity; true when it taught something new (a larger quantity than before). */
export function noteCartAccepted(variantId: string, quantity: number): boolean {
  const id = normalizeShopifyId(variantId, 'variant');
  if (parseGid(id)?.type !== 'ProductVariant' || !Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) return false;
  if ((accepted.get(id) ?? 0) >= quantity) return false;
  accepted.set(id, quantity);
  return true;
}

/** The largest quantity of this variant the cart accepted on this page; 0 when none. */
export function acceptedQuantity(variantGid: string): number {
  return accepted.get(variantGid) ?? 0;
}

/** For tests: forget everything. */
export function forgetCartAccepted(): void {
  accepted.clear();
}
