import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { parseRequestsJsonl, readRequestsJsonl, readRequestsJsonlAsync } from '../../src/run-folder/requests-jsonl-reader.js';
import { RequestsJsonlWriter } from '../../src/run-folder/requests-jsonl-writer.js';
import { InputError } from '../../src/util/errors.js';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'infergate-records-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const record = (i: number, extra: Partial<RequestRecord> = {}): RequestRecord => ({
  id: `row-${i}`, index: i, warmup: false, step: 0, send_ms: i * 1.5, ttft_ms: 12.25, first_choice_ms: 11, e2el_ms: 40.125, close_ms: 41,
  text_event_ms: [12.25, 20, 40.125], prompt_tokens: 17, output_tokens: 3, output_tokens_estimated: false, finish_reason: 'length',
  text: 'a "quoted"\nline é', retries: 0, error: null, ...extra,
});

describe('requests.jsonl', () => {
  it('round-trips records written one by one', () => {
    const file = path.join(tmp(), 'out', 'requests.jsonl');
    const w = new RequestsJsonlWriter(file);
    const written = [record(0), record(1, { error: { kind: 'http_status', status: 503, message: 'HTTP 503' }, ttft_ms: null, e2el_ms: null, text_event_ms: [] })];
    written.forEach(w.append);
    expect(w.written).toBe(2);
    w.close();
    expect(readRequestsJsonl(file)).toEqual({ records: written, truncated_tail: false });
  });

  it('reads a file of several MiB in chunks, lines and multi-byte characters cut at chunk edges, as the whole-text parser does', () => {
    const file = path.join(tmp(), 'requests.jsonl');
    // Texts of varying length put line ends and 2-, 3- and 4-byte characters across every 1 MiB boundary.
    const lines = Array.from({ length: 6000 }, (_, i) => JSON.stringify(record(i, { text: `é…😀 ${'x'.repeat(i % 997)} ${'€'.repeat(i % 13)}` })));
    const text = `${lines.join('\r\n')}\n\n${lines[0]!.slice(0, 40)}`;
    fs.writeFileSync(file, text);
    expect(fs.statSync(file).size).toBeGreaterThan(3 * 2 ** 20);
    const whole = parseRequestsJsonl(text, file, { allowTruncatedTail: true });
    const chunked = readRequestsJsonl(file, { allowTruncatedTail: true });
    expect(chunked.records).toHaveLength(6000);
    expect(chunked).toEqual(whole);
    expect(chunked.truncated_tail).toBe(true);
    expect(() => readRequestsJsonl(file)).toThrowError(`${file}:6002: the last line is cut short (the run stopped while writing it).`);
  });

  it.runIf(fs.existsSync('/dev/zero'))('refuses a requests log that is not a regular file (one that would never end)', () => {
    const link = path.join(tmp(), 'requests.jsonl');
    fs.symlinkSync('/dev/zero', link);
    expect(() => readRequestsJsonl(link)).toThrowError(`${link}: the requests log is not a regular file.`);
  });

  it('keeps every finished line on disk when the process dies mid-run', () => {
    const file = path.join(tmp(), 'requests.jsonl');
    const script = `
      import { RequestsJsonlWriter } from ${JSON.stringify(path.resolve('src/run-folder/requests-jsonl-writer.ts'))};
      const w = new RequestsJsonlWriter(${JSON.stringify(file)});
      for (let i = 0; i < 5; i++) w.append(${JSON.stringify(record(0))});
      process.abort();
    `;
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
    expect(readRequestsJsonl(file).records).toHaveLength(5);
  });

  it('names the file and line of a bad record', () => {
    const good = JSON.stringify(record(0));
    expect(() => parseRequestsJsonl(`${good}\n{"id":1}\n`, 'requests.jsonl')).toThrowError(new InputError('requests.jsonl:2: id must be a string.'));
    expect(() => parseRequestsJsonl(`${good}\nnot json\n${good}\n`, 'r.jsonl')).toThrowError('r.jsonl:2: the line is not valid JSON.');
    const badKind = JSON.stringify(record(0, { error: { kind: 'nope' as 'other', message: 'x' } }));
    expect(() => parseRequestsJsonl(`${badKind}\n`, 'r.jsonl')).toThrowError('r.jsonl:1: error.kind "nope" is not a known failure kind.');
  });

  it('reports a last line cut short, or skips and flags it when allowed', () => {
    const good = JSON.stringify(record(0));
    const text = `${good}\n${good.slice(0, 30)}`;
    expect(() => parseRequestsJsonl(text, 'r.jsonl')).toThrowError('r.jsonl:2: the last line is cut short (the run stopped while writing it).');
    expect(parseRequestsJsonl(text, 'r.jsonl', { allowTruncatedTail: true })).toMatchObject({ truncated_tail: true, records: [record(0)] });
  });

  it('says when the file cannot be read', () => {
    expect(() => readRequestsJsonl('/nonexistent/requests.jsonl')).toThrowError('/nonexistent/requests.jsonl: cannot read the requests log (ENOENT).');
  });
});

describe('readRequestsJsonlAsync', () => {
  it('reads what readRequestsJsonl reads, giving the event loop a turn between 1 MiB chunks', async () => {
    const file = path.join(tmp(), 'requests.jsonl');
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify(record(i, { text: 'y'.repeat(600) })));
    fs.writeFileSync(file, `${lines.join('\n')}\n{"id": "cut`);
    const order: string[] = [];
    const reading = readRequestsJsonlAsync(file, { allowTruncatedTail: true }).then((result) => {
      order.push('read');
      return result;
    });
    setImmediate(() => order.push('handler ran'));
    const result = await reading;
    expect(order).toEqual(['handler ran', 'read']);
    expect(result).toEqual(readRequestsJsonl(file, { allowTruncatedTail: true }));
    expect(result.records).toHaveLength(4000);
    expect(result.truncated_tail).toBe(true);
  });
});
