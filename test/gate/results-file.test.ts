import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { appendToHistory, baselineFromHistory } from '../../src/gate/baseline-set.js';
import { makeResults } from './make-results.js';
import type { Headline, ResultsDocument } from '../../src/run-folder/results-document.js';

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

  it('reads request_samples when present, refuses a negative latency there naming the key, and accepts results without them', () => {
    const samples = { ttft_ms: [20, 21.5], tpot_ms: [2], e2el_ms: [40, 44] };
    expect(readResultsFile(write('samples.json', JSON.stringify(makeResults({}, { request_samples: samples })))).request_samples).toEqual(samples);
    expect(readResultsFile(write('old.json', JSON.stringify(makeResults({})))).request_samples).toBeUndefined();
    const bad = makeResults({}, { request_samples: { ...samples, ttft_ms: [20, -1] } });
    expect(() => readResultsFile(write('bad-samples.json', JSON.stringify(bad)))).toThrow(/bad-samples\.json: key request_samples\.ttft_ms\.1: /);
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

describe('impossible values in a results document', () => {
  it.each<[Headline, Partial<ResultsDocument>, RegExp]>([
    [{ ttft_ms_p99: -12 }, {}, /neg\.json: key headline\.ttft_ms_p99 cannot be negative, got -12$/],
    [{ failed_requests: -3 }, {}, /neg\.json: key headline\.failed_requests cannot be negative, got -3$/],
    [{ completed_requests: 2.5 }, {}, /neg\.json: key headline\.completed_requests must be a whole number, got 2\.5$/],
    [{ rouge1: 0.4 }, { trials: [{ rouge1: 0.4 }, { e2el_ms_mean: -1 }] }, /neg\.json: key trials\[1\]\.e2el_ms_mean cannot be negative/],
  ])('%o is refused naming the key', (headline, extra, expected) => {
    const path = write('neg.json', JSON.stringify(makeResults(headline, extra)));
    expect(() => readResultsFile(path)).toThrow(expected);
  });

  it('a mean over repeated trials may hold a fractional count', () => {
    const doc = makeResults({ completed_requests: 2.5 }, { trials: [{ completed_requests: 2 }, { completed_requests: 3 }] });
    expect(readResultsFile(write('mean.json', JSON.stringify(doc))).headline.completed_requests).toBe(2.5);
  });

  it('a results.json with a BOM reads like one without; one that is not UTF-8 is named', () => {
    const doc = makeResults({ ttft_ms_p99: 3 });
    expect(readResultsFile(write('bom.json', `\uFEFF${JSON.stringify(doc)}`)).headline).toEqual({ ttft_ms_p99: 3 });
    const latin1 = Buffer.from(JSON.stringify({ ...doc, run_id: 'café' }), 'latin1');
    const path = join(dir, 'latin1.json');
    writeFileSync(path, latin1);
    expect(() => readResultsFile(path)).toThrow(/latin1\.json:1: not UTF-8 text \(byte 0xE9/);
  });
});
