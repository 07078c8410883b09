import { createHash } from 'node:crypto';
import type { XsumRow } from './xsum-row.js';

/** sha256 over the rows used, in order; fields are length-prefixed so no two row lists collide. */
export function rowsChecksum(rows: readonly XsumRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows) {
    for (const field of [row.id, row.document, row.summary]) {
      const bytes = Buffer.from(field, 'utf8');
      hash.update(`${bytes.length}:`);
      hash.update(bytes);
    }
  }
  return `sha256:${hash.digest('hex')}`;
}
