/** A link or image address from a feed → an absolute http(s) URL, or null (never `javascript:`, `data:` or junk). */
export function safeUrl(value: string | undefined, base = globalThis.document?.baseURI ?? 'http://localhost/'): string | null {
  if (!value || value.length > 2048) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
