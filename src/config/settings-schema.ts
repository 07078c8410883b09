import { z } from 'zod';
import { MAX_CLIENT_THREADS, MAX_CONCURRENCY, MAX_PERCENTILES, MAX_RATE_RPS, MAX_SWEEP_STEPS, MAX_TELEMETRY_INTERVAL_MS, MAX_TIMER_S, MAX_WARMUP_REQUESTS, TIMER_LIMIT_REASON } from './bounds.js';
import { reservedBodyFieldProblem } from './reserved-body-fields.js';
import { ARRIVAL_CONVENTIONS } from './arrival-conventions.js';

/**
 * Settings that are new in infergate (the seed had none of them). They may be written in host.yaml,
 * in task.yaml (per vendor and engine; wins over host.yaml) or given with `--set` (wins over both).
 * Each setting is declared once here with its default; the files carry each key optional and without
 * defaults (writtenForm), and the defaults apply once the three sources are merged (resolvedSettingsSchema).
 * docs/configuration.md describes each key.
 */
const positiveInt = z.int().min(1);
const nonNegative = z.number().min(0);

/** A setting with no default: null in the resolved configuration unless a file or --set writes it. */
function unset<S extends z.ZodType>(schema: S): z.ZodDefault<z.ZodNullable<S>> {
  return schema.nullable().default(null);
}

const promptSettings = z.strictObject({
  /** Text after the article in the chat message (HELM's XSum wording by default). */
  instruction: z.string().min(1).default('Summarize the above article in 1 sentence.'),
  /** /v1/completions template; `{article}` is replaced by the (possibly truncated) article. */
  completion_template: z.string().min(1).refine((t) => t.includes('{article}'), { message: 'must contain {article}' })
    .default('###\nArticle: {article}\n\nSummarize the above article in 1 sentence.\n'),
  /** Optional system message for /v1/chat/completions. */
  system: z.string().default(''),
  /** Articles longer than this many words are cut to it; the results count how many were. HELM keeps XSum articles of at most 512 words. */
  max_article_words: positiveInt.default(512),
});

const requestSettings = z.strictObject({
  /** HELM generates at most 64 tokens for XSum summaries. */
  max_tokens: positiveInt.max(1_000_000).default(64),
  temperature: nonNegative.max(2).default(0),
  seed: z.int().default(0),
  top_p: z.number().gt(0).max(1).default(1),
  /** Per-request timeout in seconds (from send to stream close). */
  timeout_s: z.number().gt(0).max(MAX_TIMER_S, TIMER_LIMIT_REASON).default(600),
  /** Extra fields merged into every request body (engine-specific switches); never the ones infergate sets. */
  extra_body: z.record(z.string(), z.unknown()).superRefine((body, context) => {
    for (const field of Object.keys(body)) {
      const problem = reservedBodyFieldProblem(field);
      if (problem !== null) context.addIssue({ code: 'custom', path: [field], message: problem, input: body[field] });
    }
  }).default({}),
  /** Extra HTTP headers; values like `${ENV_NAME}` are read from the environment and masked. */
  headers: z.record(z.string(), z.string()).default({}),
});

const loadSettings = z.strictObject({
  /**
   * offline: everything at once (the seed's way); concurrency: closed loop; rate: open loop; auto (the
   * default): chosen from what the engine reports once it answers (pipeline/default-load.ts); the run
   * then records the concrete one.
   */
  shape: z.enum(['auto', 'offline', 'concurrency', 'rate']).default('auto'),
  concurrency: positiveInt.max(MAX_CONCURRENCY).default(1),
  /** Requests per second for the open-loop shape. */
  rate: z.number().gt(0).max(MAX_RATE_RPS).default(1),
  /** Gamma shape of inter-arrival times: 1 is Poisson, < 1 burstier, > 1 smoother. */
  burstiness: z.number().gt(0).default(1),
  /** Where the drawn gaps sit: first-at-zero (request 1 at 0) or vllm (`vllm bench serve`'s, load/arrivals.ts). */
  arrivals: z.enum(ARRIVAL_CONVENTIONS).default('first-at-zero'),
  /** Optional cap on requests in flight for the rate shape. */
  max_concurrency: unset(positiveInt.max(MAX_CONCURRENCY)),
  /** A list of concurrencies (shape concurrency) or rates (shape rate): one result block each. */
  sweep: unset(z.array(z.number().gt(0).max(MAX_RATE_RPS)).min(1).max(MAX_SWEEP_STEPS)),
  /**
   * Warm by default: the client's JIT and sockets and the engine's caches are warm before the clock
   * starts (docs/metrics.md, "Warm-up"); released as the first step releases its requests.
   */
  warmup_requests: z.int().min(0).max(MAX_WARMUP_REQUESTS).default(32),
  /** Total time budget for the measured requests, in seconds. */
  time_budget_s: unset(z.number().gt(0).max(MAX_TIMER_S, TIMER_LIMIT_REASON)),
  /** The run fails when more than this fraction of requests fail (0 to 1). */
  max_failure_rate: z.number().min(0).max(1).default(0),
  /** Repeat the whole measurement k times (trials feed the gate's noise model). */
  repeat: positiveInt.max(100).default(1),
  /**
   * Threads that own the load's streams: 1 streams on the main thread; n ≥ 2 on n worker threads, the
   * main thread keeping the schedule; auto picks from the streams in flight (load/threads/auto-threads.ts).
   */
  client_threads: z.union([z.literal('auto'), positiveInt.max(MAX_CLIENT_THREADS)], { error: `expected auto or a whole number of threads from 1 to ${MAX_CLIENT_THREADS}` })
    .default('auto'),
});

/** Each bound is optional: a run with none set has no SLO. */
const sloSettings = z.strictObject({
  ttft_ms: z.number().gt(0).optional(),
  tpot_ms: z.number().gt(0).optional(),
  e2el_ms: z.number().gt(0).optional(),
});

const datasetSettings = z.strictObject({
  /** first: the first task_nums usable rows; random: a seeded sample of task_nums rows. */
  sample: z.enum(['first', 'random']).default('first'),
  seed: z.int().default(0),
  /** Where the hub download is cached when data_path is not set. */
  cache_dir: z.string().min(1).default('.infergate-cache/datasets'),
  /** Base URL of the dataset hub (the test split is fetched from <hub_url>/<file>). */
  hub_url: z.string().url().default('https://huggingface.co/datasets/knkarthick/xsum/resolve/main'),
});

const engineOptionsSettings = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.int().min(1).max(65535).default(8000),
  dtype: unset(z.string().min(1)),
  max_model_len: unset(positiveInt),
  gpu_memory_utilization: unset(z.number().gt(0).max(1)),
  /** Free-form arguments appended to the engine's launch line. */
  extra_args: z.array(z.string()).default([]),
  /** Extra environment variables for the engine process. */
  env: z.record(z.string(), z.string()).default({}),
  /** Path or name of the engine's executable, when not the default. */
  binary: unset(z.string().min(1)),
  startup_timeout_s: z.number().gt(0).max(MAX_TIMER_S, TIMER_LIMIT_REASON).default(1800),
  /**
   * Seconds between the one SIGTERM and SIGKILL when the engine is stopped (an hour at most); the default
   * is long enough for vLLM or SGLang to free accelerator memory and end their workers.
   */
  stop_grace_s: z.number().min(0).max(3600).default(15),
  /** Device list for CUDA_VISIBLE_DEVICES / HIP_VISIBLE_DEVICES / ASCEND_RT_VISIBLE_DEVICES. */
  visible_devices: unset(z.string()),
  /** vLLM across nodes over a Ray cluster the user started (docs/engines.md). */
  ray: unset(z.strictObject({
    address: z.string().min(1),
    tensor_parallel_size: positiveInt,
    pipeline_parallel_size: positiveInt,
  }).partial()),
  /** MindIE only: the service's config.json. */
  config_file: unset(z.string().min(1)),
});

const telemetrySettings = z.strictObject({
  enabled: z.boolean().default(true),
  interval_ms: z.int().min(50).max(MAX_TELEMETRY_INTERVAL_MS).default(1000),
});

const rougeSettings = z.strictObject({
  /** Which ROUGE the console lines show: the XSum paper's ROUGE-1.5.5 or Google's rouge_score. */
  mode: z.enum(['rouge155', 'rouge-score']).default('rouge155'),
});

const mfuSettings = z.strictObject({
  /** Precision the GEMMs run in; picks GPU_<dtype> from task.yaml or the catalog. */
  dtype: unset(z.string().min(1)),
  /** Alternative accelerator catalog file. */
  catalog: unset(z.string().min(1)),
  /** Count attention FLOPs over the full context instead of the causal half (vLLM's convention). */
  non_causal_attention: z.boolean().default(false),
});

/** What the base of an A/B comparison changes from the head's settings (docs/gate.md, "A/B mode"); nothing by default. */
const abBaseSettings = z.strictObject({
  /** A server already running for the base (the head's own endpoint or launched engine stays the head). */
  endpoint: z.string().url().optional(),
  model_name: z.string().min(1).optional(),
  /** Replaces the head's keys of the same name: another binary, arguments, environment, devices. */
  engine_options: writtenForm(engineOptionsSettings).partial().optional(),
});

/** `infergate ab`: blocks of base and head interleaved on one machine (docs/gate.md, "A/B mode"). */
const abSettings = z.strictObject({
  base: abBaseSettings.default({}),
  /** Pairs of blocks (one base, one head) run before the first look; at least 3, so each side runs 3 times. */
  min_pairs: z.int().min(3).max(100).default(3),
  /** Pairs an inconclusive comparison may grow to (the block budget); every look is paid for in the error rate. */
  max_pairs: z.int().min(3).max(100).default(6),
  /** No pair is started once this many seconds have passed since the first block began. */
  time_budget_s: unset(z.number().gt(0).max(MAX_TIMER_S, TIMER_LIMIT_REASON)),
  /** Seeds the order of base and head within each pair. */
  seed: z.int().default(0),
  /** False-alarm rate of the whole verdict: every gated metric at every look. */
  alpha: z.number().gt(0).max(0.5).default(0.05),
  /** A change smaller than this (percent) counts as no change. */
  margin_pct: z.number().gt(0).max(100).default(5),
});

/** The top-level settings; a section's defaults apply when the section is absent too (prefault). */
const resolvedShape = {
  /** Name the engine serves the model under (default: the model folder's name, which loadConfig knows). */
  model_name: z.string().min(1).optional(),
  /** Base URL of an endpoint already running (engine: external). */
  endpoint: unset(z.string().url()),
  /** Which OpenAI-compatible API to call. */
  api: z.enum(['chat', 'completions']).default('chat'),
  prompt: promptSettings.prefault({}),
  request: requestSettings.prefault({}),
  load: loadSettings.prefault({}),
  slo: sloSettings.prefault({}),
  percentiles: z.array(z.number().gt(0).lt(100)).max(MAX_PERCENTILES).default([50, 90, 95, 99]),
  dataset: datasetSettings.prefault({}),
  engine_options: engineOptionsSettings.prefault({}),
  telemetry: telemetrySettings.prefault({}),
  rouge: rougeSettings.prefault({}),
  mfu: mfuSettings.prefault({}),
  /** `infergate ab` only. */
  ab: abSettings.prefault({}),
};

/** The settings once merged, every default applied: the type the later stages read. */
export const resolvedSettingsSchema = z.strictObject(resolvedShape);
export type ResolvedSettings = z.output<typeof resolvedSettingsSchema>;
/** Every default, as one object (the resolution of no settings at all). */
export const DEFAULT_SETTINGS: ResolvedSettings = resolvedSettingsSchema.parse({});

/** A setting as a file writes it: the declared schema without its default (and without the null of `unset`). */
type Written<F extends z.core.$ZodType> = F extends z.ZodDefault<z.ZodNullable<infer I extends z.core.$ZodType>> ? I
  : F extends z.ZodDefault<infer I extends z.core.$ZodType> ? I
    : F extends z.ZodPrefault<z.ZodObject<infer Shape>> ? z.ZodObject<WrittenShape<Shape>, z.core.$strict>
      : F;
type WrittenShape<Shape extends z.ZodRawShape> = { [K in keyof Shape]: Written<Shape[K]> };

function writtenField(field: z.ZodType): z.ZodType {
  if (field instanceof z.ZodDefault) {
    const inner = field.unwrap() as z.ZodType;
    return field.def.defaultValue === null && inner instanceof z.ZodNullable ? (inner.unwrap() as z.ZodType) : inner;
  }
  if (field instanceof z.ZodPrefault) return writtenForm(field.unwrap() as z.ZodObject);
  return field;
}

/** A section of settings as a file writes it: the same keys and checks, no defaults. */
function writtenForm<Shape extends z.ZodRawShape>(section: z.ZodObject<Shape>): z.ZodObject<WrittenShape<Shape>, z.core.$strict> {
  const shape = Object.fromEntries(Object.entries(section.shape).map(([key, field]) => [key, writtenField(field as z.ZodType)]));
  return z.strictObject(shape) as unknown as z.ZodObject<WrittenShape<Shape>, z.core.$strict>;
}

export const promptSchema = writtenForm(promptSettings);
export const requestSchema = writtenForm(requestSettings);
export const loadSchema = writtenForm(loadSettings);
export const sloSchema = writtenForm(sloSettings);
export const datasetSchema = writtenForm(datasetSettings);
export const engineOptionsSchema = writtenForm(engineOptionsSettings);
export const telemetrySchema = writtenForm(telemetrySettings);
export const rougeSchema = writtenForm(rougeSettings);
export const mfuSchema = writtenForm(mfuSettings);

/** A top-level setting as a file writes it: a section's keys are each optional (a file sets some of them). */
type WrittenSetting<F extends z.core.$ZodType> = Written<F> extends z.ZodObject<infer Shape, z.core.$strict>
  ? z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<Shape[K]> }, z.core.$strict>
  : Written<F>;

/** The top-level keys, each optional: how host.yaml, task.yaml and --set carry them. */
export const optionalSettingsShape = Object.fromEntries(
  Object.entries(resolvedShape).map(([key, field]) => {
    const written = writtenField(field);
    return [key, (written instanceof z.ZodObject ? written.partial() : written).optional()];
  }),
) as { [K in keyof typeof resolvedShape]: z.ZodOptional<WrittenSetting<(typeof resolvedShape)[K]>> };

/** The names of the top-level settings. */
export const SETTING_KEYS: readonly string[] = Object.keys(resolvedShape);

export const settingsSchema = z.strictObject(optionalSettingsShape);
export type PartialSettings = z.infer<typeof settingsSchema>;
