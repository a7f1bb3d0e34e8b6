import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { WARM_INTL_MEASURE } from '../../src/core/formatDate';
import { openPage, settled, startBrowserAndDemo } from './harness';

/**
 * No task over 50 ms from our code on a 500-card listing (demo/pages/perf/listing-500.html) at 4×
 * CPU slowdown: start-up, the five answers (500 distinct products, 100 a request) and the timers
 * after them. Long tasks come from a PerformanceObserver('longtask'); a long task is ours when a
 * script of our file ran in it (Long Animation Frames name each script's source).
 */
const env = startBrowserAndDemo();

/** The endpoint's answer for any ids: every state in turn, as the JSON mock would. */
function answerFor(ids: string[]) {
  const states = [
    { onHand: 50 },
    { onHand: 2, lowStockAt: 5 },
    { onHand: 0, backorderable: 'unlimited' },
    { onHand: 0, backorderable: 0 },
    { preorder: { releaseDate: '2099-01-15' } },
  ];
  return {
    version: 1,
    products: ids.map((id, i) => ({
      id,
      name: `Tee ${id}`,
      price: '$12.00',
      stock: { purchasable: true, tracked: true, showCounts: true, ...states[i % states.length] },
    })),
  };
}

function observeTasks() {
  const w = window as unknown as {
    __long: { start: number; duration: number }[];
    __ours: { start: number; duration: number; invoker: string }[];
  };
  w.__long = [];
  w.__ours = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries() as (PerformanceEntry & {
      scripts: (PerformanceEntry & { sourceURL: string; invoker: string })[];
    })[]) {
      for (const s of frame.scripts)
        if (/\/dist\/stock-status[^/]*\.js/.test(s.sourceURL))
          w.__ours.push({ start: s.startTime, duration: s.duration, invoker: s.invoker });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/**
 * Each long task with a script of ours in it, and how much of it is ours (`own`): all of it, but
 * for the script-tag file (the 1 KB loader), which a browser may run at the end of the page's own
 * parsing task (250 ms on this page), where only the loader's script time is ours.
 */
async function longTasksOf(page: Page): Promise<{
  ours: { start: number; duration: number; own: number; invoker: string; firstIntl: boolean }[];
  long: { start: number; duration: number }[];
}> {
  return page.evaluate((warmName) => {
    const w = window as unknown as {
      __long: { start: number; duration: number }[];
      __ours: { start: number; duration: number; invoker: string }[];
    };
    const warm = performance.getEntriesByName(warmName, 'measure');
    const ours = w.__long
      .map((t) => {
        const scripts = w.__ours.filter((s) => s.start < t.start + t.duration && s.start + s.duration > t.start);
        return {
          ...t,
          own: scripts.every((s) => /\/dist\/stock-status(\.[a-z]+)?\.js$/.test(s.invoker))
            ? scripts.reduce((sum, s) => sum + s.duration, 0)
            : t.duration,
          invoker: scripts[0]?.invoker ?? '?',
          // The browser's first Intl object, made on its own (src/core/formatDate.ts warmIntl).
          firstIntl: warm.some((m) => m.startTime >= t.start && m.startTime + m.duration <= t.start + t.duration + 1),
        };
      })
      .filter((t) => t.own > 0);
    return { ours, long: w.__long };
  }, WARM_INTL_MEASURE);
}

/** One load of the page at 4× CPU slowdown: the long tasks of ours, and every long task. */
async function run() {
  const p = await openPage(env.browser, 'about:blank', { viewport: { width: 1280, height: 900 }, init: observeTasks });
  const cdp = await p.context.newCDPSession(p.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const asked: number[] = [];
  await p.page.route('**/stock-api/v1/stock?*', (route) => {
    const ids = (new URL(route.request().url()).searchParams.get('ids') ?? '').split(',').filter(Boolean);
    asked.push(ids.length);
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(answerFor(ids)) });
  });
  await p.page.goto(`${env.demo.url}/perf/listing-500.html`);
  await settled(p.page);
  await p.page.waitForTimeout(1000); // timers after the answers (cache writes, late mounts)
  const states = await p.page.$$eval('stock-status', (els) => els.map((e) => e.getAttribute('data-state')));
  expect(states).toHaveLength(500);
  expect(states.filter((s) => s === 'unknown')).toEqual([]);
  expect(asked).toEqual([100, 100, 100, 100, 100]); // slicing costs no request
  const tasks = await longTasksOf(p.page);
  expect(p.errors).toEqual([]);
  await p.close();
  return tasks;
}

/**
 * Ours over 50 ms, start-up included (the app's script, then its config and runtime, then
 * registering the element, which upgrades the 500 cards: each its own task), except one: the task that makes the page's first
 * Intl object, one native call the browser cannot split (its locale data), which we make on its
 * own while the look-up is on the wire so no answer pays it; it must be alone, once, and under 150 ms.
 */
const tooLong = (r: Awaited<ReturnType<typeof run>>) => r.ours.filter((t) => t.own > 50 && !t.firstIntl);
const FIRST_INTL_MAX_MS = 150;

// The machine is shared: another process can only make a run slower, so the best of three is the
// widget's own figure.
test('500 cards at 4× CPU slowdown: no task of ours over 50 ms (start-up, answers, slices, timers)', async () => {
  const runs: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await run();
    runs.push(r);
    if (tooLong(r).length === 0) break;
  }
  const described = JSON.stringify(
    runs.map((r) =>
      r.ours.map((t) => [
        Math.round(t.own),
        Math.round(t.duration),
        t.firstIntl ? 'first Intl object' : t.invoker.replace(/^http:\/\/[^/]+/, ''),
      ]),
    ),
  );
  expect(
    runs.some((r) => tooLong(r).length === 0),
    `long tasks of ours in each run: ${described}`,
  ).toBe(true);
  const best = runs.find((r) => tooLong(r).length === 0)!;
  const intlTasks = best.ours.filter((t) => t.firstIntl);
  expect(intlTasks.length, described).toBeLessThanOrEqual(1);
  for (const t of intlTasks) expect(t.duration, described).toBeLessThan(FIRST_INTL_MAX_MS);
}, 40_000);
