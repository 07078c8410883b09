import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The one-way arrows of docs/architecture.md ("The order of the rooms"), checked over every import in
 * src/: a room may import the rooms before it, never one after it. Rooms on one line of ORDER share a
 * floor and may import each other (the ground floor only); every folder of src/ must be placed.
 */
const ORDER: readonly (readonly string[])[] = [
  ['util'],
  ['run-folder'],
  ['config'],
  ['dataset'],
  ['engine'],
  ['load'],
  ['metrics'],
  ['gate'],
  ['certify'],
  ['report'],
  ['history'],
  ['github'],
  ['pipeline'],
  ['action', 'cli'],
  ['(entries)'],
];
/** Rooms of one floor that may import each other. */
const SHARED_FLOORS = new Set(['util', 'results', 'run-folder']);

const SRC = resolve('src');

/** The room of a file under src/: its first folder, or "(entries)" for main.ts, cli.ts and post.ts. */
function roomOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? '(entries)' : parts[0]!;
}

function floorOf(room: string): number {
  return ORDER.findIndex((floor) => floor.includes(room));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports, static or dynamic, type-only included. */
function importsOf(file: string, text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles
    .map((ref) => ref.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name));
}

/** "src/a/b.ts (a) imports src/c/d.js (c)" for each import that goes to a later room. */
function violations(files: readonly { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    const from = roomOf(path);
    for (const target of importsOf(path, text)) {
      const to = roomOf(target);
      if (to === from) continue;
      const allowed = floorOf(to) < floorOf(from) || (floorOf(to) === floorOf(from) && SHARED_FLOORS.has(from) && SHARED_FLOORS.has(to));
      if (!allowed) found.push(`${relative('.', path)} (${from}) imports ${relative('.', target)} (${to})`);
    }
  }
  return found;
}

const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('stage imports: no room of src/ imports a later one (docs/architecture.md)', () => {
  it('every folder of src/ has its place in the order', () => {
    const rooms = new Set(files.map((file) => roomOf(file.path)));
    expect([...rooms].filter((room) => floorOf(room) === -1)).toEqual([]);
  });

  it('no import goes from a room to a later one', () => {
    expect(violations(files)).toEqual([]);
  });

  it('finds an import that goes the wrong way: static, type-only, re-exported or dynamic', () => {
    const at = (path: string, text: string) => [{ path: join(SRC, path), text }];
    expect(violations(at('config/x.ts', "import { runLoad } from '../load/index.js';"))).toHaveLength(1);
    expect(violations(at('util/x.ts', "import type { Comparison } from '../gate/comparison.js';"))).toHaveLength(1);
    expect(violations(at('gate/x.ts', "export { writeReport } from '../report/write-report.js';"))).toHaveLength(1);
    expect(violations(at('github/x.ts', "const m = await import('../pipeline/run-benchmark.js');"))).toHaveLength(1);
    expect(violations(at('action/x.ts', "import { program } from '../cli/program.js';"))).toHaveLength(1);
    expect(violations(at('report/x.ts', "import { x } from '../gate/comparison.js';\nimport { y } from './z.js';"))).toEqual([]);
  });

  it('docs/architecture.md writes the same order', () => {
    const docs = readFileSync('docs/architecture.md', 'utf8');
    const written = ORDER.slice(0, -1).map((floor) => floor.join(' + ')).join(' → ');
    expect(docs).toContain(written);
  });
});
