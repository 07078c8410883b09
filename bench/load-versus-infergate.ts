/**
 * The infergate side of the side-by-side bench (load-versus.ts), run in a process of its own: runLoad
 * with the product's default warm-up over the given ids. Reads one JSON spec from argv[2] (as
 * aiohttp_client.py does); writes each measured request's send stamp (CLOCK_MONOTONIC, ms), TTFT and
 * text events, and the process CPU time spent on the measured requests (warm-up excluded).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { DEFAULT_SETTINGS } from '../src/config/settings-schema.js';
import { runLoad } from '../src/load/index.js';
import { epochMinusMonotonicMs } from '../test/support/scripted-server.js';

interface Spec {
  url: string;
  ids: string[];
  concurrency: number;
  max_tokens: number;
}

const spec = JSON.parse(process.argv[2]!) as Spec;
// BENCH_WARMUP overrides the default, to see what the warm-up buys; the printed figures use the default.
const warmup = process.env.BENCH_WARMUP === undefined ? DEFAULT_SETTINGS.load.warmup_requests : Number(process.env.BENCH_WARMUP);
// BENCH_TRACE=1 also writes the process's GC pauses (CLOCK_MONOTONIC ms), to lay beside the worst requests.
const gc: Array<{ start_ms: number; duration_ms: number; kind: number }> = [];
const gcObserver = process.env.BENCH_TRACE ? new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gc.push({ start_ms: e.startTime, duration_ms: e.duration, kind: ((e as unknown as { detail?: { kind: number } }).detail?.kind ?? 0) });
}) : null;
gcObserver?.observe({ entryTypes: ['gc'] });
let cpu0 = warmup === 0 ? process.cpuUsage() : null;
let warmSeen = 0;
const outcome = await runLoad({
  endpoint: spec.url, api: 'chat', model: 'scripted-model',
  prompts: spec.ids.map((id) => ({ id, prompt: `infergate prompt [[id=${id}]]` })),
  request: { max_tokens: spec.max_tokens, temperature: 0, timeout_ms: 120_000 },
  shape: { kind: 'concurrency', concurrency: spec.concurrency }, warmup_requests: warmup,
  onRecord: (r) => {
    if (r.warmup && ++warmSeen === warmup) {
      cpu0 = process.cpuUsage();
      // Where the warm-up ends in this process's output (with BENCH_NODE_FLAGS' --trace-opt, what V8 still compiles after it).
      if (process.env.BENCH_TRACE) process.stdout.write('bench: warm-up done\n');
    }
  },
});
const cpu = process.cpuUsage(cpu0 ?? undefined);
gcObserver?.disconnect();
// performance.now() + timeOrigin is the epoch; minus this process's epoch − CLOCK_MONOTONIC gives the monotonic clock.
const toMonotonic = performance.timeOrigin - epochMinusMonotonicMs();
const requests = outcome.records
  .filter((r) => !r.warmup)
  .map((r) => ({ id: r.id, send_ms: outcome.started_ms + r.send_ms + toMonotonic, ttft_ms: r.ttft_ms, text_events: r.text_event_ms.length, error: r.error?.message ?? null }));
const gcMonotonic = gc.map((g) => ({ ...g, start_ms: g.start_ms + toMonotonic }));
process.stdout.write(`${JSON.stringify({ requests, cpu_s: (cpu.user + cpu.system) / 1e6, warmup_requests: warmup, gc: gcMonotonic })}\n`);
