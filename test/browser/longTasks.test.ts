import { expect, test } from 'vitest';
// @ts-expect-error -- a plain .mjs, shared with the bench so both read long tasks by one rule
import { observeOurTasks, ourLongTasks } from '../../bench/ourLongTasks.mjs';
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

/** One load's long tasks of ours (bench/ourLongTasks.mjs, which the bench reads them with too). */
type OurTasks = { tasks: { start: number; duration: number; own: number; invoker: string; firstIntl: boolean }[] };

/** One load of the page at 4× CPU slowdown: the long tasks of ours. */
async function run() {
  const p = await openPage(env.browser, 'about:blank', { viewport: { width: 1280, height: 900 }, init: observeOurTasks });
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
  const { tasks: ours } = (await p.page.evaluate(ourLongTasks, WARM_INTL_MEASURE)) as OurTasks;
  expect(p.errors).toEqual([]);
  await p.close();
  return { ours };
}

/**
 * Ours over 50 ms, start-up included (the app's script, then its config and runtime, then
 * registering the element, which upgrades the 500 cards: each its own task), except one: the task
 * that makes the page's first Intl object, one native call the browser cannot split (its locale
 * data), which we make on its own while the look-up is on the wire so no answer pays it; it must
 * be alone, once, and under 150 ms.
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
