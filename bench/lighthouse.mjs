#!/usr/bin/env node
// Lighthouse on the demo's theme pages, served gzipped like a CDN, with our script and with it
// blocked, alternating, Lighthouse's mobile defaults (simulated slow 4G, 4× CPU). Each figure is a
// delta of medians from the same run. `npm run bench:lighthouse`; LH_PAIRS (default 5) and
// LH_PAGES (comma-separated substrings of the paths below) narrow it.
import { createServer, request } from 'node:http';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startDemo } from '../demo/server.mjs';

export const PAGES = [
  '/bigcommerce/product.html',
  '/bigcommerce/category.html',
  '/shopify/product.html',
  '/shopify/collection.html',
  '/woocommerce/simple.html',
  '/woocommerce/shop.html',
  '/json/product.html',
  '/json/listing.html',
];
export const GOALS = { score: -1, tbt: 20, lcp: 100, cls: 0 };
const signed = (n, digits = 0) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(digits)}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The demo behind a gzip-compressing proxy, as a CDN would serve it. */
export async function gzippedDemo() {
  const demo = await startDemo({ port: 0 });
  const target = new URL(demo.url);
  const proxy = createServer((req, res) => {
    const up = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      const chunks = [];
      answer.on('data', (c) => chunks.push(c));
      answer.on('end', () => {
        let body = Buffer.concat(chunks);
        const headers = { ...answer.headers };
        if (/text|javascript|json|svg/.test(String(headers['content-type'])) && /gzip/.test(String(req.headers['accept-encoding']))) {
          body = gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
        }
        headers['content-length'] = String(body.length);
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(body);
      });
    });
    req.pipe(up);
  });
  await new Promise((ok) => proxy.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${proxy.address().port}`,
    close: async () => {
      await new Promise((ok) => proxy.close(ok));
      await demo.close();
    },
  };
}

async function audit(port, url, blocked) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    blockedUrlPatterns: blocked ? ['*/dist/stock-status*'] : [],
  });
  const a = result.lhr.audits;
  return {
    score: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
    tbt: a['total-blocking-time'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
  };
}

/** Pairs with/without on each page; returns the medians and their deltas. */
export async function runLighthouse({ pairs = Number(process.env.LH_PAIRS ?? 5), only = process.env.LH_PAGES } = {}) {
  const pages = only ? PAGES.filter((p) => only.split(',').some((o) => p.includes(o))) : PAGES;
  const server = await gzippedDemo();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows = [];
  try {
    for (const path of pages) {
      const withUs = [];
      const without = [];
      for (let i = 0; i < pairs; i++) {
        // Alternate which goes first, so warm-up favours neither.
        if (i % 2) without.push(await audit(chrome.port, server.url + path, true));
        withUs.push(await audit(chrome.port, server.url + path, false));
        if (!(i % 2)) without.push(await audit(chrome.port, server.url + path, true));
      }
      const m = (runs, k) => median(runs.map((r) => r[k]));
      const row = { path };
      for (const k of ['score', 'tbt', 'lcp', 'cls'])
        row[k] = { with: m(withUs, k), without: m(without, k), delta: m(withUs, k) - m(without, k) };
      rows.push(row);
      const ok = {
        score: row.score.delta >= GOALS.score,
        tbt: row.tbt.delta <= GOALS.tbt,
        lcp: row.lcp.delta <= GOALS.lcp,
        cls: row.cls.with <= row.cls.without + GOALS.cls + 0.0005,
      };
      const mark = (k) => (ok[k] ? '✓' : '✗');
      row.ok = Object.values(ok).every(Boolean);
      console.log(
        `  ${path}: ${mark('score')} score ${row.score.with} vs ${row.score.without} (${signed(row.score.delta)}, goal ≥ ${GOALS.score}); ` +
          `${mark('tbt')} TBT ${signed(row.tbt.delta)} ms (goal ≤ +${GOALS.tbt}); ${mark('lcp')} LCP ${signed(row.lcp.delta)} ms (goal ≤ +${GOALS.lcp}); ` +
          `${mark('cls')} CLS ${row.cls.with.toFixed(3)} vs ${row.cls.without.toFixed(3)} (goal +${GOALS.cls.toFixed(3)})`,
      );
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return rows;
}

if (process.argv[1] === import.meta.filename) {
  const rows = await runLighthouse();
  const missed = rows.filter((r) => !r.ok);
  console.log(
    missed.length ? `lighthouse: ${missed.length} of ${rows.length} pages miss a goal` : `lighthouse: every page within its goals`,
  );
}
