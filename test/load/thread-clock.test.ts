/**
 * One monotonic clock across threads (load/threads/thread-clock.ts): a thread's performance.now() origin
 * found on CLOCK_MONOTONIC, and the shift that moves a stamp from one thread's clock to another's.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { originShiftMs, threadOrigin, type ThreadOrigin } from '../../src/load/threads/thread-clock.js';

const origin = (ns: bigint, bracket = 200): ThreadOrigin => ({ origin_ns: ns, bracket_ns: bracket });

describe('thread clock', () => {
  it('reads this thread\'s origin so that performance.now() = (CLOCK_MONOTONIC − origin) / 1e6 within the bracket', () => {
    const { origin_ns, bracket_ns } = threadOrigin();
    expect(bracket_ns).toBeGreaterThan(0);
    const before = process.hrtime.bigint();
    const now = performance.now();
    const after = process.hrtime.bigint();
    const slack = BigInt(Math.ceil(bracket_ns / 2)) + 1n;
    expect(origin_ns + BigInt(Math.round(now * 1e6))).toBeGreaterThanOrEqual(before - slack);
    expect(origin_ns + BigInt(Math.round(now * 1e6))).toBeLessThanOrEqual(after + slack);
  });

  it('shifts a stamp by the difference of two origins, and by exactly 0 when the brackets cannot tell them apart', () => {
    expect(originShiftMs(origin(1_000_000_000n), origin(1_000_000_080n))).toBe(0);
    expect(originShiftMs(origin(1_005_000_000n), origin(1_000_000_000n))).toBe(5);
    expect(originShiftMs(origin(1_000_000_000n), origin(1_002_500_000n, 10))).toBe(-2.5);
  });

  it('a stamp a worker takes between the main thread\'s send and receive lands between them once shifted', async () => {
    const code = `const { parentPort } = require('node:worker_threads');
      parentPort.once('message', () => parentPort.postMessage({ now: performance.now(), hr: process.hrtime.bigint() }));`;
    const worker = new Worker(code, { eval: true });
    try {
      const answer = new Promise<{ now: number; hr: bigint }>((resolve) => worker.once('message', resolve));
      // The worker's origin, read in the worker the same way (a bracket of its own hrtime around its now()).
      const sent = performance.now();
      worker.postMessage('stamp');
      const { now, hr } = await answer;
      const received = performance.now();
      const mainOrigin = threadOrigin();
      // The worker's own origin from its pair of readings, taken together (the pair brackets nothing: 1 µs slack).
      const workerOrigin = origin(hr - BigInt(Math.round(now * 1e6)), 1000);
      const onMain = now + originShiftMs(workerOrigin, mainOrigin);
      expect(onMain).toBeGreaterThanOrEqual(sent - 0.002);
      expect(onMain).toBeLessThanOrEqual(received + 0.002);
    } finally {
      await worker.terminate();
    }
  });
});
