import type { ProbeMeasurement } from '../certify/capacity-search.js';
import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { Prompt } from '../dataset/build-prompts.js';
import type { RunningEngine } from '../engine/index.js';
import { runLoad, type LoadOutcome, type LoadShape, type RequestRecord } from '../load/index.js';
import type { RequestsJsonlWriter } from '../run-folder/requests-jsonl-writer.js';
import { EngineError, interruption } from '../util/errors.js';
import { probeMeasurement, probeShape } from './capacity-probe.js';
import { reconnectNotice } from './load-notices.js';
import type { ProgressTally } from './progress-tally.js';
import type { RunHooks } from './run-benchmark.js';
import type { RunLog } from './run-log.js';

/** What one load pass needs from the run: the engine, the prompts, where records and progress go. */
export interface LoadContext {
  config: BenchmarkConfig;
  engine: RunningEngine;
  engineDied: RunningEngine['exited'];
  prompts: Prompt[];
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
    request: {
      max_tokens: config.request.max_tokens,
      temperature: config.request.temperature,
      seed: config.request.seed,
      extra_body: { top_p: config.request.top_p, ...engine.quirks.extraBody, ...config.request.extra_body },
      // Ask for usage only where the engine wants it asked; some reject the field (docs/engines.md).
      quirks: { stream_options: engine.quirks.streamUsage === 'ask' },
      timeout_ms: config.request.timeout_s * 1000,
    },
    shape,
    warmup_requests: warmup,
    time_budget_ms: config.load.time_budget_s === null ? undefined : config.load.time_budget_s * 1000,
    headers: ctx.headers,
    signal: hooks.signal,
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
    if (step > 0) ctx.progress.plan(ctx.prompts.length);
    const outcome = await measureLoad(ctx, probeShape(ctx.config, rate), step === 0 ? ctx.config.load.warmup_requests : 0, { trial: 0, step: step++ }, records);
    if (outcomes.length === 0) outcomes.push(outcome);
    return probeMeasurement(records);
  };
}
