import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CART_DOCUMENT, productsDocument, relatedDocument, variantDocument } from '../../../src/sources/bigcommerce/bigcommerceDocuments';

const load = (file: string) => buildSchema(readFileSync(join(process.cwd(), 'test/fixtures/schemas', file), 'utf8'));
const current = load('bigcommerce-storefront.graphql');
const older = load('bigcommerce-storefront-2024-06.graphql');

const errorsOf = (schema: GraphQLSchema, doc: string) => validate(schema, parse(doc)).map((e) => e.message);

/** Every document the adapter can send, by name. */
const sent = {
  'products (Alpha)': productsDocument(true),
  'products (older store)': productsDocument(false),
  'related (Alpha)': relatedDocument(true),
  'related (older store)': relatedDocument(false),
  'variant (Alpha)': variantDocument(true),
  'variant (older store)': variantDocument(false),
  cart: CART_DOCUMENT,
};

describe('BigCommerce GraphQL documents', () => {
  it.each(Object.entries(sent))('%s validates against the current Storefront schema', (_name, doc) => {
    expect(errorsOf(current, doc)).toEqual([]);
  });

  it.each(Object.entries(sent).filter(([name]) => !name.includes('Alpha')))('%s validates against the 2024-06 schema', (_name, doc) => {
    expect(errorsOf(older, doc)).toEqual([]);
  });

  it('the Alpha documents are exactly what an older store rejects, with "Cannot query field"', () => {
    const errors = errorsOf(older, productsDocument(true));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/^Cannot query field/);
    expect(errors.join(' ')).toMatch(/availableOnHand/);
  });

  it('the products document asks for 50 products at most, by entity id, with variants', () => {
    expect(productsDocument(true)).toMatch(/products\(entityIds:\$ids,first:50\)/);
    expect(productsDocument(false)).toMatch(/variants\(first:50\)\{pageInfo\{hasNextPage\}/);
  });

  it('the variant document reads one variant of one product, by entity id or option values', () => {
    expect(variantDocument(true)).toMatch(/product\(entityId:\$id\)\{.*variants\(first:1,entityIds:\$variants,optionValueIds:\$values\)/);
  });
});
