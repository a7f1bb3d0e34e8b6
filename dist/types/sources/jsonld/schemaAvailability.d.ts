/**
 * schema.org ItemAvailability, however it is spelled (`https://schema.org/X`, `http://schema.org/X`,
 * `schema:X` or `X`) → the kind of fact it states. Null for a value we do not know.
 */
export type SchemaAvailability = 'in-stock' | 'low' | 'backorder' | 'preorder' | 'out-of-stock' | 'discontinued';
export declare function schemaAvailability(value: unknown): SchemaAvailability | null;
