/**
 * The work of one load thread: its own connection pool to the server, the requests the main thread hands
 * it streamed on them with the same hot path as the in-thread load (stream-request.ts), each answered
 * with its result. The thread keeps no schedule: when to send and how many at once is the main thread's.
 */
import { ConnectionPool } from '../connection-pool.js';
import { streamRequest } from '../stream-request.js';
import { threadOrigin } from './thread-clock.js';
import type { LoadThreadPort, LoadThreadSetup, ToLoadThread } from './thread-messages.js';

export function serveLoadThread(port: LoadThreadPort, setup: LoadThreadSetup): void {
  const pool = new ConnectionPool(setup.origin);
  const stop = new AbortController();
  let inFlight = 0;
  let closing = false;
  const closeWhenIdle = (): void => {
    if (!closing || inFlight > 0) return;
    closing = false;
    void pool.close().then(() => {
      port.postMessage({ kind: 'closed' });
      port.close();
    });
  };
  const onMessage = (message: ToLoadThread): void => {
    switch (message.kind) {
      case 'send':
        inFlight += 1;
        void streamRequest({ connections: pool, head: setup.head, body: message.body, timeout_ms: message.timeout_ms, signal: stop.signal }).then((result) => {
          const endedAt = performance.now();
          port.postMessage({ kind: 'result', id: message.id, result, ended_at: endedAt });
          inFlight -= 1;
          closeWhenIdle();
        });
        return;
      case 'prewarm':
        void pool.prewarm(message.count, stop.signal).then(() => port.postMessage({ kind: 'prewarmed', id: message.id }));
        return;
      case 'abort':
        stop.abort();
        return;
      case 'close':
        closing = true;
        closeWhenIdle();
        return;
    }
  };
  port.on('message', onMessage);
  port.postMessage({ kind: 'ready', origin: threadOrigin() });
}
