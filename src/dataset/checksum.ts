import { createHash, type Hash } from 'node:crypto';
import type { XsumRow } from './xsum-row.js';

/**
 * sha256 over the rows used, in order; fields are length-prefixed so no two row lists collide. Fed a row
 * at a time, so the dataset's one pass over its file hashes each row as it keeps it (load-dataset.ts).
 */
export class RowsChecksum {
  private readonly hash: Hash = createHash('sha256');

  add(row: XsumRow): void {
    const { id, document, summary } = row;
    // The same bytes as one update a field and its prefix each, in one call: six calls a row were half the
    // hashing's time. No surrogate pair can form across the joins: each field is preceded by a digit and ':'.
    this.hash.update(`${Buffer.byteLength(id, 'utf8')}:${id}${Buffer.byteLength(document, 'utf8')}:${document}${Buffer.byteLength(summary, 'utf8')}:${summary}`, 'utf8');
  }

  digest(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

/** The checksum of a list of rows (RowsChecksum over each). */
export function rowsChecksum(rows: readonly XsumRow[]): string {
  const checksum = new RowsChecksum();
  for (const row of rows) checksum.add(row);
  return checksum.digest();
}
