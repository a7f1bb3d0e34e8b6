import type { Io } from '../Output';
import type { UninstallFlags } from './bigcommerceFlags';
import { listOurScripts } from './listOurScripts';
import type { ManagementApi } from './managementApi';

/** `stock-status bigcommerce uninstall`: deletes the scripts `install` made on a channel. */
export async function uninstallScripts(api: ManagementApi, flags: UninstallFlags, io: Io): Promise<void> {
  const ours = await listOurScripts(api, flags.channel);
  if (ours.length === 0 && !api.dryRun) {
    io.out(`No stock-status script on channel ${flags.channel} made with this API account: nothing to remove.`);
    return;
  }
  for (const s of ours) {
    await api.delete(`/v3/content/scripts/${s.uuid}`);
    io.out(`Removed the script "${s.name}" (${s.uuid}).`);
  }
  io.out('A storefront token the install created stays valid until it expires; restock metafields stay on their products.');
}
