import { builtInDirection, type Direction } from './metric-directions.js';

/**
 * One metric's gate levels. A change counts against a level only when it goes the bad way by more than
 * the relative percentage AND by more than the absolute floor (in the metric's own unit), so tiny
 * values (2 failed requests instead of 1, 0.3 ms instead of 0.2 ms) do not trip a relative threshold.
 */
export interface MetricThreshold {
  direction: Direction;
  warn_pct: number;
  fail_pct: number;
  abs_floor: number;
  /** Leave the metric out of the comparison altogether. */
  skip: boolean;
}

type Levels = Pick<MetricThreshold, 'warn_pct' | 'fail_pct' | 'abs_floor'>;

// Latency: 4% warns, 8% fails; floors keep sub-millisecond jitter on fast engines from counting.
const LATENCY_MS: Levels = { warn_pct: 4, fail_pct: 8, abs_floor: 1 };
const THROUGHPUT: Levels = { warn_pct: 4, fail_pct: 8, abs_floor: 0 };
const UTILISATION: Levels = { warn_pct: 4, fail_pct: 8, abs_floor: 0.001 };
// ROUGE F in [0, 1]: half a point (0.005) is below what a different sampling of XSum moves.
const ROUGE: Levels = { warn_pct: 2, fail_pct: 5, abs_floor: 0.005 };

const BUILT_IN: Record<string, Levels> = {
  ttft_ms_mean: LATENCY_MS,
  ttft_ms_p50: LATENCY_MS,
  ttft_ms_p90: LATENCY_MS,
  ttft_ms_p99: LATENCY_MS,
  tpot_ms_mean: { ...LATENCY_MS, abs_floor: 0.2 },
  tpot_ms_p99: { ...LATENCY_MS, abs_floor: 0.2 },
  itl_ms_mean: { ...LATENCY_MS, abs_floor: 0.2 },
  itl_ms_p99: { ...LATENCY_MS, abs_floor: 0.2 },
  e2el_ms_mean: { ...LATENCY_MS, abs_floor: 5 },
  e2el_ms_p99: { ...LATENCY_MS, abs_floor: 5 },
  duration_s: { warn_pct: 5, fail_pct: 10, abs_floor: 0.5 },
  throughput_rps: THROUGHPUT,
  output_tps: THROUGHPUT,
  total_tps: THROUGHPUT,
  goodput_rps: THROUGHPUT,
  good_fraction: { warn_pct: 2, fail_pct: 5, abs_floor: 0.01 },
  // Three or more new failed requests warn; failing also needs more than twice as many as before.
  failed_requests: { warn_pct: 0, fail_pct: 100, abs_floor: 2.5 },
  mfu: UTILISATION,
  prefill_mfu: UTILISATION,
  decode_mfu: UTILISATION,
  mbu: UTILISATION,
  achieved_tflops: THROUGHPUT,
  rouge1: ROUGE,
  rouge2: ROUGE,
  rougeL: ROUGE,
  rougeLsum: ROUGE,
  energy_j: { warn_pct: 5, fail_pct: 10, abs_floor: 0 },
  tokens_per_joule: { warn_pct: 5, fail_pct: 10, abs_floor: 0 },
};

/** Levels for metrics without built-in ones (neutral metrics never fail, whatever their levels). */
export const FALLBACK_LEVELS: Levels = { warn_pct: 5, fail_pct: 10, abs_floor: 0 };

export function builtInThreshold(name: string): MetricThreshold {
  const levels = BUILT_IN[name] ?? FALLBACK_LEVELS;
  return { direction: builtInDirection(name), ...levels, skip: false };
}
