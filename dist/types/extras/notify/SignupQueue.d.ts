import { type NotifyTarget } from "./notifyTarget.js";
import type { SendResult, SignupRequest } from "./sendSignup.js";
export type SignupStatus = 'sending' | 'retrying' | 'done' | 'rejected';
export interface Signup extends SignupRequest {
    /** The `data-notify` value it goes to. */
    target: string;
    status: SignupStatus;
    attempts: number;
    /** Not before this time (ms): the back-off. */
    nextAt: number;
    /** Another tab is sending it until then (ms), so two tabs do not both send. */
    leaseUntil: number;
    createdAt: number;
}
export interface SignupQueueOptions {
    storage: Pick<Storage, 'getItem' | 'setItem'> | null;
    send(target: NotifyTarget, s: SignupRequest): Promise<SendResult>;
    now?: () => number;
    /** First retry after this long, doubling each time up to `maxDelayMs`. */
    baseDelayMs?: number;
    maxDelayMs?: number;
}
export declare const signupId: (target: string, productId: string, variantId: string | null, email: string) => string;
/**
 * Back-in-stock signups that must not be lost or doubled. Each is written to localStorage before
 * it is sent and stays there until the endpoint acknowledges it; failures are retried with
 * exponential back-off, also after a reload (`resume()`). The same address for the same product
 * is one signup, however often it is submitted.
 */
export declare class SignupQueue {
    private readonly options;
    private readonly inflight;
    private readonly timers;
    private readonly listeners;
    /** Rejected ones are not stored (they will never go through) but the page still shows why. */
    private readonly rejected;
    private readonly now;
    /** The same list in memory, for when storage is missing or blocked (the page life is then the limit). */
    private memory;
    constructor(options: SignupQueueOptions);
    private load;
    private save;
    private put;
    subscribe(listener: () => void): () => void;
    /** The latest signup for this product on this target, if any. */
    latest(target: string, productId: string, variantId: string | null): Signup | undefined;
    /** Records and sends a signup; a repeat of one pending or done is not sent again. */
    submit(input: Omit<SignupRequest, 'id'> & {
        target: string;
    }): Signup;
    /** Sends what an earlier page left pending (after a reload or in another tab). */
    resume(): void;
    private schedule;
    private attempt;
}
