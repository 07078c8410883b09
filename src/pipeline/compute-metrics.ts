import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { tokensPerJoule, type TelemetrySummary } from '../engine/index.js';
import type { LoadOutcome } from '../load/index.js';
import { headlineLatency, requestSamplesOfRows, summarizeLatencyByStepRows, summarizeLatencyRows } from '../metrics/latency/index.js';
import { selectRows, type RequestColumns } from '../run-folder/request-columns.js';
import type { Headline, HeadlineInterval, RequestSamples } from '../run-folder/results-document.js';
import type { Logger } from '../util/logger.js';
import { computeRouge, type PerPairRouge } from './rouge-metrics.js';
import type { PredictionList } from './predictions.js';

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
  /** The run's requests as read back from requests.jsonl. */
  columns: RequestColumns;
  outcomes: readonly LoadOutcome[];
  predictions: PredictionList;
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
  const { columns } = input;
  const measured = selectRows(columns, (r) => columns.warmup[r] === 0);
  const trialCount = Math.max(1, input.outcomes.length);
  const trialHeadlines: Headline[] = [];
  for (let trial = 0; trial < trialCount; trial++) {
    const firstStep = measured.filter((r) => columns.trial[r] === trial && columns.step[r] === 0);
    trialHeadlines.push(headlineLatency(summarizeLatencyRows(columns, firstStep, options)));
  }
  const firstTrial = measured.filter((r) => columns.trial[r] === 0);
  const firstStepRows = firstTrial.filter((r) => columns.step[r] === 0);
  const latency = summarizeLatencyRows(columns, firstStepRows, options);
  const headline: Headline = trialCount > 1 ? meanHeadline(trialHeadlines) : { ...(trialHeadlines[0] ?? {}) };
  const blocks: Record<string, unknown> = { latency };

  // Imported when the run computes its figures, after its load: start to first request does not evaluate it.
  const { computeMfuOfRowsSafely } = await import('../metrics/mfu/index.js');
  const mfu = computeMfuOfRowsSafely(config, columns, firstStepRows, latency.duration_s);
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
    let outputTokens = 0;
    for (const r of measured) if (columns.errorKind[r] === 0 && !Number.isNaN(columns.outputTokens[r]!)) outputTokens += columns.outputTokens[r]!;
    blocks.telemetry = input.telemetry;
    headline.energy_j = input.telemetry.energy_j;
    headline.tokens_per_joule = tokensPerJoule(outputTokens, input.telemetry.energy_j);
  }

  let steps: ComputedMetrics['steps'];
  const stepResults = input.outcomes[0]?.steps ?? [];
  if (stepResults.length > 1) {
    const bySteps = summarizeLatencyByStepRows(columns, firstTrial, options);
    steps = stepResults.map((step) => {
      const summary = bySteps.get(step.step) ?? summarizeLatencyRows(columns, new Uint32Array(0), options);
      return { label: step.shape, headline: headlineLatency(summary), metrics: { latency: summary } };
    });
  }
  const samples = requestSamplesOfRows(columns, firstStepRows);
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
