/**
 * How the report names, units and orients a headline metric. The names are results.json's real headline
 * keys (src/metrics/latency/headline.ts, src/metrics/mfu/headline.ts, ROUGE, energy); directions come from
 * the gate's own table (src/gate/metric-directions.ts), so the report and the gate never disagree.
 */
import { builtInDirection, type Direction } from '../gate/metric-directions.js';

export type { Direction };

export interface MetricInfo {
  label: string;
  unit: string;
  direction: Direction;
}

/** The measured value of one headline key, or null when absent, null or not finite. */
export function headlineValue(headline: Record<string, number | null>, key: string): number | null {
  const v = headline[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Units of the run-level headline names; latency names (<metric>_ms_<stat>) are in ms. */
const UNITS: Record<string, string> = {
  throughput_rps: 'req/s',
  goodput_rps: 'req/s',
  output_tps: 'tok/s',
  total_tps: 'tok/s',
  duration_s: 's',
  completed_requests: 'requests',
  failed_requests: 'requests',
  total_output_tokens: 'tokens',
  achieved_tflops: 'TFLOP/s',
  energy_j: 'J',
  tokens_per_joule: 'tok/J',
};

export function unitOf(name: string): string {
  if (name in UNITS) return UNITS[name]!;
  if (/^[a-z0-9]+(?:_vllm)?_ms_/.test(name)) return 'ms';
  return '';
}

/** A latency statistic other than the spread: `ttft_ms_p95`, `e2el_ms_median`, `ttft_vllm_ms_max`, ... */
const LATENCY_STAT = /^[a-z0-9]+(?:_vllm)?_ms_(?:mean|median|min|max|p\d+(?:_\d+)?)$/;

/**
 * Which way is better, as the report's direction column says it: the gate's own table, and for a
 * latency statistic the gate does not judge (p95, median, ...; docs/gate.md says why it judges few) the
 * same truth, lower. Standard deviations and counts stay neutral.
 */
export function directionOf(name: string): Direction {
  const judged = builtInDirection(name);
  if (judged !== 'neutral') return judged;
  return LATENCY_STAT.test(name) ? 'lower' : 'neutral';
}

export function describeMetric(name: string): MetricInfo {
  return { label: name, unit: unitOf(name), direction: directionOf(name) };
}

/** Readable names of the run-level headline keys (latency statistics are named by `metricLabel`'s rule). */
const LABELS: Record<string, string> = {
  throughput_rps: 'Throughput',
  goodput_rps: 'Goodput',
  output_tps: 'Output tokens/s',
  total_tps: 'Total tokens/s',
  duration_s: 'Duration',
  good_fraction: 'Good fraction',
  completed_requests: 'Completed requests',
  failed_requests: 'Failed requests',
  total_output_tokens: 'Output tokens',
  mfu: 'MFU',
  prefill_mfu: 'Prefill MFU',
  decode_mfu: 'Decode MFU',
  mbu: 'MBU',
  achieved_tflops: 'Achieved TFLOP/s',
  rouge1: 'ROUGE-1',
  rouge2: 'ROUGE-2',
  rougeL: 'ROUGE-L',
  rougeLsum: 'ROUGE-Lsum',
  energy_j: 'Energy',
  tokens_per_joule: 'Tokens/J',
  capacity_rps: 'Capacity',
};

/**
 * How a reader names a headline key: "TTFT p50" for ttft_ms_p50, "E2EL mean (vLLM)" for e2el_vllm_ms_mean,
 * "Throughput" for throughput_rps; a name it does not know as it is.
 */
export function metricLabel(name: string): string {
  if (name in LABELS) return LABELS[name]!;
  const latency = /^([a-z0-9]+?)(_vllm)?_ms_([a-z0-9_]+)$/.exec(name);
  if (latency) return `${latency[1]!.toUpperCase()} ${latency[3]!.replace(/_/g, '.')}${latency[2] ? ' (vLLM)' : ''}`;
  return name;
}
