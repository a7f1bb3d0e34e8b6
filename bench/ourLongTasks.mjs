// How the bench (bench/run.mjs) and test/browser/longTasks.test.ts read our long tasks: one rule
// for both. Both functions run in the page (an init script, a page.evaluate), so each stands alone.

/** Init script: records every long task, and each Long Animation Frames script of our files. */
export function observeOurTasks() {
  const w = /** @type {any} */ (window);
  w.__long = [];
  w.__ours = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      for (const s of /** @type {any} */ (frame).scripts)
        if (/\/dist\/stock-status[^/]*\.js/.test(s.sourceURL))
          w.__ours.push({ start: s.startTime, duration: s.duration, invoker: s.invoker });
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/**
 * In the page: each long task with a script of ours in it, how much of it is ours (`own`: all of
 * it, but for the script-tag file, the 1 KB loader, which a browser may run at the end of the
 * page's own parsing task, where only the loader's script time is ours), and whether it made the
 * page's first Intl object (`firstIntl`: the User Timing measure `warmName`, src/core/formatDate.ts).
 * Under 50 ms a task is no long task: `longestScript`, our longest script entry that is not the
 * first Intl object's, stands for it.
 * @param {string} warmName
 * @returns {{ tasks: { start: number, duration: number, own: number, invoker: string, firstIntl: boolean }[], longestScript: number }}
 */
export function ourLongTasks(warmName) {
  const w = /** @type {any} */ (window);
  /** @type {{ start: number, duration: number, invoker: string }[]} */
  const ours = w.__ours;
  const warm = performance.getEntriesByName(warmName, 'measure');
  const tasks = /** @type {{ start: number, duration: number }[]} */ (w.__long)
    .map((t) => {
      const scripts = ours.filter((s) => s.start < t.start + t.duration && s.start + s.duration > t.start);
      return {
        ...t,
        own: scripts.every((s) => /\/dist\/stock-status(\.[a-z]+)?\.js$/.test(s.invoker))
          ? scripts.reduce((sum, s) => sum + s.duration, 0)
          : t.duration,
        invoker: scripts[0]?.invoker ?? '?',
        firstIntl: warm.some((m) => m.startTime >= t.start && m.startTime + m.duration <= t.start + t.duration + 1),
      };
    })
    .filter((t) => t.own > 0);
  const notIntl = (/** @type {{ start: number, duration: number }} */ s) =>
    !warm.some((m) => m.startTime >= s.start && m.startTime <= s.start + s.duration);
  const longestScript = Math.max(0, ...ours.filter(notIntl).map((s) => s.duration));
  return { tasks, longestScript };
}
