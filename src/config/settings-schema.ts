import { z } from 'zod';
import { MAX_CONCURRENCY, MAX_PERCENTILES, MAX_RATE_RPS, MAX_SWEEP_STEPS, MAX_TELEMETRY_INTERVAL_MS, MAX_TIMER_S, MAX_WARMUP_REQUESTS, TIMER_LIMIT_REASON } from './bounds.js';
import { reservedBodyFieldProblem } from './reserved-body-fields.js';
import { ARRIVAL_CONVENTIONS } from './arrival-conventions.js';

/**
 * Settings that are new in infergate (the seed had none of them). They may be written in host.yaml,
 * in task.yaml (per vendor and engine; wins over host.yaml) or given with `--set` (wins over both).
 * Every key is optional here; defaults are applied once the three sources are merged (defaults.ts).
 * docs/configuration.md describes each key.
 */
const positiveInt = z.int().min(1);
const nonNegative = z.number().min(0);

export const promptSchema = z.strictObject({
  /** Text after the article in the chat message (HELM's XSum wording by default). */
  instruction: z.string().min(1),
  /** /v1/completions template; `{article}` is replaced by the (possibly truncated) article. */
  completion_template: z.string().min(1).refine((t) => t.includes('{article}'), { message: 'must contain {article}' }),
  /** Optional system message for /v1/chat/completions. */
  system: z.string(),
  /** Articles longer than this many words are cut to it; the results count how many were. */
  max_article_words: positiveInt,
});

export const requestSchema = z.strictObject({
  max_tokens: positiveInt.max(1_000_000),
  temperature: nonNegative.max(2),
  seed: z.int(),
  top_p: z.number().gt(0).max(1),
  /** Per-request timeout in seconds (from send to stream close). */
  timeout_s: z.number().gt(0).max(MAX_TIMER_S, TIMER_LIMIT_REASON),
  /** Extra fields merged into every request body (engine-specific switches); never the ones infergate sets. */
  extra_body: z.record(z.string(), z.unknown()).superRefine((body, context) => {
    for (const field of Object.keys(body)) {
      const problem = reservedBodyFieldProblem(field);
      if (problem !== null) context.addIssue({ code: 'custom', path: [field], message: problem, input: body[field] });
    }
  }),
  /** Extra HTTP headers; values like `${ENV_NAME}` are read from the environment and masked. */
  headers: z.record(z.string(), z.string()),
});

export const loadSchema = z.strictObject({
  /**
   * offline: everything at once (the seed's way); concurrency: closed loop; rate: open loop; auto (the
   * default): chosen from what the engine reports once it answers (pipeline/default-load.ts).
   */
  shape: z.enum(['auto', 'offline', 'concurrency', 'rate']),
  concurrency: positiveInt.max(MAX_CONCURRENCY),
  /** Requests per second for the open-loop shape. */
  rate: z.number().gt(0).max(MAX_RATE_RPS),
  /** Gamma shape of inter-arrival times: 1 is Poisson, < 1 burstier, > 1 smoother. */
  burstiness: z.number().gt(0),
  /** Where the drawn gaps sit: first-at-zero (request 1 at 0) or vllm (`vllm bench serve`'s, load/arrivals.ts). */
  arrivals: z.enum(ARRIVAL_CONVENTIONS),
  /** Optional cap on requests in flight for the rate shape. */
  max_concurrency: positiveInt.max(MAX_CONCURRENCY),
  /** A list of concurrencies (shape concurrency) or rates (shape rate): one result block each. */
  sweep: z.array(z.number().gt(0).max(MAX_RATE_RPS)).min(1).max(MAX_SWEEP_STEPS),
  warmup_requests: z.int().min(0).max(MAX_WARMUP_REQUESTS),
  /** Total time budget for the measured requests, in seconds. */
  time_budget_s: z.number().gt(0).max(MAX_TIMER_S, TIMER_LIMIT_REASON),
  /** The run fails when more than this fraction of requests fail (0 to 1). */
  max_failure_rate: z.number().min(0).max(1),
  /** Repeat the whole measurement k times (trials feed the gate's noise model). */
  repeat: positiveInt.max(100),
});

export const sloSchema = z.strictObject({
  ttft_ms: z.number().gt(0),
  tpot_ms: z.number().gt(0),
  e2el_ms: z.number().gt(0),
});

export const datasetSchema = z.strictObject({
  /** first: the first task_nums usable rows; random: a seeded sample of task_nums rows. */
  sample: z.enum(['first', 'random']),
  seed: z.int(),
  /** Where the hub download is cached when data_path is not set. */
  cache_dir: z.string().min(1),
  /** Base URL of the dataset hub (the test split is fetched from <hub_url>/<file>). */
  hub_url: z.string().url(),
});

export const engineOptionsSchema = z.strictObject({
  host: z.string().min(1),
  port: z.int().min(1).max(65535),
  dtype: z.string().min(1),
  max_model_len: positiveInt,
  gpu_memory_utilization: z.number().gt(0).max(1),
  /** Free-form arguments appended to the engine's launch line. */
  extra_args: z.array(z.string()),
  /** Extra environment variables for the engine process. */
  env: z.record(z.string(), z.string()),
  /** Path or name of the engine's executable, when not the default. */
  binary: z.string().min(1),
  startup_timeout_s: z.number().gt(0).max(MAX_TIMER_S, TIMER_LIMIT_REASON),
  /** Seconds between the one SIGTERM and SIGKILL when the engine is stopped (an hour at most). */
  stop_grace_s: z.number().min(0).max(3600),
  /** Device list for CUDA_VISIBLE_DEVICES / HIP_VISIBLE_DEVICES / ASCEND_RT_VISIBLE_DEVICES. */
  visible_devices: z.string(),
  /** vLLM across nodes over a Ray cluster the user started (docs/engines.md). */
  ray: z.strictObject({
    address: z.string().min(1),
    tensor_parallel_size: positiveInt,
    pipeline_parallel_size: positiveInt,
  }).partial(),
  /** MindIE only: the service's config.json. */
  config_file: z.string().min(1),
});

export const telemetrySchema = z.strictObject({
  enabled: z.boolean(),
  interval_ms: z.int().min(50).max(MAX_TELEMETRY_INTERVAL_MS),
});

export const rougeSchema = z.strictObject({
  /** Which ROUGE the console lines show: the XSum paper's ROUGE-1.5.5 or Google's rouge_score. */
  mode: z.enum(['rouge155', 'rouge-score']),
});

export const mfuSchema = z.strictObject({
  /** Precision the GEMMs run in; picks GPU_<dtype> from task.yaml or the catalog. */
  dtype: z.string().min(1),
  /** Alternative accelerator catalog file. */
  catalog: z.string().min(1),
  /** Count attention FLOPs over the full context instead of the causal half (vLLM's convention). */
  non_causal_attention: z.boolean(),
});

export const settingsShape = {
  /** Name the engine serves the model under (default: the model folder's name). */
  model_name: z.string().min(1),
  /** Base URL of an endpoint already running (engine: external). */
  endpoint: z.string().url(),
  /** Which OpenAI-compatible API to call. */
  api: z.enum(['chat', 'completions']),
  prompt: promptSchema.partial(),
  request: requestSchema.partial(),
  load: loadSchema.partial(),
  slo: sloSchema.partial(),
  percentiles: z.array(z.number().gt(0).lt(100)).max(MAX_PERCENTILES),
  dataset: datasetSchema.partial(),
  engine_options: engineOptionsSchema.partial(),
  telemetry: telemetrySchema.partial(),
  rouge: rougeSchema.partial(),
  mfu: mfuSchema.partial(),
} as const;

/** The same keys, each optional: how host.yaml, task.yaml and --set carry them. */
export const optionalSettingsShape = Object.fromEntries(
  Object.entries(settingsShape).map(([key, schema]) => [key, schema.optional()]),
) as { [K in keyof typeof settingsShape]: z.ZodOptional<(typeof settingsShape)[K]> };

export const settingsSchema = z.strictObject(optionalSettingsShape);
export type PartialSettings = z.infer<typeof settingsSchema>;
