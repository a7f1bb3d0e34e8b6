#!/usr/bin/env node
// Builds dist/: the script-tag IIFE, the ES module, the define entry and the type declarations.
// `node scripts/build.mjs [outdir]` — the dist check builds into a temporary folder and compares.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Shared settings; exported so the bundle-size test builds exactly what ships. */
export const browserOptions = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { __VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

async function build() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const sourceRoot = '../';
  await esbuild.build({
    ...browserOptions,
    entryPoints: ['src/boot.ts'],
    outfile: join(out, 'stock-status.js'),
    sourcemap: 'linked',
    sourceRoot,
  });
  if (existsSync(join(root, 'src/extras/extrasEntry.ts'))) {
    await esbuild.build({
      ...browserOptions,
      entryPoints: ['src/extras/extrasEntry.ts'],
      outfile: join(out, 'stock-status-extras.js'),
      sourcemap: 'linked',
      sourceRoot,
    });
  }
  await esbuild.build({
    ...browserOptions,
    minify: false,
    format: 'esm',
    entryPoints: ['src/index.ts'],
    outfile: join(out, 'index.js'),
    external: ['preact', 'preact/*', 'zod', 'zod/*'],
    sourcemap: 'linked',
    sourceRoot,
  });
  writeFileSync(join(out, 'define.js'), "import { define } from './index.js';\nexport * from './index.js';\ndefine();\n");
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', join(out, 'types')],
    { stdio: 'inherit', cwd: root },
  );
  writeFileSync(join(out, 'types', 'define.d.ts'), "export * from './index';\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build();
}
