// On its own so the CLI's `history page` help names the defaults without loading the trend's change-point search.
/** Metrics drawn by default, where a series has them: latency tails, rates, quality, efficiency, capacity. */
export const DEFAULT_TREND_METRICS = [
  'ttft_ms_p99',
  'tpot_ms_p99',
  'e2el_ms_p99',
  'throughput_rps',
  'output_tps',
  'capacity_rps',
  'rouge1',
  'rouge2',
  'rougeL',
  'mfu',
  'tokens_per_joule',
] as const;
