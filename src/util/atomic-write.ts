import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Writes a file so that a reader (or a crash at any point) sees either the previous file or the whole new
 * one: write a temporary sibling, flush it to disk, then rename over the target.
 */
export function writeFileAtomic(path: string, content: string | Buffer): void {
  writeThroughTemporary(path, (fd) => writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content));
}

/**
 * writeFileAtomic for content given a piece at a time (the lines of a large JSONL file): pieces are
 * written in batches of about 64 KiB, so the whole text is never held at once, and a batch's pieces die
 * young (a larger batch outlives the young generation's passes and its pieces are promoted).
 */
const BATCH_CHARS = 1 << 16;

export function writeChunksAtomic(path: string, pieces: Iterable<string>): void {
  writeThroughTemporary(path, (fd) => {
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      batch.push(piece);
      size += piece.length;
      if (size < BATCH_CHARS) continue;
      writeSync(fd, batch.join(''));
      batch = [];
      size = 0;
    }
    if (batch.length > 0) writeSync(fd, batch.join(''));
  });
}

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** The temporary sibling, flushed and renamed over `path`; removed again when any step fails. */
function writeThroughTemporary(path: string, write: (fd: number) => void): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      write(fd);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
