import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { readCsvRows } from '../../src/dataset/read-csv.js';
import { readJsonlRows, readJsonRows } from '../../src/dataset/read-json.js';
import { readSummaryFile } from '../../src/dataset/read-summary-file.js';
import { parseRequestsJsonl } from '../../src/run-folder/requests-jsonl-reader.js';
import { InputError } from '../../src/util/errors.js';

/**
 * The data readers on arbitrary files: rows or an InputError naming the file, never another exception.
 * Also the whole dataset stage (reader + row checks + selection) on the same files.
 */
const root = mkdtempSync(join(tmpdir(), 'infergate-readers-prop-'));
let counter = 0;
function file(name: string, content: string | Uint8Array): string {
  const dir = join(root, String(counter++));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function rowsOrInputError(read: () => unknown): Promise<number | 'input-error'> {
  try {
    const result: unknown = await read();
    let n = 0;
    if (result && typeof result === 'object' && Symbol.asyncIterator in result) for await (const _ of result as AsyncIterable<unknown>) n++;
    return n;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).toMatch(/\S/);
    return 'input-error';
  }
}

const row = fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), document: fc.oneof(fc.string(), fc.anything({ maxDepth: 1 })), summary: fc.oneof(fc.string(), fc.anything({ maxDepth: 1 })) }, { requiredKeys: [] });
const csvCell = fc.oneof(fc.string(), fc.constantFrom('"', '""', ',', '\n', '\r\n', 'id', 'document', 'summary', 'dialogue', '\uFEFF'));
const csvText = fc.oneof(
  fc.string(),
  fc.array(fc.array(csvCell, { maxLength: 5 }), { maxLength: 6 }).map((rows) => ['id,document,summary', ...rows.map((r) => r.join(','))].join('\n')),
);
const jsonlText = fc.oneof(
  fc.string(),
  fc.array(fc.oneof(row.map((r) => JSON.stringify(r)), fc.json(), fc.string(), fc.constant('')), { maxLength: 8 }).map((lines) => lines.join('\n')),
);
const jsonText = fc.oneof(fc.string(), fc.json(), fc.array(row).map((rows) => JSON.stringify(rows)), fc.array(row).map((rows) => JSON.stringify({ data: rows })));
const summaryText = fc.oneof(fc.string(), fc.array(fc.oneof(fc.constantFrom('[SN]URL[SN]', '[SN]FIRST-SENTENCE[SN]', '[SN]RESTBODY[SN]', '[SN]', '[SN]X[SN]'), fc.string()), { maxLength: 8 }).map((p) => p.join('\n')));
const bytes = fc.uint8Array({ maxLength: 200 });

describe('data readers under arbitrary files (fast-check)', () => {
  it('CSV', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(csvText, bytes), async (text) => void (await rowsOrInputError(() => readCsvRows(file('x.csv', text))))), { numRuns: 300 });
  });

  it('JSON Lines', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(jsonlText, bytes), async (text) => void (await rowsOrInputError(() => readJsonlRows(file('x.jsonl', text))))), { numRuns: 300 });
  });

  it('JSON', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(jsonText, bytes), async (text) => void (await rowsOrInputError(() => readJsonRows(file('x.json', text))))), { numRuns: 300 });
  });

  it('.summary', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(summaryText, bytes), async (text) => void (await rowsOrInputError(() => readSummaryFile(file('1.summary', text))))), { numRuns: 300 });
  });

  it('requests.jsonl (records reader)', () => {
    fc.assert(
      fc.property(fc.oneof(jsonlText, fc.array(fc.anything().map((v) => JSON.stringify({ id: 'a', index: 0, error: v }) ?? 'x')).map((l) => l.join('\n'))), fc.boolean(), (text, allowTail) => {
        try {
          parseRequestsJsonl(text, 'requests.jsonl', { allowTruncatedTail: allowTail });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.message).toMatch(/^requests\.jsonl(:\d+)?: /);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the whole dataset stage: rows, or an InputError', async () => {
    const silent = { info: () => undefined, warn: () => undefined };
    const kinds = fc.oneof(
      jsonlText.map((t) => ['data.jsonl', t] as const),
      csvText.map((t) => ['data.csv', t] as const),
      jsonText.map((t) => ['data.json', t] as const),
    );
    await fc.assert(
      fc.asyncProperty(kinds, fc.integer({ min: 1, max: 5 }), fc.constantFrom('first', 'random'), async ([name, text], taskNums, sample) => {
        // Paths relative to the workspace (the working directory), as configuration writes them.
        const dir = join(root, String(counter++));
        mkdirSync(join(dir, 'cfg/acme/external'), { recursive: true });
        writeFileSync(join(dir, name), text);
        writeFileSync(join(dir, 'host.yaml'), `data_path: ${name}\nengine: external\nendpoint: http://127.0.0.1:9\nvendor: acme\nconfig_path: cfg\n`);
        writeFileSync(join(dir, 'cfg/acme/external/task.yaml'), `task_nums: ${taskNums}\ndataset:\n  sample: ${sample}\n`);
        const cwd = process.cwd();
        process.chdir(dir);
        try {
          const config = loadConfig('host.yaml');
          const outcome = await rowsOrInputError(() => loadDataset(config, silent));
          if (outcome !== 'input-error') expect(outcome).toBe(0); // not iterable: a dataset object
        } finally {
          process.chdir(cwd);
        }
      }),
      { numRuns: 200 },
    );
  });
});
