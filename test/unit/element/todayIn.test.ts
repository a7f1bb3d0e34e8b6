// @vitest-environment node
import { expect, test } from 'vitest';
import { todayIn } from '../../../src/createRuntime';

test("today is the zone's calendar date, and turns over at the zone's midnight", () => {
  let now = Date.parse('2026-12-31T14:59:00Z'); // 23:59 in Tokyo
  const today = todayIn('Asia/Tokyo', () => now);
  expect(today()).toBe('2026-12-31');
  now += 2 * 60_000; // 00:01 on 1 January in Tokyo
  expect(today()).toBe('2027-01-01');
  expect(todayIn('America/Los_Angeles', () => now)()).toBe('2026-12-31');
});
