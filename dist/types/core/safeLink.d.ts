/**
 * The one policy for a link or picture address that came from outside (an API answer, JSON-LD, a
 * feed): it is used only if it is an `https:` URL, a same-site path (`/…`, never `//host` or
 * `/\host`, which browsers read as another site), or an `http:` URL while the page itself is on
 * `http:` (a store without TLS; never a downgrade). No white space, no backslash, at most 2048
 * characters. Anything else (`javascript:`, `data:`, junk) is dropped: no link, no picture.
 */
export declare function safeLink(value: string | null | undefined, pageProtocol?: string): string | undefined;
