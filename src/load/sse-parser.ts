/**
 * Incremental Server-Sent Events parser (the WHATWG "event stream" grammar): feed it network chunks as
 * they arrive and it calls back once per complete event. Events may be split across chunks at any byte,
 * several may share one chunk, and lines may end in LF, CRLF or a lone CR. Comment lines (":" ping) and
 * fields other than `data` and `event` are skipped, as the spec says.
 *
 * It works on bytes: line ends are found with Buffer.indexOf (native), field names compared as bytes,
 * and only a `data` or `event` value is decoded from UTF-8, once, from the bytes of its whole line — so a
 * character split across chunks needs no carry of its own. (A character loop over the decoded text was
 * 18% of the client's CPU at 64 streams.) test/load/sse-parser.property.test.ts checks it event for event
 * against that earlier parser (test/support/sse-reference-parser.ts).
 *
 * The load generator's hot path (pushTo) offers each event made of one `data:` line, ended by a blank line
 * in the same chunk, to its sink as bytes first: the sink reads a templated text event straight from them
 * (event-template.ts) and the value is never decoded; anything it declines takes the general path.
 * Why not a library (eventsource-parser, as the OpenAI SDK and undici's EventSource use): they take
 * decoded strings and hand out an object per event, so every token costs a decode, line strings and an
 * object before its text is read. Parsing and folding a vLLM stream here: 0.7–0.95 µs per event with the
 * byte path, 1.4–1.5 µs with this parser's string path (alternated on one core, load average 7).
 */
export interface SseEvent {
  /** The `data` field values joined with "\n" (the spec's data buffer, without the trailing LF). */
  data: string;
  /** The `event` field, "message" when absent. */
  event: string;
}

/** Where pushTo delivers events. */
export interface SseSink {
  /**
   * An event whose only field is one `data` line, value bytes[start, end), offered before decoding; true
   * when the sink took it, false to have it delivered through `event` as usual.
   */
  dataLine(bytes: Buffer, start: number, end: number): boolean;
  /** An event: its data buffer and its name ("message" when it had none). */
  event(data: string, name: string): void;
}

const LF = 10;
const CR = 13;
const COLON = 58;
const SPACE = 32;

export class SseParser {
  /** Bytes of the current, not yet terminated line (copied: a chunk is not kept for one partial line). */
  private partial: Buffer | null = null;
  /** The previous chunk ended in CR: a leading LF in the next chunk belongs to that line ending. */
  private pendingCr = false;
  /** The data buffer; null while the event has no data line. */
  private data: string | null = null;
  private eventName = '';

  /** Feeds one network chunk; calls `onEvent` for each event it completes, in order. */
  push(chunk: Uint8Array, onEvent: (event: SseEvent) => void): void {
    this.pushTo(chunk, { dataLine: () => false, event: (data, event) => onEvent({ data, event }) });
  }

  /** Feeds one network chunk to `sink`, event by event, in order (no object per event). */
  pushTo(chunk: Uint8Array, sink: SseSink): void {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const n = bytes.length;
    let start = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (n > 0 && bytes[0] === LF) start = 1;
    }
    // The next CR at or after the scan position; n when there is none (searched once per CR, not per line).
    let nextCr = bytes.indexOf(CR, start);
    if (nextCr < 0) nextCr = n;
    while (start < n) {
      let nextLf = bytes.indexOf(LF, start);
      if (nextLf < 0) nextLf = n;
      const end = nextLf < nextCr ? nextLf : nextCr;
      if (end === n) break;
      // One `data:` line and the blank line after it, whole in this chunk, with nothing carried: offered as bytes.
      if (end === nextLf && bytes[end + 1] === LF && this.partial === null && this.data === null && this.eventName === '' && isDataLine(bytes, start, end)) {
        const valueStart = bytes[start + 5] === SPACE && start + 5 < end ? start + 6 : start + 5;
        if (sink.dataLine(bytes, valueStart, end)) {
          start = end + 2;
          continue;
        }
      }
      this.takeLine(bytes, start, end, sink);
      if (end === nextCr) {
        if (end + 1 < n) {
          if (bytes[end + 1] === LF) start = end + 2;
          else start = end + 1;
        } else {
          this.pendingCr = true;
          start = n;
        }
        nextCr = bytes.indexOf(CR, start);
        if (nextCr < 0) nextCr = n;
      } else {
        start = end + 1;
      }
    }
    if (start < n) {
      const rest = bytes.subarray(start);
      this.partial = this.partial ? Buffer.concat([this.partial, rest]) : Buffer.from(rest);
    }
  }

  /** Ends the stream. Per the spec an event not terminated by a blank line is discarded; returns whether one was. */
  end(): boolean {
    const incomplete = (this.partial !== null && this.partial.length > 0) || this.data !== null;
    this.partial = null;
    this.data = null;
    this.eventName = '';
    return incomplete;
  }

  /** One line: bytes[start, end) of this chunk, after the partial line carried from earlier chunks. */
  private takeLine(bytes: Buffer, start: number, end: number, sink: SseSink): void {
    if (this.partial) {
      const line = Buffer.concat([this.partial, bytes.subarray(start, end)]);
      this.partial = null;
      this.processLine(line, 0, line.length, sink);
    } else {
      this.processLine(bytes, start, end, sink);
    }
  }

  private processLine(b: Buffer, start: number, end: number, sink: SseSink): void {
    if (start === end) {
      if (this.data !== null) sink.event(this.data, this.eventName || 'message');
      this.data = null;
      this.eventName = '';
      return;
    }
    if (b[start] === COLON) return; // a comment
    const colon = b.indexOf(COLON, start);
    const nameEnd = colon < 0 || colon >= end ? end : colon;
    let valueStart = nameEnd === end ? end : nameEnd + 1;
    if (valueStart < end && b[valueStart] === SPACE) valueStart += 1;
    const nameLength = nameEnd - start;
    if (nameLength === 4 && b[start] === 100 && b[start + 1] === 97 && b[start + 2] === 116 && b[start + 3] === 97 /* data */) {
      const value = valueStart < end ? b.toString('utf8', valueStart, end) : '';
      this.data = this.data === null ? value : `${this.data}\n${value}`;
    } else if (nameLength === 5 && b[start] === 101 && b[start + 1] === 118 && b[start + 2] === 101 && b[start + 3] === 110 && b[start + 4] === 116 /* event */) {
      this.eventName = valueStart < end ? b.toString('utf8', valueStart, end) : '';
    }
  }
}

/** bytes[start, end) is a line whose field name is `data` ("data:" then the value). */
function isDataLine(b: Buffer, start: number, end: number): boolean {
  return end - start >= 5 && b[start] === 100 && b[start + 1] === 97 && b[start + 2] === 116 && b[start + 3] === 97 && b[start + 4] === COLON;
}
