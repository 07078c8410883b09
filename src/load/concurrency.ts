/** Small async helpers for releasing requests: a counting semaphore and an abortable sleep. */

export class Semaphore {
  private active = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.active -= 1;
  }

  /** Wakes every waiter (used when the run stops; they see the stop flag and leave). */
  releaseAll(): void {
    while (this.waiters.length > 0) this.waiters.shift()!();
  }
}

/** Resolves at `performance.now() >= at`, or as soon as `signal` aborts. */
export function sleepUntil(at: number, signal: AbortSignal): Promise<void> {
  const wait = at - performance.now();
  if (wait <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, wait);
    signal.addEventListener('abort', done, { once: true });
  });
}
