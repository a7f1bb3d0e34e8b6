/**
 * schema.org ItemAvailability, however it is spelled (`https://schema.org/X`, `http://schema.org/X`,
 * `schema:X` or `X`) → the kind of fact it states. Null for a value we do not know.
 */
export type SchemaAvailability = 'in-stock' | 'low' | 'backorder' | 'preorder' | 'out-of-stock' | 'discontinued';

const MAP: Record<string, SchemaAvailability> = {
  instock: 'in-stock',
  instoreonly: 'in-stock',
  onlineonly: 'in-stock',
  limitedavailability: 'low',
  backorder: 'backorder',
  madetoorder: 'backorder',
  preorder: 'preorder',
  presale: 'preorder',
  outofstock: 'out-of-stock',
  soldout: 'out-of-stock',
  reserved: 'out-of-stock',
  discontinued: 'discontinued',
};

export function schemaAvailability(value: unknown): SchemaAvailability | null {
  if (typeof value !== 'string') return null;
  const name = value.trim().replace(/^(https?:\/\/(www\.)?schema\.org\/|schema:)/i, '');
  return MAP[name.toLowerCase()] ?? null;
}
