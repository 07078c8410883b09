/**
 * Every name results.json's `headline` can carry, and what its value can be. The stages that write the
 * headline own the names (metrics/latency/headline.ts, metrics/mfu/headline.ts, pipeline/rouge-metrics.ts,
 * pipeline/compute-metrics.ts for energy, pipeline/capacity-probe.ts for capacity); test/run-folder/headline-names.test.ts checks this list against
 * what they write. The gate uses it to refuse a thresholds entry for a metric that does not exist, and
 * the results reader (results-file.ts) to refuse values no run can produce.
 */
const LATENCY_NAME = /^(?:ttft_ms|ttft_vllm_ms|tpot_ms|itl_ms|e2el_ms)_(?:mean|median|std|min|max|p\d+(?:_\d+)?)$/;
const LATENCY_FAMILIES = ['ttft_ms', 'ttft_vllm_ms', 'tpot_ms', 'itl_ms', 'e2el_ms'] as const;
const LATENCY_STATS = ['mean', 'median', 'std', 'min', 'max', 'p50', 'p90', 'p95', 'p99'] as const;

/** Whole numbers of requests or tokens. */
export const COUNT_METRICS: ReadonlySet<string> = new Set(['completed_requests', 'failed_requests', 'total_output_tokens']);
/** Fractions in [0, 1]. */
const FRACTION_METRICS: ReadonlySet<string> = new Set(['good_fraction', 'rouge1', 'rouge2', 'rougeL', 'rougeLsum']);

const OTHER_METRICS = [
  'throughput_rps', 'output_tps', 'total_tps', 'duration_s', 'goodput_rps', 'good_fraction',
  ...COUNT_METRICS,
  'mfu', 'prefill_mfu', 'decode_mfu', 'mbu', 'achieved_tflops',
  'rouge1', 'rouge2', 'rougeL', 'rougeLsum',
  'energy_j', 'tokens_per_joule',
  // Under a capacity profile (pipeline/capacity-probe.ts).
  'capacity_rps',
];
const OTHER_SET: ReadonlySet<string> = new Set(OTHER_METRICS);

export function isHeadlineName(name: string): boolean {
  return OTHER_SET.has(name) || LATENCY_NAME.test(name);
}

/** The names a default run writes, for "did you mean" suggestions. */
export function headlineNameExamples(): string[] {
  return [...LATENCY_FAMILIES.flatMap((family) => LATENCY_STATS.map((stat) => `${family}_${stat}`)), ...new Set(OTHER_METRICS)];
}

/**
 * Why `value` cannot be the headline value `name` (a negative time or rate, a fractional or negative
 * count, a fraction above 1), or null when it can. Names this version does not know are not judged.
 * `averaged`: the headline is the mean of repeated trials, where a count may be fractional.
 */
export function headlineValueProblem(name: string, value: number, averaged = false): string | null {
  if (!isHeadlineName(name)) return null;
  if (!Number.isFinite(value)) return `must be a finite number, got ${value}`;
  if (value < 0) return `cannot be negative, got ${value}`;
  if (COUNT_METRICS.has(name) && !averaged && !Number.isInteger(value)) return `must be a whole number, got ${value}`;
  if (FRACTION_METRICS.has(name) && value > 1) return `is a fraction and cannot exceed 1, got ${value}`;
  return null;
}

/** The first impossible value of a headline, as "headline.<name> <problem>", or null. */
export function firstHeadlineProblem(headline: Record<string, unknown>, key: string, averaged = false): string | null {
  for (const [name, value] of Object.entries(headline)) {
    if (typeof value !== 'number') continue;
    const problem = headlineValueProblem(name, value, averaged);
    if (problem !== null) return `${key}.${name} ${problem}`;
  }
  return null;
}
