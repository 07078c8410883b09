import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Guard } from '../../src/dataset/utf8-guard.js';
import { InputError } from '../../src/util/errors.js';
import { countNewlines, decodeUtf8Text, firstInvalidUtf8 } from '../../src/util/utf8-text.js';

/** Feeds `bytes` to the guard in the given chunks; resolves to the bytes out, or the error. */
async function throughGuard(bytes: Buffer, cuts: number[]): Promise<Buffer | Error> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    if (point > start) chunks.push(bytes.subarray(start, point));
    start = Math.max(start, point);
  }
  const out: Buffer[] = [];
  try {
    for await (const chunk of Readable.from(chunks, { objectMode: false }).pipe(utf8Guard('f.txt'))) out.push(chunk as Buffer);
  } catch (error) {
    return error as Error;
  }
  return Buffer.concat(out);
}

// Bytes that are mostly text with some stray high bytes, where UTF-8 mistakes live.
const textishBytes = fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.constant(0x0a), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 200 }).map((a) => Buffer.from(a));

describe('UTF-8 checking', () => {
  it('firstInvalidUtf8 agrees with Node, and everything before the offset is valid', () => {
    fc.assert(
      fc.property(fc.oneof(textishBytes, fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)), fc.string({ unit: 'grapheme' }).map((s) => Buffer.from(s))), (bytes) => {
        const offset = firstInvalidUtf8(bytes);
        expect(offset === -1).toBe(isUtf8(bytes));
        if (offset >= 0) expect(isUtf8(bytes.subarray(0, offset))).toBe(true);
      }),
    );
  });

  it('the stream guard passes any UTF-8 text through unchanged, however it is chunked, minus a BOM', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), async (text, bom, cuts) => {
        const bytes = Buffer.from((bom ? '\uFEFF' : '') + text);
        const out = await throughGuard(bytes, cuts);
        expect(out).toBeInstanceOf(Buffer);
        expect((out as Buffer).toString('utf8')).toBe(text.startsWith('\uFEFF') && !bom ? text.slice(1) : text);
      }),
    );
  });

  it('the stream guard fails exactly when the bytes are not UTF-8, with the same line as the whole-file check', async () => {
    await fc.assert(
      fc.asyncProperty(textishBytes, fc.array(fc.nat(), { maxLength: 8 }), async (bytes, cuts) => {
        const out = await throughGuard(bytes, cuts);
        let whole: string | Error;
        try {
          whole = decodeUtf8Text(bytes, 'f.txt');
        } catch (error) {
          whole = error as Error;
        }
        if (whole instanceof Error) {
          expect(out).toBeInstanceOf(InputError);
          expect((out as Error).message.split(':')[1]).toBe(whole.message.split(':')[1]);
        } else {
          expect((out as Buffer).toString('utf8')).toBe(whole);
        }
      }),
    );
  });

  it('countNewlines counts the newline bytes of any range, as a loop over every byte does', () => {
    const newlineHeavy = fc.uint8Array({ maxLength: 300 }).map((bytes) => bytes.map((b) => (b % 4 === 0 ? 0x0a : b)));
    fc.assert(
      fc.property(newlineHeavy, fc.nat(), fc.nat(), (bytes, a, b) => {
        const [from, to] = [a % (bytes.length + 1), b % (bytes.length + 1)].sort((x, y) => x - y) as [number, number];
        let expected = 0;
        for (let i = from; i < to; i++) if (bytes[i] === 0x0a) expected++;
        expect(countNewlines(bytes, from, to)).toBe(expected);
        expect(countNewlines(Buffer.from(bytes), from, to)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
