/**
 * The seed's console figures, declared once: the console lines (pipeline/seed-lines.ts), the report's
 * cards and seed table (report/), and the action's step outputs (action/run-action.ts) all read this table.
 * For each: its seed name, the headline key it is read from, the factor to the seed's unit, the precision it
 * is printed at, how the report labels it, and the action output that carries it (when there is one).
 */
export interface SeedFigure {
  /** The seed's console name, e.g. "TTFT". */
  name: string;
  /** The results.json headline key it is read from. */
  key: string;
  /** Factor from the stored unit to the seed's (TTFT is stored in ms; the seed prints seconds). */
  scale: number;
  /**
   * Fixed decimals (not the double's shortest form, which prints float noise such as
   * `Time:5.552269999999999`); MFU keeps significant digits instead, because on a CPU or a small model it
   * is a few millionths and a fixed number of decimals would print it as zero.
   */
  precision: { decimals: number } | { significant: number };
  /** The report's label (the report shows the stored unit, e.g. TTFT in ms, as the comment does). */
  label: string;
  /** The action's step output (action.yml), same unit as the console line. */
  output?: string;
}

/** The seed's lines in the seed's order; docs/metrics.md ("Console lines") states the same precisions. */
export const SEED_FIGURES: readonly SeedFigure[] = [
  { name: 'TTFT', key: 'ttft_ms_mean', scale: 1 / 1000, precision: { decimals: 4 }, label: 'TTFT (mean)', output: 'ttft' },
  { name: 'Throughput', key: 'throughput_rps', scale: 1, precision: { decimals: 3 }, label: 'Throughput', output: 'throughput' },
  { name: 'Tps', key: 'output_tps', scale: 1, precision: { decimals: 1 }, label: 'Output tokens/s', output: 'tps' },
  { name: 'Time', key: 'duration_s', scale: 1, precision: { decimals: 2 }, label: 'Duration', output: 'time' },
  { name: 'MFU', key: 'mfu', scale: 1, precision: { significant: 3 }, label: 'MFU', output: 'mfu' },
  { name: 'ROUGE1', key: 'rouge1', scale: 1, precision: { decimals: 4 }, label: 'ROUGE-1 F', output: 'rouge1' },
  { name: 'ROUGE2', key: 'rouge2', scale: 1, precision: { decimals: 4 }, label: 'ROUGE-2 F', output: 'rouge2' },
  { name: 'ROUGEL', key: 'rougeL', scale: 1, precision: { decimals: 4 }, label: 'ROUGE-L F' },
];
