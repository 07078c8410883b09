/**
 * Sends one streamed request through an undici dispatcher and times every event from the moment its
 * bytes are handed over (`onResponseData`), with the monotonic clock `performance.now()`.
 *
 * A request that fails before any response byte with a closed socket (a kept-alive connection the server
 * dropped, as llama-server does) is re-sent once on a fresh connection; the record counts it in `retries`.
 */
import type { Client, Dispatcher } from 'undici';
import type { ConnectionPool } from './connection-pool.js';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestFailure } from '../run-folder/request-record.js';
import { SseParser } from './sse-parser.js';
import { roundMs, StreamAccumulator, StreamFailure, type AccumulatedStream } from './stream-accumulator.js';
import { ChunkQueue } from './deferred-parse.js';
import { onAbort as onAbortOf } from './abort-listeners.js';
import { classifyError, isClosedBeforeResponse, messageOf, RequestAbortedError, RequestTimeoutError } from './classify-error.js';

export interface StreamRequestInput {
  connections: ConnectionPool;
  origin: string;
  path: string;
  body: string;
  headers: Record<string, string>;
  timeout_ms: number;
  signal?: AbortSignal;
}

export interface StreamRequestResult {
  /** performance.now() when the request that produced this result was handed to the dispatcher. */
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
}

const ERROR_BODY_LIMIT = 2048;

function attempt(input: StreamRequestInput, dispatcher: Client): Promise<AttemptResult> {
  return new Promise((resolve) => {
    const sendAt = performance.now();
    const acc = new StreamAccumulator(sendAt);
    const parser = new SseParser();
    let status = 0;
    let responseStarted = false;
    let errorBody = '';
    /** The encoding of an error response's body, which is then named instead of quoted. */
    let compressedErrorBody: string | null = null;
    let settled = false;
    let controllerRef: Dispatcher.DispatchController | null = null;
    let pendingAbort: Error | null = null;

    const finish = (error: RequestFailure | null, closedBeforeResponse = false, endedAt = performance.now()): void => {
      if (settled) return;
      settled = true;
      queue.discard();
      clearTimeout(timer);
      stopListening();
      const closeMs = responseStarted ? roundMs(endedAt - sendAt) : null;
      resolve({
        send_at: sendAt, close_ms: closeMs, stream: acc.state, text: acc.text(), retries: 0, error, closed_before_response: closedBeforeResponse,
      });
    };
    const abortWith = (err: Error): void => {
      if (controllerRef) controllerRef.abort(err);
      else pendingAbort = err;
    };
    const timer = setTimeout(() => abortWith(new RequestTimeoutError(input.timeout_ms)), input.timeout_ms);
    const onAbort = (): void => abortWith(new RequestAbortedError('the run was stopped before this request finished'));
    let stopListening = (): void => {};
    if (input.signal?.aborted) {
      queueMicrotask(onAbort);
    } else if (input.signal) {
      stopListening = onAbortOf(input.signal, onAbort);
    }

    const queue = new ChunkQueue((chunk, arrived) => {
      if (settled) return;
      try {
        parser.push(chunk, (ev) => acc.add(ev.data, arrived));
      } catch (err) {
        if (err instanceof StreamFailure) {
          finish({ kind: err.kind, message: err.message });
          controllerRef?.abort(err);
          return;
        }
        throw err;
      }
    });

    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(controller) {
        controllerRef = controller;
        if (pendingAbort) controller.abort(pendingAbort);
      },
      onResponseStart(controller, statusCode: number, headers: IncomingHttpHeaders) {
        status = statusCode;
        responseStarted = true;
        const encoding = contentEncoding(headers);
        if (encoding === null) return;
        if (status >= 200 && status < 300) {
          // Token times are the arrival times of events: a compressed stream hides them in the decoder's buffering.
          const message = `the response stream is ${encoding}-encoded (content-encoding: ${encoding}) although the request asked for none; infergate times raw events and does not decode a compressed stream: turn compression off on the server or the proxy in front of it`;
          finish({ kind: 'malformed_event', message });
          controller.abort(new StreamFailure('malformed_event', message));
        } else {
          compressedErrorBody = encoding;
        }
      },
      onResponseData(controller, chunk: Buffer) {
        const arrived = performance.now();
        if (settled) return;
        if (status < 200 || status >= 300) {
          if (errorBody.length < ERROR_BODY_LIMIT) errorBody += chunk.toString('utf8');
          return;
        }
        controllerRef = controller;
        queue.push(chunk, arrived);
      },
      onResponseEnd() {
        // The close is stamped now; the rest (parsing the last chunks, the record, the next request sent
        // in its place) waits until every socket that is ready now has been stamped too, as parsing does.
        const endedAt = performance.now();
        clearTimeout(timer);
        setImmediate(() => {
          queue.flush();
          if (settled) return;
          if (status < 200 || status >= 300) {
            const detail = compressedErrorBody === null ? errorBody.trim().slice(0, 300) : `(a ${compressedErrorBody}-encoded body, not shown)`;
            finish({ kind: 'http_status', status, message: `HTTP ${status}${detail ? `: ${detail}` : ''}` }, false, endedAt);
            return;
          }
          parser.end();
          if (acc.state.ttft_ms === null) {
            finish({ kind: 'no_text', message: 'the stream ended without any generated text' }, false, endedAt);
            return;
          }
          finish(null, false, endedAt);
        });
      },
      onResponseError(_controller, err: Error) {
        // Events that arrived before the error still count (e.g. the tokens before a reset).
        queue.flush();
        if (settled) return;
        const kind = classifyError(err);
        finish({ kind, message: messageOf(err) }, !responseStarted && isClosedBeforeResponse(err));
      },
    };
    try {
      dispatcher.dispatch(
        {
          origin: input.origin, path: input.path, method: 'POST', body: input.body,
          headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'accept-encoding': 'identity', ...input.headers },
          headersTimeout: 0, bodyTimeout: 0,
        },
        handler,
      );
    } catch (err) {
      finish({ kind: classifyError(err), message: messageOf(err) });
    }
  });
}

export async function streamRequest(input: StreamRequestInput): Promise<StreamRequestResult> {
  const pool = input.connections;
  const client = pool.acquire();
  const first = await attempt(input, client);
  pool.release(client, first.error === null);
  if (!first.closed_before_response || input.signal?.aborted) return strip(first, 0);
  // Re-send once on a new connection, never on another pooled one that may be just as stale.
  const fresh = pool.fresh();
  const second = await attempt(input, fresh);
  pool.release(fresh, second.error === null);
  return strip(second, 1);
}

function strip(r: AttemptResult, retries: number): StreamRequestResult {
  return { send_at: r.send_at, close_ms: r.close_ms, stream: r.stream, text: r.text, retries, error: r.error };
}

/** The response's content coding when it is not plain bytes ("gzip", "br", ...), or null. */
function contentEncoding(headers: IncomingHttpHeaders): string | null {
  const raw = headers['content-encoding'];
  const value = (Array.isArray(raw) ? raw.join(', ') : (raw ?? '')).trim().toLowerCase();
  return value === '' || value === 'identity' ? null : value.replace(/[^a-z0-9, -]/g, '');
}
