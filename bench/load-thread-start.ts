/**
 * What a load thread costs before any stream: the time from `new Worker` to its ready message, and the
 * process's resident memory after each of four threads, started one after another from the bundle the
 * product runs (dist/load-thread/index.js; `npm run build` first).
 *
 *   npx tsx bench/load-thread-start.ts
 */
import { Worker } from 'node:worker_threads';

const entry = new URL('../dist/load-thread/index.js', import.meta.url);
const rssMb = (): number => process.memoryUsage().rss / 2 ** 20;
const before = rssMb();
const workers: Worker[] = [];
const threads: Array<{ ready_ms: number; rss_added_mb: number }> = [];
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  // execArgv []: not this bench's --import tsx, which a thread would inherit and the product never has.
  const worker = new Worker(entry, { execArgv: [], workerData: { origin: 'http://127.0.0.1:9', head: 'POST /v1/chat/completions HTTP/1.1\r\n' } });
  await new Promise((resolve) => worker.once('message', resolve));
  workers.push(worker);
  threads.push({ ready_ms: performance.now() - t0, rss_added_mb: rssMb() - before });
}
for (const w of workers) await w.terminate();
process.stdout.write(`${JSON.stringify({ thread_start: { rss_before_mb: before, threads } })}\n`);
