import type { PredictionRow } from '../run-folder/predictions-file.js';
import { hasRepetitionLoop } from './repetition-loop.js';
import { DEFAULT_THRESHOLDS, type QualitySettings } from './thresholds-config.js';

/** The margins, as thresholds.yaml's `quality:` declares them (thresholds-config.ts). */
export type IntegrityOptions = Pick<QualitySettings, 'output_length_margin' | 'degenerate_margin'>;

/** Output integrity of the current run against the baseline, over the document ids both ran (docs/metrics.md). */
export interface OutputIntegrity {
  /** Documents present in both runs. */
  paired: number;
  length: { baseline_mean_words: number; current_mean_words: number; ratio: number; margin: number; within: boolean };
  degenerate: {
    baseline_share: number;
    current_share: number;
    /** Current outputs that are empty (a failed request included), loop, or ran to the length limit where the baseline stopped. */
    empty: number;
    loops: number;
    no_stop: number;
    margin: number;
    within: boolean;
  };
  /** Share of documents whose output is the baseline's, character for character (greedy decoding: reported, not judged). */
  identical_share: number;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

type Degeneracy = 'empty' | 'loop' | 'no_stop' | null;

/** Why an output is degenerate, given the other run's output for the same document (null: it is not). */
function degeneracy(row: PredictionRow, other: PredictionRow): Degeneracy {
  if (row.prediction.trim() === '') return 'empty';
  if (hasRepetitionLoop(row.prediction)) return 'loop';
  if (row.finish_reason === 'length' && other.finish_reason === 'stop') return 'no_stop';
  return null;
}

const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Null when the two runs share no document id (nothing to compare). */
export function outputIntegrity(current: readonly PredictionRow[], baseline: readonly PredictionRow[], options: IntegrityOptions = DEFAULT_THRESHOLDS.quality): OutputIntegrity | null {
  const baseById = new Map(baseline.map((row) => [row.id, row]));
  const pairs = current.flatMap((row) => {
    const base = baseById.get(row.id);
    return base ? [[row, base] as const] : [];
  });
  if (pairs.length === 0) return null;
  const currentWords = meanOf(pairs.map(([row]) => wordCount(row.prediction)));
  const baselineWords = meanOf(pairs.map(([, base]) => wordCount(base.prediction)));
  const ratio = baselineWords === 0 ? (currentWords === 0 ? 1 : Infinity) : currentWords / baselineWords;
  const currentKinds = pairs.map(([row, base]) => degeneracy(row, base));
  const baselineShare = pairs.filter(([row, base]) => degeneracy(base, row) !== null).length / pairs.length;
  const currentShare = currentKinds.filter((kind) => kind !== null).length / pairs.length;
  const count = (kind: Degeneracy) => currentKinds.filter((k) => k === kind).length;
  return {
    paired: pairs.length,
    length: { baseline_mean_words: baselineWords, current_mean_words: currentWords, ratio, margin: options.output_length_margin, within: Math.abs(ratio - 1) <= options.output_length_margin },
    degenerate: {
      baseline_share: baselineShare,
      current_share: currentShare,
      empty: count('empty'),
      loops: count('loop'),
      no_stop: count('no_stop'),
      margin: options.degenerate_margin,
      within: currentShare <= baselineShare + options.degenerate_margin,
    },
    identical_share: pairs.filter(([row, base]) => row.error === null && base.error === null && row.prediction === base.prediction).length / pairs.length,
  };
}
