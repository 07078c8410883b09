/**
 * Flattens a LatencySummary into the name → number map results.json's `headline` carries and the gate
 * compares. Names: <metric>_<stat> for ttft_ms, ttft_vllm_ms, tpot_ms, itl_ms, e2el_ms with stats mean,
 * median, std, min, max and p<N> (p99_9 for 99.9); then the run-level rates and counts.
 */
import { percentileKey, type Distribution } from './distribution.js';
import type { LatencySummary } from './summarize-latency.js';

const LATENCY_METRICS = ['ttft_ms', 'ttft_vllm_ms', 'tpot_ms', 'itl_ms', 'e2el_ms'] as const;

function flatten(prefix: string, d: Distribution, percentiles: readonly number[], out: Record<string, number | null>): void {
  out[`${prefix}_mean`] = d.mean;
  out[`${prefix}_median`] = d.median;
  out[`${prefix}_std`] = d.std;
  out[`${prefix}_min`] = d.min;
  out[`${prefix}_max`] = d.max;
  for (const p of percentiles) {
    const key = percentileKey(p);
    out[`${prefix}_${key}`] = d.percentiles[key] ?? null;
  }
}

export function headlineLatency(summary: LatencySummary): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const m of LATENCY_METRICS) flatten(m, summary[m], summary.percentiles, out);
  out.throughput_rps = summary.throughput_rps;
  out.output_tps = summary.output_tps;
  out.total_tps = summary.total_tps;
  out.duration_s = summary.duration_s;
  out.goodput_rps = summary.goodput?.goodput_rps ?? null;
  out.good_fraction = summary.goodput?.good_fraction ?? null;
  out.completed_requests = summary.completed_requests;
  out.failed_requests = summary.failed_requests;
  out.total_output_tokens = summary.total_output_tokens;
  return out;
}
