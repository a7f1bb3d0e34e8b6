/**
 * The only way the widget speaks to the console: every line starts with `[stock-status]`, and each
 * distinct message is said once per page, so a broken feed on a 40-card page is one warning, not 40.
 */
const said = new Set<string>();

export function report(level: 'warn' | 'error', message: string): void {
  const line = `[stock-status] ${message}`;
  if (said.has(line)) return;
  said.add(line);
  console[level](line);
}

/** Tests start each case with a clean slate. */
export function resetReports(): void {
  said.clear();
}
