import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateWords } from '../../src/dataset/build-prompts.js';
import { rowsChecksum } from '../../src/dataset/checksum.js';
import { IdSet } from '../../src/dataset/id-set.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { linesWithOffsets } from '../../src/dataset/read-json.js';
import { selectRows } from '../../src/dataset/select-rows.js';
import { checkRow, type XsumRow } from '../../src/dataset/xsum-row.js';
import { InputError } from '../../src/util/errors.js';

/**
 * The dataset keeps positions, not rows (row-store.ts): what it reads back by position must be what the
 * whole-row path kept — the rows checked, deduplicated, taken (first or seeded sample) and cut — for JSON
 * Lines (LF, CRLF, lone CR, blank lines, BOM), CSV (quotes, newlines in fields) and JSON lists.
 */
const root = mkdtempSync(join(tmpdir(), 'infergate-rows-by-position-'));
let counter = 0;
const silent = { info: () => undefined, warn: () => undefined };

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom('word', ' ', '\n', '\r\n', '\t', 'é', '€', '😀', '"', '\\', ',', '\u00a0', '\u2028'), { maxLength: 30 }).map((parts) => parts.join('')),
);
const rowValue = fc.record({ id: fc.oneof(fc.constantFrom('1', '2', '3', ' 1', 'a"b', 'é'), fc.integer({ min: 0, max: 5 }), fc.string({ maxLength: 4 })), document: text, summary: text });

/** The rows the whole-row path kept from these raw rows: checked, first of each id, taken, cut. */
function expectedRows(raws: Array<{ id: unknown; document: unknown; summary: unknown }>, taskNums: number, sample: 'first' | 'random', seed: number, maxWords: number): { rows: XsumRow[]; whole: XsumRow[] } {
  const seen = new Set<string>();
  const usable: XsumRow[] = [];
  for (const raw of raws) {
    const checked = checkRow({ ...raw, where: '' });
    if (typeof checked === 'string' || seen.has(checked.id)) continue;
    seen.add(checked.id);
    usable.push(checked);
  }
  const whole = selectRows(usable, taskNums, sample, seed);
  const rows = whole.map((row) => {
    const cut = truncateWords(row.document, maxWords);
    return cut.truncated ? { ...row, document: cut.text } : row;
  });
  return { rows, whole };
}

function csvField(value: unknown): string {
  return `"${String(value).replace(/"/g, '""')}"`;
}

const formats = {
  jsonl: (rows: unknown[], breaks: string[], bom: boolean) =>
    (bom ? '\uFEFF' : '') + rows.map((r, i) => JSON.stringify(r) + (breaks[i % breaks.length] ?? '\n')).join(''),
  csv: (rows: Array<{ id: unknown; document: string; summary: string }>, breaks: string[], bom: boolean) => {
    const lineBreak = breaks[0] === '\r\n' ? '\r\n' : '\n';
    return (bom ? '\uFEFF' : '') + ['id,document,summary', ...rows.map((r) => [csvField(r.id), csvField(r.document), csvField(r.summary)].join(','))].map((line) => line + lineBreak).join('');
  },
  json: (rows: unknown[]) => JSON.stringify(rows),
};

describe('rows read back by position (fast-check)', () => {
  it('equal the whole-row path: rows, ids, references, checksum and truncation count', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowValue, { maxLength: 12 }),
        fc.constantFrom('jsonl', 'csv', 'json') as fc.Arbitrary<keyof typeof formats>,
        fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n \r\n'), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('first', 'random') as fc.Arbitrary<'first' | 'random'>,
        fc.integer({ min: 1, max: 6 }),
        async (raws, format, breaks, bom, taskNums, sample, maxWords) => {
          const dir = join(root, String(counter++));
          mkdirSync(dir);
          const path = join(dir, `data.${format}`);
          writeFileSync(path, formats[format](raws, breaks, bom));
          const expected = expectedRows(format === 'csv' ? raws.map((r) => ({ ...r, id: String(r.id) })) : raws, taskNums, sample, 7, maxWords);
          let loaded;
          try {
            loaded = await loadDataset({ data_path: path, task_nums: taskNums, dataset: { sample, seed: 7, cache_dir: '.cache', hub_url: 'http://127.0.0.1:9' }, prompt: { max_article_words: maxWords } }, silent);
          } catch (error) {
            expect(expected.rows).toEqual([]); // no usable row: an InputError
            expect((error as Error).message).toMatch(/no usable XSum rows/);
            return;
          }
          expect([...loaded.rows]).toEqual(expected.rows);
          expect(expected.rows.map((_, i) => loaded.rows.id(i))).toEqual(expected.rows.map((r) => r.id));
          expect(expected.rows.map((_, i) => loaded.rows.reference(i))).toEqual(expected.rows.map((r) => r.summary));
          expect(loaded.checksum).toBe(rowsChecksum(expected.whole));
          expect(loaded.truncated).toBe(expected.rows.filter((r, i) => r.document !== expected.whole[i]!.document).length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits JSON Lines as readline does, with each line at its byte offset, whatever the chunks', async () => {
    const piece = fc.oneof(fc.constantFrom('\n', '\r', '\r\n', '{"a":1}', ' ', 'é', '€😀'), fc.string({ unit: 'grapheme', maxLength: 5 }));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 20 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), async (pieces, sizes) => {
        const bytes = Buffer.from(pieces.join(''), 'utf8');
        const chunks: Buffer[] = [];
        for (let at = 0, k = 0; at < bytes.length; k++) {
          const size = sizes[k % sizes.length]!;
          chunks.push(bytes.subarray(at, at + size));
          at += size;
        }
        const found = [];
        for await (const line of linesWithOffsets(Readable.from(chunks), 0)) found.push(line);
        // readline's own split (node:readline, lineEnding), with no empty line after a final break.
        const expected = bytes.toString('utf8').split(/\r?\n|\r(?!\n)/);
        if (expected.at(-1) === '') expected.pop();
        expect(found.map((l) => l.text)).toEqual(expected);
        for (const line of found) expect(bytes.toString('utf8', line.offset, line.offset + line.length)).toBe(line.text);
      }),
      { numRuns: 500 },
    );
  });

  it('the id set finds a duplicate exactly when a Set of strings does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.integer({ max: 3000, min: 0 }).map(String)), { maxLength: 3000 }), (ids) => {
        const set = new IdSet();
        const reference = new Map<string, number>();
        for (const id of ids) {
          expect(set.add(id)).toBe(reference.get(id) ?? -1);
          if (!reference.has(id)) reference.set(id, reference.size);
        }
        expect(set.size).toBe(reference.size);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a duplicate id', () => {
  it.each([
    ['data.jsonl', ['{"id":"a","document":"d","summary":"s"}', '', '{"id":"b","document":"d","summary":"s"}', '{"id":"a","document":"e","summary":"s"}'].join('\n'), ':4: duplicate id (first at ', ':1)'],
    ['data.csv', 'id,document,summary\na,"d\nd",s\nb,d,s\n a,d,s\n', ':5: duplicate id (first at ', ':3)'],
    ['data.json', JSON.stringify([{ id: 1, document: 'd', summary: 's' }, { id: '1', document: 'd', summary: 's' }]), ': row 2: duplicate id (first at ', ': row 1)'],
  ])('%s: names the duplicate and the row it repeats', async (name, content, second, first) => {
    const dir = join(root, String(counter++));
    mkdirSync(dir);
    const path = join(dir, name);
    writeFileSync(path, content);
    const loaded = await loadDataset({ data_path: path, task_nums: 10, dataset: { sample: 'first', seed: 0, cache_dir: '.cache', hub_url: 'http://127.0.0.1:9' } }, silent);
    expect(loaded.rows_skipped).toEqual({ duplicate_id: 1 });
    expect(loaded.skipped_examples).toEqual([`${path}${second}${path}${first}`]);
  });

  it('.summary files: names both files', async () => {
    const dir = join(root, String(counter++));
    const summary = '[SN]FIRST-SENTENCE[SN]\nGold.\n\n[SN]RESTBODY[SN]\nBody.\n';
    mkdirSync(join(dir, 'a'), { recursive: true });
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a/7.summary'), summary);
    writeFileSync(join(dir, 'b/7.summary'), summary);
    const loaded = await loadDataset({ data_path: dir, task_nums: 10, dataset: { sample: 'first', seed: 0, cache_dir: '.cache', hub_url: 'http://127.0.0.1:9' } }, silent);
    expect(loaded.skipped_examples).toEqual([`${join(dir, 'b/7.summary')}: duplicate id (first at ${join(dir, 'a/7.summary')})`]);
  });
});

describe('a data file changed after the pass', () => {
  it('a row read back names its file and line in an InputError', async () => {
    const dir = join(root, String(counter++));
    mkdirSync(dir);
    const path = join(dir, 'data.jsonl');
    writeFileSync(path, '{"id":"a","document":"d","summary":"s"}\n{"id":"b","document":"d","summary":"s"}\n');
    const loaded = await loadDataset({ data_path: path, task_nums: 10, dataset: { sample: 'first', seed: 0, cache_dir: '.cache', hub_url: 'http://127.0.0.1:9' } }, silent);
    writeFileSync(path, '{"id":"a","document":"d","summary":"s"}\n{"id":"b","document":"d"');
    expect(() => loaded.rows.reference(1)).toThrow(InputError);
    expect(() => loaded.rows.reference(1)).toThrow(`${path}:2: the data file changed since the dataset was read`);
    writeFileSync(path, '{"id":"a","document":"d","summary":"s"}\n{"id":"b","document":"d","summary":" "}\n');
    expect(() => loaded.rows.at(1)).toThrow(`${path}:2: the row changed since the dataset was read (now: no summary)`);
  });
});

describe('the dataset result holds no per-row string', () => {
  /** Strings reachable from `value` through object properties, arrays, maps and sets (typed arrays and Buffers hold none). */
  function stringsIn(value: unknown, seen = new Set<unknown>()): number {
    if (typeof value === 'string') return 1;
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return 0;
    seen.add(value);
    let n = 0;
    const children = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Object.values(value);
    for (const child of children) n += stringsIn(child, seen);
    return n;
  }

  it.each(['jsonl', 'csv'] as const)('%s: the same few strings for 100 rows and for 3,000', async (format) => {
    const counts = [];
    for (const count of [100, 3000]) {
      const rows = Array.from({ length: count }, (_, i) => ({ id: `row-${i}`, document: `Article ${i} with some words.`, summary: `Summary ${i}.` }));
      const dir = join(root, String(counter++));
      mkdirSync(dir);
      const path = join(dir, `data.${format}`);
      writeFileSync(path, formats[format](rows, ['\n'], false));
      const loaded = await loadDataset({ data_path: path, task_nums: count, dataset: { sample: 'first', seed: 0, cache_dir: '.cache', hub_url: 'http://127.0.0.1:9' }, prompt: { max_article_words: 512 } }, silent);
      expect(loaded.rows.length).toBe(count);
      expect(loaded.rows.reference(count - 1)).toBe(`Summary ${count - 1}.`);
      counts.push(stringsIn(loaded));
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThan(20);
  });
});
