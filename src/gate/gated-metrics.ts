import type { Direction } from './metric-directions.js';
import { ROUGE_METRICS } from './metric-directions.js';

/**
 * Which headline metrics the calibrated verdict gates, and how (docs/gate.md, "Which metrics are gated").
 * Every gated metric counts in the family whose false-alarm rate the verdict holds, so each one gated costs
 * the others power: a metric is gated only when it says something the others do not.
 */
export type GateRole =
  /** A latency percentile with per-request samples behind it: within-run noise from the block bootstrap. */
  | { kind: 'latency'; samples: 'ttft_ms' | 'tpot_ms' | 'e2el_ms'; percentile: number; direction: Direction }
  /** A completion rate of the run: within-run floor from the block bootstrap of mean E2EL. */
  | { kind: 'rate'; direction: Direction }
  /** Judged by its own rule as before (levels, ROUGE's bootstrap interval), outside the family. */
  | { kind: 'levels' }
  /** Listed with its change, never judged; `why` says why. */
  | { kind: 'reported'; why: string };

/**
 * A percentile is gated only with at least this many requests above it (p90: 200 requests, p99: 2,000).
 * With 10 above it (the p90 of 100 requests), a stall on three requests moves it, and bench:gate's A/A
 * comparisons raised most of their false alarms on p90s (docs/gate.md).
 */
export const MIN_REQUESTS_ABOVE_PERCENTILE = 20;

const GATED_PERCENTILES = new Set([50, 90, 99]);
const RATES = new Set(['throughput_rps', 'output_tps', 'goodput_rps']);
const LEVELS_ONLY = new Set(['failed_requests', 'good_fraction', ...ROUGE_METRICS]);
const LATENCY = /^(ttft_ms|tpot_ms|e2el_ms)_p(\d+(?:_\d+)?)$/;

/** Requests a percentile needs before it is gated: enough that MIN_REQUESTS_ABOVE_PERCENTILE lie above it. */
export function minRequestsFor(percentile: number): number {
  return Math.ceil(MIN_REQUESTS_ABOVE_PERCENTILE / (1 - percentile / 100) - 1e-9);
}

/** The role of one metric, given the fewest completed requests among the runs compared. */
export function gateRole(name: string, direction: Direction, requests: number): GateRole {
  const latency = LATENCY.exec(name);
  if (latency) {
    const percentile = Number(latency[2]!.replace('_', '.'));
    if (!GATED_PERCENTILES.has(percentile)) return { kind: 'reported', why: 'percentiles other than p50, p90 and p99 are reported only' };
    const needed = minRequestsFor(percentile);
    if (requests < needed) return { kind: 'reported', why: `p${percentile} is gated from ${needed} requests on (this comparison has ${requests})` };
    return { kind: 'latency', samples: latency[1] as 'ttft_ms' | 'tpot_ms' | 'e2el_ms', percentile, direction: direction === 'neutral' ? 'lower' : direction };
  }
  if (RATES.has(name)) return { kind: 'rate', direction };
  if (LEVELS_ONLY.has(name)) return { kind: 'levels' };
  if (direction === 'neutral') return { kind: 'reported', why: 'neutral direction: reported, not judged' };
  if (/_mean$/.test(name)) return { kind: 'reported', why: 'means follow a few slow requests; the median and p90 are gated instead' };
  return { kind: 'reported', why: 'follows a gated metric (throughput, latency percentiles); reported only' };
}
