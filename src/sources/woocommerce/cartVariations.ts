/**
 * Ids the Store API cart named as variations. A cart line of a variation carries the variation's id
 * and not its product's (CartItemSchema.php), so the source asks for these as variations
 * (`type=variation&include=…`) instead of as products. Bounded.
 */
const variations = new Set<string>();

export function rememberCartVariation(id: string): void {
  if (variations.size > 500) variations.clear();
  variations.add(id);
}

export function isCartVariation(id: string): boolean {
  return variations.has(id);
}
