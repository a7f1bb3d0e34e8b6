import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@shopify/theme-check-node';
import { afterAll, expect, test } from 'vitest';
import { BLOCK_FILE, blockSchema, EXTENSION } from './renderEmbed';

/**
 * Shopify's own linter, with its theme-app-extension config (what `shopify app deploy` and the
 * app review run): the extension as it is deployed — after `npm run build` has put the scripts
 * in assets/ — must have no offense at all.
 */
const CONFIG = 'theme-check:theme-app-extension';
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const describe = (offenses: Awaited<ReturnType<typeof check>>) =>
  offenses.map((o) => `${o.check} ${o.uri.split('/shopify-extension/').pop()}:${o.start.line + 1} ${o.message}`);

test('the extension has zero offenses', async () => {
  for (const asset of ['stock-status.shopify.js', 'stock-status.shopify.app.js', 'stock-status-extras.js']) {
    expect(existsSync(join(EXTENSION, 'assets', asset)), `${asset} is built into shopify-extension/assets (npm run build)`).toBe(true);
  }
  expect(describe(await check(EXTENSION, CONFIG))).toEqual([]);
}, 60_000);

test('the config does catch what the app embed must not do (so "zero" means something)', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'stock-status-extension-'));
  copies.push(copy);
  cpSync(EXTENSION, copy, { recursive: true });
  const block = join(copy, 'blocks/stock-status.liquid');
  const liquid = readFileSync(block, 'utf8')
    // A render-blocking script, a forbidden tag, and the whole widget (the app, not the loader) as the schema's JavaScript.
    .replace('    defer\n', '')
    .replace('{%- if has_page_data', "{% include 'x' %}{%- if has_page_data")
    .replace('"target": "body",', '"target": "body",\n  "javascript": "stock-status.shopify.app.js",');
  writeFileSync(block, liquid);
  const found = new Set((await check(copy, CONFIG)).map((o) => o.check));
  expect(found).toContain('ParserBlockingScript');
  expect(found).toContain('AppBlockValidTags');
  expect(found).toContain('AssetSizeAppBlockJavaScript');
}, 60_000);

test('no schema JavaScript: the bundle is loaded with defer only where the page has stock to show', () => {
  // theme-check caps a schema "javascript" file at 10,000 bytes; the widget is more than that, so
  // the block loads it with asset_url + defer instead, and renders nothing on other pages.
  expect(blockSchema()).not.toHaveProperty('javascript');
  expect(readFileSync(BLOCK_FILE, 'utf8')).toMatch(/src="\{\{ 'stock-status\.shopify\.js' \| asset_url \}\}"\s+defer/);
});
