import type { Io } from '../Output';
import type { RestockFlags } from './bigcommerceFlags';
import { ApiError, type ManagementApi } from './managementApi';
import { metafieldAnswerSchema, metafieldListSchema, STOREFRONT_PERMISSIONS } from './managementSchemas';

/**
 * `stock-status bigcommerce restock`: sets (or clears) the restock-date metafield of one product
 * or variant, with `permission_set: read_and_sf_access` so the GraphQL Storefront API, and so the
 * widget, can read it. A plain date is an estimate; `--confirmed` writes the JSON form that
 * promises the date (`readRestockDate` reads both).
 */
export async function setRestockDate(api: ManagementApi, flags: RestockFlags, io: Io): Promise<void> {
  const [namespace, key] = flags.restockField.split('.') as [string, string];
  const owner = flags.variant ? `/v3/catalog/products/${flags.product}/variants/${flags.variant}` : `/v3/catalog/products/${flags.product}`;
  const what = flags.variant ? `variant ${flags.variant} of product ${flags.product}` : `product ${flags.product}`;
  let found: Awaited<ReturnType<typeof api.get<typeof metafieldListSchema>>>;
  try {
    found = await api.get(
      `${owner}/metafields?namespace=${encodeURIComponent(namespace)}&key=${encodeURIComponent(key)}`,
      metafieldListSchema,
    );
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) throw new ApiError(`There is no ${what} in this store (404). Nothing was changed.`, 404);
    throw e;
  }
  // The filter is the server's; the match is checked here too.
  const current = found?.data.find((m) => m.namespace === namespace && m.key === key);

  if (flags.clear) {
    if (!current) {
      io.out(`${what} has no ${flags.restockField} metafield: nothing to clear.`);
      return;
    }
    await api.delete(`${owner}/metafields/${current.id}`);
    io.out(`Cleared the restock date of ${what}.`);
    return;
  }

  const value = flags.confirmed ? JSON.stringify({ date: flags.date, confirmed: true }) : (flags.date as string);
  const permission_set = 'read_and_sf_access';
  if (current) {
    await api.put(`${owner}/metafields/${current.id}`, { value, permission_set }, metafieldAnswerSchema);
    if (!(STOREFRONT_PERMISSIONS as readonly string[]).includes(current.permission_set)) {
      io.out(`Its permission_set was ${current.permission_set}, which the storefront cannot read; it is now ${permission_set}.`);
    }
  } else {
    await api.post(
      `${owner}/metafields`,
      { namespace, key, value, permission_set, description: 'Restock date shown by stock-status (YYYY-MM-DD)' },
      metafieldAnswerSchema,
    );
  }
  io.out(`${what}: restock date ${flags.date}${flags.confirmed ? ' (confirmed: "Back in stock")' : ' (an estimate: "Expected back")'}.`);
}
