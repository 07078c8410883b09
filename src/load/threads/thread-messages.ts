/**
 * What the main thread and a load thread say to each other. The main thread keeps the schedule and sends
 * each request's finished body; the thread owns its connections, writes, stamps and parses, and answers
 * with the request's result on its own clock (thread-clock.ts moves it onto the main thread's).
 */
import type { StreamRequestResult } from '../stream-request.js';
import type { ThreadOrigin } from './thread-clock.js';

/** Given to a load thread when it starts (workerData): where every request goes and its head. */
export interface LoadThreadSetup {
  origin: string;
  head: string;
}

export type ToLoadThread =
  | { kind: 'send'; id: number; body: string; timeout_ms: number }
  | { kind: 'prewarm'; id: number; count: number }
  /** The run stopped: every request in flight ends as aborted (and is answered). */
  | { kind: 'abort' }
  /** Close the connections and exit once every answer is sent. */
  | { kind: 'close' };

export type FromLoadThread =
  | { kind: 'ready'; origin: ThreadOrigin }
  /** `ended_at`: the thread's performance.now() when the result was in, as the in-thread path reads it. */
  | { kind: 'result'; id: number; result: StreamRequestResult; ended_at: number }
  | { kind: 'prewarmed'; id: number }
  | { kind: 'closed' };

/** The half of a MessagePort a load thread uses (parentPort, or a test's wrapper around it). */
export interface LoadThreadPort {
  on(event: 'message', listener: (message: ToLoadThread) => void): unknown;
  postMessage(message: FromLoadThread): void;
  close(): void;
}
