import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { parseRequestsJsonl, readRequestsJsonl, readRequestsJsonlAsync, requestRecords } from '../../src/run-folder/requests-jsonl-reader.js';
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

describe('the one reader, as the report read files before it', () => {
  it('drops a leading byte-order mark, as a file saved by an editor may carry', () => {
    const file = path.join(tmp(), 'requests.jsonl');
    fs.writeFileSync(file, `\uFEFF${JSON.stringify(record(0))}\n${JSON.stringify(record(1))}\n`);
    expect(readRequestsJsonl(file).records).toEqual([record(0), record(1)]);
    expect(parseRequestsJsonl(fs.readFileSync(file, 'utf8'), file).records).toEqual([record(0), record(1)]);
  });

  it('names the line and byte of text that is not UTF-8 rather than reading it as U+FFFD', () => {
    const file = path.join(tmp(), 'requests.jsonl');
    const latin1 = Buffer.from(JSON.stringify(record(1, { text: 'caf\u00e9' })), 'latin1');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(record(0))}\n`), latin1, Buffer.from('\n')]));
    expect(() => readRequestsJsonl(file)).toThrowError(new RegExp(`^${file}:2: not UTF-8 text \\(byte 0xE9 at column \\d+\\)`));
  });

  it('a last line cut inside a multi-byte character is a line cut short, not bad text', () => {
    const file = path.join(tmp(), 'requests.jsonl');
    const whole = Buffer.from(`${JSON.stringify(record(0))}\n${JSON.stringify(record(1, { text: '\u20ac\u20ac' }))}`);
    fs.writeFileSync(file, whole.subarray(0, whole.indexOf(Buffer.from('\u20ac')) + 2));
    expect(readRequestsJsonl(file, { allowTruncatedTail: true })).toEqual({ records: [record(0)], truncated_tail: true });
    expect(() => readRequestsJsonl(file)).toThrowError(`${file}:2: the last line is cut short (the run stopped while writing it).`);
  });
});

describe('requestRecords', () => {
  it('streams: a consumer that stops early never reads the rest of the file', async () => {
    const file = path.join(tmp(), 'requests.jsonl');
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify(record(i, { text: 'z'.repeat(1000) })));
    // A bad line past the first 1 MiB chunk: a reader that parsed the whole file first would throw.
    fs.writeFileSync(file, `${lines.join('\n')}\nnot json\n`);
    const first: RequestRecord[] = [];
    for await (const r of requestRecords(file)) {
      first.push(r);
      if (first.length === 10) break;
    }
    expect(first).toEqual(lines.slice(0, 10).map((l) => JSON.parse(l) as RequestRecord));
    await expect(readRequestsJsonlAsync(file)).rejects.toThrowError(`${file}:3001: the line is not valid JSON.`);
  });

  it('tells the caller of a last line it skipped', async () => {
    const file = path.join(tmp(), 'requests.jsonl');
    fs.writeFileSync(file, `${JSON.stringify(record(0))}\n{"id": "cu`);
    let skipped = 0;
    const seen: RequestRecord[] = [];
    for await (const r of requestRecords(file, { allowTruncatedTail: true, onTruncatedTail: () => (skipped += 1) })) seen.push(r);
    expect(seen).toEqual([record(0)]);
    expect(skipped).toBe(1);
  });
});
