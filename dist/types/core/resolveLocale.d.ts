/** `data-locale`, then `<html lang>`, then the browser's; a tag Intl rejects is skipped. */
export declare function resolveLocale(configured: string | undefined, doc: Document | undefined): string;
