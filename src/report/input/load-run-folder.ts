import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GATE_FILES, listedFilePath, runFilePath, RUN_FILES } from '../../run-folder/layout.js';
import { InputError } from '../../util/errors.js';
import type { RequestColumns } from '../../run-folder/request-columns.js';
import type { ResultsDocument } from '../../run-folder/results-document.js';
import { readResultsFile } from '../../run-folder/results-file.js';
import { readRequestColumnsSync } from '../../run-folder/requests-jsonl-columns.js';
import { summarizePredictionsFile, type PredictionSummary } from '../../run-folder/prediction-summary.js';
import { loadTelemetry, type TelemetrySample } from './load-telemetry.js';
import type { Comparison } from '../../gate/comparison.js';
import { readComparisonFile } from '../../gate/comparison-file.js';

/** Everything a report is drawn from; optional parts are null when the run did not write them. */
export interface RunData {
  dir: string;
  results: ResultsDocument;
  /** requests.jsonl as typed columns (strings read back from its lines when needed). */
  requests: RequestColumns | null;
  predictions: PredictionSummary | null;
  telemetry: TelemetrySample[] | null;
  comparison: Comparison | null;
}

export interface BaselineData {
  file: string;
  results: ResultsDocument;
  /** The baseline's requests.jsonl when it sits next to its results.json (for distribution overlays). */
  requests: RequestColumns | null;
}

/** requests.jsonl through the one reader, into columns, or null when the folder has none. */
function loadRequests(file: string): RequestColumns | null {
  return existsSync(file) ? readRequestColumnsSync(file).columns : null;
}

/** What the report shows of predictions.jsonl (through the one reader), or null when the folder has none. */
function loadPredictions(file: string): PredictionSummary | null {
  return existsSync(file) ? summarizePredictionsFile(file) : null;
}

/**
 * Reads a run folder for the report. `given.requests`: the columns the pipeline already read back from this
 * folder's requests.jsonl, so a run parses the file once; without them the file is read here. Likewise
 * `given.results`: the document the run just wrote (its per-request samples are not parsed a second time).
 */
export function loadRunFolder(dir: string, given: { requests?: RequestColumns; predictions?: PredictionSummary; results?: ResultsDocument } = {}): RunData {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${dir}: run folder not found`);
  const resultsFile = runFilePath(dir, 'results');
  if (!existsSync(resultsFile)) throw new InputError(`${dir}: no ${RUN_FILES.results} in this run folder`);
  const results = given.results ?? readResultsFile(resultsFile);
  const comparisonFile = join(dir, GATE_FILES.comparison);
  return {
    dir,
    results,
    requests: given.requests ?? loadRequests(listedFilePath(dir, results.files, 'requests')),
    predictions: given.predictions ?? loadPredictions(listedFilePath(dir, results.files, 'predictions')),
    telemetry: loadTelemetry(listedFilePath(dir, results.files, 'telemetry')),
    comparison: existsSync(comparisonFile) ? readComparisonFile(comparisonFile) : null,
  };
}

export function loadBaseline(file: string): BaselineData {
  const results = readResultsFile(file);
  const dir = dirname(file);
  return { file, results, requests: loadRequests(listedFilePath(dir, results.files, 'requests')) };
}
