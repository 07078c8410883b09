import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Http1ResponseParser, HttpProtocolError, type ResponseHead } from '../../src/load/http1-response-parser.js';

interface Parsed {
  heads: ResponseHead[];
  body: Buffer;
  ended: boolean;
  extra: number;
}

/** Feeds `bytes` cut at `cuts` (sorted offsets) to a fresh parser; `close` tells it the connection closed after. */
function parse(bytes: Uint8Array, cuts: number[] = [], close = false): Parsed {
  const out: Parsed = { heads: [], body: Buffer.alloc(0), ended: false, extra: 0 };
  const parts: Buffer[] = [];
  const parser = new Http1ResponseParser({
    head: (h) => out.heads.push(h),
    body: (b) => parts.push(Buffer.from(b)),
    end: () => (out.ended = true),
  });
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.extra += parser.push(Buffer.from(bytes.subarray(from, cut)));
    from = cut;
  }
  if (close) parser.close();
  out.body = Buffer.concat(parts);
  return out;
}

const cutsOf = (n: number) => fc.uniqueArray(fc.integer({ min: 0, max: n }), { maxLength: 16 }).map((c) => c.sort((a, b) => a - b));

/** A body split into chunks of the chunked transfer coding, sizes in either hex case, with or without extensions. */
function chunked(body: Uint8Array, sizes: number[], upper: boolean, ext: boolean): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= body.length) break;
    const piece = body.subarray(at, at + Math.max(1, size));
    at += piece.length;
    const hex = piece.length.toString(16);
    out.push(Buffer.from(`${upper ? hex.toUpperCase() : hex}${ext ? ';name=value' : ''}\r\n`), Buffer.from(piece), Buffer.from('\r\n'));
  }
  if (at < body.length) out.push(Buffer.from(`${(body.length - at).toString(16)}\r\n`), Buffer.from(body.subarray(at)), Buffer.from('\r\n'));
  out.push(Buffer.from('0\r\nx-trailer: 1\r\n\r\n'));
  return Buffer.concat(out);
}

const HEAD_CHUNKED = 'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n';

describe('Http1ResponseParser under arbitrary input (fast-check)', () => {
  it('chunked: the body is exactly the bytes sent, however they are chunked and however the network cuts them', () => {
    const input = fc
      .tuple(fc.uint8Array({ maxLength: 400 }), fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 20 }), fc.boolean(), fc.boolean())
      .chain(([body, sizes, upper, ext]) => {
        const bytes = Buffer.concat([Buffer.from(HEAD_CHUNKED), chunked(body, sizes, upper, ext)]);
        return fc.tuple(fc.constant(body), fc.constant(bytes), cutsOf(bytes.length));
      });
    fc.assert(
      fc.property(input, ([body, bytes, cuts]) => {
        const r = parse(bytes, cuts);
        expect(r.ended).toBe(true);
        expect(r.extra).toBe(0);
        expect(r.body.equals(Buffer.from(body))).toBe(true);
        expect(r.heads).toHaveLength(1);
        expect(r.heads[0]!.keep_alive).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('content-length: the body is exactly that many bytes, the rest is reported as extra', () => {
    const input = fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 20 })).chain(([body, after]) => {
      const bytes = Buffer.concat([Buffer.from(`HTTP/1.1 503 Busy\r\nContent-Length: ${body.length}\r\n\r\n`), body, after]);
      return fc.tuple(fc.constant(body), fc.constant(after.length), fc.constant(bytes), cutsOf(bytes.length));
    });
    fc.assert(
      fc.property(input, ([body, afterLength, bytes, cuts]) => {
        const r = parse(bytes, cuts);
        expect(r.ended).toBe(true);
        expect(r.body.equals(Buffer.from(body))).toBe(true);
        expect(r.extra).toBe(afterLength);
        expect(r.heads[0]!.status).toBe(503);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but HttpProtocolError, whatever the bytes after a status line', () => {
    const input = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string().map((s) => Buffer.from(`HTTP/1.1 200 OK\r\n${s}`)), fc.string().map((s) => Buffer.from(`${HEAD_CHUNKED}${s}`)));
    fc.assert(
      fc.property(input, (bytes) => {
        try {
          parse(bytes, [], true);
        } catch (err) {
          expect(err).toBeInstanceOf(HttpProtocolError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('Http1ResponseParser framing', () => {
  it('a body without length or chunked coding ends with the connection, which is then not kept', () => {
    const r = parse(Buffer.from('HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\ndata: 1\n\n'), [20], true);
    expect(r.ended).toBe(true);
    expect(r.body.toString()).toBe('data: 1\n\n');
    expect(r.heads[0]!.keep_alive).toBe(false);
  });

  it('a chunked body cut short by the close does not end', () => {
    const r = parse(Buffer.from(`${HEAD_CHUNKED}5\r\nab`), [], true);
    expect(r.ended).toBe(false);
  });

  it('skips an interim 100 Continue and reads the final response', () => {
    const r = parse(Buffer.from('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n'));
    expect(r.heads.map((h) => h.status)).toEqual([204]);
    expect(r.ended).toBe(true);
    expect(r.heads[0]!.keep_alive).toBe(false);
  });

  it('joins repeated header fields and lower-cases names', () => {
    const r = parse(Buffer.from('HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a: 2\r\nContent-Length: 0\r\n\r\n'));
    expect(r.heads[0]!.headers.get('x-a')).toBe('1, 2');
  });

  it('HTTP/1.0 keeps the connection only when asked', () => {
    expect(parse(Buffer.from('HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n')).heads[0]!.keep_alive).toBe(false);
    expect(parse(Buffer.from('HTTP/1.0 200 OK\r\nconnection: keep-alive\r\ncontent-length: 0\r\n\r\n')).heads[0]!.keep_alive).toBe(true);
  });

  it.each([
    ['not HTTP', 'SSH-2.0-OpenSSH\r\n\r\n', 'status line'],
    ['a bad chunk size', `${HEAD_CHUNKED}zz\r\n`, 'invalid chunk size'],
    ['a chunk longer than declared', `${HEAD_CHUNKED}2\r\nabc\r\n`, 'longer than its declared size'],
    ['conflicting content-lengths', 'HTTP/1.1 200 OK\r\ncontent-length: 1\r\ncontent-length: 2\r\n\r\n', 'content-length'],
    ['a malformed header', 'HTTP/1.1 200 OK\r\nno colon here\r\n\r\n', 'malformed header'],
  ])('names the problem: %s', (_name, text, expected) => {
    expect(() => parse(Buffer.from(text))).toThrow(expected);
  });

  it('refuses a head longer than the limit instead of buffering it for ever', () => {
    const head = `HTTP/1.1 200 OK\r\n${'x-long: a\r\n'.repeat(3000)}`;
    expect(() => parse(Buffer.from(head), [100, 5000, 20000])).toThrow('longer than');
  });
});
