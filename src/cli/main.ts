/**
 * The command-line tool, `npx stock-status …` (bin/stock-status.mjs runs the built copy of this).
 * Returns the exit code: 0 done, 1 something outside failed, 2 the command line was wrong.
 */
import { bigcommerceCommand } from './bigcommerce/bigcommerceCommand';
import { CliError } from './CliError';
import { type Io, redacting, terminalSafe } from './Output';

type Env = Record<string, string | undefined>;

export const HELP = `Usage: stock-status <platform> <command> [flags]

  stock-status bigcommerce install --store-hash H [--channel 1] …   the widget on your storefront
  stock-status bigcommerce restock --store-hash H --product 77 --date 2026-12-20
  stock-status bigcommerce uninstall --store-hash H
  stock-status bigcommerce help

The access token is read from BIGCOMMERCE_ACCESS_TOKEN (or --access-token) and never printed.`;

/** The access token wherever it may be: the environment, `--access-token T`, `--access-token=T`. */
function secretsIn(args: string[], env: Env): string[] {
  const found = [env.BIGCOMMERCE_ACCESS_TOKEN];
  args.forEach((a, i) => {
    if (a === '--access-token') found.push(args[i + 1]);
    else if (a.startsWith('--access-token=')) found.push(a.slice('--access-token='.length));
  });
  return found.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

export async function main(argv: string[], env: Env, io: Io): Promise<number> {
  const safe = redacting(io, secretsIn(argv, env));
  const [platform, ...rest] = argv;
  try {
    if (platform === 'bigcommerce') return await bigcommerceCommand(rest, env, safe);
    if (!platform || platform === 'help' || platform === '--help' || platform === '-h') {
      safe.out(HELP);
      return platform ? 0 : 2;
    }
    safe.err(`stock-status: unknown platform "${terminalSafe(platform, 40)}" (only bigcommerce has commands).`);
    return 2;
  } catch (e) {
    if (e instanceof CliError) {
      for (const line of e.message.split('\n')) safe.err(`stock-status: ${line}`);
      if (e.exitCode === 2) safe.err('Run "stock-status bigcommerce help" for the flags.');
      return e.exitCode;
    }
    safe.err(`stock-status: unexpected failure: ${terminalSafe(String((e as Error)?.stack ?? e), 2000)}`);
    return 1;
  }
}
