/**
 * Reads requests.jsonl back into RequestRecords, checking each line's shape. A bad line is an InputError
 * naming the file and line. A last line cut short without its newline (the process died mid-write) is
 * reported as such, or skipped and counted when the caller allows it.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import fs from 'node:fs';
import { InputError, located } from '../util/errors.js';
import type { FailureKind, RequestRecord } from '../run-folder/request-record.js';

const KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'http_status', 'connection_reset', 'connection_refused', 'timeout', 'malformed_event', 'no_text', 'server_error_event', 'aborted', 'other',
]);

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
function parseLine(
  raw: string, lineNo: number, isCutTail: boolean, file: string, options: { allowTruncatedTail?: boolean },
): RequestRecord | 'skip' | 'cut' {
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

export function parseRequestsJsonl(text: string, file: string, options: { allowTruncatedTail?: boolean } = {}): ReadRequestsResult {
  const records: RequestRecord[] = [];
  const lines = text.split('\n');
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
 * Reads the file line by line in 1 MiB chunks. Lines are cut at the newline byte before decoding, which
 * is safe in UTF-8 (0x0A never occurs inside a multi-byte character).
 */
export function readRequestsJsonl(file: string, options: { allowTruncatedTail?: boolean } = {}): ReadRequestsResult {
  const result: ReadRequestsResult = { records: [], truncated_tail: false };
  for (const _chunk of readingSteps(file, options, result));
  return result;
}

/**
 * readRequestsJsonl, giving the event loop a turn after each chunk: the read-back of a large run takes
 * seconds, and a signal must be handled during it, not after.
 */
export async function readRequestsJsonlAsync(file: string, options: { allowTruncatedTail?: boolean } = {}): Promise<ReadRequestsResult> {
  const result: ReadRequestsResult = { records: [], truncated_tail: false };
  for (const _chunk of readingSteps(file, options, result)) await nextTurn();
  return result;
}

/** The reading loop; it pauses after each chunk (and closes the file when drained or failed). */
function* readingSteps(file: string, options: { allowTruncatedTail?: boolean }, result: ReadRequestsResult): Generator<void, void, void> {
  const cannotRead = (err: unknown): InputError =>
    new InputError(located(file, undefined, `cannot read the requests log (${(err as NodeJS.ErrnoException).code ?? 'error'}).`));
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw cannotRead(err);
  }
  const records = result.records;
  let lineNo = 0;
  try {
    // A device or pipe may never end (a link to /dev/zero or /dev/full reads zeros forever).
    if (!fs.fstatSync(fd).isFile()) throw new InputError(located(file, undefined, 'the requests log is not a regular file.'));
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    let pending: Buffer[] = [];
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buf, 0, READ_CHUNK, null);
      } catch (err) {
        throw cannotRead(err);
      }
      if (n === 0) break;
      let start = 0;
      for (let nl = buf.indexOf(10, 0); nl >= 0 && nl < n; nl = buf.indexOf(10, start)) {
        const piece = buf.subarray(start, nl);
        const text = pending.length > 0 ? Buffer.concat([...pending, piece]).toString('utf8') : piece.toString('utf8');
        pending = [];
        lineNo += 1;
        const parsed = parseLine(text, lineNo, false, file, options);
        if (parsed !== 'skip' && parsed !== 'cut') records.push(parsed);
        start = nl + 1;
      }
      if (start < n) pending.push(Buffer.from(buf.subarray(start, n)));
      yield;
    }
    if (pending.length > 0) {
      const parsed = parseLine(Buffer.concat(pending).toString('utf8'), lineNo + 1, true, file, options);
      if (parsed === 'cut') result.truncated_tail = true;
      else if (parsed !== 'skip') records.push(parsed);
    }
  } finally {
    fs.closeSync(fd);
  }
}
