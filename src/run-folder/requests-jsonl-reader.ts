/**
 * The one reader of requests.jsonl: the pipeline's read-back after the load, `infergate report` on a run
 * folder and a baseline's overlay all go through it. Each line's shape is checked; a bad line is an
 * InputError naming the file and line. A last line cut short without its newline (the process died
 * mid-write) is reported as such, or skipped and flagged when the caller allows it.
 *
 * `requestRecords` is the reader: one streaming pass, a record at a time, the file read 1 MiB at a time
 * and never held whole, the event loop given a turn after each chunk. The other entries collect the
 * same pass: `readRequestsJsonlAsync`, `readRequestsJsonl` (synchronous), `parseRequestsJsonl` (text
 * already in memory); `readRequestColumns` (requests-jsonl-columns.ts: the pipeline and `infergate report`)
 * keeps typed columns and where each line lies instead of the records. A run parses the file once (test/run-folder/parsed-once.test.ts).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import fs from 'node:fs';
import { InputError, located } from '../util/errors.js';
import { firstInvalidUtf8, hasBom, notUtf8Message, UTF8_BOM } from '../util/utf8-text.js';
import { FAILURE_KINDS, type FailureKind, type RequestRecord } from './request-record.js';

const KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>(FAILURE_KINDS);

export interface ReadRequestsOptions {
  /** Skip a last line cut short instead of refusing the file (the run's own read-back: the disk filled). */
  allowTruncatedTail?: boolean;
  /** Called when such a line was skipped. */
  onTruncatedTail?: () => void;
}

export interface ReadRequestsResult {
  records: RequestRecord[];
  /** The file ended in a partial line that was skipped (only with allowTruncatedTail). */
  truncated_tail: boolean;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v: unknown): boolean => v === null || isNum(v);

/** Returns the name of the first field that does not fit the record contract, or null. */
export function recordProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'the line is not a JSON object';
  const r = v as Record<string, unknown>;
  if (typeof r.id !== 'string') return 'id must be a string';
  if (!Number.isInteger(r.index)) return 'index must be an integer';
  if (typeof r.warmup !== 'boolean') return 'warmup must be true or false';
  if (!Number.isInteger(r.step)) return 'step must be an integer';
  if (!isNum(r.send_ms)) return 'send_ms must be a number';
  for (const k of ['ttft_ms', 'first_choice_ms', 'e2el_ms', 'close_ms', 'prompt_tokens', 'output_tokens'] as const) {
    if (!isNumOrNull(r[k])) return `${k} must be a number or null`;
  }
  if (!Array.isArray(r.text_event_ms) || !r.text_event_ms.every(isNum)) return 'text_event_ms must be an array of numbers';
  if (typeof r.output_tokens_estimated !== 'boolean') return 'output_tokens_estimated must be true or false';
  if (!(r.finish_reason === null || typeof r.finish_reason === 'string')) return 'finish_reason must be a string or null';
  if (typeof r.text !== 'string') return 'text must be a string';
  if (!Number.isInteger(r.retries)) return 'retries must be an integer';
  if (r.error !== null) {
    if (typeof r.error !== 'object' || Array.isArray(r.error)) return 'error must be an object or null';
    const e = r.error as Record<string, unknown>;
    if (!KINDS.has(e.kind as FailureKind)) return `error.kind "${String(e.kind)}" is not a known failure kind`;
    if (typeof e.message !== 'string') return 'error.message must be a string';
  }
  return null;
}

/** Checks and parses one line (1-based `lineNo`); `isCutTail` marks a last line with no newline after it. */
function parseLine(raw: string, lineNo: number, isCutTail: boolean, file: string, options: ReadRequestsOptions): RequestRecord | 'skip' | 'cut' {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line.trim().length === 0) return 'skip';
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    if (isCutTail) {
      if (options.allowTruncatedTail) return 'cut';
      throw new InputError(located(file, lineNo, 'the last line is cut short (the run stopped while writing it).'));
    }
    throw new InputError(located(file, lineNo, 'the line is not valid JSON.'));
  }
  const problem = recordProblem(value);
  if (problem) throw new InputError(located(file, lineNo, `${problem}.`));
  return value as RequestRecord;
}

/** requests.jsonl's text already in memory (a leading byte-order mark is dropped). */
export function parseRequestsJsonl(text: string, file: string, options: ReadRequestsOptions = {}): ReadRequestsResult {
  const records: RequestRecord[] = [];
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  const endsClean = text.length === 0 || text.endsWith('\n');
  let truncated = false;
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseLine(lines[i]!, i + 1, i === lines.length - 1 && !endsClean, file, options);
    if (parsed === 'cut') truncated = true;
    else if (parsed !== 'skip') records.push(parsed);
  }
  return { records, truncated_tail: truncated };
}

/** Bytes read at a time: the file (110 MB for 100,000 requests) is never held whole. */
const READ_CHUNK = 1 << 20;

/**
 * The reader: every record of the file in order, one pass. A consumer that keeps only what it needs
 * keeps memory bounded; a signal is handled between chunks, not after the whole file.
 */
export async function* requestRecords(file: string, options: ReadRequestsOptions = {}): AsyncGenerator<RequestRecord, void, void> {
  for (const chunk of recordsByChunk(file, options)) {
    yield* chunk;
    await nextTurn();
  }
}

/**
 * All records, read in the same pass and chunks as `requestRecords`, the event loop given a turn after
 * each chunk. It collects a chunk at a time rather than awaiting each record: 100,000 awaits would
 * cost the run's read-back about a second.
 */
export async function readRequestsJsonlAsync(file: string, options: ReadRequestsOptions = {}): Promise<ReadRequestsResult> {
  const result: ReadRequestsResult = { records: [], truncated_tail: false };
  for (const chunk of recordsByChunk(file, withTailFlag(options, result))) {
    result.records.push(...chunk);
    await nextTurn();
  }
  return result;
}

/** All records, read synchronously in the same chunks (for callers that cannot wait: `infergate report`). */
export function readRequestsJsonl(file: string, options: ReadRequestsOptions = {}): ReadRequestsResult {
  const result: ReadRequestsResult = { records: [], truncated_tail: false };
  for (const chunk of recordsByChunk(file, withTailFlag(options, result))) result.records.push(...chunk);
  return result;
}

function withTailFlag(options: ReadRequestsOptions, result: ReadRequestsResult): ReadRequestsOptions {
  return {
    ...options,
    onTruncatedTail: () => {
      result.truncated_tail = true;
      options.onTruncatedTail?.();
    },
  };
}

/**
 * Takes each record as its line is parsed, with where the line's bytes lie in the file (after a
 * byte-order mark); the chunks then come out empty. A record handed on at once dies young: a chunk's
 * worth collected in an array lives through the collector's young-generation passes and is promoted.
 */
export type RecordSink = (record: RequestRecord, start: number, bytes: number) => void;

/**
 * The reading loop: yields the records of each 1 MiB chunk (and closes the file when drained or failed).
 * Lines are cut at the newline byte before decoding, which is safe in UTF-8 (0x0A never occurs inside a
 * multi-byte character); each line's bytes are checked to be UTF-8 before they are decoded.
 */
export function* recordsByChunk(file: string, options: ReadRequestsOptions, sink?: RecordSink): Generator<RequestRecord[], void, void> {
  const fd = openRegularFile(file);
  let lineNo = 0;
  // The file offset of the line being parsed: where a consumer can read its record back (readLineRecord).
  let lineStart = 0;
  const parseBytes = (bytes: Buffer, isCutTail: boolean): RequestRecord | null => {
    lineNo += 1;
    const bom = lineNo === 1 && hasBom(bytes) ? UTF8_BOM.length : 0;
    const body = bom > 0 ? bytes.subarray(bom) : bytes;
    // A line cut short may end inside a character: it is judged as cut first, any other line as text.
    const bad = firstInvalidUtf8(body);
    if (bad >= 0 && !isCutTail) throw new InputError(notUtf8Message(file, body, bad, lineNo));
    const parsed = parseLine(body.toString('utf8'), lineNo, isCutTail, file, options);
    if (bad >= 0 && parsed !== 'cut') throw new InputError(notUtf8Message(file, body, bad, lineNo));
    if (parsed === 'cut') options.onTruncatedTail?.();
    if (parsed === 'skip' || parsed === 'cut') return null;
    if (!sink) return parsed;
    sink(parsed, lineStart + bom, body.length);
    return null;
  };
  try {
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    let pending: Buffer[] = [];
    let consumed = 0;
    for (let n = readChunk(fd, buf, file); n > 0; n = readChunk(fd, buf, file)) {
      const records: RequestRecord[] = [];
      let start = 0;
      for (let nl = buf.indexOf(10, 0); nl >= 0 && nl < n; nl = buf.indexOf(10, start)) {
        const piece = buf.subarray(start, nl);
        const record = parseBytes(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece, false);
        pending = [];
        if (record) records.push(record);
        lineStart = consumed + nl + 1;
        start = nl + 1;
      }
      if (start < n) pending.push(Buffer.from(buf.subarray(start, n)));
      consumed += n;
      yield records;
    }
    const tail = pending.length > 0 ? parseBytes(Buffer.concat(pending), true) : null;
    if (tail) yield [tail];
  } finally {
    fs.closeSync(fd);
  }
}

export function cannotRead(file: string, err: unknown): InputError {
  return new InputError(located(file, undefined, `cannot read the requests log (${(err as NodeJS.ErrnoException).code ?? 'error'}).`));
}

/** Opens the file; a device or pipe may never end (a link to /dev/zero or /dev/full reads zeros forever). */
export function openRegularFile(file: string): number {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw cannotRead(file, err);
  }
  if (!fs.fstatSync(fd).isFile()) {
    fs.closeSync(fd);
    throw new InputError(located(file, undefined, 'the requests log is not a regular file.'));
  }
  return fd;
}

function readChunk(fd: number, buf: Buffer, file: string): number {
  try {
    return fs.readSync(fd, buf, 0, READ_CHUNK, null);
  } catch (err) {
    throw cannotRead(file, err);
  }
}
