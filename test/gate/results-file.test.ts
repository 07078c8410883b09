import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultsFile } from '../../src/gate/results-file.js';
import { appendToHistory, baselineFromHistory } from '../../src/gate/baseline-set.js';
import { makeResults } from './make-results.js';

const dir = mkdtempSync(join(tmpdir(), 'ig-res-'));
function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readResultsFile', () => {
  it('reads a valid document', () => {
    const path = write('ok.json', JSON.stringify(makeResults({ ttft_ms_p99: 1.5, mbu: null })));
    expect(readResultsFile(path).headline).toEqual({ ttft_ms_p99: 1.5, mbu: null });
  });

  it('names the file (and line) on bad input', () => {
    expect(() => readResultsFile(join(dir, 'missing.json'))).toThrow(/missing\.json: file not found/);
    expect(() => readResultsFile(write('syntax.json', '{\n "schema": "infergate/results",\n oops\n}'))).toThrow(/syntax\.json:3: not valid JSON/);
    expect(() => readResultsFile(write('other.json', '{"schema": "something"}'))).toThrow(/other\.json: not an infergate results document/);
    const v2 = { ...makeResults({}), schema_version: 2 };
    expect(() => readResultsFile(write('v2.json', JSON.stringify(v2)))).toThrow(/v2\.json: results schema_version 2 is not supported/);
    const bad = makeResults({ ttft_ms_p99: 'fast' as unknown as number });
    expect(() => readResultsFile(write('bad.json', JSON.stringify(bad)))).toThrow(/bad\.json: key headline\.ttft_ms_p99: /);
  });
});

describe('history file', () => {
  it('appends on the default branch, keeps the last N, and never writes from a pull request', () => {
    const path = join(dir, 'history', 'history.json');
    for (let i = 0; i < 5; i++) appendToHistory(path, makeResults({ ttft_ms_p99: 100 + i }, { run_id: `r${i}` }), 3, true);
    const set = baselineFromHistory(path);
    expect(set.documents.map((d) => d.run_id)).toEqual(['r2', 'r3', 'r4']);
    expect(baselineFromHistory(path, 2).documents.map((d) => d.run_id)).toEqual(['r3', 'r4']);
    expect(() => appendToHistory(path, makeResults({}), 3, false)).toThrow(/never by pull requests/);
    expect(() => appendToHistory(path, makeResults({}, { status: 'failed' }), 3, true)).toThrow(/did not complete/);
  });

  it('names the run of a history that holds a bad document', () => {
    const path = write('bad-history.json', JSON.stringify({ schema: 'infergate/history', schema_version: 1, runs: [makeResults({}), { schema: 'x' }] }));
    expect(() => baselineFromHistory(path)).toThrow(/bad-history\.json runs\[1\]: not an infergate results document/);
  });
});
