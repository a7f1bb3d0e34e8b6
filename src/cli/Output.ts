/** Where the command-line tool writes: lines to stdout and stderr, as the process or a test gives them. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Text from outside (an API's error title, a field name) made safe for a terminal: no control
 * characters, so an answer cannot move the cursor, clear the screen or forge lines; cut short.
 */
export function terminalSafe(text: string, max = 300): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/**
 * An `Io` that never shows a secret: every line has each secret replaced by `***`, whatever
 * wrote it (our messages, an API's echo of a request, a stack trace).
 */
export function redacting(io: Io, secrets: readonly string[]): Io {
  const hide = (line: string) => secrets.filter((s) => s.length >= 4).reduce((l, s) => l.split(s).join('***'), line);
  return { out: (line) => io.out(hide(line)), err: (line) => io.err(hide(line)) };
}
