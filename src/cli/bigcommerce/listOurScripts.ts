import type { ManagementApi } from './managementApi';
import { type Script, scriptListSchema } from './managementSchemas';
import { MAIN_SCRIPT_NAME, SETTINGS_SCRIPT_NAME } from './scriptBodies';

const MAX_PAGES = 20;

/**
 * This API account's scripts on a channel that carry one of our names, page by page (an app
 * may have only 10 scripts, so a few pages at most). A dry run reads nothing: none are found.
 */
export async function listOurScripts(api: ManagementApi, channel: number): Promise<Script[]> {
  const ours: Script[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await api.get(`/v3/content/scripts?channel_id:in=${channel}&limit=50&page=${page}`, scriptListSchema);
    if (!answer) break;
    for (const s of answer.data) {
      if ((s.name === MAIN_SCRIPT_NAME || s.name === SETTINGS_SCRIPT_NAME) && (s.channel_id === undefined || s.channel_id === channel))
        ours.push(s);
    }
    const p = answer.meta?.pagination;
    if (!p?.total_pages || !p.current_page || p.current_page >= p.total_pages) break;
  }
  return ours;
}
