import type { ProbeMeasurement } from '../certify/capacity-search.js';
import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { RunningEngine } from '../engine/index.js';
import { runLoad, type LoadOutcome, type LoadShape, type PromptSource, type RequestRecord } from '../load/index.js';
import type { RequestsJsonlWriter } from '../run-folder/requests-jsonl-writer.js';
import { EngineError, interruption } from '../util/errors.js';
import { probeMeasurement } from './capacity-probe.js';
import type { ProgressTally } from './progress-tally.js';
import type { RunHooks } from './run-benchmark.js';
import type { RunLog } from './run-log.js';
import { rateShape, requestSettingsFrom } from './stage-settings.js';

/** What one load pass needs from the run: the engine, the prompts, where records and progress go. */
export interface LoadContext {
  config: BenchmarkConfig;
  engine: RunningEngine;
  engineDied: RunningEngine['exited'];
  /** Each built as its request is sent. */
  prompts: PromptSource;
  headers: Record<string, string>;
  hooks: RunHooks;
  writer: RequestsJsonlWriter;
  progress: ProgressTally;
  runLog: RunLog;
}

/**
 * One pass of the load over every prompt: records go to requests.jsonl tagged with their trial (and step),
 * and to `collect` when given. Reports the warm-up and load phases to the hooks. Throws when interrupted
 * or when the engine died meanwhile.
 */
export async function measureLoad(ctx: LoadContext, shape: LoadShape, warmup: number, tag: { trial: number; step?: number }, collect?: RequestRecord[]): Promise<LoadOutcome> {
  const { config, engine, hooks } = ctx;
  hooks.onPhase?.(warmup > 0 ? 'warm-up' : 'load');
  const warmupEndsAt = ctx.progress.ended + warmup;
  const outcome = await runLoad({
    endpoint: engine.baseUrl,
    api: config.api,
    model: engine.model,
    prompts: ctx.prompts,
    request: requestSettingsFrom(config, engine.quirks),
    shape,
    warmup_requests: warmup,
    time_budget_ms: config.load.time_budget_s === null ? undefined : config.load.time_budget_s * 1000,
    headers: ctx.headers,
    signal: hooks.signal,
    client_threads: config.load.client_threads,
    // Records go to requests.jsonl only; the figures are computed from that file after the load, so
    // memory during the load is bounded by the requests in flight, not by the requests sent.
    keep_records: false,
    onRecord: (record) => {
      record.trial = tag.trial;
      if (tag.step !== undefined) record.step = tag.step;
      ctx.writer.append(record);
      if (collect && !record.warmup) collect.push(record);
      const now = ctx.progress.add(record);
      if (warmup > 0 && now.done === warmupEndsAt) hooks.onPhase?.('load');
      hooks.onProgress?.(now);
    },
  });
  if (outcome.client_threads > 1) ctx.runLog.info(`load: the streams were owned by ${outcome.client_threads} client threads (load.client_threads)`);
  if (outcome.retried_connections > 0) ctx.runLog.info(reconnectNotice(outcome.retried_connections));
  if (outcome.interrupted || hooks.signal?.aborted) throw interruption(hooks.signal);
  const died = await Promise.race([ctx.engineDied, Promise.resolve(null)]);
  if (died) throw new EngineError(`the engine exited during the run (code ${died.code ?? 'none'}, signal ${died.signal ?? 'none'}); last lines:\n${engine.logTail(50).join('\n')}`);
  if (outcome.budget_exhausted) ctx.runLog.warn(`the time budget of ${config.load.time_budget_s} s ran out: requests not finished by then were cancelled`);
  return outcome;
}

/**
 * Capacity at SLO: each probe measurement is one open-loop pass over the prompts at its rate, tagged as a
 * sweep step of its own. Only the first pass's outcome is kept, as for a single trial: the headline is the
 * first probe's, and the capacity is its own figure.
 */
export function capacityProbe(ctx: LoadContext, outcomes: LoadOutcome[]): (rate: number) => Promise<ProbeMeasurement> {
  let step = 0;
  return async (rate) => {
    const records: RequestRecord[] = [];
    ctx.runLog.info(`capacity probe ${step + 1}: ${rate} requests/s`);
    if (step > 0) ctx.progress.plan(ctx.prompts.count);
    const outcome = await measureLoad(ctx, rateShape(ctx.config, rate), step === 0 ? ctx.config.load.warmup_requests : 0, { trial: 0, step: step++ }, records);
    if (outcomes.length === 0) outcomes.push(outcome);
    return probeMeasurement(records);
  };
}

/**
 * A notice, not a failure: a kept-alive connection the server closed just as a request went out on it
 * (llama-server does this). Says what happened, that it is expected, and where the figures' handling of
 * it is written down.
 */
export function reconnectNotice(requests: number): string {
  const subject = requests === 1 ? '1 request was' : `${requests} requests were`;
  return `note: ${subject} sent again on a new connection because the server had closed the idle kept-alive one before answering; ` +
    'each is timed from its re-send, and only a re-send that failed counts as a failure (llama-server closes idle connections; docs/metrics.md, "Retry once")';
}
