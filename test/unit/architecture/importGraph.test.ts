// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * The import graph of src/, type-only imports included (a circle of types is still a circle a
 * reader must hold in their head), read with TypeScript's own pre-processor.
 */
const root = resolve(import.meta.dirname, '../../..');
const src = join(root, 'src');
const files = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
})(src);
const rel = (p: string) => relative(root, p).split('\\').join('/');
const resolveImport = (from: string, spec: string): string | null => {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => files.includes(p)) ?? null;
};
const graph = new Map<string, string[]>(
  files.map((f) => [
    rel(f),
    ts
      .preProcessFile(readFileSync(f, 'utf8'), true, true)
      .importedFiles.map((i) => resolveImport(f, i.fileName))
      .filter((p): p is string => p !== null)
      .map(rel),
  ]),
);

/** Every circle, each once (Tarjan's strongly connected components of more than one file, or a self-import). */
function circles(): string[][] {
  let index = 0;
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; on: boolean }>();
  const out: string[][] = [];
  const visit = (v: string) => {
    meta.set(v, { index, low: index, on: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.low);
      } else if (meta.get(w)!.on) meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.index);
    }
    if (meta.get(v)!.low === meta.get(v)!.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        meta.get(w)!.on = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return out;
}

const edges = () => [...graph].flatMap(([from, tos]) => tos.map((to) => ({ from, to })));
const under = (dir: string) => (p: string) => p.startsWith(`src/${dir}/`);

describe('the import graph of src/', () => {
  test('has the files it should (the walk found them)', () => {
    expect(graph.get('src/element/StockStatusElement.ts')).toContain('src/lookup/lookUpStore.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  test('has no import circle', () => {
    expect(circles()).toEqual([]);
  });

  test('the pure core imports nothing outside core/ (no DOM, no network, no view)', () => {
    expect(edges().filter((e) => under('core')(e.from) && !under('core')(e.to))).toEqual([]);
  });

  test('no backward import: sources and page code never import the element, the views, the look-up, the extras or the bindings', () => {
    const later = ['element', 'ui', 'lookup', 'extras', 'bindings'].map(under);
    const backward = edges()
      .filter((e) => (under('sources')(e.from) || under('page')(e.from)) && later.some((l) => l(e.to)))
      .map((e) => `${e.from} → ${e.to}`);
    expect(backward).toEqual([]);
    expect(edges().filter((e) => under('sources')(e.from) && under('page')(e.to))).toEqual([]);
  });

  test('the views import no element, look-up store or binding; the extras bundle reaches the element only to register', () => {
    expect(
      edges().filter((e) => under('ui')(e.from) && (under('element')(e.to) || under('bindings')(e.to) || under('lookup')(e.to))),
    ).toEqual([]);
    const extrasToElement = edges().filter((e) => under('extras')(e.from) && under('element')(e.to));
    expect(extrasToElement.map((e) => `${e.from} → ${e.to}`)).toEqual(['src/extras/registerExtras.ts → src/element/registeredExtras.ts']);
  });

  test('the pipeline (pick the record, its date) is chained only by the headless look-up', () => {
    const chaining = edges()
      .filter((e) => e.to === 'src/core/computeEta.ts' || e.to === 'src/core/StockRecord.ts')
      .filter((e) => !under('core')(e.from) && e.from !== 'src/index.ts')
      .filter((e) => /\bpickRecord\b|\bcomputeEta\b/.test(readFileSync(join(root, e.from), 'utf8').replace(/import type[^;]*;/g, '')))
      .map((e) => e.from);
    expect([...new Set(chaining)]).toEqual(['src/lookup/lookUp.ts']);
  });

  test('a circle is found when there is one (the check itself works)', () => {
    graph.set('src/core/dates.ts', [...(graph.get('src/core/dates.ts') ?? []), 'src/core/formatDate.ts']);
    graph.set('src/core/formatDate.ts', [...(graph.get('src/core/formatDate.ts') ?? []), 'src/core/dates.ts']);
    try {
      expect(circles().some((c) => c.includes('src/core/dates.ts') && c.includes('src/core/formatDate.ts'))).toBe(true);
    } finally {
      graph.set(
        'src/core/formatDate.ts',
        graph.get('src/core/formatDate.ts')!.filter((p) => p !== 'src/core/dates.ts'),
      );
      graph.set(
        'src/core/dates.ts',
        graph.get('src/core/dates.ts')!.filter((p) => p !== 'src/core/formatDate.ts'),
      );
    }
  });
});
