import { afterEach, beforeEach, expect, vi } from 'vitest';
import { resetReports } from '../../src/core/report';

/**
 * Unexpected console output fails the test. A test that expects a message says so with
 * `expectConsole('warn', /pattern/)`; each expected line must then appear exactly as often as declared.
 */
type Level = 'log' | 'info' | 'warn' | 'error' | 'debug';
const levels: Level[] = ['log', 'info', 'warn', 'error', 'debug'];
let seen: { level: Level; text: string }[] = [];
let expected: { level: Level; pattern: RegExp; times: number }[] = [];

export function expectConsole(level: Level, pattern: RegExp, times = 1): void {
  expected.push({ level, pattern, times });
}

/** Lines seen so far (for assertions on their wording). */
export function consoleLines(): { level: Level; text: string }[] {
  return seen;
}

beforeEach(() => {
  seen = [];
  expected = [];
  resetReports();
  for (const level of levels) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      seen.push({ level, text: args.map(String).join(' ') });
    });
  }
});

afterEach(() => {
  const unexpected = seen.filter((line) => !expected.some((e) => e.level === line.level && e.pattern.test(line.text)));
  for (const e of expected) {
    const n = seen.filter((l) => l.level === e.level && e.pattern.test(l.text)).length;
    expect(n, `console.${e.level} matching ${e.pattern} should appear ${e.times}×`).toBe(e.times);
  }
  expect(unexpected, 'unexpected console output').toEqual([]);
  vi.restoreAllMocks();
});
