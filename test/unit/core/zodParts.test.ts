// @vitest-environment node

import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { between, matches, maxLength, nonEmpty, orDefault, recordOf, trimmed, whole } from '../../../src/core/zodParts';

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

test('matches(), nonEmpty(), maxLength(), between(), orDefault() and trimmed() decide as the zod features they replace', () => {
  const same = (ours: z.ZodMiniType, theirs: z.ZodMiniType, inputs: unknown[]) => {
    for (const input of inputs) {
      const a = z.safeParse(ours, input);
      const b = z.safeParse(theirs, input);
      expect([input, a.success, a.data]).toEqual([input, b.success, b.data]);
    }
  };
  const values: unknown[] = [undefined, null, '', 'a1', '12', 0, 7, true, false, [], ['x'], {}];
  same(z.string().check(matches(/^\d+$/)), z.string().check(z.regex(/^\d+$/)), values);
  same(z.string().check(nonEmpty()), z.string().check(z.minLength(1)), values);
  same(z.array(z.string()).check(nonEmpty()), z.array(z.string()).check(z.minLength(1)), values);
  const padded = [...values, ' a1 ', '\t12\n', '   ', ' x'];
  same(trimmed().check(maxLength(2)), z.string().check(z.trim(), z.maxLength(2)), padded);
  same(trimmed().check(nonEmpty()), z.string().check(z.trim(), z.minLength(1)), padded);
  same(z.string().check(maxLength(2)), z.string().check(z.maxLength(2)), values);
  same(z.array(z.string()).check(maxLength(0)), z.array(z.string()).check(z.maxLength(0)), values);
  const numbers = [-2, -1, -0.5, 0, 0.5, 1, 7, 8, 1e9, Number.NaN, Number.POSITIVE_INFINITY, '1', null];
  same(z.number().check(between(-1, 7)), z.number().check(z.gte(-1), z.lte(7)), numbers);
  same(z.number().check(whole(), between(0)), z.number().check(whole(), z.gte(0)), numbers);
  same(z.number().check(whole(), between(1, 8)), z.number().check(whole(), z.gt(0), z.lte(8)), numbers);
  same(orDefault(z.number(), 2), z._default(z.number(), 2), values);
  same(orDefault(z.nullable(z.number()), null), z._default(z.nullable(z.number()), null), values);
  // As an object key: missing or undefined takes the default, anything else is checked.
  same(z.object({ k: orDefault(z.boolean(), true) }), z.object({ k: z._default(z.boolean(), true) }), [
    ...values.map((k) => ({ k })),
    {},
    { other: 1 },
  ]);
});
