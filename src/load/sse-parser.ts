/**
 * Incremental Server-Sent Events parser (the WHATWG "event stream" grammar): feed it network chunks as
 * they arrive and it calls back once per complete event. Events may be split across chunks at any byte,
 * several may share one chunk, and lines may end in LF, CRLF or a lone CR. Comment lines (":" ping) and
 * fields other than `data` and `event` are skipped, as the spec says.
 */
export interface SseEvent {
  /** The `data` field values joined with "\n" (the spec's data buffer, without the trailing LF). */
  data: string;
  /** The `event` field, "message" when absent. */
  event: string;
}

export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
  /** Text of the current, not yet terminated line. */
  private line = '';
  /** The previous chunk ended in CR: a leading LF in the next chunk belongs to that line ending. */
  private pendingCr = false;
  private data: string[] = [];
  private eventName = '';
  private hasData = false;

  /** Feeds one network chunk; calls `onEvent` for each event it completes, in order. */
  push(chunk: Uint8Array, onEvent: (event: SseEvent) => void): void {
    let text = this.decoder.decode(chunk, { stream: true });
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
    const tail = this.decoder.decode();
    if (tail.length > 0) this.line += tail;
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
