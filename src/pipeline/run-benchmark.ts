import { setMaxListeners } from 'node:events';
import { join } from 'node:path';
import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { loadConfig } from '../config/load-config.js';
import { buildPrompts } from '../dataset/build-prompts.js';
import { loadDataset, type LoadedDataset } from '../dataset/load-dataset.js';
import { startEngine, startTelemetry, type RunningEngine, type TelemetrySampler, type TelemetrySummary } from '../engine/index.js';
import { decideFailureRate, runLoad, type LoadOutcome, type RequestRecord } from '../load/index.js';
import { readRequestsJsonl, RequestsJsonlWriter } from '../records/index.js';
import type { ResultsDocument } from '../results/results-document.js';
import { writeFileAtomic, writeJsonAtomic } from '../util/atomic-write.js';
import { EngineError, ExitCode, InfergateError, InterruptedError, RunError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';
import { computeMetrics } from './compute-metrics.js';
import { engineSettingsFrom } from './engine-settings.js';
import { reconnectNotice } from './load-notices.js';
import { loadShapeFrom } from './load-shape-from-config.js';
import type { ContextFit } from './fit-prompts.js';
import { fitToEngine } from './fit-to-engine.js';
import { ProgressTally, type RunProgress } from './progress-tally.js';
import { collectPredictions } from './predictions.js';
import { buildResults } from './results.js';
import { createRunFolder, newRunId, RUN_FILES, unwritableResults, unwritableRunFolder } from './run-folder.js';
import { RunLog } from './run-log.js';
import { expandHeaders } from './secrets.js';
import { seedLines } from './seed-lines.js';

/** What the entries hand the pipeline: parsed arguments, nothing else. */
export interface RunPlan {
  hostPath: string;
  overrides: string[];
  /** Run folder instead of <log_path>/<engine>/<run-id>. */
  outDir?: string;
  /** Configured paths may point outside the working directory (SECURITY.md); only the caller grants it. */
  allowPathsOutsideWorkspace?: boolean;
}

export interface RunHooks {
  log: Logger;
  /** Result lines (the seed's `TTFT:` ...) go here: stdout for the CLI. */
  printLine: (line: string) => void;
  signal?: AbortSignal;
  /** Called as soon as the engine process exists, so the action can save its group for the post step. */
  onEngineSpawn?: (process: { pid: number; pgid: number }) => void;
  /** Hides a secret from every later log line (core.setSecret in the action). */
  mask?: (secret: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Called as each request ends: requests done of the total planned, failures, the current step's rates. */
  onProgress?: (progress: RunProgress) => void;
  /** Called once when the load is over (to end a live progress line). */
  onLoadEnd?: () => void;
  /** Called as the run enters each later phase (the action's log groups); configuration and dataset come first. */
  onPhase?: (phase: RunPhase) => void;
}

/** The run's phases after configuration and dataset, in order. */
export type RunPhase = 'engine' | 'load' | 'results';

export interface RunOutcome {
  config: BenchmarkConfig;
  runDir: string;
  results: ResultsDocument;
  exitCode: number;
  /** Why the run failed; null when it completed within its rules. */
  error: InfergateError | null;
}

/**
 * The whole benchmark: config → dataset → engine → load → records → metrics → results.
 * Bad configuration or data throws InputError before anything is created. Once the run folder exists,
 * every failure still writes results.json (status failed/interrupted, with whatever was measured),
 * requests.jsonl, predictions.jsonl, output.txt and console.log, and is returned rather than thrown.
 */
export async function runBenchmark(plan: RunPlan, hooks: RunHooks): Promise<RunOutcome> {
  // Every in-flight request listens on the one interrupt signal; hundreds of them are expected.
  if (hooks.signal) setMaxListeners(0, hooks.signal);
  const config = loadConfig(plan.hostPath, plan.overrides, { allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace });
  const runLog = new RunLog(hooks.log, hooks.printLine);
  const dataset = await loadDataset(config, runLog);
  const built = buildPrompts(dataset.rows, config);
  const truncated = built.truncated;
  let prompts = built.prompts;
  if (truncated > 0) runLog.info(`${truncated} of ${prompts.length} articles were longer than ${config.prompt.max_article_words} words and were truncated`);
  const headers = expandHeaders(config.request.headers, hooks.env ?? process.env, hooks.mask ?? (() => {}));

  const runId = newRunId();
  const runDir = createRunFolder(config.log_path, config.serving_engine, runId, plan.outDir);
  runLog.attach(join(runDir, RUN_FILES.console));
  const served = config.endpoint ? `${config.serving_engine} server at ${config.endpoint} (not launched)` : config.serving_engine;
  runLog.info(`run ${runId}: ${prompts.length} XSum articles → ${served} (${config.model_name}); results in ${runDir}`);
  const startedAt = new Date();
  // config becomes the one the run goes on with once the engine answered (load.shape auto chosen).
  const base: { config: BenchmarkConfig; dataset: LoadedDataset; truncated: number; contextFit: ContextFit | null; runId: string; runDir: string; startedAt: Date } = {
    config, dataset, truncated, contextFit: null, runId, runDir, startedAt,
  };
  // A results.json exists from the start, so even a run killed outright leaves one that says so.
  try {
    writeJsonAtomic(join(runDir, RUN_FILES.results), buildResults({ ...base, status: 'failed', failure: new RunError('the run did not finish: infergate was stopped before writing its results'), records: [], outcomes: [], metrics: null, engineVersion: null }));
  } catch (error) {
    throw unwritableRunFolder(runDir, RUN_FILES.results, error);
  }

  const writer = new RequestsJsonlWriter(join(runDir, RUN_FILES.requests));
  const steps = config.load.sweep && config.load.shape !== 'offline' ? config.load.sweep.length : 1;
  const progress = new ProgressTally(prompts.length * steps * config.load.repeat + config.load.warmup_requests);
  const outcomes: LoadOutcome[] = [];
  let engine: RunningEngine | undefined;
  let telemetry: TelemetrySampler | undefined;
  let telemetrySummary: TelemetrySummary | null = null;
  let failure: InfergateError | null = null;
  try {
    hooks.onPhase?.('engine');
    engine = await startEngine(engineSettingsFrom(config, runDir), { signal: hooks.signal, onSpawn: hooks.onEngineSpawn });
    runLog.info(`engine ready at ${engine.baseUrl}${engine.version ? ` (version ${engine.version})` : ''}`);
    const ready = await fitToEngine(engine, config, dataset.rows, prompts);
    for (const note of ready.notes) runLog.info(note);
    ({ prompts, config: base.config } = ready);
    base.contextFit = ready.fit;
    const run = base.config;
    hooks.onPhase?.('load');
    const engineDied = engine.exited.then((exit) => exit);
    // Sampled over the measured load only, so energy is the benchmark's, not the engine's idle start-up.
    if (config.telemetry.enabled) telemetry = startTelemetry({ intervalMs: config.telemetry.interval_ms, outFile: join(runDir, RUN_FILES.telemetry) });
    for (let trial = 0; trial < run.load.repeat; trial++) {
      if (run.load.repeat > 1) runLog.info(`trial ${trial + 1} of ${run.load.repeat}`);
      const outcome = await runLoad({
        endpoint: engine.baseUrl,
        api: run.api,
        model: engine.model,
        prompts,
        request: {
          max_tokens: run.request.max_tokens,
          temperature: run.request.temperature,
          seed: run.request.seed,
          extra_body: { top_p: run.request.top_p, ...engine.quirks.extraBody, ...run.request.extra_body },
          // Ask for usage only where the engine wants it asked; some reject the field (docs/engines.md).
          quirks: { stream_options: engine.quirks.streamUsage === 'ask' },
          timeout_ms: run.request.timeout_s * 1000,
        },
        shape: loadShapeFrom(run),
        warmup_requests: trial === 0 ? run.load.warmup_requests : 0,
        time_budget_ms: run.load.time_budget_s === null ? undefined : run.load.time_budget_s * 1000,
        headers,
        signal: hooks.signal,
        // Records go to requests.jsonl only; the figures are computed from that file after the load, so
        // memory during the load is bounded by the requests in flight, not by the requests sent.
        keep_records: false,
        onRecord: (record) => {
          record.trial = trial;
          writer.append(record);
          const now = progress.add(record);
          hooks.onProgress?.(now);
        },
      });
      outcomes.push(outcome);
      if (outcome.retried_connections > 0) runLog.info(reconnectNotice(outcome.retried_connections));
      if (outcome.interrupted) throw new InterruptedError('a signal');
      const died = await Promise.race([engineDied, Promise.resolve(null)]);
      if (died) throw new EngineError(`the engine exited during the run (code ${died.code ?? 'none'}, signal ${died.signal ?? 'none'}); last lines:\n${engine.logTail(50).join('\n')}`);
      if (outcome.budget_exhausted) runLog.warn(`the time budget of ${run.load.time_budget_s} s ran out: requests not finished by then were cancelled`);
    }
  } catch (error) {
    failure = asRunFailure(error);
  } finally {
    hooks.onLoadEnd?.();
    telemetrySummary = (await telemetry?.stop().catch(() => null)) ?? null;
    writer.close();
    await engine?.stop().catch((error: unknown) => runLog.warn(`stopping the engine: ${(error as Error).message}`));
  }
  if (telemetrySummary && !telemetrySummary.available) runLog.info(`accelerator telemetry unavailable: ${telemetrySummary.reason ?? 'no tool'}`);
  const records = readBackRecords(writer.file, runLog, (error) => (failure ??= error));
  if (failure === null) {
    const decision = decideFailureRate(records, config.load.max_failure_rate);
    if (decision.fails_run) failure = new RunError(decision.message ?? 'too many requests failed');
  }
  try {
    return await finish({ ...base, hooks, runLog, records, outcomes, failure, telemetry: telemetrySummary, engineVersion: engine?.version ?? null });
  } catch (error) {
    // A disk that filled during the run: atomic writes left the earlier results.json whole.
    if (error instanceof Error && 'code' in error) throw unwritableResults(runDir, error, failure);
    throw error;
  }
}

/**
 * The records of the run, read back from requests.jsonl: every figure is computed from the file the run
 * leaves behind. A last line cut short (the disk filled while it was written) is skipped with a warning;
 * a file that cannot be read at all fails the run and leaves no record to compute from.
 */
function readBackRecords(file: string, runLog: RunLog, fail: (error: InfergateError) => void): RequestRecord[] {
  try {
    const { records, truncated_tail } = readRequestsJsonl(file, { allowTruncatedTail: true });
    if (truncated_tail) runLog.warn(`${file}: the last record was cut short while it was written and is left out`);
    return records;
  } catch (error) {
    fail(new RunError(`the run's requests log cannot be read back: ${(error as Error).message}`));
    return [];
  }
}

function asRunFailure(error: unknown): InfergateError {
  if (error instanceof InfergateError) return error;
  return new RunError(`the run stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}

interface FinishInput {
  config: BenchmarkConfig;
  contextFit: ContextFit | null;
  dataset: LoadedDataset;
  truncated: number;
  runId: string;
  runDir: string;
  startedAt: Date;
  hooks: RunHooks;
  runLog: RunLog;
  records: RequestRecord[];
  outcomes: LoadOutcome[];
  failure: InfergateError | null;
  telemetry: TelemetrySummary | null;
  engineVersion: string | null;
}

/** Scores and summarises whatever was measured, writes the run folder's files, prints the seed lines. */
async function finish(input: FinishInput): Promise<RunOutcome> {
  const { config, runDir, runLog } = input;
  input.hooks.onPhase?.('results');
  const predictions = collectPredictions(input.dataset.rows, input.records);
  const metrics = await computeMetrics({ config, records: input.records, outcomes: input.outcomes, predictions, telemetry: input.telemetry, log: runLog });
  const rows = predictions.map((p, i) => JSON.stringify(metrics.perPairRouge ? { ...p, rouge: metrics.perPairRouge[i] } : p));
  writeFileAtomic(join(runDir, RUN_FILES.predictions), redactSecrets(rows.join('\n') + (rows.length > 0 ? '\n' : '')));
  const status = input.failure === null ? 'completed' : input.failure.exitCode === ExitCode.interrupted ? 'interrupted' : 'failed';
  // Failure messages quote server answers and engine logs: no token may ride along into the artifact, nor
  // into the summary and PR comment the action renders from the returned document.
  const text = redactSecrets(`${JSON.stringify(buildResults({ ...input, status, metrics }), null, 2)}\n`);
  writeFileAtomic(join(runDir, RUN_FILES.results), text);
  const results = JSON.parse(text) as ResultsDocument;
  for (const line of seedLines(results.headline)) runLog.result(line);
  // The entries report the failure themselves (once); console.log still records it.
  if (input.failure) runLog.keepOnly(`run ${status}: ${input.failure.message}`);
  runLog.info(`results: ${join(runDir, RUN_FILES.results)}`);
  return { config, runDir, results, exitCode: input.failure?.exitCode ?? ExitCode.ok, error: input.failure };
}
