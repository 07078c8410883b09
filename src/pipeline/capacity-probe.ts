import type { CapacityResult, ProbeMeasurement } from '../certify/capacity-search.js';
import type { RequestRecord } from '../load/index.js';
import { summarizeLatency } from '../metrics/latency/index.js';
import type { Headline } from '../run-folder/results-document.js';

/** p99 TTFT and TPOT of one probe's measured requests, by the same definitions as every other figure. */
export function probeMeasurement(records: readonly RequestRecord[]): ProbeMeasurement {
  const summary = summarizeLatency(records, { percentiles: [99], slo: {} });
  return { ttft_ms_p99: summary.ttft_ms.percentiles.p99 ?? null, tpot_ms_p99: summary.tpot_ms.percentiles.p99 ?? null };
}

/** The capacity as results.json carries it: the headline figure and the whole search as a metrics block. */
export function capacityFigures(result: CapacityResult): { headline: Headline; block: CapacityResult } {
  return { headline: { capacity_rps: result.capacity_rps }, block: result };
}

/** One log line: the capacity and its interval, or why there is none. */
export function describeCapacity(result: CapacityResult): string {
  const probes = `${result.probes.length} probes, ${result.probes.reduce((n, p) => n + p.measurements.length, 0)} measurements`;
  if (result.capacity_rps === null) return `capacity at SLO: none (${result.note}; ${probes})`;
  const between = result.interval.high === null ? `at least ${result.interval.low}` : `between ${result.interval.low} and ${result.interval.high}`;
  return `capacity at SLO: ${Number(result.capacity_rps.toPrecision(4))} requests/s (${between}${result.note ? `; ${result.note}` : ''}; ${probes})`;
}
