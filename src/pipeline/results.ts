import { arch, cpus, platform, release } from 'node:os';
import { profileFingerprint, type ProfiledRun } from '../certify/certification.js';
import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { LoadedDataset } from '../dataset/load-dataset.js';
import { describeLoad, type LoadOutcome } from '../load/index.js';
import type { RequestColumns } from '../run-folder/request-columns.js';
import { RESULTS_SCHEMA, RESULTS_SCHEMA_VERSION, type CertificationBlock, type ResultsDocument, type RunStatus } from '../run-folder/results-document.js';
import type { InfergateError } from '../util/errors.js';
import { INFERGATE_VERSION } from '../util/version.js';
import type { ComputedMetrics } from './compute-metrics.js';
import { loadShapeFrom } from './stage-settings.js';
import type { ContextFit } from './fit-prompts.js';
import { RUN_FILES } from '../run-folder/layout.js';
import { redactConfig } from './secrets.js';

export interface ResultsInput {
  config: BenchmarkConfig;
  /** null when a signal stopped the run before its dataset was read. */
  dataset: LoadedDataset | null;
  truncated: number;
  /** What fitting the prompts to the served context did; null before the engine answered. */
  contextFit?: ContextFit | null;
  runId: string;
  startedAt: Date;
  status: RunStatus;
  failure: InfergateError | null;
  columns: RequestColumns;
  outcomes: readonly LoadOutcome[];
  metrics: ComputedMetrics | null;
  engineVersion: string | null;
  /** Set when the run is under a benchmark profile. */
  profiled?: ProfiledRun | null;
  certification?: CertificationBlock;
}

/** Names of the definitions in force; docs/metrics.md describes each. */
export const DEFINITIONS = {
  ttft: 'first event carrying non-empty generated text (content or reasoning) − request send; ttft_vllm: first event with non-empty choices',
  e2el: 'last event carrying text − request send',
  output_tokens: 'usage.completion_tokens; the count of text events when the server sends no usage (flagged as estimated)',
  tpot: '(E2EL − TTFT) / (output tokens − 1), requests with more than one output token',
  itl: 'gaps between consecutive text events, pooled over requests',
  duration: 'first request send → last request completion',
  throughput: 'completed requests / duration',
  tps: 'output tokens of completed requests / duration',
  percentiles: 'linear interpolation between closest ranks; std is the population standard deviation',
  headline: 'mean over repeated trials; the first step of a sweep (of a capacity search: its first probe)',
  capacity_rps: 'capacity at SLO: the highest request rate whose p99 TTFT and TPOT meet the profile\'s bounds; bracket, bisect with repeats, interpolate (docs/certification.md)',
} as const;

export function buildResults(input: ResultsInput): ResultsDocument {
  const { config, dataset } = input;
  let measured = 0;
  for (let r = 0; r < input.columns.length; r++) measured += 1 - input.columns.warmup[r]!;
  return {
    schema: RESULTS_SCHEMA,
    schema_version: RESULTS_SCHEMA_VERSION,
    infergate_version: INFERGATE_VERSION,
    run_id: input.runId,
    status: input.status,
    failure: input.failure ? { message: input.failure.message, exit_code: input.failure.exitCode } : null,
    started_at: input.startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    config: redactConfig(config) as unknown as Record<string, unknown>,
    environment: {
      accelerator: config.gpu_name,
      accelerator_count: config.gpu_nums,
      driver: null,
      engine: config.serving_engine,
      engine_version: input.engineVersion,
      model: config.model_name,
      dataset_rows: dataset?.rows.length ?? 0,
      // auto until the engine answered (a run that failed before then); the chosen shape after.
      load_shape: config.load.shape === 'auto' ? 'auto' : describeLoad(loadShapeFrom(config)),
      infergate_version: INFERGATE_VERSION,
      profile: input.profiled ? profileFingerprint(input.profiled.profile) : null,
      host: { platform: platform(), release: release(), arch: arch(), cpus: cpus().length, node: process.version },
    },
    dataset: dataset === null ? null : {
      source: dataset.source,
      rows_read: dataset.rows_read,
      rows_used: dataset.rows.length,
      rows_skipped: dataset.rows_skipped as Record<string, number>,
      articles_truncated: input.truncated,
      ...(input.contextFit ? { context_fit: input.contextFit } : {}),
      checksum: dataset.checksum,
    },
    definitions: { ...DEFINITIONS },
    metrics: {
      ...(input.metrics?.blocks ?? {}),
      requests: { measured, warmup: input.columns.length - measured, retried_connections: input.outcomes.reduce((n, o) => n + o.retried_connections, 0), failures_by_kind: input.outcomes[0]?.failures_by_kind ?? {}, first_failure_messages: input.outcomes[0]?.first_failure_messages ?? {} },
    },
    headline: input.metrics?.headline ?? {},
    ...(input.metrics && Object.keys(input.metrics.intervals).length > 0 ? { headline_intervals: input.metrics.intervals } : {}),
    ...(input.metrics?.trials ? { trials: input.metrics.trials } : {}),
    ...(input.metrics && input.metrics.requestSamples.ttft_ms.length > 0 ? { request_samples: input.metrics.requestSamples } : {}),
    ...(input.metrics?.steps ? { steps: input.metrics.steps } : {}),
    files: { ...RUN_FILES },
    ...(input.certification ? { certification: input.certification } : {}),
  };
}
