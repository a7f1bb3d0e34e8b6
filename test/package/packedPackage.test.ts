/**
 * The package as npm would publish it: `npm pack`, then what a developer's project sees.
 * - attw (types under NodeNext, Node16 and Bundler; `.attw.json`: ESM-only) and publint report nothing;
 * - a fresh `"type": "module"` TypeScript + Preact project (moduleResolution NodeNext) installs the
 *   tarball, type-checks against its declarations (no `any` where types are promised), and bundles
 *   with esbuild to one Preact, in which the package's hooks components render inside the app's tree;
 * - the packed `npx stock-status` runs.
 * Needs a built dist/ (`npm run build`), as the browser tests do.
 *
 * Install: `npm install --offline` of the tarball (npm installs it and its one dependency, zod,
 * from the cache). Preact is the app's: this machine's npm cache has no Preact metadata, so it is
 * linked from the project's node_modules, as an app's own copy would be. If even the tarball cannot
 * be installed offline (no zod metadata cached), the tarball is unpacked where npm would put it and
 * zod linked the same way.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startManagementApi } from '../cli/managementApiStandIn';

const run = promisify(execFile);
/** jsdom ships no types of its own; this is the little of it used here. */
type Page = { window: Window & typeof globalThis & { eval(code: string): void; close(): void } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string, options: object) => Page };
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modules = join(root, 'node_modules');
let work: string;
let tarball: string;
let app: string;

const pkgJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

async function installTarball(): Promise<void> {
  try {
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-save', tarball], { cwd: app, timeout: 60_000 });
  } catch {
    const target = join(app, 'node_modules', 'stock-status');
    mkdirSync(target, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    symlinkSync(join(modules, 'zod'), join(app, 'node_modules', 'zod'), 'dir');
  }
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'cli.js')) || !existsSync(join(root, 'dist', 'types', 'index.d.ts'))) {
    throw new Error('dist/ is not built: run `npm run build` first');
  }
  work = mkdtempSync(join(tmpdir(), 'stock-status-pack-'));
  const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, timeout: 60_000 });
  tarball = join(work, stdout.trim().split('\n').pop()!);
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }));
  await installTarball();
  // The app's own Preact, after npm (which would prune a package it did not install).
  symlinkSync(join(modules, 'preact'), join(app, 'node_modules', 'preact'), 'dir');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('attw finds no problem under NodeNext, Node16 (ESM) or Bundler', async () => {
    const result = await run(process.execPath, [join(modules, '@arethetypeswrong/cli/dist/index.js'), tarball, '-f', 'json'], {
      cwd: root,
    }).catch((e) => e);
    const report = JSON.parse(result.stdout);
    const counted = Object.values(report.analysis.problems as Record<string, { resolutionKind?: string }[]>)
      .flat()
      .filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
    expect(counted).toEqual([]);
    expect(result.code ?? 0).toBe(0);
    expect(Object.keys(report.analysis.entrypoints)).toEqual(
      expect.arrayContaining(['.', './define', './preact', './react', './stock-status.bigcommerce.js']),
    );
  });

  it('publint (strict) has nothing to say', async () => {
    // The installed copy is exactly the tarball's files, so publint need not pack again.
    const { messages } = await publint({ pkgDir: join(app, 'node_modules/stock-status'), strict: true, pack: false });
    expect(messages).toEqual([]);
  });

  it('ships the licence, the changelog, the CLI and no sources or tests', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'package/LICENSE',
        'package/CHANGELOG.md',
        'package/README.md',
        'package/bin/stock-status.mjs',
        'package/dist/cli.js',
        'package/dist/stock-status.js',
        'package/dist/stock-status-extras.js',
        'package/dist/types/index.d.ts',
      ]),
    );
    expect(files.filter((f) => /^package\/(src|test|demo|scripts)\//.test(f))).toEqual([]);
  });

  it('leaves Preact to the app: a peer, never installed beside the package', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/stock-status/package.json'), 'utf8'));
    expect(installed.dependencies).not.toHaveProperty('preact');
    expect(installed.peerDependencies).toEqual({ preact: pkgJson.peerDependencies.preact, react: pkgJson.peerDependencies.react });
    expect(installed.peerDependenciesMeta).toEqual({ preact: { optional: true }, react: { optional: true } });
    expect(existsSync(join(app, 'node_modules/stock-status/node_modules/preact'))).toBe(false);
  });
});

describe('a fresh TypeScript + Preact app (NodeNext) using it', () => {
  const source = `
import { render } from 'preact';
import { useState } from 'preact/hooks';
import {
  configure,
  type StockState,
  type StockStatusChangeDetail,
  type StockStatusElement,
  VERSION,
} from 'stock-status';
import { define } from 'stock-status/define';
import { StockStatus, useStockStatus } from 'stock-status/preact';

type IsAny<T> = 0 extends 1 & T ? true : false;
// Each is false only when the package gives a real type.
export const typed: [IsAny<typeof configure>, IsAny<typeof define>, IsAny<typeof StockStatus>, IsAny<StockStatusChangeDetail>, IsAny<StockState>] = [false, false, false, false, false];

define();
export function neverCalled() {
  // @ts-expect-error define takes a tag name, not a number
  define(42);
}
const runtime = configure({ platform: 'jsonld', locale: 'en' });
const state: StockState = 'backorder';
// @ts-expect-error not one of the states
const wrong: StockState = 'sold-out';
const detail: Pick<StockStatusChangeDetail, 'state' | 'eta'> = { state, eta: null };

// The element is typed where a theme developer meets it: querySelector, its properties, its event.
const found = document.querySelector('stock-status');
export const elementTyped: [IsAny<typeof found>, IsAny<typeof useStockStatus>] = [false, false];
const element: StockStatusElement | null = found;
if (element) element.quantity = 2;
element?.addEventListener('stock-status:change', (e) => {
  const d: StockStatusChangeDetail = e.detail;
  document.body.dataset.lastState = d.state;
});
export function wrongTypes(el: StockStatusElement) {
  // @ts-expect-error the context property takes product, card or cart
  el.context = 'shelf';
  // @ts-expect-error and so does the attribute
  return <stock-status product-id="77" context="shelf" />;
}

function Live() {
  const { state, text } = useStockStatus({ productId: '77', quantity: 2 });
  return <p data-live={state}>{text?.label ?? ''}</p>;
}

function App() {
  const [open] = useState(true);
  return open ? (
    <>
      <stock-status product-id="77" quantity={2} context="product" />
      <Live />
      <StockStatus productId="77" />
    </>
  ) : null;
}
render(<App />, document.getElementById('app')!);
document.body.dataset.result = JSON.stringify({ version: VERSION, config: runtime.config.platform, detail, wrong });
`;

  beforeAll(() => {
    writeFileSync(join(app, 'app.tsx'), source);
    // The script-tag files' types: importing one for its effect declares window.StockStatus.
    writeFileSync(
      join(app, 'scriptTag.ts'),
      "import 'stock-status/stock-status.bigcommerce.js';\nexport const version: string | undefined = window.StockStatus?.version;\n",
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          jsxImportSource: 'preact',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['app.tsx', 'scriptTag.ts'],
      }),
    );
  });

  it('type-checks with tsc under NodeNext', async () => {
    const result = await run(process.execPath, [join(modules, 'typescript/bin/tsc'), '-p', app], { cwd: app }).catch((e) => e);
    expect(result.stdout ?? '').toBe('');
    expect(result.code ?? 0).toBe(0);
  });

  it('bundles with esbuild to exactly one Preact, and the package’s hook and component render in the app’s tree', async () => {
    const built = await esbuild.build({
      entryPoints: [join(app, 'app.tsx')],
      absWorkingDir: app,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const preactRoots = new Set(
      Object.keys(built.metafile.inputs)
        .map((p) => /^(.*node_modules\/preact)\//.exec(p)?.[1])
        .filter(Boolean),
    );
    expect([...preactRoots]).toHaveLength(1);
    expect(Object.keys(built.metafile.inputs).some((p) => p.includes('node_modules/stock-status/dist/index.js'))).toBe(true);

    const { window } = new JSDOM('<!doctype html><html lang="en"><body><div id="app"></div></body></html>', {
      runScripts: 'outside-only',
      url: 'https://shop.example.com/p/77',
    });
    // Rendering is synchronous: a second Preact would throw here (reading '__H'), in the hooks of
    // the package's <StockStatus> and useStockStatus.
    window.eval(built.outputFiles[0]!.text);
    const doc = window.document;
    // One Preact: the hooks inside the package's component work in the app's render.
    expect(doc.querySelector('#app [data-state]')).not.toBeNull();
    expect(window.customElements.get('stock-status')).toBeDefined();
    // The Preact hook ran in the app's tree (one Preact) and the element rendered from the app's TSX.
    expect(doc.querySelector('p[data-live]')).not.toBeNull();
    expect(doc.querySelector('stock-status[product-id="77"][quantity="2"]')).not.toBeNull();
    expect(JSON.parse(doc.body.dataset.result!)).toMatchObject({ version: pkgJson.version, config: 'jsonld' });
    window.close();
  });

  it('runs the packed `stock-status` command against the Management API stand-in', async () => {
    const api = await startManagementApi();
    try {
      const bin = join(app, 'node_modules/stock-status/bin/stock-status.mjs');
      const { stdout } = await run(
        process.execPath,
        [bin, 'bigcommerce', 'install', '--store-hash', api.storeHash, '--api-base', api.base],
        {
          env: { ...process.env, BIGCOMMERCE_ACCESS_TOKEN: api.accessToken },
        },
      );
      expect(stdout).toMatch(/Created the script "stock-status"/);
      const main = [...api.scripts.values()].find((s) => s.name === 'stock-status');
      expect(main).toMatchObject({
        kind: 'src',
        load_method: 'defer',
        src: `https://cdn.jsdelivr.net/npm/stock-status@${pkgJson.version}/dist/stock-status.bigcommerce.js`,
      });
      const bad = await run(
        process.execPath,
        [bin, 'bigcommerce', 'install', '--store-hash', 'x', '--location', 'footer-ish', '--access-token', 'tok-secret-1'],
        {},
      ).catch((e) => e);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--location must be head or body/);
      expect(bad.stderr).not.toContain('tok-secret-1');
    } finally {
      await api.close();
    }
  });
});
