export function fill(template: string, fields: Record<string, unknown>): string;
export function permalinkPage(url: URL): { redirect: string } | { html: string } | null;
