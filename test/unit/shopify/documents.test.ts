import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, type IntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { alternativesQuery, stockQuery } from '../../../src/sources/shopify/shopifyDocuments';

const schema = buildClientSchema(
  JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/schemas/shopify-storefront-2026-04.json'), 'utf8')) as IntrospectionQuery,
);

/** Every document the adapter can send: both look-ups, with and without the inventory-scoped field. */
const documents = {
  'stock, with quantityAvailable': stockQuery(true),
  'stock, without quantityAvailable': stockQuery(false),
  'alternatives, with quantityAvailable': alternativesQuery(true),
  'alternatives, without quantityAvailable': alternativesQuery(false),
};

describe('Shopify GraphQL documents', () => {
  for (const [name, doc] of Object.entries(documents)) {
    it(`${name} validates against the Storefront API 2026-04 schema`, () => {
      expect(validate(schema, parse(doc)).map((e) => e.message)).toEqual([]);
    });
  }

  it('asks for quantityAvailable only in the documents meant to', () => {
    expect(stockQuery(true)).toContain('quantityAvailable');
    expect(stockQuery(false)).not.toContain('quantityAvailable');
    expect(alternativesQuery(false)).not.toContain('quantityAvailable');
  });

  it('a document with a field the schema does not have fails validation (the check can fail)', () => {
    expect(validate(schema, parse(stockQuery(true).replace('currentlyNotInStock', 'inventoryPolicy'))).length).toBeGreaterThan(0);
  });
});
