import { isUtf8 } from 'node:buffer';
import { InputError, located } from './errors.js';

/**
 * Text files are UTF-8. Decoding anything else with Node's 'utf8' turns each stray byte into U+FFFD
 * without a word (a Latin-1 CSV is then scored as mojibake), so readers check the bytes first and name
 * the line of the first byte that is not UTF-8. A leading byte-order mark is dropped by every reader.
 */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1 (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the well-formed sequence starting at `i`, or 0 when it is not one (or is cut short). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  // Second-byte ranges exclude overlong forms, UTF-16 surrogates and code points above U+10FFFF.
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Number of "\n" bytes in bytes[from, to). */
export function countNewlines(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let count = 0;
  // indexOf searches natively: a loop over every byte cost 3 % of reading a 100,000-row data file.
  for (let at = bytes.indexOf(0x0a, from); at !== -1 && at < to; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/**
 * The sentence for a byte that is not UTF-8 at `offset` of `bytes`, whose first byte is on line
 * `firstLine`: the file, line and column (in bytes), and what to do about it.
 */
export function notUtf8Message(file: string, bytes: Uint8Array, offset: number, firstLine = 1): string {
  const line = firstLine + countNewlines(bytes, 0, offset);
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const byte = bytes[offset];
  const what = byte === undefined ? 'the file ends inside a multi-byte character' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at column ${offset - lineStart + 1}`;
  return located(file, line, `not UTF-8 text (${what}); save the file as UTF-8 (it may be Latin-1 or Windows-1252)`);
}

/** Decodes a whole file's bytes as UTF-8 without its BOM; InputError naming the line otherwise. */
export function decodeUtf8Text(bytes: Uint8Array, file: string): string {
  return checkedUtf8Body(bytes, file).toString('utf8');
}

/**
 * The file's bytes past a BOM, checked to be UTF-8 (an InputError naming the file and line otherwise):
 * for a reader that decodes them a line at a time rather than whole (decodeUtf8Text).
 */
export function checkedUtf8Body(bytes: Uint8Array, file: string): Buffer {
  const body = bytes.subarray(hasBom(bytes) ? UTF8_BOM.length : 0);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) throw new InputError(notUtf8Message(file, body, bad));
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

export function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
