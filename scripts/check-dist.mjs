#!/usr/bin/env node
// dist/ is committed (merchants can load it straight from the repository), so it must be exactly
// what the sources build. Builds into .dist-check/ and compares file by file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { installerCopies, withoutMapLink } from './build.mjs';

const root = resolve(import.meta.dirname, '..');
// Beside dist/ at the same depth, so source-map paths come out the same.
const fresh = join(root, '.dist-check');
const list = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? list(join(dir, f)) : [join(dir, f)]));
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), fresh], { stdio: 'inherit' });
  const want = list(fresh)
    .map((f) => relative(fresh, f))
    .sort();
  const have = list(join(root, 'dist'))
    .map((f) => relative(join(root, 'dist'), f))
    .sort();
  const stale = [
    ...want.filter((f) => !have.includes(f)).map((f) => `missing: dist/${f}`),
    ...have.filter((f) => !want.includes(f)).map((f) => `not built any more: dist/${f}`),
    ...want
      .filter((f) => have.includes(f) && !readFileSync(join(fresh, f)).equals(readFileSync(join(root, 'dist', f))))
      .map((f) => `differs: dist/${f}`),
  ];
  // The installers' copies (Shopify app extension, WordPress plugin).
  for (const { dir, files } of installerCopies) {
    for (const f of files) {
      const copy = join(dir, f);
      const rel = relative(root, copy);
      if (!existsSync(copy)) stale.push(`missing: ${rel}`);
      else if (readFileSync(copy, 'utf8') !== withoutMapLink(readFileSync(join(fresh, f), 'utf8'))) stale.push(`differs: ${rel}`);
    }
  }
  if (stale.length) {
    console.error(
      `dist/ is not what the sources build (run npm run build and commit dist/, shopify-extension/assets/ and wordpress-plugin/stock-status/assets/):\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${want.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
