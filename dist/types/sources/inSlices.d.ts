type Job = () => void;
/** Runs `job` in a later slice (in order). */
export declare function inSlices(job: Job): void;
export {};
