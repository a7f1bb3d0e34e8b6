/** `data-locale`, then `<html lang>`, then the browser's; a tag Intl rejects is skipped. */
export function resolveLocale(configured: string | undefined, doc: Document | undefined): string {
  for (const tag of [configured, doc?.documentElement.lang, globalThis.navigator?.language, 'en']) {
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {}
  }
  return 'en';
}
