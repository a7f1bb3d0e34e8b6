export const TOKENS: { full: string; noInventory: string };
export function executeShopify(body: unknown, token: string | undefined): Promise<{ status: number; body: unknown }>;
export function handle(req: unknown, res: unknown, url: URL, body: string): Promise<boolean>;
