// @vitest-environment node
import { expect, test } from 'vitest';
// @ts-expect-error -- a plain .mjs build script, shared so this test builds exactly what ships
import { gzippedSize, scriptBundles } from '../../scripts/build.mjs';

/**
 * Each script-tag file is held to a line against growth. The lines were raised once, on
 * 2026-12-02, when the widget learnt today's default storefronts (Horizon and Shopify's standard
 * events, WooCommerce's block themes and carts, Cornerstone 6.21, Catalyst, products past 50
 * variants), the theme's own stock text giving way to ours, the headless look-up and typed
 * element, one language per line, the JSON-LD fallback for every failure, and CLS 0 / no long
 * task on listings: about 22 % more (stock-status.js 31.3 → 37.5 KiB). From here, lower a limit
 * with every cut; never raise one. The goal of the speed issue is far below: 12,000 B before the
 * first state for a platform file (printed below, not yet met; see docs/size-and-speed.md).
 */
const KIB = 1024;
const GOAL_FIRST_STATE = 12_000;
const LIMITS: Record<string, number> = {
  'stock-status.js': 37.75 * KIB,
  'stock-status.bigcommerce.js': 27.75 * KIB,
  'stock-status.shopify.js': 27.25 * KIB,
  'stock-status.woocommerce.js': 27.25 * KIB,
  'stock-status.json.js': 22.75 * KIB,
  'stock-status.jsonld.js': 21.25 * KIB,
};

test('every script-tag file stays under its size limit, gzipped (built from source, as shipped)', { timeout: 60_000 }, async () => {
  // Baseline in the same process, through the same pipeline: just zod/mini and Preact.
  const baseline = await gzippedSize('test/size/baselineEntry.ts', 'baseline.js');
  const lines: string[] = [];
  const over: string[] = [];
  for (const { entry, file } of scriptBundles as { entry: string; file: string }[]) {
    const size = await gzippedSize(entry, file);
    const limit = LIMITS[file];
    expect(limit, `${file} has a size limit`).toBeDefined();
    lines.push(
      `  dist/${file}: ${size} bytes gzipped (${(size / KIB).toFixed(1)} KiB, limit ${limit! / KIB} KiB), ${(size / baseline).toFixed(2)}× the baseline`,
    );
    if (size > limit!) over.push(file);
  }
  process.stdout.write(
    `\n  baseline (bare zod/mini + Preact): ${baseline} bytes gzipped\n${lines.join('\n')}\n  goal before the first state: ${GOAL_FIRST_STATE} B a platform file\n`,
  );
  expect(over).toEqual([]);
});
