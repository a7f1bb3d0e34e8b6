#!/usr/bin/env node
// What each part of an app file costs: `node bench/composition.mjs [entry]` (default
// src/builds/bigcommerce.ts, built as stock-status.bigcommerce.app.js is). esbuild's metafile gives each module's minified bytes in the file;
// a part's gzipped cost is estimated as its share of the raw bytes times the file's gzipped size
// (gzip works across module boundaries, so no exact per-part figure exists).
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { appSwaps, browserOptions } from '../scripts/build.mjs';

const entry = process.argv[2] ?? 'src/builds/bigcommerce.ts';
const r = await esbuild.build({
  ...browserOptions,
  plugins: [appSwaps],
  entryPoints: [entry],
  write: false,
  metafile: true,
  minify: true,
  format: 'iife',
});
const out = Object.values(r.metafile.outputs)[0];
const partOf = (file) => {
  if (file.includes('node_modules/zod')) return 'zod/mini';
  if (file.includes('node_modules/')) return file.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1');
  const m = /^src\/(core\/locales|[^/]+\/[a-z]+(?=\/)|[^/]+)/.exec(file);
  return m ? m[1] : file;
};
const parts = {};
for (const [file, v] of Object.entries(out.inputs)) parts[partOf(file)] = (parts[partOf(file)] ?? 0) + v.bytesInOutput;
const raw = r.outputFiles[0].contents.length;
const gz = gzipSync(r.outputFiles[0].contents, { level: 9 }).length;
console.log(`| part of ${entry} | raw B | ≈ gzipped B |\n|---|---|---|`);
for (const [part, b] of Object.entries(parts).sort((a, b) => b[1] - a[1]))
  console.log(`| ${part} | ${b} | ${Math.round((b / raw) * gz)} |`);
console.log(`| **whole file** | ${raw} | ${gz} |`);
