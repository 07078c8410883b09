/**
 * Appends RequestRecords to requests.jsonl as they complete, one JSON line each, written synchronously so
 * a crash mid-run keeps every request finished before it. Pass `writer.append` as runLoad's onRecord.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RequestRecord } from './request-record.js';
import { RunError } from '../util/errors.js';
import { redactSecrets } from '../util/secrets.js';

export class RequestsJsonlWriter {
  private fd: number | null;
  private count = 0;
  /** The first write failure: after it nothing more is written, so a cut line can only be the last one. */
  private failure: RunError | null = null;

  /** Creates (or truncates) the file; its folder is created when missing. */
  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fd = fs.openSync(file, 'w');
  }

  get written(): number {
    return this.count;
  }

  /** Bound so it can be handed over as a callback. */
  readonly append = (record: RequestRecord): void => {
    if (this.fd === null) throw new Error(`requests log ${this.file} is already closed`);
    if (this.failure) throw this.failure;
    // A server may echo a request's token in its error body: records never carry it.
    const line = Buffer.from(`${redactSecrets(JSON.stringify(record))}\n`, 'utf8');
    try {
      // writeSync may write part of the line (a disk about to fill); the rest is written, or fails, next.
      for (let done = 0; done < line.length; ) done += fs.writeSync(this.fd, line, done, line.length - done);
    } catch (error) {
      // A full disk (ENOSPC) or a vanished folder: the run cannot keep its records, so it stops, naming why.
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.failure = new RunError(`${this.file}: cannot write request record ${this.count + 1} (${code}${code === 'ENOSPC' ? ': the disk is full' : ''})`);
      throw this.failure;
    }
    this.count += 1;
  };

  close(): void {
    if (this.fd === null) return;
    fs.closeSync(this.fd);
    this.fd = null;
  }
}
