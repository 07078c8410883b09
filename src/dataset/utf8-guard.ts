import { Transform, type TransformCallback } from 'node:stream';
import { InputError } from '../util/errors.js';
import { countNewlines, firstInvalidUtf8, hasBom, notUtf8Message, UTF8_BOM } from '../util/utf8-text.js';

/**
 * A pass-through for a streamed data file (CSV, JSON Lines): drops a leading BOM, and fails with an
 * InputError naming the line of the first byte that is not UTF-8 (util/utf8-text.ts says why). The bytes
 * of a character split across two chunks are held back until the rest arrives.
 */
export function utf8Guard(file: string): Transform {
  let carry: Buffer = Buffer.alloc(0);
  let line = 1;
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      let data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      if (first) {
        if (data.length < UTF8_BOM.length && UTF8_BOM.subarray(0, data.length).equals(data)) {
          carry = data; // too short to tell a BOM yet
          callback();
          return;
        }
        first = false;
        if (hasBom(data)) data = data.subarray(UTF8_BOM.length);
      }
      const cut = completeLength(data);
      const body = data.subarray(0, cut);
      carry = Buffer.from(data.subarray(cut));
      const bad = firstInvalidUtf8(body);
      if (bad >= 0) {
        callback(new InputError(notUtf8Message(file, body, bad, line)));
        return;
      }
      line += countNewlines(body);
      callback(null, body);
    },
    flush(callback: TransformCallback) {
      if (carry.length === 0) {
        callback();
        return;
      }
      // Held back and never completed: a multi-byte character (or a BOM) cut off by the end of the file.
      const lead = carry[0]!;
      const cutOff = lead >= 0xc2 && lead <= 0xf4;
      callback(new InputError(notUtf8Message(file, carry, cutOff ? carry.length : 0, line)));
    },
  });
}

/** Length of `data` up to the last character that is complete (a cut-off multi-byte tail stays out). */
function completeLength(data: Buffer): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const byte = data[data.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? data.length - back : data.length;
  }
  return data.length;
}
