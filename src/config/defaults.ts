import type { ArrivalConvention } from './arrival-conventions.js';

/**
 * Defaults for every new setting, applied after host.yaml, task.yaml and --set are merged.
 * Written once here so docs/configuration.md and the code cannot drift (test/config/defaults.test.ts).
 */
export const DEFAULT_SETTINGS = {
  api: 'chat',
  prompt: {
    // HELM's XSum adapter: the article, then this instruction on its own line.
    instruction: 'Summarize the above article in 1 sentence.',
    completion_template: '###\nArticle: {article}\n\nSummarize the above article in 1 sentence.\n',
    system: '',
    // HELM keeps XSum articles of at most 512 words; longer ones are cut here and counted.
    max_article_words: 512,
  },
  request: {
    // HELM generates at most 64 tokens for XSum summaries.
    max_tokens: 64,
    temperature: 0,
    seed: 0,
    top_p: 1,
    timeout_s: 600,
    extra_body: {} as Record<string, unknown>,
    headers: {} as Record<string, string>,
  },
  load: {
    shape: 'auto',
    concurrency: 1,
    rate: 1,
    burstiness: 1,
    arrivals: 'first-at-zero' as ArrivalConvention,
    max_concurrency: null as number | null,
    sweep: null as number[] | null,
    warmup_requests: 0,
    time_budget_s: null as number | null,
    max_failure_rate: 0,
    repeat: 1,
  },
  slo: {} as { ttft_ms?: number; tpot_ms?: number; e2el_ms?: number },
  percentiles: [50, 90, 95, 99],
  dataset: {
    sample: 'first',
    seed: 0,
    cache_dir: '.infergate-cache/datasets',
    hub_url: 'https://huggingface.co/datasets/knkarthick/xsum/resolve/main',
  },
  engine_options: {
    host: '127.0.0.1',
    port: 8000,
    dtype: null as string | null,
    max_model_len: null as number | null,
    gpu_memory_utilization: null as number | null,
    extra_args: [] as string[],
    env: {} as Record<string, string>,
    binary: null as string | null,
    startup_timeout_s: 1800,
    stop_grace_s: 15,
    visible_devices: null as string | null,
    ray: null as { address?: string; tensor_parallel_size?: number; pipeline_parallel_size?: number } | null,
    config_file: null as string | null,
  },
  telemetry: { enabled: true, interval_ms: 1000 },
  rouge: { mode: 'rouge155' },
  mfu: { dtype: null as string | null, catalog: null as string | null, non_causal_attention: false },
} as const;

/** The seed's defaults for keys it treated as optional. */
export const DEFAULT_LOG_PATH = 'log';
export const DEFAULT_TASK_NUMS = 1000;
