/**
 * BENCH_TRACE=DIR on the versus part (load-versus.ts): one line per measured request — its TTFT error
 * split into send lag (client send stamp → server arrival) and receive lag (the rest: the server's first
 * text write → the client's TTFT stamp), its send time since the row's first send, the first token's
 * place in the server's decode-step pass, and the GC pauses that overlap the request's wait for its first
 * token — written to DIR/<client>-<streams>.jsonl, and the worst requests printed on stderr, so the tail
 * is read off evidence.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerLog } from './load-bench-server.js';

export interface GcPause {
  start_ms: number;
  duration_ms: number;
  /** perf_hooks' NODE_PERFORMANCE_GC_* kind: 1 minor (scavenge), 2 major, 4 incremental, 8 weak callbacks. */
  kind: number;
}

export interface TracedRequest {
  id: string;
  /** Client send stamp, CLOCK_MONOTONIC ms. */
  send_ms: number;
  ttft_ms: number;
}

export interface RequestTrace {
  id: string;
  send_since_start_ms: number;
  ttft_error_ms: number;
  send_lag_ms: number;
  receive_lag_ms: number;
  /** 0-based place of the first token's write among the writes of its decode-step pass, and the pass's size. */
  pass_position: number;
  pass_size: number;
  /** GC pauses that began between the send stamp and the client's first-token stamp: count and total ms. */
  gc_count: number;
  gc_ms: number;
  gc_kinds: number[];
}

/** Index of the first element of sorted `xs` that is ≥ x. */
function lowerBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One trace per request the server logged. A pass is the writes within half a decode step (itlMs / 2) either
 * side of the first token's write: the C server writes a step's tokens in one pass, well inside a step.
 */
export function traceRequests(requests: TracedRequest[], server: Map<string, ServerLog>, gc: GcPause[], itlMs: number): RequestTrace[] {
  const writes = Float64Array.from([...server.values()].flatMap((s) => s.text_ms)).sort();
  const start = Math.min(...requests.map((r) => r.send_ms));
  const traces: RequestTrace[] = [];
  for (const r of requests) {
    const s = server.get(r.id);
    if (!s || s.text_ms.length === 0) continue;
    const first = s.text_ms[0]!;
    const passStart = lowerBound(writes, first - itlMs / 2);
    const sendLag = s.arrived_ms - r.send_ms;
    const ttftError = r.ttft_ms - (first - s.arrived_ms);
    const stamp = r.send_ms + r.ttft_ms;
    const overlapping = gc.filter((g) => g.start_ms + g.duration_ms >= r.send_ms && g.start_ms <= stamp);
    traces.push({
      id: r.id, send_since_start_ms: r.send_ms - start, ttft_error_ms: ttftError, send_lag_ms: sendLag, receive_lag_ms: ttftError - sendLag,
      pass_position: lowerBound(writes, first) - passStart, pass_size: lowerBound(writes, first + itlMs / 2) - passStart,
      gc_count: overlapping.length, gc_ms: overlapping.reduce((a, g) => a + g.duration_ms, 0), gc_kinds: [...new Set(overlapping.map((g) => g.kind))],
    });
  }
  return traces;
}

/** Writes the traces to DIR/<name>.jsonl and prints the `worst` largest TTFT errors on stderr. */
export function writeTrace(dir: string, name: string, traces: RequestTrace[], worst = 12): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.jsonl`);
  fs.writeFileSync(file, traces.map((t) => JSON.stringify(t)).join('\n') + '\n');
  const f = (x: number): string => x.toFixed(3);
  process.stderr.write(`trace ${file}: the ${worst} worst of ${traces.length} (ms: TTFT error = send lag + receive lag; sent at; place in its pass; GC overlapping)\n`);
  for (const t of [...traces].sort((a, b) => b.ttft_error_ms - a.ttft_error_ms).slice(0, worst)) {
    process.stderr.write(`  ${t.id.padEnd(7)} ${f(t.ttft_error_ms)} = ${f(t.send_lag_ms)} + ${f(t.receive_lag_ms)}  at ${f(t.send_since_start_ms)}  pass ${t.pass_position}/${t.pass_size}  gc ${t.gc_count} (${f(t.gc_ms)} ms, kinds ${t.gc_kinds.join(',') || '-'})\n`);
  }
}
