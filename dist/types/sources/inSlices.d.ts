type Job = () => void;
/** Runs `job` in a later slice (in order). */
export declare function inSlices(job: Job): void;
/** Runs `fn` once every job queued so far has run: now when nothing is queued. */
export declare function afterSlices(fn: Job): void;
export {};
