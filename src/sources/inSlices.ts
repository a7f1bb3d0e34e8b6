import { nextTask } from '../core/nextTask';

/**
 * Work on many elements split into slices of a few milliseconds, each its own task, so no task of
 * ours keeps the page from answering a tap (no long task on a 500-card listing, 4× CPU slowdown).
 * Only drawing is sliced: elements ask for their stock before, so slicing costs no request and
 * holds no look-up back. Pure timers: no DOM.
 */
const SLICE_MS = 8;
/** Most jobs a slice, so a slow job cannot run many past the clock. */
const SLICE_JOBS = 16;

type Job = () => void;
const jobs: Job[] = [];
let running = false;

function slice() {
  const end = performance.now() + SLICE_MS;
  for (let n = 0; jobs.length && n < SLICE_JOBS && performance.now() < end; n++) {
    try {
      jobs.shift()!();
    } catch {}
  }
  if (jobs.length) return nextTask(slice);
  running = false;
}

/** Runs `job` in a later slice (in order). */
export function inSlices(job: Job): void {
  jobs.push(job);
  if (running) return;
  running = true;
  nextTask(slice);
}
