import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { InputError, located } from '../util/errors.js';
import { decodeUtf8Text, hasBom, UTF8_BOM } from '../util/utf8-text.js';
import { utf8Guard } from './utf8-guard.js';
import { rawRowOf, type RawRow } from './xsum-row.js';

/** Whether the file starts with a UTF-8 BOM (the guard drops it: line offsets count it back in). */
function startsWithBom(path: string): boolean {
  const head = Buffer.alloc(3);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return hasBom(head.subarray(0, readSync(fd, head, 0, 3, 0)));
  } catch {
    return false; // the stream below reports why the file cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The lines of a UTF-8 byte stream with the byte offset of each in the file, split as readline splits
 * them (LF, CRLF, or a lone CR; CRLF is one break even across chunks). A line's bytes are joined only when
 * it spans chunks.
 */
export async function* linesWithOffsets(chunks: AsyncIterable<Buffer>, firstOffset: number): AsyncGenerator<{ text: string; offset: number; length: number }> {
  let pieces: Buffer[] = [];
  let lineStart = firstOffset;
  let position = firstOffset;
  let afterCr = false;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    let from = 0;
    if (afterCr && chunk.length > 0 && chunk[0] === 0x0a) {
      from = 1;
      lineStart = position + 1;
    }
    afterCr = false;
    // The next LF and the next CR, each found natively (a byte-by-byte loop was most of the pass's time).
    let lf = chunk.indexOf(0x0a, from);
    let cr = chunk.indexOf(0x0d, from);
    while (lf >= 0 || cr >= 0) {
      const i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      const byte = chunk[i];
      const bytes = pieces.length === 0 ? chunk.subarray(from, i) : Buffer.concat([...pieces, chunk.subarray(from, i)]);
      pieces = [];
      yield { text: bytes.toString('utf8'), offset: lineStart, length: bytes.length };
      const crlf = byte === 0x0d && chunk[i + 1] === 0x0a;
      if (byte === 0x0d && i + 1 === chunk.length) afterCr = true;
      from = i + (crlf ? 2 : 1);
      lineStart = position + from;
      if (lf >= 0 && lf < from) lf = chunk.indexOf(0x0a, from);
      if (cr >= 0 && cr < from) cr = chunk.indexOf(0x0d, from);
    }
    if (from < chunk.length) pieces.push(chunk.subarray(from));
    position += chunk.length;
  }
  if (pieces.length > 0) {
    const bytes = Buffer.concat(pieces);
    yield { text: bytes.toString('utf8'), offset: lineStart, length: bytes.length };
  }
}

/**
 * JSON Lines: one {id, document, summary} object per line; blank lines are allowed; UTF-8, BOM dropped.
 * Each row says where its line lies in the file (`span`): the dataset keeps that, not the row.
 */
export async function* readJsonlRows(path: string): AsyncGenerator<RawRow> {
  const bom = startsWithBom(path);
  const bytes = pipeline(createReadStream(path), utf8Guard(path), () => undefined);
  let number = 0;
  try {
    for await (const line of linesWithOffsets(bytes as AsyncIterable<Buffer>, bom ? UTF8_BOM.length : 0)) {
      number++;
      if (line.text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch (error) {
        throw new InputError(located(path, number, `invalid JSON: ${(error as Error).message}`));
      }
      yield { ...rawRowOf(value, `${path}:${number}`), span: { offset: line.offset, length: line.length, line: number } };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read the data file: ${(error as Error).message}`);
  } finally {
    bytes.destroy();
  }
}

/** A JSON file holding a list of rows, or {data: [...]} / {rows: [...]} as dataset exports do. */
export async function* readJsonRows(path: string): AsyncGenerator<RawRow> {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8Text(readFileSync(path), path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(value) ? value : ((value as Record<string, unknown> | null)?.data ?? (value as Record<string, unknown> | null)?.rows);
  if (!Array.isArray(list)) throw new InputError(`${path}: expected a list of {id, document, summary} rows (or {"data": [...]})`);
  for (let i = 0; i < list.length; i++) yield rawRowOf(list[i], `${path}: row ${i + 1}`);
}
