import { readJsonl, str } from './read-jsonl.js';

/** One scored pair; `scores` holds whatever per-pair ROUGE F-measures the line carried (may be empty). */
export interface PredictionRow {
  id: string;
  reference: string;
  prediction: string;
  scores: Record<string, number>;
}

/**
 * Pulls a per-pair F-measure out of the shapes a scorer may write: `rouge1: 0.31`,
 * `rouge1: {fmeasure|f|F: 0.31}`, or the same nested under `rouge` or `scores`.
 */
function fScore(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of ['fmeasure', 'f', 'F', 'f1']) if (typeof o[k] === 'number') return o[k];
  }
  return null;
}

function collectScores(source: Record<string, unknown>, into: Record<string, number>): void {
  for (const [key, value] of Object.entries(source)) {
    if (!/^rouge/i.test(key)) continue;
    const f = fScore(value);
    if (f !== null) into[key.replace(/_f$/, '')] = f;
  }
}

export function loadPredictions(file: string): PredictionRow[] | null {
  return readJsonl(file, (row) => {
    const scores: Record<string, number> = {};
    collectScores(row, scores);
    for (const nest of ['rouge', 'scores']) {
      const inner = row[nest];
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        // `rouge: {rouge1: ...}` or `rouge: {"1": ...}`: prefix bare keys so they read as rouge names.
        const o = inner as Record<string, unknown>;
        collectScores(Object.fromEntries(Object.entries(o).map(([k, v]) => [/^rouge/i.test(k) ? k : `rouge${k}`, v])), scores);
      }
    }
    return { id: str(row, 'id'), reference: str(row, 'reference'), prediction: str(row, 'prediction'), scores };
  });
}
