import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { tokensPerJoule, type TelemetrySummary } from '../engine/index.js';
import type { LoadOutcome, RequestRecord } from '../load/index.js';
import { headlineLatency, requestSamples, summarizeLatency, summarizeLatencyBySteps } from '../metrics/latency/index.js';
import type { Headline, HeadlineInterval, RequestSamples } from '../run-folder/results-document.js';
import type { Logger } from '../util/logger.js';
import { computeMfuSafely } from '../metrics/mfu/index.js';
import { computeRouge, type PerPairRouge } from './rouge-metrics.js';
import type { Prediction } from './predictions.js';

export interface ComputedMetrics {
  blocks: Record<string, unknown>;
  headline: Headline;
  intervals: Record<string, HeadlineInterval>;
  /** Per-pair ROUGE F of the configured mode, aligned with the predictions. */
  perPairRouge: PerPairRouge | null;
  trials?: Headline[];
  /** Per-request latency samples of the headline's requests (first trial, first step), for the gate. */
  requestSamples: RequestSamples;
  steps?: Array<{ label: string; headline: Headline; metrics: Record<string, unknown> }>;
}

export interface MetricsInput {
  config: BenchmarkConfig;
  records: readonly RequestRecord[];
  outcomes: readonly LoadOutcome[];
  predictions: readonly Prediction[];
  telemetry: TelemetrySummary | null;
  log: Logger;
}

/**
 * Every figure of the run from the records alone (so `infergate report` can recompute them).
 * With repeated trials the headline is the mean of the trials' headlines (each kept in `trials`);
 * with a sweep it is the first step's (every step is kept in `steps`).
 */
export async function computeMetrics(input: MetricsInput): Promise<ComputedMetrics> {
  const { config } = input;
  const options = { percentiles: config.percentiles, slo: config.slo };
  const measured = input.records.filter((r) => !r.warmup);
  const trialCount = Math.max(1, input.outcomes.length);
  const trialHeadlines: Headline[] = [];
  for (let trial = 0; trial < trialCount; trial++) {
    const firstStep = measured.filter((r) => (r.trial ?? 0) === trial && r.step === 0);
    trialHeadlines.push(headlineLatency(summarizeLatency(firstStep, options)));
  }
  const firstTrial = measured.filter((r) => (r.trial ?? 0) === 0);
  const latency = summarizeLatency(firstTrial.filter((r) => r.step === 0), options);
  const headline: Headline = trialCount > 1 ? meanHeadline(trialHeadlines) : { ...(trialHeadlines[0] ?? {}) };
  const blocks: Record<string, unknown> = { latency };

  const firstStepRecords = firstTrial.filter((r) => r.step === 0);
  const mfu = computeMfuSafely(config, firstStepRecords, latency.duration_s);
  blocks.mfu = mfu.block;
  Object.assign(headline, mfu.headline);
  if (mfu.unavailable) input.log.info(`MFU not computed: ${mfu.unavailable}`);

  const rouge = await computeRouge(config, input.predictions);
  if (rouge) {
    blocks.rouge = rouge.block;
    Object.assign(headline, rouge.headline);
  }

  if (input.telemetry) {
    // Energy covers every measured request of every trial: the telemetry window is the whole load.
    const outputTokens = measured.reduce((sum, r) => sum + (r.error === null ? (r.output_tokens ?? 0) : 0), 0);
    blocks.telemetry = input.telemetry;
    headline.energy_j = input.telemetry.energy_j;
    headline.tokens_per_joule = tokensPerJoule(outputTokens, input.telemetry.energy_j);
  }

  let steps: ComputedMetrics['steps'];
  const stepResults = input.outcomes[0]?.steps ?? [];
  if (stepResults.length > 1) {
    const bySteps = summarizeLatencyBySteps(firstTrial, options);
    steps = stepResults.map((step) => {
      const summary = bySteps.get(step.step) ?? summarizeLatency([], options);
      return { label: step.shape, headline: headlineLatency(summary), metrics: { latency: summary } };
    });
  }
  const samples = requestSamples(firstStepRecords);
  return { blocks, headline, intervals: rouge?.intervals ?? {}, requestSamples: samples, perPairRouge: rouge?.perPair ?? null, trials: trialCount > 1 ? trialHeadlines : undefined, steps };
}

/** Metric-by-metric mean over trials; a metric missing in any trial is null. */
function meanHeadline(trials: readonly Headline[]): Headline {
  const names = new Set(trials.flatMap((t) => Object.keys(t)));
  const mean: Headline = {};
  for (const name of names) {
    const values = trials.map((t) => t[name]);
    mean[name] = values.every((v): v is number => typeof v === 'number') ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  return mean;
}
