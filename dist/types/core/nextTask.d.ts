/**
 * Runs `fn` in a task of its own, soon. Where the browser has `scheduler.postTask` it is used: it
 * yields to input and rendering like setTimeout, without the 4 ms clamp that setTimeout takes on
 * after a few nested rounds, and with a priority (a look-up to send outranks drawing). Pure timers.
 */
export type TaskPriority = 'user-blocking' | 'user-visible';
export declare function nextTask(fn: () => void, priority?: TaskPriority): void;
