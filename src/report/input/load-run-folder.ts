import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../../util/errors.js';
import type { RequestRecord } from '../../load/request-record.js';
import type { ResultsDocument } from '../../results/results-document.js';
import { loadResults } from './load-results.js';
import { loadRequests } from './load-requests.js';
import { loadPredictions, type PredictionRow } from './load-predictions.js';
import { loadTelemetry, type TelemetrySample } from './load-telemetry.js';
import type { Comparison } from '../../gate/comparison.js';
import { readComparisonFile } from '../../gate/comparison-file.js';

/** Everything a report is drawn from; optional parts are null when the run did not write them. */
export interface RunData {
  dir: string;
  results: ResultsDocument;
  requests: RequestRecord[] | null;
  predictions: PredictionRow[] | null;
  telemetry: TelemetrySample[] | null;
  comparison: Comparison | null;
}

export interface BaselineData {
  file: string;
  results: ResultsDocument;
  /** The baseline's requests.jsonl when it sits next to its results.json (for distribution overlays). */
  requests: RequestRecord[] | null;
}

/** Resolves a file the results document lists, falling back to the conventional name. */
function fileOf(dir: string, results: ResultsDocument, key: string, fallback: string): string {
  const listed = results.files?.[key];
  return join(dir, typeof listed === 'string' ? listed : fallback);
}

export function loadRunFolder(dir: string): RunData {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${dir}: run folder not found`);
  const resultsFile = join(dir, 'results.json');
  if (!existsSync(resultsFile)) throw new InputError(`${dir}: no results.json in this run folder`);
  const results = loadResults(resultsFile);
  const comparisonFile = join(dir, 'comparison.json');
  return {
    dir,
    results,
    requests: loadRequests(fileOf(dir, results, 'requests', 'requests.jsonl')),
    predictions: loadPredictions(fileOf(dir, results, 'predictions', 'predictions.jsonl')),
    telemetry: loadTelemetry(fileOf(dir, results, 'telemetry', 'telemetry.jsonl')),
    comparison: existsSync(comparisonFile) ? readComparisonFile(comparisonFile) : null,
  };
}

export function loadBaseline(file: string): BaselineData {
  const results = loadResults(file);
  const dir = dirname(file);
  return { file, results, requests: loadRequests(fileOf(dir, results, 'requests', 'requests.jsonl')) };
}
