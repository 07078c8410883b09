import { setMaxListeners } from 'node:events';
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { certificationBlock, checkProfiledRun, describeCertification, type ProfiledRun } from '../certify/certification.js';
import { searchCapacity, type CapacityResult } from '../certify/capacity-search.js';
import { loadProfile } from '../certify/load-profile.js';
import { profileAssignments } from '../certify/profile-settings.js';
import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { loadConfig } from '../config/load-config.js';
import { RowPrompts } from '../dataset/build-prompts.js';
import { loadDataset, type LoadedDataset } from '../dataset/load-dataset.js';
import { startEngine, startTelemetry, type RunningEngine, type TelemetrySampler, type TelemetrySummary } from '../engine/index.js';
import { decideFailureRate, type LoadOutcome } from '../load/index.js';
import { columnsFromRecords, readAllRecords, recordsForCounting, type RequestColumns } from '../run-folder/request-columns.js';
import { readRequestColumns } from '../run-folder/requests-jsonl-columns.js';
import { summarizingLines, type PredictionSummary } from '../run-folder/prediction-summary.js';
import { RequestsJsonlWriter } from '../run-folder/requests-jsonl-writer.js';
import { buildManifest } from '../run-folder/manifest.js';
import type { ResultsDocument, RunStatus } from '../run-folder/results-document.js';
import { writeChunksAtomic, writeFileAtomic } from '../util/atomic-write.js';
import { ExitCode, InfergateError, interruption, RunError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { capacityFigures, describeCapacity } from './capacity-probe.js';
import { computeMetrics, type ComputedMetrics } from './compute-metrics.js';
import type { ContextFit } from './fit-prompts.js';
import { fitToEngine } from './fit-to-engine.js';
import { ProgressTally, type RunProgress } from './progress-tally.js';
import { capacityProbe, measureLoad, type LoadContext } from './measure-load.js';
import { FirstMeasuredRequests, predictionLines, predictionsFromRecords } from './predictions.js';
import { buildResults } from './results.js';
import { createRunFolder, newRunId, unwritableResults, unwritableRunFolder } from '../run-folder/create-run-folder.js';
import { RUN_FILES } from '../run-folder/layout.js';
import { RunLog } from './run-log.js';
import { expandHeaders, registerConfigSecrets } from './secrets.js';
import { seedLines } from './seed-lines.js';
import { engineSettingsFrom, loadShapeFrom } from './stage-settings.js';

/** What the entries hand the pipeline: parsed arguments, nothing else. */
export interface RunPlan {
  hostPath: string;
  overrides: string[];
  /** Run folder instead of <log_path>/<engine>/<run-id>. */
  outDir?: string;
  /** Configured paths may point outside the working directory (SECURITY.md); only the caller grants it. */
  allowPathsOutsideWorkspace?: boolean;
  /** A benchmark profile (name or path, docs/certification.md): its settings win over host.yaml and task.yaml. */
  profile?: string;
}

/**
 * The stages of a run, in order, as RunHooks.onPhase reports them. A signal in any of them ends the run
 * with status `interrupted` and exit code 130, every run-folder file written (docs/exit-codes.md).
 */
export const RUN_PHASES = ['config', 'dataset', 'engine', 'warm-up', 'load', 'read-back', 'scoring', 'report', 'upload'] as const;
export type RunPhase = (typeof RUN_PHASES)[number];

export interface RunHooks {
  log: Logger;
  /** Result lines (the seed's `TTFT:` ...) go here: stdout for the CLI. */
  printLine: (line: string) => void;
  signal?: AbortSignal;
  /** Called as soon as the engine process exists, so the action can save its group and record for the post step. */
  onEngineSpawn?: (process: { pid: number; pgid: number; recordFile: string }) => void;
  /** Hides a secret from every later log line (core.setSecret in the action). */
  mask?: (secret: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Called as each request ends: requests done of the total planned, failures, the current step's rates. */
  onProgress?: (progress: RunProgress) => void;
  /** Called once when the load is over (to end a live progress line). */
  onLoadEnd?: () => void;
  /** Called as each phase begins ('engine' covers waiting for an external endpoint too). */
  onPhase?: (phase: RunPhase) => void;
}

export interface RunOutcome {
  config: BenchmarkConfig;
  runDir: string;
  results: ResultsDocument;
  exitCode: number;
  /** Why the run failed; null when it completed within its rules. */
  error: InfergateError | null;
  /**
   * The run's requests read back from requests.jsonl, the run's one parse of it, as typed columns (no
   * record object is kept): the report and exports are drawn from them.
   */
  columns: RequestColumns;
  /** What the report shows of predictions.jsonl, gathered as it was written (absent: the report reads the file). */
  predictions?: PredictionSummary;
}

/**
 * Lets a signal that arrived during synchronous work (reading back, scoring, writing the report) reach its
 * handler: signals are dispatched by the event loop, which a chain of resolved promises never yields to.
 */
export function yieldToSignals(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The whole benchmark: config → dataset → engine → load → records → metrics → results.
 * Bad configuration or data throws InputError before anything is created. Once the run folder exists,
 * every failure still writes results.json (status failed/interrupted, with whatever was measured),
 * requests.jsonl, predictions.jsonl, output.txt and console.log, and is returned rather than thrown.
 * A signal before the run folder exists (config, dataset) still creates it, and records the interruption.
 */
export async function runBenchmark(plan: RunPlan, hooks: RunHooks): Promise<RunOutcome> {
  // Every in-flight request listens on the one interrupt signal; hundreds of them are expected.
  if (hooks.signal) setMaxListeners(0, hooks.signal);
  hooks.onPhase?.('config');
  const profile = plan.profile === undefined ? null : loadProfile(plan.profile);
  // The profile's settings go in as --set assignments ahead of the user's; the check below reports any the user changed.
  const assignments = profile ? [...profileAssignments(profile), ...plan.overrides] : plan.overrides;
  const config = loadConfig(plan.hostPath, assignments, { allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace });
  // Before anything can print one: the values after --api-key-style flags and URL passwords.
  registerConfigSecrets(config, hooks.mask ?? (() => {}));
  const runLog = new RunLog(hooks.log, hooks.printLine);
  hooks.onPhase?.('dataset');
  const dataset = await loadDatasetUnlessInterrupted(config, runLog, hooks.signal);
  const profiled = profile && dataset ? checkProfiledRun(profile, config, plan.overrides, dataset.checksum) : null;
  for (const reason of profiled?.deviations ?? []) runLog.warn(`not certified under profile ${profiled?.profile.id}: ${reason}`);
  // Each prompt is built as the load sends it, from its row read back by position (dataset/row-store.ts).
  const prompts = new RowPrompts(dataset?.rows ?? [], config);
  const truncated = dataset?.truncated ?? 0;
  if (truncated > 0) runLog.info(`${truncated} of ${prompts.count} articles were longer than ${config.prompt.max_article_words} words and were truncated`);
  const headers = expandHeaders(config.request.headers, hooks.env ?? process.env, hooks.mask ?? (() => {}));

  const runId = newRunId();
  const runDir = createRunFolder(config.log_path, config.serving_engine, runId, plan.outDir);
  runLog.attach(join(runDir, RUN_FILES.console));
  const served = config.endpoint ? `${config.serving_engine} server at ${config.endpoint} (not launched)` : config.serving_engine;
  runLog.info(`run ${runId}: ${prompts.count} XSum articles → ${served} (${config.model_name}); results in ${runDir}`);
  const startedAt = new Date();
  const base = { config, dataset, truncated, runId, runDir, startedAt, profiled };
  // A results.json exists from the start, so even a run killed outright leaves one that says so.
  try {
    const unfinished = buildResults({ ...base, status: 'failed', failure: new RunError('the run did not finish: infergate was stopped before writing its results'), columns: NO_REQUESTS, outcomes: [], metrics: null, engineVersion: null });
    writeFileAtomic(join(runDir, RUN_FILES.results), redactSecrets(`${JSON.stringify(unfinished, null, 2)}\n`));
  } catch (error) {
    throw unwritableRunFolder(runDir, RUN_FILES.results, error);
  }

  const measured = await measure({ config, runDir, runLog, hooks, prompts, headers, capacitySearch: profile?.definition.capacity });
  hooks.onPhase?.('read-back');
  await yieldToSignals();
  let failure = measured.failure;
  const firstMeasured = new FirstMeasuredRequests(dataset?.rows ?? []);
  const columns = await readBackColumns(measured.requestsFile, runLog, (error) => (failure ??= error), firstMeasured.see);
  const predictedBy = firstMeasured.done(dataset?.rows ?? []);
  if (failure === null) {
    const decision = decideFailureRate(recordsForCounting(columns), config.load.max_failure_rate);
    if (decision.fails_run) failure = new RunError(decision.message ?? 'too many requests failed');
  }
  try {
    // The configuration the run went on with (load.shape auto chosen) and what fitting the prompts did.
    return await finish({ ...base, config: measured.config, contextFit: measured.contextFit, hooks, runLog, columns, predictedBy, outcomes: measured.outcomes, failure, telemetry: measured.telemetry, engineVersion: measured.engineVersion, capacity: measured.capacity });
  } catch (error) {
    // A disk that filled during the run: atomic writes left the earlier results.json whole.
    if (error instanceof Error && 'code' in error) throw unwritableResults(runDir, error, failure);
    throw error;
  }
}

/** The dataset, or null when a signal cut its loading (a hub download) short: the run then records that. */
async function loadDatasetUnlessInterrupted(config: BenchmarkConfig, runLog: RunLog, signal: AbortSignal | undefined): Promise<LoadedDataset | null> {
  try {
    const dataset = await loadDataset(config, runLog, signal, { allowOutside: config.allow_paths_outside_workspace });
    await yieldToSignals();
    return dataset;
  } catch (error) {
    if (signal?.aborted) return null;
    throw error;
  }
}

interface MeasureInput {
  config: BenchmarkConfig;
  runDir: string;
  runLog: RunLog;
  hooks: RunHooks;
  prompts: RowPrompts;
  headers: Record<string, string>;
  /** Under a capacity profile: the search that replaces the configured load (docs/certification.md). */
  capacitySearch: Parameters<typeof searchCapacity>[0] | undefined;
}

interface Measured {
  /** The configuration the load ran with: load.shape auto chosen once the engine answered. */
  config: BenchmarkConfig;
  contextFit: ContextFit | null;
  requestsFile: string;
  outcomes: LoadOutcome[];
  failure: InfergateError | null;
  telemetry: TelemetrySummary | null;
  engineVersion: string | null;
  capacity: CapacityResult | null;
}

/** Engine start-up and the load, each request appended to requests.jsonl; the engine is stopped before it returns. */
async function measure({ config: configured, runDir, runLog, hooks, prompts: built, headers, capacitySearch }: MeasureInput): Promise<Measured> {
  const writer = new RequestsJsonlWriter(join(runDir, RUN_FILES.requests));
  const steps = configured.load.sweep && configured.load.shape !== 'offline' ? configured.load.sweep.length : 1;
  const progress = new ProgressTally(built.count * steps * configured.load.repeat + configured.load.warmup_requests);
  let config = configured;
  let prompts = built;
  let contextFit: ContextFit | null = null;
  const outcomes: LoadOutcome[] = [];
  let engine: RunningEngine | undefined;
  let telemetry: TelemetrySampler | undefined;
  let telemetrySummary: TelemetrySummary | null = null;
  let failure: InfergateError | null = null;
  let capacity: CapacityResult | null = null;
  try {
    // A signal during config or dataset: the run folder says so, and no engine is started.
    if (hooks.signal?.aborted) throw interruption(hooks.signal);
    hooks.onPhase?.('engine');
    engine = await startEngine(engineSettingsFrom(config, runDir), { signal: hooks.signal, onSpawn: hooks.onEngineSpawn });
    runLog.info(`engine ready at ${engine.baseUrl}${engine.version ? ` (version ${engine.version})` : ''}`);
    const ready = await fitToEngine(engine, configured, built);
    for (const note of ready.notes) runLog.info(note);
    ({ config, prompts, fit: contextFit } = ready);
    const engineDied = engine.exited.then((exit) => exit);
    // Sampled over the measured load only, so energy is the benchmark's, not the engine's idle start-up.
    if (config.telemetry.enabled) telemetry = startTelemetry({ intervalMs: config.telemetry.interval_ms, outFile: join(runDir, RUN_FILES.telemetry) });
    const ctx: LoadContext = { config, engine, engineDied, prompts, headers, hooks, writer, progress, runLog };
    if (capacitySearch) {
      capacity = await searchCapacity(capacitySearch, capacityProbe(ctx, outcomes));
      runLog.info(describeCapacity(capacity));
    } else {
      for (let trial = 0; trial < config.load.repeat; trial++) {
        if (config.load.repeat > 1) runLog.info(`trial ${trial + 1} of ${config.load.repeat}`);
        outcomes.push(await measureLoad(ctx, loadShapeFrom(config), trial === 0 ? config.load.warmup_requests : 0, { trial }));
      }
    }
  } catch (error) {
    // Whatever broke while a signal was being handled (a refused connection, an engine that died of the
    // terminal's Ctrl-C) is the interruption's doing.
    failure = hooks.signal?.aborted ? interruption(hooks.signal) : asRunFailure(error);
  } finally {
    hooks.onLoadEnd?.();
    telemetrySummary = (await telemetry?.stop().catch(() => null)) ?? null;
    writer.close();
    await engine?.stop().catch((error: unknown) => runLog.warn(`stopping the engine: ${(error as Error).message}`));
  }
  // A terminal's Ctrl-C reaches the engine too: if it died of it before infergate's handler ran, the
  // failure seen first (the engine exited) is the interruption's doing.
  if (failure !== null && failure.exitCode !== ExitCode.interrupted && hooks.signal?.aborted) failure = interruption(hooks.signal);
  if (engine === undefined && failure?.exitCode === ExitCode.interrupted) noteEngineNotStarted(config, runDir, failure);
  if (telemetrySummary && !telemetrySummary.available) runLog.info(`accelerator telemetry unavailable: ${telemetrySummary.reason ?? 'no tool'}`);
  return { config, contextFit, requestsFile: writer.file, outcomes, failure, telemetry: telemetrySummary, engineVersion: engine?.version ?? null, capacity };
}

/** output.txt of a run interrupted before its engine was launched says so (startEngine writes it otherwise). */
function noteEngineNotStarted(config: BenchmarkConfig, runDir: string, failure: InfergateError): void {
  const file = join(runDir, RUN_FILES.engineOutput);
  // A server reached at an endpoint is not infergate's to start.
  if (config.endpoint || existsSync(file)) return;
  try {
    appendFileSync(file, `${new Date().toISOString()} [infergate] the engine was not started: ${failure.message}\n`);
  } catch {
    // results.json carries the same reason; a full disk is reported by the files that matter.
  }
}

/** A run with no request read back. */
const NO_REQUESTS = columnsFromRecords([]);

/**
 * The requests of the run, read back from requests.jsonl into typed columns: every figure is computed
 * from the file the run leaves behind. `see` is told of each record as it passes (the predictions' index).
 * A last line cut short (the disk filled while it was written) is skipped with a warning; a file that
 * cannot be read at all fails the run and leaves no request to compute from.
 */
async function readBackColumns(file: string, runLog: RunLog, fail: (error: InfergateError) => void, see: FirstMeasuredRequests['see']): Promise<RequestColumns> {
  try {
    const { columns, truncated_tail } = await readRequestColumns(file, { allowTruncatedTail: true }, see);
    if (truncated_tail) runLog.warn(`${file}: the last record was cut short while it was written and is left out`);
    return columns;
  } catch (error) {
    fail(new RunError(`the run's requests log cannot be read back: ${(error as Error).message}`));
    return NO_REQUESTS;
  }
}

function asRunFailure(error: unknown): InfergateError {
  if (error instanceof InfergateError) return error;
  return new RunError(`the run stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}

interface FinishInput {
  config: BenchmarkConfig;
  contextFit: ContextFit | null;
  dataset: LoadedDataset | null;
  truncated: number;
  runId: string;
  runDir: string;
  startedAt: Date;
  hooks: RunHooks;
  runLog: RunLog;
  columns: RequestColumns;
  /** For each dataset row, the row of `columns` that predicts it (−1: never sent). */
  predictedBy: Int32Array;
  outcomes: LoadOutcome[];
  failure: InfergateError | null;
  telemetry: TelemetrySummary | null;
  engineVersion: string | null;
  profiled: ProfiledRun | null;
  capacity: CapacityResult | null;
}

/** Scores and summarises whatever was measured, writes the run folder's files, prints the seed lines. */
async function finish(input: FinishInput): Promise<RunOutcome> {
  const { config, runDir, runLog, hooks, columns } = input;
  hooks.onPhase?.('scoring');
  // One pass over requests.jsonl's lines for the predictions' texts, open while they are scored and written.
  const reader = columns.source.open();
  try {
    const predictions = predictionsFromRecords(input.dataset?.rows ?? [], input.predictedBy, reader);
    const metrics = await computeMetrics({ config, columns, outcomes: input.outcomes, predictions, telemetry: input.telemetry, log: runLog });
    await yieldToSignals();
    // A signal during read-back or scoring: the figures are whole, but the run did not end on its own.
    const failure = input.failure ?? (hooks.signal?.aborted ? interruption(hooks.signal) : null);
    if (input.capacity) {
      const figures = capacityFigures(input.capacity);
      Object.assign(metrics.headline, figures.headline);
      metrics.blocks.capacity = figures.block;
    }
    // What the report shows of the predictions is gathered as they are written: the file is not read back.
    let predictionSummary: PredictionSummary | null = null;
    writeChunksAtomic(join(runDir, RUN_FILES.predictions), summarizingLines(predictionLines(predictions, metrics.perPairRouge), (summary) => (predictionSummary = summary)));
    return { ...(await writeResults({ ...input, failure, metrics })), ...(predictionSummary ? { predictions: predictionSummary } : {}) };
  } finally {
    reader.close();
  }
}

/** results.json, the seed lines and the run's closing log lines. */
async function writeResults(input: FinishInput & { failure: InfergateError | null; metrics: ComputedMetrics }): Promise<RunOutcome> {
  const { config, runDir, runLog, failure, metrics, columns } = input;
  const status = runStatus(failure);
  // Failure messages quote server answers and engine logs: no token may ride along into the artifact, nor
  // into the summary and PR comment the action renders from the returned document. The certification's
  // criteria read every measured request's text: under a profile (only), the records are read back whole.
  const certification = input.profiled ? certificationBlock(input.profiled, config.model_name, metrics.headline, readAllRecords(columns)) : undefined;
  const manifest = await buildManifest(runDir);
  const text = redactSecrets(`${JSON.stringify({ ...buildResults({ ...input, status, certification }), manifest }, null, 2)}\n`);
  writeFileAtomic(join(runDir, RUN_FILES.results), text);
  const results = JSON.parse(text) as ResultsDocument;
  for (const line of seedLines(results.headline)) runLog.result(line);
  // The entries report the failure themselves (once); console.log still records it.
  if (failure) runLog.keepOnly(`run ${status}: ${failure.message}`);
  if (certification) runLog.info(describeCertification(certification));
  runLog.info(`results: ${join(runDir, RUN_FILES.results)}`);
  return { config, runDir, results, exitCode: failure?.exitCode ?? ExitCode.ok, error: failure, columns };
}

function runStatus(failure: InfergateError | null): RunStatus {
  if (failure === null) return 'completed';
  return failure.exitCode === ExitCode.interrupted ? 'interrupted' : 'failed';
}
