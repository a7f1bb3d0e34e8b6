#!/usr/bin/env node
// Builds dist/: the script-tag IIFEs, the ES module and its Preact and React bindings, the define entry and the type declarations.
// `node scripts/build.mjs [outdir]` — the dist check builds into a temporary folder and compares.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { emitTypes } from './emitTypes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Shared settings; exported so the bundle-size test builds exactly what ships. */
export const browserOptions = {
  bundle: true,
  minify: true,
  format: 'iife',
  // Custom elements, shadow roots and constructable stylesheets already ask for a 2021+ browser.
  target: ['es2022'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { __VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

/**
 * The script-tag files: the universal one the contract names, then one per platform (the platform
 * plus the page's JSON-LD as fallback) for merchants who want fewer bytes. Each ships as two files:
 * `file`, the small loader a script tag names (src/builds/loader.ts), and `app`, the widget itself,
 * which the loader fetches from beside itself and runs after the page's first paint.
 */
/** The names of a platform's app file and of a language's locale file: `%` is the platform or language (the loader fills it in). */
const PLATFORM_APP = 'stock-status.%.app.js';
const LOCALE_FILE = 'stock-status-locale-%.js';

export const scriptBundles = [
  { entry: 'src/boot.ts', file: 'stock-status.js', app: 'stock-status.app.js' },
  ...['bigcommerce', 'shopify', 'woocommerce', 'json', 'jsonld'].map((p) => ({
    entry: `src/builds/${p}.ts`,
    file: `stock-status.${p}.js`,
    platform: p,
    app: PLATFORM_APP.replace('%', p),
  })),
];

/**
 * The languages beyond English, one file each in src/core/locales/, and the locale file a
 * script-tag page fetches for its own (the loader knows their names; see src/loader/loadApp.ts).
 */
export const localeBundles = readdirSync(join(root, 'src/core/locales'))
  .flatMap((f) => /^([a-z]{2,3})\.ts$/.exec(f)?.[1] ?? [])
  .map((language) => ({
    language,
    file: LOCALE_FILE.replace('%', language),
    stdin: `import { ${language} } from './src/core/locales/${language}';\nimport { shareWords } from './src/core/locales/sharedWords';\nshareWords('${language}', ${language});\n`,
  }));

/** The loader's entry; each script-tag file is it, built with the name of its app. */
export const loaderEntry = 'src/builds/loader.ts';
/**
 * esbuild `define` for one loader: the app it fetches, by platform where it has a choice ('' the
 * default), and the locale files. stock-status.js fetches the platform's own app (what the
 * platform file would), the every-platform app only when the platform is unknown to it.
 */
export const loaderDefine = (app) => ({
  __APP__: JSON.stringify(app),
  __PLATFORM_APPS__: JSON.stringify(app === 'stock-status.app.js' ? scriptBundles.flatMap((b) => b.platform ?? []) : []),
  __PLATFORM_APP__: JSON.stringify(PLATFORM_APP),
  __LOCALES__: JSON.stringify(localeBundles.map((l) => l.language)),
  __LOCALE_FILE__: JSON.stringify(LOCALE_FILE),
});

/**
 * What an app file is built with in place of a module of the ES module: its words are English and
 * the page's locale file's, not every language (src/core/locales/pageCatalogs.ts).
 */
export const appSwaps = {
  name: 'app-swaps',
  setup(build) {
    build.onResolve({ filter: /\/knownCatalogs$/ }, () => ({ path: join(root, 'src/core/locales/pageCatalogs.ts') }));
  },
};

/** The extras (signup, alternatives), fetched by any script-tag file from beside it when a product page needs them. */
export const extrasBundle = { entry: 'src/extras/extrasEntry.ts', file: 'stock-status-extras.js' };

/** The ES-module entries (package.json `exports`): the library, and the Preact and React bindings. */
export const esModuleEntries = [
  { entry: 'src/index.ts', file: 'index.js' },
  { entry: 'src/bindings/preact.ts', file: 'preact.js' },
  { entry: 'src/bindings/react.ts', file: 'react.js' },
];

/**
/**
 * Where the built script files are copied so each installer carries them (each main file fetches the
 * extras from its own folder): the Shopify theme app extension's assets/ (deployed with Shopify CLI)
 * and the WordPress plugin's assets/ (the folder a merchant zips). Committed like dist/, and
 * compared by check-dist. Neither serves source maps (the plugin zip stays small; Shopify serves none
 * from an extension), so the copies leave out the link to one.
 */
export const installerCopies = [
  {
    dir: join(root, 'shopify-extension/assets'),
    files: ['stock-status.shopify.js', 'stock-status.shopify.app.js', ...localeBundles.map((l) => l.file), extrasBundle.file],
  },
  {
    dir: join(root, 'wordpress-plugin/stock-status/assets'),
    files: ['stock-status.woocommerce.js', 'stock-status.woocommerce.app.js', ...localeBundles.map((l) => l.file), extrasBundle.file],
  },
];
/** A built file as an installer carries it. */
export const withoutMapLink = (code) => code.replace(/\n\/\/# sourceMappingURL=\S+\n$/, '\n');

/**
 * One browser script as it ships: esbuild bundles and minifies, then terser squeezes what esbuild
 * leaves (about 3 % gzipped), carrying the source map through. Shared with the bundle-size test.
 * @param {string} entry
 * @param {string} file the output name, for the source map link
 * @param {{ define?: Record<string, string>, app?: boolean, stdin?: string }} [options] a loader's
 *   constants; `app` for an app file (built with appSwaps); `stdin`, source in place of `entry`
 * @returns {Promise<{ code: string, map: string }>}
 */
export async function bundleScript(entry, file, { define = {}, app = false, stdin } = {}) {
  const result = await esbuild.build({
    ...browserOptions,
    define: { ...browserOptions.define, ...define },
    plugins: app ? [appSwaps] : [],
    ...(stdin ? { stdin: { contents: stdin, resolveDir: root, sourcefile: entry, loader: 'ts' } } : { entryPoints: [entry] }),
    outfile: join(root, 'dist', file),
    sourcemap: 'external',
    write: false,
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  const min = await minify(js.text, {
    ecma: 2020,
    compress: { passes: 3 },
    mangle: true,
    // ASCII only: a file served without a charset, on a page without one, still reads 売り切れ, not mojibake.
    format: { comments: false, ascii_only: true },
    sourceMap: { content: map.text, url: `${file}.map`, includeSources: true },
  });
  return { code: `${min.code}\n`, map: /** @type {string} */ (min.map) };
}

/**
 * Gzipped bytes (level 9) of one browser script as it ships: the size test and the bench measure this.
 * @param {string} entry
 * @param {string} file
 * @param {Parameters<typeof bundleScript>[2]} [options]
 */
export async function gzippedSize(entry, file, options) {
  return gzipSync((await bundleScript(entry, file, options)).code, { level: 9 }).length;
}

/**
 * What a shopper's browser fetches of ours before the first state on a product page in English,
 * gzipped: each script-tag file (the loader) and the app it fetches (stock-status.js: the largest
 * platform app, since it fetches the page's platform's). The size test holds these; the bench prints them.
 */
export async function beforeFirstState() {
  const apps = new Map();
  for (const { entry, app } of scriptBundles) apps.set(app, await gzippedSize(entry, app, { app: true }));
  const rows = [];
  for (const { file, app, platform } of scriptBundles) {
    const loader = await gzippedSize(loaderEntry, file, { define: loaderDefine(app) });
    const [fetched, appBytes] = platform
      ? [app, apps.get(app)]
      : scriptBundles
          .filter((b) => b.platform)
          .map((b) => [b.app, apps.get(b.app)])
          .sort((a, b) => b[1] - a[1])[0];
    rows.push({ file, loader, app: fetched, appBytes, total: loader + appBytes });
  }
  return { rows, everyPlatformApp: apps.get('stock-status.app.js') };
}

/** Every browser file as the build writes it: each loader and its app, the locale files, the extras. */
export const browserFiles = () => [
  ...scriptBundles.flatMap(({ entry, file, app }) => [
    { entry: loaderEntry, file, options: { define: loaderDefine(app) } },
    { entry, file: app, options: { app: true } },
  ]),
  ...localeBundles.map(({ language, file, stdin }) => ({ entry: `src/core/locales/${language}.locale.ts`, file, options: { stdin } })),
  extrasBundle,
];

async function build() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const sourceRoot = '../';
  for (const { entry, file, options } of browserFiles()) {
    const { code, map } = await bundleScript(entry, file, options);
    writeFileSync(join(out, file), code);
    writeFileSync(join(out, `${file}.map`), map);
  }
  // The ES module and its bindings in one build with shared chunks: `stock-status/preact` and
  // `stock-status/react` must see the runtime `configure()` from `stock-status` made (one module state).
  await esbuild.build({
    ...browserOptions,
    minify: false,
    format: 'esm',
    splitting: true,
    entryPoints: esModuleEntries.map(({ entry, file }) => ({ in: entry, out: file.replace(/\.js$/, '') })),
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    external: ['preact', 'preact/*', 'zod', 'zod/*', 'react', 'react/*'],
    sourcemap: 'linked',
    sourceRoot,
  });
  // The command-line tool (bin/stock-status.mjs): Node, with zod as the package's own dependency.
  await esbuild.build({
    entryPoints: ['src/cli/main.ts'],
    outfile: join(out, 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    external: ['zod', 'zod/*'],
    define: browserOptions.define,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  writeFileSync(join(out, 'define.js'), "import { define } from './index.js';\nexport * from './index.js';\ndefine();\n");
  emitTypes(root, join(out, 'types'));
  // The `stock-status/define` entry; not define.d.ts, which is src/define.ts's own declaration.
  writeFileSync(join(out, 'types', 'defineEntry.d.ts'), "export * from './index.js';\n");
  // The script-tag files export nothing; importing one for its effect gives `window.StockStatus`.
  writeFileSync(join(out, 'types', 'scriptTag.d.ts'), "import './startScript.js';\nexport {};\n");
  // Only a build of dist/ itself feeds the installers (the dist check builds elsewhere).
  if (out === join(root, 'dist')) {
    for (const { dir, files } of installerCopies) {
      mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileSync(join(dir, f), withoutMapLink(readFileSync(join(out, f), 'utf8')));
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build();
}
