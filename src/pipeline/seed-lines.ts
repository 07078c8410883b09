import type { Headline } from '../run-folder/results-document.js';
import { SEED_FIGURES, type SeedFigure } from '../run-folder/seed-figures.js';

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
