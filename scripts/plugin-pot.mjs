#!/usr/bin/env node
// The WordPress plugin's translation template: `node scripts/plugin-pot.mjs` writes
// wordpress-plugin/stock-status/languages/stock-status.pot from the plugin's __(), _e(),
// esc_html__(), esc_html_e(), esc_attr__() and esc_attr_e() calls (what `wp i18n make-pot`
// finds, without needing WP-CLI). The WordPress suite checks the committed file is current.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const PLUGIN = join(root, 'wordpress-plugin/stock-status');
const CALL = /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1\s*(?:,\s*(['"])([^'"]*)\3)?\s*\)/g;
const TRANSLATORS = /\/\*\s*(translators:[^*]*?)\s*\*\/\s*$/;

const phpFiles = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? phpFiles(join(dir, f)) : f.endsWith('.php') ? [join(dir, f)] : []));

/** PHP string literal body → its value (the escapes the plugin's strings use). */
const unphp = (body, quote) => (quote === "'" ? body.replace(/\\(['\\])/g, '$1') : body.replace(/\\(["\\$])/g, '$1').replace(/\\n/g, '\n'));

/**
 * Every translatable string in the plugin, in order of first use, with its text domain and where it is.
 * @param {string} [dir]
 * @returns {{ msgid: string, domain: string | undefined, refs: string[], comment?: string }[]}
 */
export function translatableStrings(dir = PLUGIN) {
  const found = new Map();
  for (const file of phpFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(CALL)) {
      const msgid = unphp(m[2], m[1]);
      const line = text.slice(0, m.index).split('\n').length;
      const comment = TRANSLATORS.exec(text.slice(Math.max(0, m.index - 300), m.index).replace(/\s*(sprintf|printf)\(\s*$/, ''))?.[1];
      const ref = `${relative(dir, file)}:${line}`;
      const seen = found.get(msgid);
      if (seen) seen.refs.push(ref);
      else found.set(msgid, { msgid, domain: m[4], refs: [ref], ...(comment ? { comment } : {}) });
    }
  }
  return [...found.values()];
}

const po = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** The .pot text for these strings (no creation date, so the file only changes with its strings). */
export function potOf(strings) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const head = [
    '# Translation template of Stock Status for WooCommerce (node scripts/plugin-pot.mjs).',
    '# This file is distributed under the MIT license.',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: Stock Status for WooCommerce ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: stock-status\\n"',
  ].join('\n');
  const entries = strings.map((s) =>
    [...(s.comment ? [`#. ${s.comment}`] : []), `#: ${s.refs.join(' ')}`, `msgid ${po(s.msgid)}`, 'msgstr ""'].join('\n'),
  );
  return `${[head, ...entries].join('\n\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const strings = translatableStrings();
  writeFileSync(join(PLUGIN, 'languages/stock-status.pot'), potOf(strings));
  console.log(`${strings.length} strings`);
}
