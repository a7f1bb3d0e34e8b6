/**
 * What the command-line tool can fail with. `UsageError`: the command line was wrong (exit 2,
 * nothing was sent). `CliError`: something outside failed (exit 1); its message is written for the
 * merchant, and says what was and was not changed.
 */
export class CliError extends Error {
  readonly exitCode: number = 1;
}

export class UsageError extends CliError {
  override readonly exitCode = 2;
}
