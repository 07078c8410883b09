import type { Headline } from '../run-folder/results-document.js';

/**
 * One console figure: its seed name, the headline key it is read from, the factor to the seed's unit and
 * the precision it is printed at. Fixed decimals (not the double's shortest form, which prints float noise
 * such as `Time:5.552269999999999`); MFU keeps significant digits instead, because on a CPU or a small
 * model it is a few millionths and a fixed number of decimals would print it as zero.
 */
export interface SeedFigure {
  name: string;
  key: string;
  scale: number;
  precision: { decimals: number } | { significant: number };
}

/** The seed's lines in the seed's order; docs/metrics.md ("Console lines") states the same precisions. */
export const SEED_FIGURES: readonly SeedFigure[] = [
  { name: 'TTFT', key: 'ttft_ms_mean', scale: 1 / 1000, precision: { decimals: 4 } },
  { name: 'Throughput', key: 'throughput_rps', scale: 1, precision: { decimals: 3 } },
  { name: 'Tps', key: 'output_tps', scale: 1, precision: { decimals: 1 } },
  { name: 'Time', key: 'duration_s', scale: 1, precision: { decimals: 2 } },
  { name: 'MFU', key: 'mfu', scale: 1, precision: { significant: 3 } },
  { name: 'ROUGE1', key: 'rouge1', scale: 1, precision: { decimals: 4 } },
  { name: 'ROUGE2', key: 'rouge2', scale: 1, precision: { decimals: 4 } },
  { name: 'ROUGEL', key: 'rougeL', scale: 1, precision: { decimals: 4 } },
];

/** The figure in its seed unit at its stated precision; null when it was not measured. */
export function formatSeedFigure(figure: SeedFigure, headline: Headline): string | null {
  const value = headline[figure.key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const scaled = value * figure.scale;
  return 'decimals' in figure.precision ? scaled.toFixed(figure.precision.decimals) : scaled.toPrecision(figure.precision.significant);
}

/**
 * The console lines vendors already parse, same names and units as the seed:
 * TTFT in seconds (mean), Throughput in requests/s, Tps in output tokens/s, Time in seconds,
 * MFU as a ratio, ROUGE F-measures as ratios. A line is printed only when its figure was measured.
 */
export function seedLines(headline: Headline): string[] {
  const lines: string[] = [];
  for (const figure of SEED_FIGURES) {
    const text = formatSeedFigure(figure, headline);
    if (text !== null) lines.push(`${figure.name}:${text}`);
  }
  return lines;
}
