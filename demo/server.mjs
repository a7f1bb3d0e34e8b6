#!/usr/bin/env node
// The demo storefront: static pages from demo/pages, the built bundles from dist/, mock
// storefront APIs from demo/mocks (no outside service), and each platform's product addresses
// (demo/permalinks.mjs). `npm start` builds, then prints the URL to open.
// PORT (default 8080) sets the port: `PORT=3000 npm start`; `PORT=0` takes any free one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { permalinkPage } from './permalinks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Each mock exports `handle(req, res, url, body) → boolean` (true when it answered). */
async function loadMocks() {
  const dir = join(here, 'mocks');
  const mocks = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.mjs'))
    .sort()) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    if (typeof mod.handle === 'function') mocks.push(mod); // data modules (catalogues) sit beside the mocks
  }
  return mocks;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > 1_000_000) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `{{day:N}}` in a page → the date N days from today, so demo dates never go stale. */
const day = (n) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
const withDays = (html) => html.replace(/\{\{day:(-?\d+)\}\}/g, (_, n) => day(Number(n)));

function serveFile(res, file, headers = {}) {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  let body = readFileSync(file);
  if (file.endsWith('.html')) body = withDays(body.toString('utf8'));
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
  res.end(body);
  return true;
}

/**
 * The developer examples (demo/pages/developers/*-app.tsx), bundled on request with esbuild from
 * the package's built entries (`stock-status`, `stock-status/preact`, `stock-status/react` → dist/).
 */
async function serveApp(res, file) {
  if (!existsSync(file)) return false;
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: root,
    logLevel: 'silent',
  });
  res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
  res.end(out.outputFiles[0].text);
  return true;
}

/** Starts the demo on `port` (0: any free port); resolves with the server and its base URL. */
export async function startDemo({ port = Number(process.env.PORT ?? 8080), host = '127.0.0.1' } = {}) {
  const mocks = await loadMocks();
  const server = createHttpServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const body = req.method === 'POST' || req.method === 'PUT' ? await readBody(req) : '';
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      for (const mock of mocks) if (await mock.handle(req, res, url, body)) return;
      const permalink = req.method === 'GET' ? permalinkPage(url) : null;
      if (permalink?.redirect) {
        res.writeHead(302, { location: permalink.redirect, 'cache-control': 'no-store' });
        res.end();
        return;
      }
      if (permalink) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(withDays(permalink.html));
        return;
      }
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      // A strict Content-Security-Policy on /csp/ pages proves the widget needs no inline code.
      const headers = path.startsWith('/csp/')
        ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" }
        : {};
      if (path.startsWith('/dist/') && serveFile(res, join(root, path))) return;
      if (/^\/developers\/[\w-]+-app\.js$/.test(path) && (await serveApp(res, join(here, 'pages', path.replace(/\.js$/, '.tsx'))))) return;
      const page = join(here, 'pages', path.replace(/^\/csp\//, '/'));
      if (serveFile(res, page.endsWith('/') ? join(page, 'index.html') : page, headers)) return;
      if (serveFile(res, `${page}.html`, headers)) return;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return { server, url: `http://${host}:${address.port}`, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('stock-status: starting the demo storefront ...');
  const { url } = await startDemo();
  console.log(`stock-status demo storefront: ${url}/  (PORT sets the port; Ctrl+C stops it)`);
}
