// @vitest-environment node
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { expect, test } from 'vitest';
// @ts-expect-error -- a plain .mjs build script, shared so this test builds exactly what ships
import { browserOptions } from '../../scripts/build.mjs';

/**
 * The goal (issue #2) is 20 KiB, and Shopify's limit for app JavaScript is 10,000 bytes. With every
 * platform, theme integration and locale in one self-contained file the bundle is about 31.1 KB
 * today, so this test holds that line against growth while the goal stands open (README, "Size
 * and speed"). Lower it with every cut; never raise it.
 */
const GOAL = 20 * 1024;
const LIMIT = 32 * 1024;

async function gzipped(entry: string, contents?: string): Promise<number> {
  const result = await esbuild.build({
    ...browserOptions,
    ...(contents ? { stdin: { contents, resolveDir: process.cwd(), loader: 'tsx' } } : { entryPoints: [entry] }),
    write: false,
    sourcemap: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles![0]!.contents, { level: 9 }).length;
}

test('the script-tag bundle stays under its size limit, gzipped (built from source, as shipped)', async () => {
  const size = await gzipped('src/boot.ts');
  // Baseline in the same process: just zod/mini and Preact, the two dependencies.
  const baseline = await gzipped(
    '',
    "import * as z from 'zod/mini'; import { render, h } from 'preact'; render(h('b', null, String(z.safeParse(z.object({ a: z.string() }), {}).success)), document.body);",
  );
  process.stdout.write(
    `\n  dist/stock-status.js: ${size} bytes gzipped (${(size / 1024).toFixed(1)} KiB; limit ${LIMIT / 1024} KiB, goal ${GOAL / 1024} KiB); ${(size / baseline).toFixed(2)}× a bare zod/mini + Preact bundle (${baseline} bytes)\n`,
  );
  expect(size).toBeLessThanOrEqual(LIMIT);
});
