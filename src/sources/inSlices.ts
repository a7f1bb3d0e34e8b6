import { nextTask, type TaskPriority } from '../core/nextTask';

/**
 * Work on many elements split into slices of a few milliseconds, each its own task, so no task of
 * ours keeps the page from answering a tap (no long task on a 500-card listing, 4× CPU slowdown).
 * Two queues: waking cards (each asks for its stock) at 'user-blocking', drawing them at
 * 'user-visible', so every card has asked before any is drawn; the store sends one batch for all
 * of them once the waking is done (`afterWaking`), so slicing costs no request. Pure timers: no DOM.
 */
const SLICE_MS = 8;
/**
 * Most jobs a slice, so a slow job (and the microtasks it queues, which run after the slice and
 * its clock) cannot run many past it: a card's waking is light (an ask), its drawing is not.
 */
const SLICE_JOBS: Record<TaskPriority, number> = { 'user-blocking': 48, 'user-visible': 16 };

type Job = () => void;
const queues: Record<TaskPriority, Job[]> = { 'user-blocking': [], 'user-visible': [] };
/** Waiting for the waking queue to be empty. */
const woken: Job[] = [];

function slice(priority: TaskPriority) {
  const jobs = queues[priority];
  const end = performance.now() + SLICE_MS;
  for (let n = 0; jobs.length && n < SLICE_JOBS[priority] && performance.now() < end; n++) {
    try {
      jobs.shift()!();
    } catch {}
  }
  if (jobs.length) nextTask(() => slice(priority), priority);
  else if (priority === 'user-blocking') for (const fn of woken.splice(0)) nextTask(fn, priority);
}

/** Runs `job` in a later slice (in order; every 'user-blocking' one before any 'user-visible' one). */
export function inSlices(job: Job, priority: TaskPriority = 'user-visible'): void {
  // A queue that was empty has no slice coming.
  if (queues[priority].push(job) === 1) nextTask(() => slice(priority), priority);
}

/** Runs `fn` in a 'user-blocking' task of its own once no card is waiting to wake (soon, when none is). */
export function afterWaking(fn: Job): void {
  if (queues['user-blocking'].length) woken.push(fn);
  else nextTask(fn, 'user-blocking');
}
