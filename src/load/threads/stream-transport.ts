/**
 * Where the load's requests are streamed: on this thread's own connection pool, or spread over load
 * threads. Each stream slot belongs to one thread for the whole run (slot k to thread k mod n), so a
 * thread's share of the streams, and of their connections, is fixed; the schedule — when a slot sends,
 * the concurrency limit, the warm-up, the steps, the budget and the stop — stays with the caller.
 */
import { ConnectionPool } from '../connection-pool.js';
import { streamRequest, type StreamRequestResult } from '../stream-request.js';
import { ClientThreads, type LoadThreadCrash } from './client-threads.js';
import type { LoadThreadEntry } from './thread-entry.js';

export interface StreamTransport {
  /** Opens the connections `width` slots (0..width-1) will use, before a step's clock starts. */
  prewarm(width: number, signal: AbortSignal): Promise<void>;
  /** Streams one request for stream slot `slot`; `ended_at` (main clock) is when its result was in, if known. */
  send(slot: number, body: string, timeout_ms: number, signal: AbortSignal): Promise<{ result: StreamRequestResult; ended_at?: number }>;
  close(): Promise<void>;
}

/** Today's load: every stream on this thread. */
export function inThreadTransport(origin: string, head: string): StreamTransport {
  const pool = new ConnectionPool(origin);
  return {
    prewarm: (width, signal) => pool.prewarm(width, signal),
    send: async (_slot, body, timeout_ms, signal) => ({ result: await streamRequest({ connections: pool, head, body, timeout_ms, signal }) }),
    close: () => pool.close(),
  };
}

/** Slots of `width` that thread `thread` of `threads` owns (k mod threads = thread). */
export function shareOf(width: number, thread: number, threads: number): number {
  return Math.floor(width / threads) + (thread < width % threads ? 1 : 0);
}

/** Streams spread over `count` load threads; a thread that dies tells `onCrash`, and its requests reject with the crash. */
export async function threadedTransport(
  count: number, origin: string, head: string, onCrash: (crash: LoadThreadCrash) => void, entry?: LoadThreadEntry,
): Promise<StreamTransport> {
  const threads = await ClientThreads.start(count, { origin, head }, onCrash, entry);
  let stopListening: (() => void) | null = null;
  const forwardStop = (signal: AbortSignal): void => {
    if (stopListening) return;
    const onStop = (): void => threads.abort();
    if (signal.aborted) return onStop();
    signal.addEventListener('abort', onStop, { once: true });
    stopListening = () => signal.removeEventListener('abort', onStop);
  };
  return {
    prewarm: async (width, signal) => {
      forwardStop(signal);
      await Promise.all(Array.from({ length: count }, (_, t) => (shareOf(width, t, count) > 0 ? threads.prewarm(t, shareOf(width, t, count)) : null)));
    },
    send: (slot, body, timeout_ms, signal) => {
      forwardStop(signal);
      return threads.send(slot % count, body, timeout_ms);
    },
    close: async () => {
      stopListening?.();
      await threads.close();
    },
  };
}
