import type { RunManifest } from './manifest.js';

/**
 * results.json: the unit everything after the run reads (gate, reports, exports). Versioned: a reader
 * refuses a schema_version it does not know. See docs/results.md for every field.
 */
export const RESULTS_SCHEMA = 'infergate/results';
export const RESULTS_SCHEMA_VERSION = 1;

export type RunStatus = 'completed' | 'failed' | 'interrupted';

/** What must match for two runs to be comparable (docs/gate.md). */
export interface Fingerprint {
  accelerator: string | null;
  accelerator_count: number;
  driver: string | null;
  engine: string;
  engine_version: string | null;
  model: string;
  dataset_rows: number;
  load_shape: string;
  infergate_version: string;
  /** `<profile id>@<profile hash>` when the run was under a benchmark profile (docs/certification.md); absent or null otherwise. */
  profile?: string | null;
}

/** One pass criterion of a profile, as the run met it or not (docs/certification.md). */
export interface CriterionResult {
  name: string;
  status: 'pass' | 'fail' | 'not_evaluated';
  measured: number | null;
  /** The bound in words, e.g. "≤ 1000" or "≥ 0.99 × 0.1630". */
  bound: string;
  detail: string;
}

/** The certification verdict: separate from the PR gate, judged against the profile's pass criteria. */
export interface CertificationBlock {
  profile: string;
  profile_hash: string;
  profile_file: string;
  /** False when the run did not hold the profile's definition; `not_certified_reasons` says why. */
  certified: boolean;
  not_certified_reasons: string[];
  /** pass: every criterion passed; fail: one failed; incomplete: none failed but some could not be evaluated. */
  verdict: 'pass' | 'fail' | 'incomplete';
  criteria: CriterionResult[];
}

export interface DatasetSummary {
  source: string;
  rows_read: number;
  rows_used: number;
  /** Rows that could not be used, by reason (no summary, empty document, bad id, ...). */
  rows_skipped: Record<string, number>;
  articles_truncated: number;
  /**
   * Prompts fitted to the context the engine serves (src/pipeline/fit-prompts.ts): its context, the tokens
   * a prompt may use, how many articles were shortened to fit. Absent when the engine never answered.
   */
  context_fit?: ContextFit;
  /** sha256 over the rows used, in order (id, document, summary). */
  checksum: string;
}

/**
 * Headline metrics, flat: name → value (null when it could not be measured). The gate compares these
 * by name; their directions and definitions are listed in docs/metrics.md.
 */
export type Headline = Record<string, number | null>;

export interface HeadlineInterval {
  low: number;
  mid: number;
  high: number;
  /** Confidence level, e.g. 0.95. */
  confidence: number;
}

export interface ResultsDocument {
  schema: typeof RESULTS_SCHEMA;
  schema_version: typeof RESULTS_SCHEMA_VERSION;
  infergate_version: string;
  run_id: string;
  status: RunStatus;
  failure: { message: string; exit_code: number } | null;
  started_at: string;
  finished_at: string;
  /** The resolved configuration, secrets removed. */
  config: Record<string, unknown>;
  environment: Fingerprint & Record<string, unknown>;
  dataset: DatasetSummary | null;
  /** Names of the metric definitions in force (docs/metrics.md). */
  definitions: Record<string, string>;
  /** Detailed blocks, one per metric family (latency, rouge, mfu, energy, ...). */
  metrics: Record<string, unknown>;
  headline: Headline;
  /**
   * Confidence intervals of headline metrics where the run has them (ROUGE's bootstrap: 95%, low/mid/high),
   * keyed like `headline`. The gate uses them as the noise band of those metrics (docs/gate.md).
   */
  headline_intervals?: Record<string, HeadlineInterval>;
  /** One headline per repeated trial (`repeat: k`), for the gate's noise model. */
  trials?: Headline[];
  /**
   * Per-request samples of the gated latency metrics (first trial, first step; completed requests in the
   * order they were sent), for the gate's within-run noise (docs/gate.md). Optional: older results lack it.
   */
  request_samples?: RequestSamples;
  /** One block per sweep step (concurrency or rate). */
  steps?: Array<{ label: string; headline: Headline; metrics: Record<string, unknown> }>;
  /** Files of the run folder, relative to it. */
  files: Record<string, string>;
  /** Present when the run was under a benchmark profile. */
  certification?: CertificationBlock;
  /** SHA-256 of the run folder's files written before results.json (`infergate verify`; manifest.ts). */
  manifest?: RunManifest;
}

/** Per-request latency samples in send order, ms, rounded to the microsecond (docs/results.md). */
export interface RequestSamples {
  ttft_ms: number[];
  /** Requests of more than one output token only. */
  tpot_ms: number[];
  e2el_ms: number[];
}

/** What fitting did, for the console and results.json's `dataset.context_fit`. */
export interface ContextFit {
  /** The served context (prompt + output) per request, as the engine reports it. */
  context_tokens: number | null;
  /** Tokens a prompt may use: context − request.max_tokens (and ≤ the engine's prompt limit). */
  prompt_budget_tokens: number | null;
  /** Articles cut further than prompt.max_article_words so their prompt fits the budget. */
  shortened: number;
  /** Prompts still over the budget after shortening (their requests may be refused). */
  over_budget: number;
  /** Where the limit came from, e.g. "GET /props default_generation_settings.n_ctx, total_slots". */
  source: string | null;
  /** Whether each prompt was counted by the engine's own tokenizer; false: prompts were sent as built. */
  counted: boolean;
}
