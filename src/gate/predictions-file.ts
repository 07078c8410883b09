import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';
import { parseJsonlObjects } from '../util/jsonl.js';

/** One line of a run folder's predictions.jsonl, as the quality checks read it (docs/results.md). */
export interface PredictionRow {
  id: string;
  prediction: string;
  /** Why the request gave no prediction (failed, never sent); null when it completed. */
  error: string | null;
  /** Per-document ROUGE F-measures, when the run scored its predictions. */
  rouge: Record<string, number> | null;
  /** The engine's finish_reason ("stop", "length"); null when unknown (runs written before it was recorded). */
  finish_reason: string | null;
}

/** Reads predictions.jsonl; a line that is not a prediction is one InputError naming the file and line. */
export function readPredictionsFile(path: string): PredictionRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read the predictions (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parsePredictionsJsonl(text, path);
}

export function parsePredictionsJsonl(text: string, file: string): PredictionRow[] {
  const seen = new Set<string>();
  return parseJsonlObjects(text, file, (row) => {
    const { id, prediction, error, rouge, finish_reason: finish } = row;
    if (typeof id !== 'string' || id === '') throw new Error('"id" must be a non-empty string');
    if (seen.has(id)) throw new Error(`id "${id}" appears twice`);
    seen.add(id);
    if (typeof prediction !== 'string') throw new Error('"prediction" must be a string');
    if (error !== undefined && error !== null && typeof error !== 'string') throw new Error('"error" must be a string or null');
    if (finish !== undefined && finish !== null && typeof finish !== 'string') throw new Error('"finish_reason" must be a string or null');
    return { id, prediction, error: (error as string | null | undefined) ?? null, rouge: rougeScores(rouge), finish_reason: (finish as string | null | undefined) ?? null };
  });
}

function rougeScores(value: unknown): Record<string, number> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('"rouge" must be an object of F-measures');
  const scores: Record<string, number> = {};
  for (const [type, score] of Object.entries(value)) {
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) throw new Error(`"rouge.${type}" must be a number from 0 to 1`);
    scores[type] = score;
  }
  return scores;
}
