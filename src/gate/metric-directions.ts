/**
 * Which way is better for each headline metric. The gate only fails a metric that moved the bad way;
 * names it does not know are compared with a neutral direction: reported, never failed (docs/gate.md).
 */
export type Direction = 'lower' | 'higher' | 'neutral';

const LOWER_IS_BETTER = [
  'ttft_ms_mean',
  'ttft_ms_p50',
  'ttft_ms_p90',
  'ttft_ms_p99',
  'tpot_ms_mean',
  'tpot_ms_p99',
  'itl_ms_mean',
  'itl_ms_p99',
  'e2el_ms_mean',
  'e2el_ms_p99',
  'duration_s',
  'failed_requests',
  'energy_j',
] as const;

const HIGHER_IS_BETTER = [
  'throughput_rps',
  'output_tps',
  'total_tps',
  'goodput_rps',
  'good_fraction',
  'mfu',
  'prefill_mfu',
  'decode_mfu',
  'mbu',
  'achieved_tflops',
  'rouge1',
  'rouge2',
  'rougeL',
  'rougeLsum',
  'tokens_per_joule',
  'capacity_rps',
] as const;

export const KNOWN_DIRECTIONS: ReadonlyMap<string, Direction> = new Map<string, Direction>([
  ...LOWER_IS_BETTER.map((name): [string, Direction] => [name, 'lower']),
  ...HIGHER_IS_BETTER.map((name): [string, Direction] => [name, 'higher']),
]);

/** ROUGE headlines: their noise comes from the bootstrap intervals when the results carry them. */
export const ROUGE_METRICS: ReadonlySet<string> = new Set(['rouge1', 'rouge2', 'rougeL', 'rougeLsum']);

export function builtInDirection(name: string): Direction {
  return KNOWN_DIRECTIONS.get(name) ?? 'neutral';
}

/** +1 when a rise is good, -1 when a fall is good, 0 when neither. */
export function goodSign(direction: Direction): 1 | -1 | 0 {
  return direction === 'higher' ? 1 : direction === 'lower' ? -1 : 0;
}
