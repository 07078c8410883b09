import { refuseSpecialFile } from '../util/file-kind.js';
import { parseJsonlObject, parseJsonlObjects } from '../util/jsonl.js';
import { readFileOrFail } from '../util/read-file.js';
import { checkedUtf8Body, decodeUtf8Text } from '../util/utf8-text.js';

/**
 * One line of predictions.jsonl (written by src/pipeline/predictions.ts, docs/results.md), as the gate's
 * quality checks, A/B and the report read it.
 */
export interface PredictionRow {
  id: string;
  /** The dataset's reference summary; absent in a file written without it (the report shows it when present). */
  reference?: string;
  prediction: string;
  /** Why the request gave no prediction (failed, never sent); null when it completed. */
  error: string | null;
  /** Per-document ROUGE F-measures, when the run scored its predictions. */
  rouge: Record<string, number> | null;
  /** The engine's finish_reason ("stop", "length"); null when unknown (runs written before it was recorded). */
  finish_reason: string | null;
}

/**
 * The one reader of predictions.jsonl (UTF-8, a BOM allowed; no device or pipe, which might never end).
 * A line that is not a prediction is one InputError naming the file and line.
 */
export function readPredictionsFile(path: string): PredictionRow[] {
  refuseSpecialFile(path, 'predictions file');
  return parsePredictionsJsonl(decodeUtf8Text(readFileOrFail(path, { what: 'the predictions' }), path), path);
}

/**
 * readPredictionsFile's rows handed to `fn` one at a time, each line decoded from the file's bytes as it
 * is reached: neither the file's whole text nor a list of its rows is held (the report's summary of a
 * folder, `infergate report`). The same checks, in the same order, with the same errors.
 */
export function forEachPredictionRow(path: string, fn: (row: PredictionRow) => void): void {
  refuseSpecialFile(path, 'predictions file');
  const body = checkedUtf8Body(readFileOrFail(path, { what: 'the predictions' }), path);
  const seen = new Set<string>();
  let lineNumber = 0;
  // A newline byte never occurs inside a UTF-8 sequence: splitting the bytes splits the text.
  for (let from = 0; from <= body.length; ) {
    const newline = body.indexOf(0x0a, from);
    const to = newline === -1 ? body.length : newline;
    const line = body.toString('utf8', from, to);
    lineNumber += 1;
    from = to + 1;
    if (line.trim() === '') continue;
    fn(parseJsonlObject(line, lineNumber, path, (value) => uniqueRow(value, seen)));
  }
}

/** predictionRow of a line whose id no earlier line had. */
function uniqueRow(line: Record<string, unknown>, seen: Set<string>): PredictionRow {
  const row = predictionRow(line);
  if (seen.has(row.id)) throw new Error(`id "${row.id}" appears twice`);
  seen.add(row.id);
  return row;
}

/** predictions.jsonl's text already in memory; `file` names it in any error. */
export function parsePredictionsJsonl(text: string, file: string): PredictionRow[] {
  const seen = new Set<string>();
  return parseJsonlObjects(text, file, (line) => uniqueRow(line, seen));
}

/** Checks one parsed line; throws a plain sentence that parseJsonlObjects places at its file and line. */
export function predictionRow(line: Record<string, unknown>): PredictionRow {
  const { id, reference, prediction, error, rouge, finish_reason: finish } = line;
  if (typeof id !== 'string' || id === '') throw new Error('"id" must be a non-empty string');
  if (reference !== undefined && typeof reference !== 'string') throw new Error('"reference" must be a string');
  if (typeof prediction !== 'string') throw new Error('"prediction" must be a string');
  if (error !== undefined && error !== null && typeof error !== 'string') throw new Error('"error" must be a string or null');
  if (finish !== undefined && finish !== null && typeof finish !== 'string') throw new Error('"finish_reason" must be a string or null');
  const row: PredictionRow = { id, prediction, error: error ?? null, rouge: rougeScores(rouge), finish_reason: finish ?? null };
  if (reference !== undefined) row.reference = reference;
  return row;
}

/** The per-document F-measures: each a number from 0 to 1, or `{fmeasure}` (the rouge-score convention, docs/report.md). */
function rougeScores(value: unknown): Record<string, number> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('"rouge" must be an object of F-measures');
  // Built with fromEntries, not by assignment: a "__proto__" key stays a plain key.
  return Object.fromEntries(
    Object.entries(value).map(([type, entry]) => {
      const score: unknown = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>).fmeasure : entry;
      if (typeof score !== 'number' || !(score >= 0 && score <= 1)) throw new Error(`"rouge.${type}" must be a number from 0 to 1`);
      return [type, score];
    }),
  );
}
