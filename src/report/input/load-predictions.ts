import { readJsonl, str } from './read-jsonl.js';

/**
 * One line of predictions.jsonl (src/pipeline/predictions.ts): {id, reference, prediction, error}.
 * `scores` holds the per-pair ROUGE F-measures when the line carries a `rouge` field (the ROUGE stage may
 * add one); it is empty otherwise.
 */
export interface PredictionRow {
  id: string;
  reference: string;
  prediction: string;
  /** Why the prediction is empty (failed or unsent request), or null. */
  error: string | null;
  scores: Record<string, number>;
}

/** A per-pair F-measure: a number, or an object with `fmeasure` (the rouge-score convention). */
function fScore(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value && typeof value === 'object') {
    const f = (value as Record<string, unknown>).fmeasure;
    if (typeof f === 'number' && Number.isFinite(f)) return f;
  }
  return null;
}

export function loadPredictions(file: string): PredictionRow[] | null {
  return readJsonl(file, (row) => {
    const scores: Record<string, number> = {};
    const rouge = row.rouge;
    if (rouge !== undefined && rouge !== null) {
      if (typeof rouge !== 'object' || Array.isArray(rouge)) throw new Error('"rouge" must be an object of ROUGE name to F-measure');
      for (const [key, value] of Object.entries(rouge as Record<string, unknown>)) {
        const f = fScore(value);
        if (f !== null) scores[key] = f;
      }
    }
    const error = row.error;
    if (error !== undefined && error !== null && typeof error !== 'string') throw new Error('"error" must be a string or null');
    return { id: str(row, 'id'), reference: str(row, 'reference'), prediction: str(row, 'prediction'), error: typeof error === 'string' ? error : null, scores };
  });
}
