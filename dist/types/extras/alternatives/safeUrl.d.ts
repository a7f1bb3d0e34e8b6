/** A link or image address from a feed → an absolute http(s) URL, or null (never `javascript:`, `data:` or junk). */
export declare function safeUrl(value: string | undefined, base?: string): string | null;
