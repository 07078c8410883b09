import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError, located } from '../util/errors.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { parseResultsDocument, readResultsFile } from '../run-folder/results-file.js';
import { readJsonFile } from '../util/json-file.js';
import { baselinePredictionsFor } from './baseline-predictions.js';

/** One or more baseline results, oldest first, and where they came from (shown in every report). */
export interface BaselineSet {
  source: string;
  documents: ResultsDocument[];
  /** How the baseline was found (earlier sources that gave nothing); shown with the comparison's notices. */
  notices?: string[];
  /** The baseline run's predictions.jsonl, when one run is the baseline and its predictions came with it (quality checks). */
  predictions?: string;
}

export const HISTORY_SCHEMA = 'infergate/history';
export const HISTORY_SCHEMA_VERSION = 1;

/** A history file: the last N results of the default branch, oldest first. */
export interface HistoryFile {
  schema: typeof HISTORY_SCHEMA;
  schema_version: typeof HISTORY_SCHEMA_VERSION;
  runs: ResultsDocument[];
}

export function baselineFromFile(path: string): BaselineSet {
  const predictions = baselinePredictionsFor(path);
  return { source: `file ${path}`, documents: [readResultsFile(path)], ...(predictions ? { predictions } : {}) };
}

/** Reads a history file and keeps its last `lastN` runs (all when lastN is undefined). */
export function baselineFromHistory(path: string, lastN?: number): BaselineSet {
  const runs = readHistoryRuns(path);
  if (runs.length === 0) throw new InputError(located(path, undefined, 'history file holds no runs'));
  const kept = lastN === undefined ? runs : runs.slice(-lastN);
  return { source: `history ${path}`, documents: kept };
}

/**
 * A baseline file given on the command line: a results.json, or a history file (told apart by its schema).
 * A results file brings the predictions beside it, as the action's baseline file does, so the local gate
 * pairs quality exactly as the action's.
 */
export function baselineFromAnyFile(path: string, lastN?: number): BaselineSet {
  const raw = readJsonFile(path) as { schema?: unknown } | null;
  if (raw !== null && typeof raw === 'object' && raw.schema === HISTORY_SCHEMA) return baselineFromHistory(path, lastN);
  const predictions = baselinePredictionsFor(path);
  return { source: `file ${path}`, documents: [parseResultsDocument(raw, path)], ...(predictions ? { predictions } : {}) };
}

function readHistoryRuns(path: string): ResultsDocument[] {
  return historyRunsOf(readJsonFile(path), path);
}

function historyRunsOf(value: unknown, path: string): ResultsDocument[] {
  const raw = value as Partial<HistoryFile> | null;
  if (raw === null || typeof raw !== 'object' || raw.schema !== HISTORY_SCHEMA) {
    throw new InputError(located(path, undefined, `not an infergate history file (expected schema "${HISTORY_SCHEMA}")`));
  }
  if (raw.schema_version !== HISTORY_SCHEMA_VERSION) {
    throw new InputError(located(path, undefined, `history schema_version ${JSON.stringify(raw.schema_version)} is not supported (this infergate reads version ${HISTORY_SCHEMA_VERSION})`));
  }
  if (!Array.isArray(raw.runs)) throw new InputError(located(path, undefined, 'key runs: expected an array of results documents'));
  return raw.runs.map((run, i) => parseResultsDocument(run, `${path} runs[${i}]`));
}

/**
 * The parts of a results document the gate needs later; the rest (config, detailed metric blocks)
 * is dropped so a history of many runs stays small.
 */
function trimForHistory(doc: ResultsDocument): ResultsDocument {
  return { ...doc, config: {}, metrics: {}, steps: undefined, files: {} };
}

/**
 * Appends a completed run to a history file, keeping the last `keep` runs. Only a run on the default
 * branch may do this: `onDefaultBranch` must be true, so a pull request can never write history.
 */
export function appendToHistory(path: string, current: ResultsDocument, keep: number, onDefaultBranch: boolean): number {
  if (!onDefaultBranch) throw new InputError(`${path}: history is only written by runs on the default branch, never by pull requests`);
  if (current.status !== 'completed') throw new InputError(`${path}: run ${current.run_id} did not complete (status ${current.status}), so it is not added to the history`);
  const runs = existsSync(path) ? readHistoryRuns(path) : [];
  runs.push(trimForHistory(current));
  const kept = runs.slice(-keep);
  const file: HistoryFile = { schema: HISTORY_SCHEMA, schema_version: HISTORY_SCHEMA_VERSION, runs: kept };
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(tmp, path);
  return kept.length;
}
