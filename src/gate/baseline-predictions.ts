import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RUN_FILES } from '../run-folder/layout.js';
import type { RequestRecord } from '../run-folder/request-record.js';
import { readRequestsJsonl } from '../run-folder/requests-jsonl-reader.js';
import type { BaselineSet } from './baseline-set.js';
import type { Comparison } from './comparison.js';
import { readPredictionsFile } from '../run-folder/predictions-file.js';
import { assessQuality, withQuality } from './quality-verdict.js';
import { samplingOf } from './greedy-decoding.js';
import type { QualitySettings } from './thresholds-config.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { readResultsFile } from '../run-folder/results-file.js';

/**
 * Where the predictions of a results file live: predictions.jsonl in the same run folder for a
 * results.json, `<name>.predictions.jsonl` beside any other name (a committed baseline file such as
 * baselines/main.json keeps its predictions in baselines/main.predictions.jsonl).
 */
export function predictionsBeside(resultsPath: string): string {
  const name = basename(resultsPath);
  if (name === RUN_FILES.results) return join(dirname(resultsPath), RUN_FILES.predictions);
  return join(dirname(resultsPath), `${name.replace(/\.json$/, '')}.predictions.jsonl`);
}

/** The baseline's predictions file when there is one to read, else undefined. */
export function baselinePredictionsFor(resultsPath: string): string | undefined {
  const path = predictionsBeside(resultsPath);
  return existsSync(path) ? path : undefined;
}

/** What the quality rows need of the current run beyond its results file, when the caller has it at hand. */
export interface CurrentQualityInputs {
  /**
   * The run's records as the pipeline hands them (read back one at a time from its typed columns, so
   * requests.jsonl is parsed once per run); without them the requests.jsonl beside the results is read.
   */
  records?: Iterable<RequestRecord>;
  /** The run's results (its recorded sampling); without them the results file is read. */
  results?: ResultsDocument;
  /** The margins (the thresholds' `quality:`); default the built-in ones. */
  settings?: QualitySettings;
}

/**
 * Adds paired ROUGE, output integrity and token reconciliation to a comparison when the baseline's
 * predictions reached the gate and the current run's are beside its results; otherwise a notice says why
 * quality was not compared. Only a single baseline run has predictions to pair (a history does not).
 */
export function withBaselineQuality(comparison: Comparison, baseline: BaselineSet, currentResultsPath: string, current: CurrentQualityInputs = {}): Comparison {
  if (baseline.documents.length === 0) return comparison;
  const predictions = predictionsBeside(currentResultsPath);
  if (!baseline.predictions || !existsSync(predictions)) {
    const why = baseline.predictions ? `the current run has no ${predictions}` : `the baseline (${baseline.source}) came without its predictions`;
    return { ...comparison, notices: [...comparison.notices, `Quality (paired ROUGE, output integrity) not compared: ${why}.`] };
  }
  const requests = join(dirname(predictions), RUN_FILES.requests);
  const quality = assessQuality({
    current: readPredictionsFile(predictions),
    baseline: readPredictionsFile(baseline.predictions),
    currentRecords: current.records ?? (existsSync(requests) ? readRequestsJsonl(requests, { allowTruncatedTail: true }).records : null),
    ...(current.settings ? { settings: current.settings } : {}),
    sampling: { current: samplingOf(current.results ?? readResultsFile(currentResultsPath)), baseline: samplingOf(baseline.documents[0]!) },
  });
  return withQuality(comparison, quality);
}
