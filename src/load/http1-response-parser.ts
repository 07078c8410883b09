/**
 * Incremental HTTP/1.1 response parser over raw socket bytes (RFC 9112): the status line and header
 * fields, then the body framed by chunked transfer coding, a content-length, or the connection's close.
 * Feed it network chunks as they arrive; it hands body bytes on as views of those chunks (no copies), so
 * the caller can stamp and queue them. Interim 1xx responses (100 Continue, 103 Early Hints) are skipped.
 *
 * Written for the load generator's own client (stream-request.ts): one request per connection at a time,
 * no pipelining, so bytes after the end of a response mean the connection cannot be reused.
 */

/** A response that does not follow HTTP/1.1; the message names what was wrong. */
export class HttpProtocolError extends Error {
  readonly code = 'INFERGATE_HTTP_PROTOCOL';
}

export interface ResponseHead {
  status: number;
  /** Header fields by lower-case name; repeated fields joined with ", ". */
  headers: Map<string, string>;
  /** The connection may carry another request after this response ends. */
  keep_alive: boolean;
}

export interface ResponseSink {
  head(head: ResponseHead): void;
  /** A view of body bytes (chunked coding removed), in order. */
  body(bytes: Buffer): void;
  end(): void;
}

/** Longest head (status line and fields) accepted, as Node's own limit. */
export const MAX_HEAD_BYTES = 16 * 1024;
/** Longest chunk-size line or trailer field accepted. */
const MAX_LINE_BYTES = 4096;

type State = 'head' | 'size' | 'data' | 'data_end' | 'trailers' | 'length' | 'close' | 'done';

const CR = 13;
const LF = 10;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: [^\r\n]*)?$/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,13})[ \t]*(?:;.*)?$/;

export class Http1ResponseParser {
  private state: State = 'head';
  /** Bytes of an unfinished head, chunk-size line or trailer line. */
  private pending: Buffer | null = null;
  /** Bytes left in the current chunk or content-length body. */
  private remaining = 0;
  /** Bytes of the CRLF after a chunk's data already seen (0 or 1). */
  private crSeen = false;

  constructor(private readonly sink: ResponseSink) {}

  /** The response has ended. */
  get done(): boolean {
    return this.state === 'done';
  }

  /** The status line and headers are complete. */
  get headComplete(): boolean {
    return this.state !== 'head';
  }

  /**
   * Parses one network chunk. Returns the number of bytes after the end of the response (0 unless the
   * server sent more than one response); throws HttpProtocolError for bytes HTTP/1.1 does not allow.
   */
  push(chunk: Buffer): number {
    let at = 0;
    const n = chunk.length;
    while (at < n) {
      switch (this.state) {
        case 'head':
          at = this.readHead(chunk, at);
          break;
        case 'size':
          at = this.readSize(chunk, at);
          break;
        case 'data':
        case 'length': {
          const take = Math.min(this.remaining, n - at);
          this.sink.body(chunk.subarray(at, at + take));
          this.remaining -= take;
          at += take;
          if (this.remaining === 0) this.afterData();
          break;
        }
        case 'data_end':
          at = this.readDataEnd(chunk, at);
          break;
        case 'trailers':
          at = this.readLine(chunk, at, (line) => {
            if (line.length === 0) this.finish();
          });
          break;
        case 'close':
          this.sink.body(at === 0 ? chunk : chunk.subarray(at));
          at = n;
          break;
        case 'done':
          return n - at;
      }
    }
    return 0;
  }

  /**
   * The server closed the connection. Returns true when that ends the response (a body framed by the
   * close), false when the response was cut short.
   */
  close(): boolean {
    if (this.state === 'close') {
      this.finish();
      return true;
    }
    return this.state === 'done';
  }

  private readHead(chunk: Buffer, at: number): number {
    const bytes = this.pending ? Buffer.concat([this.pending, chunk.subarray(at)]) : chunk.subarray(at);
    const offset = this.pending ? this.pending.length : 0;
    const end = headEnd(bytes, Math.max(0, offset - 3));
    if (end < 0) {
      if (bytes.length > MAX_HEAD_BYTES) throw new HttpProtocolError(`the response head is longer than ${MAX_HEAD_BYTES} bytes`);
      this.pending = Buffer.from(bytes);
      return chunk.length;
    }
    if (end > MAX_HEAD_BYTES) throw new HttpProtocolError(`the response head is longer than ${MAX_HEAD_BYTES} bytes`);
    this.pending = null;
    const consumed = end - offset;
    this.onHead(bytes.toString('latin1', 0, end));
    return at + consumed;
  }

  private onHead(text: string): void {
    const lines = text.split(/\r?\n/);
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const statusLine = STATUS_LINE.exec(lines[0] ?? '');
    if (!statusLine) throw new HttpProtocolError(`the response does not start with an HTTP/1.x status line: ${JSON.stringify((lines[0] ?? '').slice(0, 80))}`);
    const minor = statusLine[1]!;
    const status = Number(statusLine[2]);
    const headers = new Map<string, string>();
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      if (!TOKEN.test(name)) throw new HttpProtocolError(`the response has a malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
      const key = name.toLowerCase();
      const value = line.slice(colon + 1).trim();
      const before = headers.get(key);
      headers.set(key, before === undefined ? value : `${before}, ${value}`);
    }
    if (status >= 100 && status < 200) {
      if (status === 101) throw new HttpProtocolError('the server switched protocols (101), which a streamed completion never asks for');
      return; // an interim response: the final one follows
    }
    const connection = (headers.get('connection') ?? '').toLowerCase();
    let keepAlive = minor === '1' ? !/(^|,)\s*close\s*(,|$)/.test(connection) : /(^|,)\s*keep-alive\s*(,|$)/.test(connection);
    const framing = this.framing(status, headers);
    if (framing === 'close') keepAlive = false;
    this.state = framing === 'done' ? 'length' : framing;
    this.sink.head({ status, headers, keep_alive: keepAlive });
    if (this.state === 'length' && this.remaining === 0) this.finish();
  }

  /** RFC 9112 §6.3: how the body of this response is delimited. */
  private framing(status: number, headers: Map<string, string>): State {
    if (status === 204 || status === 304) {
      this.remaining = 0;
      return 'done';
    }
    const coding = headers.get('transfer-encoding');
    if (coding !== undefined) {
      const last = coding.split(',').at(-1)!.trim().toLowerCase();
      return last === 'chunked' ? 'size' : 'close';
    }
    const length = headers.get('content-length');
    if (length === undefined) return 'close';
    const values = new Set(length.split(',').map((v) => v.trim()));
    const only = values.size === 1 ? [...values][0]! : '';
    if (!/^\d{1,15}$/.test(only)) throw new HttpProtocolError(`the response has an invalid content-length: ${JSON.stringify(length.slice(0, 40))}`);
    this.remaining = Number(only);
    return 'length';
  }

  /** Reads up to and including LF; calls `onLine` with the line (without CRLF) once it is whole. */
  private readLine(chunk: Buffer, at: number, onLine: (line: string) => void): number {
    const lf = chunk.indexOf(LF, at);
    const piece = chunk.subarray(at, lf < 0 ? chunk.length : lf);
    const line = this.pending ? Buffer.concat([this.pending, piece]) : piece;
    if (line.length > MAX_LINE_BYTES) throw new HttpProtocolError(`a chunk-size or trailer line of the response is longer than ${MAX_LINE_BYTES} bytes`);
    if (lf < 0) {
      this.pending = Buffer.from(line);
      return chunk.length;
    }
    this.pending = null;
    const end = line.length > 0 && line[line.length - 1] === CR ? line.length - 1 : line.length;
    onLine(line.toString('latin1', 0, end));
    return lf + 1;
  }

  /**
   * The common chunk-size line — hex digits then CRLF, whole in this chunk — read from the bytes without
   * a string; anything else (an extension, a line cut by the network) goes through readLine.
   */
  private readSize(chunk: Buffer, at: number): number {
    if (this.pending === null) {
      let size = 0;
      let i = at;
      for (; i < chunk.length && i - at < 13; i++) {
        const digit = hexValue(chunk[i]!);
        if (digit < 0) break;
        size = size * 16 + digit;
      }
      if (i > at && chunk[i] === CR && chunk[i + 1] === LF) {
        this.onSize(size);
        return i + 2;
      }
    }
    return this.readLine(chunk, at, (line) => this.onSizeLine(line));
  }

  private onSizeLine(line: string): void {
    const m = CHUNK_SIZE.exec(line);
    if (!m) throw new HttpProtocolError(`the response has an invalid chunk size: ${JSON.stringify(line.slice(0, 40))}`);
    this.onSize(parseInt(m[1]!, 16));
  }

  private onSize(size: number): void {
    if (size === 0) {
      this.state = 'trailers';
      return;
    }
    this.remaining = size;
    this.state = 'data';
  }

  private afterData(): void {
    if (this.state === 'length') {
      this.finish();
      return;
    }
    this.state = 'data_end';
    this.crSeen = false;
  }

  /** The CRLF after a chunk's data (a bare LF is tolerated, as by Node's parser). */
  private readDataEnd(chunk: Buffer, at: number): number {
    const b = chunk[at]!;
    if (b === CR && !this.crSeen) {
      this.crSeen = true;
      return at + 1;
    }
    if (b !== LF) throw new HttpProtocolError('a chunk of the response is longer than its declared size');
    this.state = 'size';
    return at + 1;
  }

  private finish(): void {
    this.state = 'done';
    this.sink.end();
  }
}

/** The value of a hex digit's byte, or -1. */
function hexValue(b: number): number {
  if (b >= 48 && b <= 57) return b - 48;
  if (b >= 97 && b <= 102) return b - 87;
  if (b >= 65 && b <= 70) return b - 55;
  return -1;
}

/** Index just after the blank line that ends a head (CRLFCRLF or LFLF), searching from `from`; -1 if none yet. */
function headEnd(bytes: Buffer, from: number): number {
  for (let i = bytes.indexOf(LF, from); i >= 0; i = bytes.indexOf(LF, i + 1)) {
    if (bytes[i + 1] === LF) return i + 2;
    if (bytes[i + 1] === CR && bytes[i + 2] === LF) return i + 3;
  }
  return -1;
}
