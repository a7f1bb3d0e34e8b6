import { type TaskPriority } from "../core/nextTask.js";
type Job = () => void;
/** Runs `job` in a later slice (in order; every 'user-blocking' one before any 'user-visible' one). */
export declare function inSlices(job: Job, priority?: TaskPriority): void;
/** Runs `fn` in a 'user-blocking' task of its own once no card is waiting to wake (soon, when none is). */
export declare function afterWaking(fn: Job): void;
export {};
