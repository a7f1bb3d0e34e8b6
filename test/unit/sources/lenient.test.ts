// @vitest-environment node

import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { lenient } from '../../../src/sources/lenient';

const schema = z.object({ id: z.number(), name: lenient(z.optional(z.string()), undefined), count: lenient(z.nullish(z.number()), null) });

test('a lenient field falls back on a wrong type and does not cost the object', () => {
  expect(z.safeParse(schema, { id: 1, name: 5, count: '<img src=x onerror=alert(1)>' }).data).toEqual({
    id: 1,
    name: undefined,
    count: null,
  });
});

test('a lenient field keeps a good value and may be missing', () => {
  expect(z.safeParse(schema, { id: 1, name: 'Tee', count: 3 }).data).toEqual({ id: 1, name: 'Tee', count: 3 });
  const missing = z.safeParse(schema, { id: 1 });
  expect(missing.success).toBe(true);
  expect(missing.data?.name).toBeUndefined();
  expect(missing.data?.count ?? null).toBeNull();
});

test('strict fields around it still fail the object', () => {
  expect(z.safeParse(schema, { name: 'Tee' }).success).toBe(false);
});
