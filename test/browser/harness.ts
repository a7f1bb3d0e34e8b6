import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * Real Chromium for the browser suites: $CHROME_PATH, Debian's /usr/bin/chromium, or the one
 * shipped inside @sparticuz/chromium (so `npm ci && npm test` works on a machine with nothing else).
 */
export async function launchBrowser(): Promise<Browser> {
  let executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  let args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
  if (!executablePath) {
    const require = createRequire(import.meta.url);
    const sparticuz = (await import(require.resolve('@sparticuz/chromium'))).default;
    executablePath = await sparticuz.executablePath();
    args = [...sparticuz.args, ...args];
  }
  return chromium.launch({ executablePath, args, headless: true });
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const { startDemo } = await import('../../demo/server.mjs');
  return startDemo({ port: 0 });
}

/**
 * One Chromium and one demo server for a test file, started before its tests and closed after:
 * `const env = startBrowserAndDemo();` then `env.browser`, `env.demo.url`.
 */
export function startBrowserAndDemo(): { readonly browser: Browser; readonly demo: DemoServer } {
  const env = {} as { browser: Browser; demo: DemoServer };
  beforeAll(async () => {
    [env.browser, env.demo] = await Promise.all([launchBrowser(), startDemoServer()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.demo?.close();
  });
  return env;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console lines and page errors seen so far. */
  console: { type: string; text: string }[];
  errors: string[];
  /** Requests the page sent, as "METHOD path?query". */
  requests: string[];
  /** GraphQL operations the page sent (to any `…graphql…` URL), by operation name, in order. */
  graphql: string[];
  close(): Promise<void>;
}

/** A fresh context per page: own time zone, locale, storage. */
export async function openPage(
  browser: Browser,
  url: string,
  options: {
    timezoneId?: string;
    locale?: string;
    viewport?: { width: number; height: number };
    init?: () => void;
    /** Extra responses on the page's origin: [url, body, content type]. */
    routes?: [string, string, string][];
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    timezoneId: options.timezoneId ?? 'America/New_York',
    locale: options.locale ?? 'en-US',
    viewport: options.viewport,
  });
  const page = await context.newPage();
  const out: OpenedPage = { page, context, console: [], errors: [], requests: [], graphql: [], close: () => context.close() };
  page.on('console', (m) => {
    const where = m.location()?.url;
    out.console.push({
      type: m.type(),
      text: m.text().startsWith('Failed to load resource') && where ? `${m.text()} (${where})` : m.text(),
    });
  });
  page.on('pageerror', (e) => out.errors.push(String(e.message)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    out.requests.push(`${r.method()} ${u.pathname}${u.search}`);
    if (u.pathname.includes('graphql')) out.graphql.push(/(?:query|mutation) (\w+)/.exec(r.postData() ?? '')?.[1] ?? '?');
  });
  // Every stock-status:change event, in order, as window.__events.
  await page.addInitScript(() => {
    const w = window as unknown as { __events: unknown[] };
    w.__events = [];
    document.addEventListener('stock-status:change', (e) => w.__events.push((e as CustomEvent).detail), true);
  });
  if (options.init) await page.addInitScript(options.init);
  for (const [url, body, contentType] of options.routes ?? []) await page.route(url, (route) => route.fulfill({ contentType, body }));
  await page.goto(url);
  return out;
}

/** Waits until every `<stock-status>` (or the one matched) has left `loading`. */
export async function settled(page: Page, selector = 'stock-status', timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const els = Array.from(document.querySelectorAll(sel));
      return els.length > 0 && els.every((e) => e.getAttribute('data-state') && e.getAttribute('data-state') !== 'loading');
    },
    selector,
    { timeout },
  );
}

/** `data-state` and shadow text of each element matched. */
export async function statuses(page: Page, selector = 'stock-status'): Promise<{ state: string | null; text: string }[]> {
  return page.$$eval(selector, (els) =>
    els.map((e) => {
      // Text nodes joined with spaces (as a reader hears them), stylesheets left out.
      const parts: string[] = [];
      const walk = (n: Node) => {
        if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return;
        if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
        n.childNodes.forEach(walk);
      };
      if (e.shadowRoot) walk(e.shadowRoot);
      return { state: e.getAttribute('data-state'), text: parts.join(' ').replace(/\s+/g, ' ').trim() };
    }),
  );
}

/** The widget's own console lines (`[stock-status] …`), in order. */
export const widgetLines = (p: OpenedPage) => p.console.filter((m) => m.text.startsWith('[stock-status]'));

/** The GraphQL operations the page sent, optionally only those named `name`. */
export const graphqlSent = (p: OpenedPage, name?: string) => p.graphql.filter((op) => !name || op === name);

/** Every `stock-status:change` detail so far, in order (recorded by openPage). */
export const eventsOf = (p: OpenedPage) => p.page.evaluate(() => (window as unknown as { __events: Record<string, unknown>[] }).__events);

/** `data-state` of the first element matched. */
export const stateOf = (p: OpenedPage, selector: string) => p.page.$eval(selector, (e) => e.getAttribute('data-state'));

/** Until the first element matched says `state`. */
export const waitState = (p: OpenedPage, selector: string, state: string, timeout = 10_000) =>
  p.page.waitForFunction(([sel, want]) => document.querySelector(sel!)?.getAttribute('data-state') === want, [selector, state] as const, {
    timeout,
  });

/** The shadow text of the first element matched, white space collapsed. */
export const shadowText = (p: OpenedPage, selector: string) =>
  p.page.$eval(selector, (e) => (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

/** The calendar date `n` days from now: in UTC, or in `timeZone` (where a page's "today" is judged). */
export const day = (n: number, timeZone?: string) =>
  timeZone
    ? new Date(Date.now() + n * 864e5).toLocaleDateString('en-CA', { timeZone })
    : new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
