/**
 * The answers of BigCommerce's REST Management API that the command reads, as its reference
 * documents them (bigcommerce/docs `reference/scripts.v3.yml`, `reference/storefront_tokens.v3.yml`,
 * `reference/catalog/products_catalog.v3.yml`). Only the fields the command uses are checked;
 * anything else may come and go. Ids that end up in a URL path are held to their documented shape,
 * so an answer cannot steer a later request elsewhere.
 */
import * as z from 'zod';

/** The permission sets the GraphQL Storefront API can see (`read` and `write` it cannot). */
export const STOREFRONT_PERMISSIONS = ['read_and_sf_access', 'write_and_sf_access'] as const;

export const scriptSchema = z.object({
  uuid: z.string().regex(/^[0-9a-fA-F-]{8,64}$/, 'a script uuid'),
  name: z.string(),
  channel_id: z.number().int().optional(),
  kind: z.string().optional(),
  src: z.string().optional(),
  location: z.string().optional(),
  consent_category: z.string().optional(),
});
export type Script = z.infer<typeof scriptSchema>;

const pagination = z
  .object({ current_page: z.number().int().min(1), total_pages: z.number().int().min(0) })
  .partial()
  .optional();

export const scriptListSchema = z.object({
  data: z.array(scriptSchema),
  meta: z.object({ pagination }).partial().optional(),
});

export const scriptAnswerSchema = z.object({ data: scriptSchema });

/** A storefront token is a JWT: it goes into a page's script, so nothing else may pass. */
export const tokenAnswerSchema = z.object({
  data: z.object({
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'a JWT')
      .max(4096),
  }),
});

export const metafieldSchema = z.object({
  id: z.number().int().positive(),
  namespace: z.string(),
  key: z.string(),
  value: z.string(),
  permission_set: z.string(),
});
export type Metafield = z.infer<typeof metafieldSchema>;

export const metafieldListSchema = z.object({ data: z.array(metafieldSchema) });
export const metafieldAnswerSchema = z.object({ data: metafieldSchema });

/** BigCommerce's error payload: `{ status, title, type, errors: { field: message } }` (v3), or a v2-style list. */
export const errorAnswerSchema = z.union([
  z.object({
    status: z.number().optional(),
    title: z.string().optional(),
    detail: z.string().optional(),
    errors: z.record(z.string(), z.unknown()).optional(),
  }),
  z.array(z.object({ status: z.number().optional(), message: z.string() })),
]);
