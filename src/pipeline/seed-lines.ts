import type { Headline } from '../results/results-document.js';

/**
 * The console lines vendors already parse, same names and units as the seed:
 * TTFT in seconds (mean), Throughput in requests/s, Tps in output tokens/s, Time in seconds,
 * MFU as a ratio, ROUGE F-measures as ratios. A line is printed only when its figure was measured.
 */
export function seedLines(headline: Headline): string[] {
  const lines: string[] = [];
  const add = (name: string, value: number | null | undefined, scale = 1) => {
    if (typeof value === 'number' && Number.isFinite(value)) lines.push(`${name}:${value * scale}`);
  };
  add('TTFT', headline.ttft_ms_mean, 1 / 1000);
  add('Throughput', headline.throughput_rps);
  add('Tps', headline.output_tps);
  add('Time', headline.duration_s);
  add('MFU', headline.mfu);
  add('ROUGE1', headline.rouge1);
  add('ROUGE2', headline.rouge2);
  add('ROUGEL', headline.rougeL);
  return lines;
}
