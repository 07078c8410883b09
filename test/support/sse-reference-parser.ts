/**
 * The character-loop SSE parser infergate used before the byte-level one (src/load/sse-parser.ts), kept
 * as the reference the property test compares that one with. Incremental Server-Sent Events parser (the
 * WHATWG "event stream" grammar): feed it network chunks as they arrive and it calls back once per complete event. Events may be split across chunks at any byte,
 * several may share one chunk, and lines may end in LF, CRLF or a lone CR. Comment lines (":" ping) and
 * fields other than `data` and `event` are skipped, as the spec says.
 */
interface SseEvent {
  /** The `data` field values joined with "\n" (the spec's data buffer, without the trailing LF). */
  data: string;
  /** The `event` field, "message" when absent. */
  event: string;
}

/**
 * Length of the longest prefix of `bytes` that ends on a whole UTF-8 character; the 0–3 bytes after it
 * are the start of a character the next chunk completes.
 */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  // Walk back over at most 3 continuation bytes to the lead byte of the last character.
  let i = n - 1;
  let back = 0;
  while (i >= 0 && back < 3 && (bytes[i]! & 0xc0) === 0x80) {
    i -= 1;
    back += 1;
  }
  if (i < 0) return n;
  const lead = bytes[i]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return n - i >= need ? n : i;
}

export class ReferenceSseParser {
  /** Bytes of a UTF-8 character cut by the chunk boundary (no native decoder per stream: cheaper at 100,000 streams). */
  private carry: Buffer | null = null;
  /** Text of the current, not yet terminated line. */
  private line = '';
  /** The previous chunk ended in CR: a leading LF in the next chunk belongs to that line ending. */
  private pendingCr = false;
  private data: string[] = [];
  private eventName = '';
  private hasData = false;

  /** Feeds one network chunk; calls `onEvent` for each event it completes, in order. */
  push(chunk: Uint8Array, onEvent: (event: SseEvent) => void): void {
    let bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry) {
      bytes = Buffer.concat([this.carry, bytes]);
      this.carry = null;
    }
    const whole = completeUtf8Length(bytes);
    if (whole < bytes.length) this.carry = Buffer.from(bytes.subarray(whole));
    let text = bytes.toString('utf8', 0, whole);
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text.startsWith('\n')) text = text.slice(1);
    }
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const piece = text.slice(start, i);
      const lineText = this.line.length > 0 ? this.line + piece : piece;
      this.line = '';
      if (c === 13) {
        if (i + 1 < n) {
          if (text.charCodeAt(i + 1) === 10) i += 1;
        } else {
          this.pendingCr = true;
        }
      }
      start = i + 1;
      this.processLine(lineText, onEvent);
    }
    if (start < n) this.line += text.slice(start);
  }

  /** Ends the stream. Per the spec an event not terminated by a blank line is discarded; returns whether one was. */
  end(): boolean {
    if (this.carry) {
      this.line += this.carry.toString('utf8');
      this.carry = null;
    }
    const incomplete = this.line.length > 0 || this.hasData;
    this.line = '';
    this.data = [];
    this.hasData = false;
    return incomplete;
  }

  private processLine(line: string, onEvent: (event: SseEvent) => void): void {
    if (line.length === 0) {
      if (this.hasData) onEvent({ data: this.data.join('\n'), event: this.eventName || 'message' });
      this.data = [];
      this.hasData = false;
      this.eventName = '';
      return;
    }
    if (line.charCodeAt(0) === 58 /* ':' comment */) return;
    const colon = line.indexOf(':');
    let field: string;
    let value: string;
    if (colon < 0) {
      field = line;
      value = '';
    } else {
      field = line.slice(0, colon);
      value = line.charCodeAt(colon + 1) === 32 ? line.slice(colon + 2) : line.slice(colon + 1);
    }
    if (field === 'data') {
      this.data.push(value);
      this.hasData = true;
    } else if (field === 'event') {
      this.eventName = value;
    }
  }
}
