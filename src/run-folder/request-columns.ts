/**
 * A run's requests as typed columns: what every stage after the load draws its figures from, instead of a
 * RequestRecord object a request (about 550 bytes of heap each, 55 MB at 100,000 requests). A request is a
 * row; its numbers sit in Float64Array/Int32Array/Uint8Array columns (null is NaN), the arrival offsets of
 * all its text events in one Float64Array sliced by `eventStart`. Strings (id, generated text, finish
 * reason, error message) are not kept: `source` reads a row's whole record back when one is needed (the
 * line of requests.jsonl it came from, or the record it was built from), so memory after the load is a
 * few dozen bytes a request plus 8 bytes a text event.
 */
import { grownTo } from '../util/typed-array.js';
import { FAILURE_KINDS, type FailureKind, type RequestRecord } from './request-record.js';

/** Reads whole records back by row: a line of requests.jsonl, or a record held in memory. */
export interface RecordSource {
  /** Opens the source for a pass; `close` releases what the pass held (a file descriptor). */
  open(): RecordReader;
}

export interface RecordReader {
  record(row: number): RequestRecord;
  close(): void;
}

export interface RequestColumns {
  /** Rows, in the order the records were read (requests.jsonl: the order requests ended). */
  readonly length: number;
  readonly index: Float64Array;
  readonly step: Int32Array;
  readonly trial: Int32Array;
  /** 1 for a warmup request. */
  readonly warmup: Uint8Array;
  readonly sendMs: Float64Array;
  readonly ttftMs: Float64Array;
  readonly firstChoiceMs: Float64Array;
  readonly e2elMs: Float64Array;
  readonly closeMs: Float64Array;
  readonly promptTokens: Float64Array;
  readonly outputTokens: Float64Array;
  /** 1 when output_tokens is the text-event count rather than server usage. */
  readonly outputEstimated: Uint8Array;
  readonly retries: Int32Array;
  /** 0 for a request without error, else 1 + the kind's position in FAILURE_KINDS. */
  readonly errorKind: Uint8Array;
  /** The text events of row r are events[eventStart[r] .. eventStart[r + 1]). */
  readonly eventStart: Float64Array;
  readonly events: Float64Array;
  readonly source: RecordSource;
}

const NULL = Number.NaN;
const orNaN = (v: number | null | undefined): number => (v === null || v === undefined ? NULL : v);
/** A column's value as the record carries it: NaN back to null. */
export const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

export function failureKindOf(columns: RequestColumns, row: number): FailureKind | null {
  const code = columns.errorKind[row]!;
  return code === 0 ? null : FAILURE_KINDS[code - 1]!;
}

/** Completed: no error, with a first and a last text event (failed records are never measured). */
export function isCompletedRow(columns: RequestColumns, row: number): boolean {
  return columns.errorKind[row] === 0 && !Number.isNaN(columns.ttftMs[row]!) && !Number.isNaN(columns.e2elMs[row]!);
}

export function eventCount(columns: RequestColumns, row: number): number {
  return columns.eventStart[row + 1]! - columns.eventStart[row]!;
}

/** Rows in order that pass `keep`, as row numbers (4 bytes a row). */
export function selectRows(columns: RequestColumns, keep: (row: number) => boolean): Uint32Array {
  const rows = new Uint32Array(columns.length);
  let n = 0;
  for (let row = 0; row < columns.length; row++) if (keep(row)) rows[n++] = row;
  return rows.slice(0, n);
}

/** Every row that is not a warmup request. */
export const measuredRows = (columns: RequestColumns): Uint32Array => selectRows(columns, (row) => columns.warmup[row] === 0);

const KIND_CODE = new Map<FailureKind, number>(FAILURE_KINDS.map((kind, i) => [kind, i + 1]));

/** Fills the columns a record at a time, each column grown by doubling. */
export class RequestColumnsBuilder {
  private rows = 0;
  private events = 0;
  private capacity: number;
  private eventCapacity: number;
  private cols: Omit<RequestColumns, 'length' | 'source' | 'events'>;
  private eventData: Float64Array;

  constructor(expectedRows = 1024) {
    this.capacity = Math.max(16, expectedRows);
    this.eventCapacity = this.capacity * 4;
    this.cols = RequestColumnsBuilder.allocate(this.capacity);
    this.eventData = new Float64Array(this.eventCapacity);
  }

  private static allocate(n: number): Omit<RequestColumns, 'length' | 'source' | 'events'> {
    return {
      index: new Float64Array(n), step: new Int32Array(n), trial: new Int32Array(n), warmup: new Uint8Array(n),
      sendMs: new Float64Array(n), ttftMs: new Float64Array(n), firstChoiceMs: new Float64Array(n), e2elMs: new Float64Array(n),
      closeMs: new Float64Array(n), promptTokens: new Float64Array(n), outputTokens: new Float64Array(n),
      outputEstimated: new Uint8Array(n), retries: new Int32Array(n), errorKind: new Uint8Array(n), eventStart: new Float64Array(n + 1),
    };
  }

  add(r: RequestRecord): void {
    if (this.rows === this.capacity) this.grow(this.capacity * 2);
    const c = this.cols;
    const row = this.rows++;
    c.index[row] = r.index;
    c.step[row] = r.step;
    c.trial[row] = r.trial ?? 0;
    c.warmup[row] = r.warmup ? 1 : 0;
    c.sendMs[row] = r.send_ms;
    c.ttftMs[row] = orNaN(r.ttft_ms);
    c.firstChoiceMs[row] = orNaN(r.first_choice_ms);
    c.e2elMs[row] = orNaN(r.e2el_ms);
    c.closeMs[row] = orNaN(r.close_ms);
    c.promptTokens[row] = orNaN(r.prompt_tokens);
    c.outputTokens[row] = orNaN(r.output_tokens);
    c.outputEstimated[row] = r.output_tokens_estimated ? 1 : 0;
    c.retries[row] = r.retries;
    c.errorKind[row] = r.error === null ? 0 : (KIND_CODE.get(r.error.kind) ?? KIND_CODE.get('other')!);
    const times = r.text_event_ms;
    while (this.events + times.length > this.eventCapacity) this.growEvents(this.eventCapacity * 2);
    for (let i = 0; i < times.length; i++) this.eventData[this.events++] = times[i]!;
    c.eventStart[row + 1] = this.events;
  }

  private grow(capacity: number): void {
    const next = RequestColumnsBuilder.allocate(capacity);
    for (const key of Object.keys(next) as Array<keyof typeof next>) (next[key] as Float64Array).set(this.cols[key] as Float64Array);
    this.cols = next;
    this.capacity = capacity;
  }

  private growEvents(capacity: number): void {
    this.eventData = grownTo(this.eventData, capacity, this.events);
    this.eventCapacity = capacity;
  }

  /** The columns, each cut to its length (cutTo: a view when nearly full, else a copy that frees the spare room). */
  build(source: RecordSource): RequestColumns {
    const n = this.rows;
    const cut = Object.fromEntries(Object.entries(this.cols).map(([key, col]) => [key, cutTo(col as Float64Array, key === 'eventStart' ? n + 1 : n)]));
    return { ...(cut as unknown as Omit<RequestColumns, 'length' | 'source' | 'events'>), length: n, events: cutTo(this.eventData, this.events), source };
  }
}

/**
 * The first `used` entries of a column. Three quarters full or more, a view over it: a copy would hold the
 * column twice while it is made (at a million requests, ~230 MB of columns become ~460 MB for a moment), to
 * free at most a quarter. Less full (a short run in a large first allocation), a copy.
 */
function cutTo<T extends Float64Array | Int32Array | Uint8Array>(column: T, used: number): T {
  return (used * 4 >= column.length * 3 ? column.subarray(0, used) : column.slice(0, used)) as T;
}

/** Columns over records already in memory (tests, a baseline's overlay): the source hands back the records. */
export function columnsFromRecords(records: readonly RequestRecord[]): RequestColumns {
  const builder = new RequestColumnsBuilder(records.length);
  for (const record of records) builder.add(record);
  return builder.build({ open: () => ({ record: (row) => records[row]!, close: () => {} }) });
}

/** Every row's whole record, read back through the source: for the few consumers that need all of them at once. */
export function readAllRecords(columns: RequestColumns): RequestRecord[] {
  const reader = columns.source.open();
  try {
    return Array.from({ length: columns.length }, (_, row) => reader.record(row));
  } finally {
    reader.close();
  }
}

/**
 * Every row's record, read back whole from requests.jsonl a line at a time on each walk (the certification
 * criteria walk twice): one record is alive at a time, where readAllRecords holds them all.
 */
export function recordsOnEachWalk(columns: RequestColumns): Iterable<RequestRecord> {
  return { [Symbol.iterator]: () => eachRecord(columns) };
}

/**
 * Every row as a record, for a consumer that walks records once (the run's failure rule): a failed row's
 * record is read back whole (its id and message are the strings such a consumer reads), a completed row's
 * is built from its numbers with its strings left empty. One record is alive at a time.
 */
export function* recordsForCounting(columns: RequestColumns): Generator<RequestRecord> {
  const reader = columns.source.open();
  try {
    for (let r = 0; r < columns.length; r++) yield columns.errorKind[r] === 0 ? numbersOnlyRecord(columns, r) : reader.record(r);
  } finally {
    reader.close();
  }
}

/** Row r's record from its numbers alone: id, text and finish reason empty, no error kept. */
function numbersOnlyRecord(columns: RequestColumns, r: number): RequestRecord {
  return {
    id: '', index: columns.index[r]!, warmup: columns.warmup[r] === 1, step: columns.step[r]!, trial: columns.trial[r]!, send_ms: columns.sendMs[r]!,
    ttft_ms: orNull(columns.ttftMs[r]!), first_choice_ms: orNull(columns.firstChoiceMs[r]!), e2el_ms: orNull(columns.e2elMs[r]!), close_ms: orNull(columns.closeMs[r]!),
    text_event_ms: Array.from(columns.events.subarray(columns.eventStart[r], columns.eventStart[r + 1])),
    prompt_tokens: orNull(columns.promptTokens[r]!), output_tokens: orNull(columns.outputTokens[r]!), output_tokens_estimated: columns.outputEstimated[r] === 1,
    finish_reason: null, text: '', retries: columns.retries[r]!, error: null,
  };
}

/** What the report's functions take: the run's columns, or records held in memory (converted once). */
export type RequestRows = RequestColumns | readonly RequestRecord[];

export function asColumns(requests: RequestRows): RequestColumns {
  return Array.isArray(requests) ? columnsFromRecords(requests) : (requests as RequestColumns);
}

/** Every row's whole record in order, read back one at a time (one alive at a time): for a single walk. */
export function* eachRecord(columns: RequestColumns): Generator<RequestRecord> {
  const reader = columns.source.open();
  try {
    for (let r = 0; r < columns.length; r++) yield reader.record(r);
  } finally {
    reader.close();
  }
}
