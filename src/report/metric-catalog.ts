/**
 * How the report names, units and orients a headline metric. The names follow the headline keys the
 * fixture and docs/report.md assume (e.g. ttft_mean_s, throughput_req_s); unknown names still show,
 * with the unit read from the suffix and direction "unknown" (left out of direction-typed exports).
 */
export type Direction = 'smaller' | 'bigger' | 'unknown';

export interface MetricInfo {
  label: string;
  unit: string;
  direction: Direction;
}

/** The seed's console metrics, in the seed's order, with the headline keys that may carry them. */
export const SEED_METRICS: ReadonlyArray<{ seed: string; label: string; keys: readonly string[]; unit: string }> = [
  { seed: 'TTFT', label: 'TTFT (mean)', keys: ['ttft_mean_s', 'ttft_s', 'ttft'], unit: 's' },
  { seed: 'Throughput', label: 'Throughput', keys: ['throughput_req_s', 'request_throughput', 'throughput'], unit: 'req/s' },
  { seed: 'Tps', label: 'Output tokens/s', keys: ['output_tokens_per_s', 'output_throughput', 'tps'], unit: 'tok/s' },
  { seed: 'Time', label: 'Duration', keys: ['duration_s', 'time_s', 'time'], unit: 's' },
  { seed: 'MFU', label: 'MFU', keys: ['mfu'], unit: '' },
  { seed: 'ROUGE1', label: 'ROUGE-1 F', keys: ['rouge1_f', 'rouge1'], unit: '' },
  { seed: 'ROUGE2', label: 'ROUGE-2 F', keys: ['rouge2_f', 'rouge2'], unit: '' },
];

export function seedValue(headline: Record<string, number | null>, keys: readonly string[]): { key: string; value: number } | null {
  for (const key of keys) {
    const v = headline[key];
    if (typeof v === 'number' && Number.isFinite(v)) return { key, value: v };
  }
  return null;
}

const SMALLER = /(ttft|tpot|itl|e2el|latency|duration|time|failure|error|energy|joule|_j_|power)/i;
const BIGGER = /(throughput|per_s|tps|goodput|rouge|mfu|mbu|accuracy|completed)/i;

export function unitOf(name: string): string {
  if (/_req_s$|request_throughput/.test(name)) return 'req/s';
  if (/_per_s$|tok_s$|output_throughput|tps$/.test(name)) return 'tok/s';
  if (/_ms$/.test(name)) return 'ms';
  if (/_s$/.test(name)) return 's';
  if (/_w$/.test(name)) return 'W';
  if (/_j$/.test(name)) return 'J';
  if (/_pct$/.test(name)) return '%';
  return '';
}

export function directionOf(name: string): Direction {
  // Throughput-like names win first: "tokens_per_s" ends in _s but is bigger-is-better.
  if (BIGGER.test(name)) return 'bigger';
  if (SMALLER.test(name)) return 'smaller';
  return 'unknown';
}

export function describeMetric(name: string): MetricInfo {
  return { label: name, unit: unitOf(name), direction: directionOf(name) };
}

/** Four significant digits, no exponent for the ranges the report shows. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'not measured';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e7)) return v.toExponential(3);
  if (a >= 1000) return v.toFixed(a >= 1e5 ? 0 : 1);
  return String(Number(v.toPrecision(4)));
}
