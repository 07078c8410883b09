/**
 * Sends one streamed request on a pooled connection and times every event with the monotonic clock
 * `performance.now()`. The send stamp is taken as the request's bytes are written to the socket (not when
 * a library is handed the request), and each network chunk is stamped when its read callback runs; the
 * events in it are parsed later in the same turn (deferred-parse.ts), so parsing never delays a stamp.
 *
 * A request that fails before any response byte with a closed socket (a kept-alive connection the server
 * dropped, as llama-server does) is re-sent once on a fresh connection; the record counts it in `retries`.
 * Redirects are not followed: a 3xx is an http_status failure, as any other non-2xx status.
 */
import type { Connection, ConnectionPool } from './connection-pool.js';
import type { RequestFailure } from '../run-folder/request-record.js';
import { SseParser, type SseSink } from './sse-parser.js';
import { roundMs, StreamAccumulator, StreamFailure, type AccumulatedStream } from './stream-accumulator.js';
import { ChunkQueue } from './deferred-parse.js';
import { onAbort as onAbortOf } from './abort-listeners.js';
import { Http1ResponseParser, type ResponseHead } from './http1-response-parser.js';
import { requestBytes } from './http1-request.js';
import { classifyError, isClosedBeforeResponse, messageOf, RequestAbortedError, RequestTimeoutError, ResponseCutShortError } from './classify-error.js';

export interface StreamRequestInput {
  connections: ConnectionPool;
  /** The request line and header fields (http1-request.ts, requestHeadPrefix). */
  head: string;
  body: string;
  timeout_ms: number;
  signal?: AbortSignal;
}

export interface StreamRequestResult {
  /** performance.now() when the request's bytes were written to the socket (when it started, if they never were). */
  send_at: number;
  close_ms: number | null;
  stream: AccumulatedStream;
  text: string;
  retries: number;
  error: RequestFailure | null;
}

interface AttemptResult extends StreamRequestResult {
  /** Failed before any response byte with a closed socket. */
  closed_before_response: boolean;
  /** The connection ended cleanly and may carry the next request. */
  reusable: boolean;
}

const ERROR_BODY_LIMIT = 2048;

/** One request on one connection, from writing its bytes to the record of its stream. */
class StreamAttempt implements SseSink {
  private sendAt = performance.now();
  /** Replaced when the request is written: offsets count from the send stamp. */
  private acc = new StreamAccumulator(this.sendAt);
  private readonly sse = new SseParser();
  private readonly http: Http1ResponseParser;
  private readonly queue: ChunkQueue;
  private head: ResponseHead | null = null;
  private bytesSeen = false;
  private errorBody = '';
  /** The encoding of an error response's body, which is then named instead of quoted. */
  private compressedErrorBody: string | null = null;
  private extraBytes = false;
  private settled = false;
  private readonly timer: NodeJS.Timeout;
  private stopListening = (): void => {};
  private readonly listeners: { data: (chunk: Buffer) => void; close: () => void; error: (err: Error) => void };

  constructor(
    private readonly input: StreamRequestInput,
    private readonly connection: Connection,
    private readonly resolve: (result: AttemptResult) => void,
  ) {
    this.queue = new ChunkQueue((chunk, arrived) => this.consume(chunk, arrived));
    this.http = new Http1ResponseParser({ head: (h) => this.onHead(h), body: (b) => this.onBody(b), end: () => this.onEnd() });
    this.listeners = { data: (chunk) => this.onData(chunk), close: () => this.onClose(), error: (err) => this.onError(err) };
    this.timer = setTimeout(() => this.fail(new RequestTimeoutError(input.timeout_ms)), input.timeout_ms);
  }

  start(): void {
    const signal = this.input.signal;
    const onAbort = (): void => this.fail(new RequestAbortedError('the run was stopped before this request finished'));
    if (signal?.aborted) return queueMicrotask(onAbort);
    if (signal) this.stopListening = onAbortOf(signal, onAbort);
    this.connection.whenReady((err) => (err ? this.onError(err) : this.write()));
  }

  /** Stamps the send and writes the whole request in one call: the bytes leave now, not a turn later. */
  private write(): void {
    if (this.settled) return;
    const socket = this.connection.socket;
    this.connection.reader = this.listeners.data;
    socket.on('close', this.listeners.close);
    socket.on('error', this.listeners.error);
    const bytes = requestBytes(this.input.head, this.input.body);
    this.connection.served += 1;
    this.sendAt = performance.now();
    socket.write(bytes);
    // Made after the write, so nothing lies between the stamp and the bytes leaving; no response byte can be
    // read before this function returns.
    this.acc = new StreamAccumulator(this.sendAt);
  }

  private onData(chunk: Buffer): void {
    const arrived = performance.now();
    if (this.settled) return;
    this.bytesSeen = true;
    this.arrived = arrived;
    try {
      if (this.http.push(chunk) > 0) this.extraBytes = true;
    } catch (err) {
      this.fail(err);
    }
  }

  /** Arrival time of the chunk being framed, for the body bytes it carries. */
  private arrived = 0;

  private onHead(head: ResponseHead): void {
    this.head = head;
    const encoding = contentEncoding(head.headers.get('content-encoding'));
    if (encoding === null) return;
    if (isSuccess(head.status)) {
      // Token times are the arrival times of events: a compressed stream hides them in the decoder's buffering.
      const message = `the response stream is ${encoding}-encoded (content-encoding: ${encoding}) although the request asked for none; infergate times raw events and does not decode a compressed stream: turn compression off on the server or the proxy in front of it`;
      this.finish({ kind: 'malformed_event', message });
    } else {
      this.compressedErrorBody = encoding;
    }
  }

  private onBody(bytes: Buffer): void {
    if (this.settled) return;
    if (isSuccess(this.head!.status)) this.queue.push(bytes, this.arrived);
    else if (this.errorBody.length < ERROR_BODY_LIMIT) this.errorBody += bytes.toString('utf8');
  }

  /**
   * The close is stamped now; the rest (parsing the last chunks, the record, the next request sent in its
   * place) waits until every socket that is ready now has been stamped too, as parsing does.
   */
  private onEnd(): void {
    const endedAt = performance.now();
    clearTimeout(this.timer);
    setImmediate(() => this.complete(endedAt));
  }

  private complete(endedAt: number): void {
    this.queue.flush();
    if (this.settled) return;
    const status = this.head!.status;
    if (!isSuccess(status)) {
      const detail = this.compressedErrorBody === null ? this.errorBody.trim().slice(0, 300) : `(a ${this.compressedErrorBody}-encoded body, not shown)`;
      return this.finish({ kind: 'http_status', status, message: `HTTP ${status}${detail ? `: ${detail}` : ''}` }, endedAt);
    }
    this.sse.end();
    if (this.acc.state.ttft_ms === null) return this.finish({ kind: 'no_text', message: 'the stream ended without any generated text' }, endedAt);
    this.finish(null, endedAt);
  }

  /** Arrival time of the chunk being parsed, for the events it completes (a field: no closure per chunk). */
  private parsedArrival = 0;

  private consume(chunk: Buffer, arrived: number): void {
    if (this.settled) return;
    this.parsedArrival = arrived;
    try {
      this.sse.pushTo(chunk, this);
    } catch (err) {
      if (!(err instanceof StreamFailure)) throw err;
      this.finish({ kind: err.kind, message: err.message });
    }
  }

  /** SseSink: a templated text event is read from its bytes (stream-accumulator.ts, addBytes). */
  dataLine(bytes: Buffer, start: number, end: number): boolean {
    return this.acc.addBytes(bytes, start, end, this.parsedArrival);
  }

  /** SseSink: any other event. */
  event(data: string): void {
    this.acc.add(data, this.parsedArrival);
  }

  private onClose(): void {
    if (this.settled || this.http.done) return;
    // A body framed by the connection's close ends here; anything else was cut short.
    if (!this.http.close()) this.onError(new ResponseCutShortError(!this.bytesSeen));
  }

  private onError(err: unknown): void {
    // Events that arrived before the error still count (e.g. the tokens before a reset).
    this.queue.flush();
    if (this.settled) return;
    const beforeResponse = !this.bytesSeen && isClosedBeforeResponse(err);
    this.finish({ kind: classifyError(err), message: messageOf(err) }, performance.now(), beforeResponse);
  }

  /** Ends the attempt with `err` (timeout, abort, a protocol error) and closes the connection. */
  private fail(err: unknown): void {
    if (this.settled) return;
    this.finish({ kind: classifyError(err), message: messageOf(err) });
  }

  private finish(error: RequestFailure | null, endedAt = performance.now(), closedBeforeResponse = false): void {
    if (this.settled) return;
    this.settled = true;
    this.queue.discard();
    clearTimeout(this.timer);
    this.stopListening();
    const socket = this.connection.socket;
    if (this.connection.reader === this.listeners.data) this.connection.reader = null;
    socket.removeListener('close', this.listeners.close);
    socket.removeListener('error', this.listeners.error);
    const reusable = error === null && this.http.done && this.head!.keep_alive && !this.extraBytes;
    if (!reusable) socket.destroy();
    this.resolve({
      send_at: this.sendAt, close_ms: this.head ? roundMs(endedAt - this.sendAt) : null, stream: this.acc.state, text: this.acc.text(),
      retries: 0, error, closed_before_response: closedBeforeResponse, reusable,
    });
  }
}

function attempt(input: StreamRequestInput, connection: Connection): Promise<AttemptResult> {
  return new Promise((resolve) => new StreamAttempt(input, connection, resolve).start());
}

export async function streamRequest(input: StreamRequestInput): Promise<StreamRequestResult> {
  const pool = input.connections;
  const connection = pool.acquire();
  const first = await attempt(input, connection);
  pool.release(connection, first.reusable);
  if (!first.closed_before_response || input.signal?.aborted) return strip(first, 0);
  // Re-send once on a new connection, never on another pooled one that may be just as stale.
  const fresh = pool.fresh();
  const second = await attempt(input, fresh);
  pool.release(fresh, second.reusable);
  return strip(second, 1);
}

function strip(r: AttemptResult, retries: number): StreamRequestResult {
  return { send_at: r.send_at, close_ms: r.close_ms, stream: r.stream, text: r.text, retries, error: r.error };
}

const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/** The response's content coding when it is not plain bytes ("gzip", "br", ...), or null. */
function contentEncoding(raw: string | undefined): string | null {
  const value = (raw ?? '').trim().toLowerCase();
  return value === '' || value === 'identity' ? null : value.replace(/[^a-z0-9, -]/g, '');
}
