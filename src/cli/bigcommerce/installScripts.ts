import type { Io } from '../Output';
import { defaultScriptUrl, type InstallFlags } from './bigcommerceFlags';
import { listOurScripts } from './listOurScripts';
import type { ManagementApi } from './managementApi';
import { type Script, scriptAnswerSchema, tokenAnswerSchema } from './managementSchemas';
import { MAIN_SCRIPT_NAME, mainScriptBody, SETTINGS_SCRIPT_NAME, type Settings, STENCIL_TOKEN, settingsScriptBody } from './scriptBodies';

/** The GraphQL Storefront endpoint of a channel, as a front end on another domain reaches it. */
export const channelEndpoint = (storeHash: string, channel: number) => `https://store-${storeHash}-${channel}.mybigcommerce.com/graphql`;

/** A storefront token for the channel, for browsers on the given origins, until `days` from now. */
async function createStorefrontToken(api: ManagementApi, flags: InstallFlags, io: Io): Promise<string> {
  const expiresAt = Math.floor(Date.now() / 1000) + flags.tokenDays * 86_400;
  const body: Record<string, unknown> = { channel_id: flags.channel, expires_at: expiresAt };
  if (flags.origin?.length) body.allowed_cors_origins = flags.origin;
  const answer = await api.post('/v3/storefront/api-token', body, tokenAnswerSchema);
  const day = new Date(expiresAt * 1000).toISOString().slice(0, 10);
  if (answer)
    io.out(
      `Storefront token created for channel ${flags.channel}${flags.origin?.length ? ` and ${flags.origin.join(', ')}` : ''}; it expires on ${day}. Run this command again before then.`,
    );
  return answer?.data.token ?? '<storefront token from POST /v3/storefront/api-token>';
}

/** Updates the first script of that name, or creates it; removes any duplicate an earlier run left. */
async function upsert(api: ManagementApi, existing: Script[], body: { name: string }, io: Io): Promise<void> {
  const same = existing.filter((s) => s.name === body.name);
  const [first, ...extra] = same;
  if (first) {
    await api.put(`/v3/content/scripts/${first.uuid}`, body, scriptAnswerSchema);
    io.out(`Updated the script "${body.name}" (${first.uuid}).`);
  } else {
    const created = await api.post('/v3/content/scripts', body, scriptAnswerSchema);
    if (created) io.out(`Created the script "${body.name}" (${created.data.uuid}).`);
  }
  for (const dup of extra) {
    await api.delete(`/v3/content/scripts/${dup.uuid}`);
    io.out(`Removed a duplicate "${body.name}" (${dup.uuid}).`);
  }
}

/**
 * `stock-status bigcommerce install`: the settings script and the widget's file on every
 * storefront page of a channel, through the Scripts API; run again, it updates them in place.
 */
export async function installScripts(api: ManagementApi, flags: InstallFlags, io: Io): Promise<void> {
  const headless = flags.storefront === 'headless';
  const token = headless || flags.createToken ? await createStorefrontToken(api, flags, io) : STENCIL_TOKEN;
  const settings: Settings = {
    token,
    restockField: flags.restockField,
    endpoint: flags.endpoint ?? (headless ? channelEndpoint(flags.storeHash, flags.channel) : undefined),
  };
  const existing = await listOurScripts(api, flags.channel);
  const placement = { channel: flags.channel, consent: flags.consent };
  await upsert(api, existing, settingsScriptBody({ ...placement, settings }), io);
  const location = flags.location === 'head' ? 'head' : 'footer';
  await upsert(api, existing, mainScriptBody({ ...placement, url: flags.url ?? defaultScriptUrl(), location }), io);

  io.out('');
  if (api.dryRun) io.out('Dry run: the calls above were not sent.');
  else
    io.out(
      `stock-status is on every storefront page of channel ${flags.channel} (scripts "${SETTINGS_SCRIPT_NAME}" and "${MAIN_SCRIPT_NAME}", consent category ${flags.consent}).`,
    );
  io.out(
    'The signup form and the alternatives load stock-status-extras.js from the same folder as the script URL: host both files together.',
  );
  if (token === STENCIL_TOKEN) {
    io.out(
      `Token: Stencil fills in ${STENCIL_TOKEN} on each page. If a product page's source shows that text literally, run again with --create-token --origin https://<your store>.`,
    );
  }
  io.out(`Restock dates: a product or variant metafield ${flags.restockField} with permission_set read_and_sf_access, for example:`);
  io.out(`  npx stock-status bigcommerce restock --store-hash ${flags.storeHash} --product <id> --date YYYY-MM-DD`);
}
