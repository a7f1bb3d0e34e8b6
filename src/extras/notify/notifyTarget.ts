/** `data-notify` → where a signup goes: Klaviyo's client API, or the merchant's own JSON endpoint. */
export type NotifyTarget = { kind: 'klaviyo'; publicKey: string } | { kind: 'url'; url: string };

export function notifyTarget(value: string | undefined): NotifyTarget | null {
  if (!value) return null;
  const klaviyo = /^klaviyo:([A-Za-z0-9]{4,12})$/.exec(value);
  if (klaviyo) return { kind: 'klaviyo', publicKey: klaviyo[1]! };
  try {
    const url = new URL(value, globalThis.location?.href ?? 'http://localhost/');
    // Same rule as the config: https, a same-origin path, or a local development server.
    if (url.protocol === 'https:' || value.startsWith('/') || /^(localhost|127\.0\.0\.1)$/.test(url.hostname))
      return { kind: 'url', url: url.href };
  } catch {}
  return null;
}
