/**
 * Client threads under a load one thread cannot keep up with: N streams on the bench server's decode
 * steps (the C server, pinned to CPU 0; load-bench-server.ts), the same load read by infergate with each
 * count of client threads (load.client_threads). Per count: the lag of every text event's stamp behind
 * its write (both on CLOCK_MONOTONIC, as in load-accuracy.ts), the TTFT error, and the client's CPU per
 * text event (every thread of the process). One thread that cannot keep up stamps late; more threads, on
 * the cores there are, bring the lag back down.
 *
 *   load-threads.ts [STREAMS=512] [ITL_MS=5] [CLIENT_THREADS=1,2]
 */
import { runLoad } from '../src/load/index.js';
import { quantiles } from './load-server-process.js';
import { SCHEDULE, startBenchServer, TO_MONOTONIC_MS, type BenchServer } from './load-bench-server.js';

const TOKENS = 32;

async function readWith(threads: number, streams: number, itlMs: number): Promise<Record<string, unknown>> {
  const server: BenchServer = await startBenchServer({ ttft_ms: 20, itl_ms: itlMs, tokens: TOKENS, schedule: SCHEDULE }, '0');
  try {
    const prompts = Array.from({ length: streams * 3 }, (_, i) => ({ id: `t${i}`, prompt: `threads prompt ${i} [[id=t${i}]]` }));
    const cpu0 = process.cpuUsage();
    const outcome = await runLoad({
      endpoint: server.url, api: 'chat', model: 'scripted-model', prompts, client_threads: threads,
      request: { max_tokens: TOKENS, temperature: 0, timeout_ms: 120_000 }, shape: { kind: 'concurrency', concurrency: streams },
      warmup_requests: streams,
    });
    const cpu = process.cpuUsage(cpu0);
    const byId = await server.logs();
    const eventLag: number[] = [];
    const ttft: number[] = [];
    const monotonicStart = outcome.started_ms + TO_MONOTONIC_MS;
    let events = 0;
    for (const r of outcome.records) {
      events += r.text_event_ms.length;
      if (r.warmup || r.error) continue;
      const t = byId.get(r.id)!.text_ms;
      const send = monotonicStart + r.send_ms;
      ttft.push(r.ttft_ms! - (t[0]! - send));
      r.text_event_ms.forEach((x, k) => eventLag.push(send + x - t[k]!));
    }
    return {
      client_threads: outcome.client_threads, requests_measured: ttft.length, failed: outcome.records.filter((r) => r.error).length,
      every_event_lag_ms: quantiles(eventLag), ttft_error_ms: quantiles(ttft), cpu_us_per_event: (cpu.user + cpu.system) / events,
    };
  } finally {
    await server.stop();
  }
}

const streams = Number(process.argv[2] ?? 512);
const itlMs = Number(process.argv[3] ?? 5);
const counts = (process.argv[4] ?? '1,2').split(',').map(Number);
const runs: Array<Record<string, unknown>> = [];
for (const threads of counts) runs.push(await readWith(threads, streams, itlMs));
process.stdout.write(`${JSON.stringify({ threads: { streams, itl_ms: itlMs, events_per_s: (streams * 1000) / itlMs, schedule: SCHEDULE, runs } })}\n`);
