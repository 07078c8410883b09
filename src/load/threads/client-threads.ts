/**
 * The main thread's side of the load threads: starts them, hands thread k a request or a prewarm, and
 * turns each answer into a result on the main thread's clock. A thread that dies (an uncaught error, out of
 * memory, an exit) fails what it had in flight with a LoadThreadCrash and tells `onCrash` once.
 */
import { Worker } from 'node:worker_threads';
import type { StreamRequestResult } from '../stream-request.js';
import { originShiftMs, threadOrigin } from './thread-clock.js';
import { loadThreadEntry, type LoadThreadEntry } from './thread-entry.js';
import type { FromLoadThread, LoadThreadSetup, ToLoadThread } from './thread-messages.js';

/** A request's result with `send_at` and `ended_at` on the main thread's performance.now() clock. */
export interface ThreadResult {
  result: StreamRequestResult;
  ended_at: number;
}

/** A load thread stopped before the run was done with it. */
export class LoadThreadCrash extends Error {
  constructor(
    readonly thread: number,
    readonly threads: number,
    readonly reason: string,
  ) {
    super(`client thread ${thread + 1} of ${threads} stopped unexpectedly (${reason})`);
  }
}

/** How long closed threads get to exit before they are terminated (they exit as soon as their sockets are closed). */
const EXIT_GRACE_MS = 10_000;

interface Pending {
  resolve: (value: ThreadResult | null) => void;
  reject: (err: LoadThreadCrash) => void;
}

/** One load thread: its worker, what it has yet to answer, and the shift from its clock to ours. */
class LoadThread {
  readonly pending = new Map<number, Pending>();
  shift_ms = 0;
  crash: LoadThreadCrash | null = null;
  closing = false;
  readonly exited: Promise<void>;

  constructor(
    readonly worker: Worker,
    readonly index: number,
  ) {
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
  }

  post(message: ToLoadThread): void {
    if (!this.crash) this.worker.postMessage(message);
  }
}

export class ClientThreads {
  private nextId = 0;
  private readonly mainOrigin = threadOrigin();

  private constructor(
    private readonly threads: LoadThread[],
    private readonly onCrash: (crash: LoadThreadCrash) => void,
  ) {}

  get count(): number {
    return this.threads.length;
  }

  /** Starts `count` threads and waits until each is ready; a thread that cannot start fails the start with its reason. */
  static async start(count: number, setup: LoadThreadSetup, onCrash: (crash: LoadThreadCrash) => void, entry: LoadThreadEntry = loadThreadEntry()): Promise<ClientThreads> {
    const threads = Array.from({ length: count }, (_, i) => new LoadThread(new Worker(entry.code, { eval: entry.eval, workerData: setup }), i));
    const pool = new ClientThreads(threads, onCrash);
    try {
      await Promise.all(threads.map((t) => pool.watch(t)));
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  /** Sends `body` from thread `thread`; rejects with a LoadThreadCrash when the thread dies first. */
  send(thread: number, body: string, timeout_ms: number): Promise<ThreadResult> {
    return this.ask(this.threads[thread]!, (id) => ({ kind: 'send', id, body, timeout_ms })) as Promise<ThreadResult>;
  }

  /** Opens `count` idle connections on thread `thread` (ConnectionPool.prewarm there). */
  async prewarm(thread: number, count: number): Promise<void> {
    await this.ask(this.threads[thread]!, (id) => ({ kind: 'prewarm', id, count }));
  }

  /** Every thread ends what it has in flight as aborted (each is still answered). */
  abort(): void {
    for (const t of this.threads) t.post({ kind: 'abort' });
  }

  /** Closes every thread (connections first) and waits for each to exit; terminates one that does not. */
  async close(): Promise<void> {
    for (const t of this.threads) {
      t.closing = true;
      t.post({ kind: 'close' });
    }
    await Promise.all(this.threads.map(async (t) => {
      const backstop = setTimeout(() => void t.worker.terminate(), EXIT_GRACE_MS);
      await t.exited;
      clearTimeout(backstop);
    }));
  }

  private ask(thread: LoadThread, message: (id: number) => ToLoadThread): Promise<ThreadResult | null> {
    if (thread.crash) return Promise.reject(thread.crash);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.post(message(id));
    });
  }

  /** Wires a thread's answers and its end; resolves once it is ready, rejects if it dies first. */
  private watch(thread: LoadThread): Promise<void> {
    return new Promise((ready, failedToStart) => {
      let started = false;
      thread.worker.on('message', (message: FromLoadThread) => {
        if (message.kind === 'ready') {
          thread.shift_ms = originShiftMs(message.origin, this.mainOrigin);
          started = true;
          ready();
        } else if (message.kind === 'result') {
          const shifted = { ...message.result, send_at: message.result.send_at + thread.shift_ms };
          this.settle(thread, message.id, { result: shifted, ended_at: message.ended_at + thread.shift_ms });
        } else if (message.kind === 'prewarmed') {
          this.settle(thread, message.id, null);
        }
      });
      let reason = 'it exited';
      thread.worker.on('error', (err) => {
        // One line: the failure is reported as one sentence, whatever the error's message holds.
        reason = `${err.name}: ${err.message.split('\n')[0]!.trim()}`;
      });
      thread.worker.once('exit', (code) => {
        // Closed with nothing left to answer: its end was asked for (or, after EXIT_GRACE_MS, forced).
        if (thread.closing && thread.pending.size === 0) return;
        const crash = new LoadThreadCrash(thread.index, this.threads.length, code === 0 ? reason : `${reason}, exit code ${code}`);
        thread.crash = crash;
        for (const p of thread.pending.values()) p.reject(crash);
        thread.pending.clear();
        if (!started) failedToStart(crash);
        else this.onCrash(crash);
      });
    });
  }

  private settle(thread: LoadThread, id: number, value: ThreadResult | null): void {
    const pending = thread.pending.get(id);
    thread.pending.delete(id);
    pending?.resolve(value);
  }
}
