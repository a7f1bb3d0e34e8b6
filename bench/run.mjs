#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
// Benchmarks, each reported as a ratio against a baseline run in the same process (absolute
// milliseconds vary by machine; ratios travel). `npm run bench` (builds first).
//  1. core: resolveAvailability → computeEta → describeStatus per record, vs. a naive baseline
//     that only formats one date and fills one template per record.
//  2. page: 100 cards answered by the built bundle in Chromium, vs. a hand-written page script that
//     fetches the same JSON and writes 100 labels (the least any widget can do).
//  3. size: gzipped bundles vs. a bare zod/mini + Preact bundle.
//  4. Lighthouse (bench/lighthouse.mjs): with vs. without our script on each theme page, alternating
//     (BENCH_LIGHTHOUSE=0 leaves it out; it takes a few minutes).
import * as esbuild from 'esbuild';
import { browserOptions, extrasBundle, gzippedSize, scriptBundles } from '../scripts/build.mjs';
import { runLighthouse } from './lighthouse.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function core() {
  const out = await esbuild.build({ ...browserOptions, format: 'esm', minify: false, entryPoints: ['src/index.ts'], write: false });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 20 * 864e5).toISOString().slice(0, 10);
  const records = Array.from({ length: 20_000 }, (_, i) => ({
    ...mod.emptyRecord(String(i)),
    onHand: i % 7,
    lowStockAt: 3,
    backorderable: i % 3 === 0 ? 'unlimited' : 0,
    restock: i % 2 ? { date: later, confirmed: true } : null,
  }));
  const run = () => {
    const t = performance.now();
    for (const r of records) {
      const a = mod.resolveAvailability(r, 1 + (Number(r.productId) % 4));
      const eta = mod.computeEta(a, r, {}, today);
      mod.describeStatus(a, eta, { locale: 'en-US', context: 'product', today });
    }
    return performance.now() - t;
  };
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });
  const baseline = () => {
    const t = performance.now();
    for (const r of records) {
      const text = r.onHand > 0 ? 'In stock' : `Ships by ${fmt.format(new Date(`${later}T00:00:00Z`))}`;
      if (!text) throw new Error();
    }
    return performance.now() - t;
  };
  // Warm up, so the JIT has compiled both before measuring.
  for (let i = 0; i < 3; i++) {
    run();
    baseline();
  }
  const ours = median(Array.from({ length: 7 }, run));
  const base = median(Array.from({ length: 7 }, baseline));
  return { ours, base, perRecordUs: (ours / records.length) * 1000 };
}

async function page() {
  const { chromium } = require('playwright-core');
  let executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  let args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
  if (!executablePath) {
    const sparticuz = (await import(require.resolve('@sparticuz/chromium'))).default;
    executablePath = await sparticuz.executablePath();
    args = [...sparticuz.args, ...args];
  }
  const browser = await chromium.launch({ executablePath, args });
  const bundle = readFileSync(join(root, 'dist/stock-status.js'), 'utf8');
  const ids = Array.from({ length: 100 }, (_, i) => String(5000 + i));
  const feed = JSON.stringify({
    version: 1,
    products: ids.map((id, i) => ({ id, name: `P${id}`, stock: { onHand: i % 4, lowStockAt: 2 } })),
  });
  const cards = (tag) => ids.map((id) => `<div class="card">${tag(id)}</div>`).join('');
  const widgetPage = `<!doctype html><html lang="en"><body>${cards((id) => `<stock-status product-id="${id}" context="card"></stock-status>`)}<script>window.__t0=performance.now()</script><script src="/w.js" data-platform="json" data-endpoint="/feed"></script></body></html>`;
  const basePage = `<!doctype html><html lang="en"><body>${cards((id) => `<span data-id="${id}"></span>`)}<script>window.__t0=performance.now()</script><script src="/b.js"></script></body></html>`;
  const baseScript = `fetch('/feed?ids='+[...document.querySelectorAll('[data-id]')].map(e=>e.dataset.id).join(',')).then(r=>r.json()).then(f=>{const m=new Map(f.products.map(p=>[p.id,p]));for(const e of document.querySelectorAll('[data-id]')){const p=m.get(e.dataset.id);e.textContent=p.stock.onHand>2?'In stock':p.stock.onHand>0?'Only '+p.stock.onHand+' left':'Out of stock';}window.__done=performance.now()})`;
  async function measure(html) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
      if (u.pathname === '/w.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
      if (u.pathname === '/b.js') return route.fulfill({ contentType: 'text/javascript', body: baseScript });
      if (u.pathname === '/feed') return route.fulfill({ contentType: 'application/json', body: feed });
      return route.fulfill({ status: 404, body: '' });
    });
    await p.goto('http://bench.test/');
    const ms = await p.evaluate(
      () =>
        new Promise((done) => {
          const check = () => {
            const w = [...document.querySelectorAll('stock-status')];
            if (w.length && w.every((e) => e.dataset.state && e.dataset.state !== 'loading')) return done(performance.now() - window.__t0);
            if (!w.length && window.__done) return done(window.__done - window.__t0);
            requestAnimationFrame(check);
          };
          check();
        }),
    );
    await context.close();
    return ms;
  }
  const ours = [];
  const base = [];
  for (let i = 0; i < 7; i++) {
    ours.push(await measure(widgetPage));
    base.push(await measure(basePage));
  }
  await browser.close();
  return { ours: median(ours), base: median(base) };
}

async function size() {
  // The same pipeline as what ships (esbuild, then terser), the baseline included.
  const base = await gzippedSize('test/size/baselineEntry.ts', 'baseline.js');
  const files = [];
  for (const { entry, file } of [...scriptBundles, extrasBundle]) files.push({ file, bytes: await gzippedSize(entry, file) });
  return { base, files };
}

const c = await core();
console.log(`core: ${c.perRecordUs.toFixed(2)} µs per record (resolve + eta + words); ${(c.ours / c.base).toFixed(1)}× the naive baseline`);
const s = await size();
console.log(`size, gzipped, against a bare zod/mini + Preact bundle (${s.base} B):`);
for (const f of s.files) console.log(`  ${f.file}: ${f.bytes} B = ${(f.bytes / s.base).toFixed(2)}×`);
const p = await page();
console.log(
  `page: 100 cards settled in ${p.ours.toFixed(0)} ms vs ${p.base.toFixed(0)} ms for a hand-written fetch-and-write script: ${(p.ours / p.base).toFixed(2)}×`,
);
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  console.log('lighthouse (mobile defaults, medians of with/without pairs, deltas from the same run):');
  await runLighthouse();
}
