/**
 * Runs `mount` now, then again whenever the page's markup changes, at most once per `delayMs`:
 * themes re-render in place (quick view, variant sections, cart updates, infinite lists), and
 * whatever is new must get its element. `mount` must be idempotent. The first run's failure goes
 * to the caller (boot reports it once); a later failing run is dropped, the next change tries again.
 */
export declare function mountAsItComes(doc: Document, mount: () => void, delayMs?: number): void;
