import { UsageError } from '../CliError';
import { type Io, terminalSafe } from '../Output';
import { readInstallFlags, readRestockFlags, readUninstallFlags } from './bigcommerceFlags';
import { installScripts } from './installScripts';
import { createManagementApi, type ManagementApi } from './managementApi';
import { setRestockDate } from './setRestockDate';
import { uninstallScripts } from './uninstallScripts';

export const BIGCOMMERCE_HELP = `Usage: stock-status bigcommerce <command> [flags]

Commands
  install     put the widget on every storefront page of a channel (Scripts API); again: update
  restock     set or clear a product's or variant's restock date (metafield)
  uninstall   remove the scripts install made

Every command
  --store-hash H        the store hash (api.bigcommerce.com/stores/H)
  --access-token T      a store-level API account's token; better: BIGCOMMERCE_ACCESS_TOKEN=T
  --api-base URL        default https://api.bigcommerce.com/stores/H (or STOCK_STATUS_BIGCOMMERCE_API)
  --dry-run             print the calls, send nothing

install
  --channel N           default 1
  --storefront stencil|headless   default stencil: Stencil's own token, {{settings.storefront_api.token}};
                        headless (Catalyst, …): a storefront token is created for --origin
  --origin URL          the front end's origin, for the token (up to two)
  --create-token        create a storefront token on Stencil too
  --token-days N        the token's lifetime, default 365
  --endpoint URL        the GraphQL Storefront endpoint (headless default: https://store-H-N.mybigcommerce.com/graphql)
  --location head|body  default head (Catalyst renders no footer scripts)
  --consent essential|functional|analytics|targeting   default essential
  --url URL             the script file (stock-status-extras.js must sit beside it); default: jsDelivr
  --restock-field ns.key   default custom.restock_date
  Scopes: Content modify; Storefront API Tokens manage (for a token).

restock
  --product ID [--variant ID] (--date YYYY-MM-DD [--confirmed] | --clear) [--restock-field ns.key]
  Scope: Products modify.`;

type Env = Record<string, string | undefined>;

interface CommonFlags {
  apiBase: string;
  accessToken: string;
  dryRun: boolean;
}

/** Runs one command with its checked flags (or prints the help it asked for). */
async function runWith<F extends CommonFlags>(
  flags: F | 'help',
  run: (api: ManagementApi, flags: F, io: Io) => Promise<void>,
  io: Io,
): Promise<number> {
  if (flags === 'help') {
    io.out(BIGCOMMERCE_HELP);
    return 0;
  }
  const api = createManagementApi({ base: flags.apiBase, accessToken: flags.accessToken, dryRun: flags.dryRun, io });
  if (flags.dryRun)
    io.out('Dry run: nothing is sent. Reads are taken as empty, so a script that exists would be updated (PUT) rather than created.');
  await run(api, flags, io);
  return 0;
}

/** `stock-status bigcommerce …`: the command, its flags read and checked before anything is sent. */
export async function bigcommerceCommand(args: string[], env: Env, io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'install') return runWith(readInstallFlags(rest, env), installScripts, io);
  if (command === 'restock') return runWith(readRestockFlags(rest, env), setRestockDate, io);
  if (command === 'uninstall') return runWith(readUninstallFlags(rest, env), uninstallScripts, io);
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(BIGCOMMERCE_HELP);
    return command ? 0 : 2;
  }
  throw new UsageError(`unknown command "${terminalSafe(command, 40)}": install, restock or uninstall`);
}
