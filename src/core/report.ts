/**
 * The only way the widget speaks to the console: every line starts with `[stock-status]`, and each
 * distinct message is said once per page, so a broken feed on a 40-card page is one warning, not 40.
 */
let said: Set<string> | undefined;

/**
 * The main and the extras script each carry a copy of this module, and the alternatives (in the
 * extras) can meet the bad data the main script already named: both keep one set, under a global
 * symbol the page's own code never sees, so "once per page" holds. Made on first use: no side effect on import.
 */
function saidLines(): Set<string> {
  const g = globalThis as { [key: symbol]: Set<string> | undefined };
  said ??= g[Symbol.for('stock-status:said')] ??= new Set();
  return said;
}

export function report(level: 'warn' | 'error', message: string): void {
  const line = `[stock-status] ${message}`;
  const lines = saidLines();
  if (lines.has(line)) return;
  lines.add(line);
  console[level](line);
}

/** Tests start each case with a clean slate. */
export function resetReports(): void {
  saidLines().clear();
}
