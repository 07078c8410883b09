/**
 * requests.jsonl read into typed columns (request-columns.ts) in one streaming pass of the one reader
 * (requests-jsonl-reader.ts): each line is checked and parsed as every reader does, its numbers copied
 * into the columns, and the record dropped; where its line lies is kept (8 + 4 bytes) so a consumer that
 * needs a row's strings (the generated text of a prediction, an error message, an id) reads that one line
 * back. Memory after the read is the columns', not the records'.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import fs from 'node:fs';
import { InputError, located } from '../util/errors.js';
import { grownTo } from '../util/typed-array.js';
import type { RequestRecord } from './request-record.js';
import { RequestColumnsBuilder, type RecordReader, type RecordSource, type RequestColumns } from './request-columns.js';
import { cannotRead, openRegularFile, recordsByChunk, type ReadRequestsOptions } from './requests-jsonl-reader.js';

export interface ReadColumnsResult {
  columns: RequestColumns;
  /** The file ended in a partial line that was skipped (only with allowTruncatedTail). */
  truncated_tail: boolean;
}

/** Told of each record as it is read, with its row in the columns: to keep what only the strings say. */
export type OnRecord = (record: RequestRecord, row: number) => void;

/** The columns of every record of `file`, the event loop given a turn after each 1 MiB chunk. */
export async function readRequestColumns(file: string, options: ReadRequestsOptions = {}, onRecord?: OnRecord): Promise<ReadColumnsResult> {
  const reading = startColumns(file, options, onRecord);
  // Each record goes into the columns as its line is parsed; the chunks come out empty.
  for (const _chunk of reading.chunks) await nextTurn();
  return reading.result();
}

/** The same pass, synchronously (for callers that cannot wait: `infergate report`). */
export function readRequestColumnsSync(file: string, options: ReadRequestsOptions = {}): ReadColumnsResult {
  const reading = startColumns(file, options);
  for (const _chunk of reading.chunks);
  return reading.result();
}

function startColumns(file: string, options: ReadRequestsOptions, onRecord?: OnRecord) {
  const builder = new RequestColumnsBuilder(4096);
  let row = 0;
  const lines = new LinePositions();
  let truncated = false;
  const chunks = recordsByChunk(file, { ...options, onTruncatedTail: () => ((truncated = true), options.onTruncatedTail?.()) }, (record, start, bytes) => {
    builder.add(record);
    lines.add(start, bytes);
    onRecord?.(record, row++);
  });
  return { chunks, result: (): ReadColumnsResult => ({ columns: builder.build(lines.source(file)), truncated_tail: truncated }) };
}

/** Where each kept line lies in the file: offset and length, grown by doubling. */
class LinePositions {
  private starts = new Float64Array(4096);
  private lengths = new Uint32Array(4096);
  private n = 0;

  add(start: number, bytes: number): void {
    if (this.n === this.starts.length) {
      this.starts = grownTo(this.starts, this.n * 2);
      this.lengths = grownTo(this.lengths, this.n * 2);
    }
    this.starts[this.n] = start;
    this.lengths[this.n++] = bytes;
  }

  source(file: string): RecordSource {
    const starts = this.starts.slice(0, this.n);
    const lengths = this.lengths.slice(0, this.n);
    return { open: () => lineReader(file, starts, lengths) };
  }
}

/**
 * Reads row `r`'s line back and parses it. The line was checked when the columns were read; a file
 * changed since (it is the run's own, but a user may touch it) is an InputError naming the line's offset.
 */
function lineReader(file: string, starts: Float64Array, lengths: Uint32Array): RecordReader {
  const fd = openRegularFile(file);
  let buffer = Buffer.allocUnsafe(4096);
  return {
    record(row: number): RequestRecord {
      const bytes = lengths[row]!;
      if (buffer.length < bytes) buffer = Buffer.allocUnsafe(bytes * 2);
      let got: number;
      try {
        got = fs.readSync(fd, buffer, 0, bytes, starts[row]!);
      } catch (err) {
        throw cannotRead(file, err);
      }
      const text = buffer.toString('utf8', 0, got);
      try {
        return JSON.parse(text.endsWith('\r') ? text.slice(0, -1) : text) as RequestRecord;
      } catch {
        throw new InputError(located(file, undefined, `the record at byte ${starts[row]} changed after it was read.`));
      }
    },
    close: () => fs.closeSync(fd),
  };
}
