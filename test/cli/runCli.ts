import { main } from '../../src/cli/main';

/** Runs the command line in-process, as `npx stock-status …` would, and keeps what it wrote. */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n'), all: [...out, ...err].join('\n') };
}
