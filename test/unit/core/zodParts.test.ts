// @vitest-environment node

import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { recordOf, whole } from '../../../src/core/zodParts';

test('whole() accepts whole numbers only', () => {
  const n = z.number().check(whole(), z.gte(0));
  expect([3, 0, 2.5, -1, Number.NaN].map((v) => z.safeParse(n, v).success)).toEqual([true, true, false, false, false]);
});

test('recordOf() keeps a plain object whose keys and values all pass, and refuses any other', () => {
  const r = recordOf((k) => /^[a-z]+$/.test(k), z.string());
  expect(z.safeParse(r, { en: 'a', de: 'b' }).data).toEqual({ en: 'a', de: 'b' });
  expect(z.safeParse(r, { en: 'a', 'x-<img>': 'b' }).success).toBe(false);
  expect(z.safeParse(r, { en: 5 }).success).toBe(false);
  expect(z.safeParse(r, 'en').success).toBe(false);
  expect(z.safeParse(r, null).success).toBe(false);
});
