/**
 * Accuracy: the bench server (own process; load-bench-server.ts, the C server on decode steps by default)
 * writes tokens on a known schedule and logs the time of each write; infergate's measured TTFT / TPOT /
 * E2EL are compared with the server's writes. Both processes stamp with the host's CLOCK_MONOTONIC
 * (performance.now() + TO_MONOTONIC_MS), so the stamps compare directly. Error = measured −
 * truth, where truth uses the client's send time and the server's write times, so it is the delay between
 * a byte being written and infergate stamping it.
 *
 * The same load is then read by a bare socket reader (bare-socket-reader.ts) against a fresh server: its
 * lag is the machine's floor, the part of the error no client on this machine can avoid.
 */
import { runLoad } from '../src/load/index.js';
import { readBare } from './bare-socket-reader.js';
import { quantiles } from './load-server-process.js';
import { SCHEDULE, startBenchServer, TO_MONOTONIC_MS, type BenchServer } from './load-bench-server.js';

const TOKENS = 32;
const schedule = (itlMs: number): Parameters<typeof startBenchServer>[0] => ({ ttft_ms: 50, itl_ms: itlMs, tokens: TOKENS, schedule: SCHEDULE });
let serverKind: BenchServer['kind'] = 'c';

async function infergateAt(streams: number, itlMs: number): Promise<Record<string, unknown>> {
  const server = await startBenchServer(schedule(itlMs));
  serverKind = server.kind;
  try {
    const requests = Math.max(streams * 2, 64);
    const prompts = Array.from({ length: requests }, (_, i) => ({ id: `a${i}`, prompt: `accuracy prompt ${i} [[id=a${i}]]` }));
    const outcome = await runLoad({
      endpoint: server.url, api: 'chat', model: 'scripted-model', prompts,
      request: { max_tokens: TOKENS, temperature: 0, timeout_ms: 60_000 }, shape: { kind: 'concurrency', concurrency: streams },
      // At least 32, so the client runs JIT-compiled code when the measured requests start, whatever the width.
      warmup_requests: Math.max(32, Math.min(streams, 64)),
    });
    const byId = await server.logs();
    const ttft: number[] = [];
    const e2el: number[] = [];
    const tpot: number[] = [];
    const sendLag: number[] = [];
    const eventLag: number[] = [];
    const monotonicStart = outcome.started_ms + TO_MONOTONIC_MS;
    for (const r of outcome.records) {
      if (r.warmup || r.error) continue;
      const em = byId.get(r.id)!;
      const send = monotonicStart + r.send_ms;
      const t = em.text_ms;
      ttft.push(r.ttft_ms! - (t[0]! - send));
      e2el.push(r.e2el_ms! - (t.at(-1)! - send));
      tpot.push((r.e2el_ms! - r.ttft_ms!) / (r.output_tokens! - 1) - (t.at(-1)! - t[0]!) / (t.length - 1));
      sendLag.push(em.arrived_ms - send);
      r.text_event_ms.forEach((x, k) => eventLag.push(send + x - t[k]!));
    }
    const failed = outcome.records.filter((r) => r.error).length;
    return {
      requests_measured: ttft.length, failed,
      ttft_error_ms: quantiles(ttft), tpot_error_ms: quantiles(tpot), e2el_error_ms: quantiles(e2el),
      every_event_lag_ms: quantiles(eventLag), request_delivery_ms: quantiles(sendLag),
    };
  } finally {
    await server.stop();
  }
}

async function floorAt(streams: number, itlMs: number): Promise<Record<string, unknown>> {
  const server = await startBenchServer(schedule(itlMs));
  try {
    const warm = Array.from({ length: Math.max(32, Math.min(streams, 64)) }, (_, i) => `w${i}`);
    await readBare(server.url, warm, streams, TOKENS);
    const ids = Array.from({ length: Math.max(streams * 2, 64) }, (_, i) => `f${i}`);
    const stamps = await readBare(server.url, ids, streams, TOKENS);
    const byId = await server.logs();
    const ttft: number[] = [];
    const eventLag: number[] = [];
    const monotonic = (t: number): number => t + TO_MONOTONIC_MS;
    for (const id of ids) {
      const t = byId.get(id)?.text_ms ?? [];
      const s = stamps.get(id) ?? [];
      if (t.length === 0 || s.length !== t.length) continue;
      ttft.push(monotonic(s[0]!) - t[0]!);
      s.forEach((x, k) => eventLag.push(monotonic(x) - t[k]!));
    }
    return { requests_measured: ttft.length, ttft_error_ms: quantiles(ttft), every_event_lag_ms: quantiles(eventLag) };
  } finally {
    await server.stop();
  }
}

const levels = (process.argv[2] ?? '1,64,512').split(',').map(Number);
const itlMs = Number(process.argv[3] ?? 10);
const out: Record<string, unknown>[] = [];
for (const streams of levels) {
  out.push({ streams, itl_ms: itlMs, events_per_s: (streams * 1000) / itlMs, infergate: await infergateAt(streams, itlMs), floor: await floorAt(streams, itlMs) });
}
process.stdout.write(`${JSON.stringify({ accuracy: out, server: serverKind, schedule: serverKind === 'c' ? SCHEDULE : 'streams' })}\n`);
