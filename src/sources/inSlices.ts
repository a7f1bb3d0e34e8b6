/**
 * Work on many elements split into slices of a few milliseconds, each its own task, so no task of
 * ours keeps the page from answering a tap (no long task on a 500-card listing, 4× CPU slowdown).
 * Asks that come in during the slices are gathered until they end (`afterSlices`), so slicing
 * costs no extra request. Pure timers: no DOM.
 */
const SLICE_MS = 8;
/** Most jobs a slice: what they start in microtasks (a look-up each) runs after the clock is read. */
const SLICE_JOBS = 16;

type Job = () => void;
const jobs: Job[] = [];
const waiting: Job[] = [];
let running = false;

const later: (fn: Job) => void = (fn) => {
  // postTask yields to input and rendering without setTimeout's 4 ms clamp after a few rounds.
  const s = (globalThis as { scheduler?: { postTask?: (fn: Job) => Promise<unknown> } }).scheduler;
  if (s?.postTask) void s.postTask(fn);
  else setTimeout(fn, 0);
};

function slice() {
  const end = performance.now() + SLICE_MS;
  for (let n = 0; jobs.length && n < SLICE_JOBS && performance.now() < end; n++) {
    try {
      jobs.shift()!();
    } catch {}
  }
  if (jobs.length) return later(slice);
  // In a task of their own: the last slice's jobs still ask in its microtasks.
  setTimeout(() => {
    running = jobs.length > 0;
    if (running) return later(slice);
    for (const fn of waiting.splice(0)) fn();
  }, 0);
}

/** Runs `job` in a later slice (in order). */
export function inSlices(job: Job): void {
  jobs.push(job);
  if (running) return;
  running = true;
  later(slice);
}

/** Runs `fn` once every job queued so far has run: now when nothing is queued. */
export function afterSlices(fn: Job): void {
  if (running) waiting.push(fn);
  else fn();
}
