export interface TransportOptions {
    /** Give up on one attempt after this long. */
    timeoutMs?: number;
    /** Further attempts after 429/5xx/network failure. */
    retries?: number;
    /** Base of the exponential back-off. */
    backoffMs?: number;
    /** The fetch to use; tests and the demo pass their own. */
    fetch?: typeof fetch;
    /** Clock and sleep, replaceable in tests. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}
export interface Transport {
    /** GET or POST JSON; resolves with the parsed body (unknown: the caller zod-parses it). */
    json(url: string, init: RequestInit & {
        signal?: AbortSignal;
    }): Promise<unknown>;
}
/**
 * The one network path of every source: a time-out (an attempt that runs out of time ends the
 * look-up), the caller's abort signal, and back-off on 429, 5xx and network failures (honouring Retry-After). While a back-off is in force
 * for an origin, other look-ups to it wait too, so a struggling store is not hammered.
 */
export declare function createTransport(options?: TransportOptions): Transport;
