import type { EngineName } from './engine-names.js';
import type { ArrivalConvention } from './arrival-conventions.js';

/** The resolved, typed plan every later stage reads. Built by loadConfig() from host.yaml, task.yaml, GPUConfig.yaml and --set. */
export interface BenchmarkConfig {
  files: { host: string; task: string; gpu_config: string | null };
  /** The caller let configured paths leave the workspace (path-containment.ts); every file opened is checked with it. */
  allow_paths_outside_workspace: boolean;
  // The seed's keys.
  model_path: string | null;
  data_path: string | null;
  log_path: string;
  engine: EngineName;
  /**
   * The engine that serves the requests: host.yaml's engine_flavor under engine: external, otherwise engine.
   * Its request settings apply, its task.yaml is read (<config_path>/<vendor>/<serving_engine>/) and the run
   * folder is named after it. Launched unless endpoint is set.
   */
  serving_engine: EngineName;
  gpu_nums: number;
  vendor: string;
  config_path: string;
  task_nums: number;
  gpu_name: string | null;
  /** GPU_<PRECISION> → peak dense TFLOPs, keyed by precision ("FP16", "BF16", "FP16TC", ...). */
  gpu_peaks_tflops: Record<string, number>;
  // New settings, defaults applied.
  model_name: string;
  endpoint: string | null;
  api: 'chat' | 'completions';
  prompt: { instruction: string; completion_template: string; system: string; max_article_words: number };
  request: {
    max_tokens: number;
    temperature: number;
    seed: number;
    top_p: number;
    timeout_s: number;
    extra_body: Record<string, unknown>;
    headers: Record<string, string>;
  };
  load: {
    /** auto: chosen once the engine answers (pipeline/default-load.ts); the run then records the concrete one. */
    shape: 'auto' | 'offline' | 'concurrency' | 'rate';
    concurrency: number;
    rate: number;
    burstiness: number;
    arrivals: ArrivalConvention;
    max_concurrency: number | null;
    sweep: number[] | null;
    warmup_requests: number;
    time_budget_s: number | null;
    max_failure_rate: number;
    repeat: number;
  };
  slo: { ttft_ms?: number; tpot_ms?: number; e2el_ms?: number };
  percentiles: number[];
  dataset: { sample: 'first' | 'random'; seed: number; cache_dir: string; hub_url: string };
  engine_options: {
    host: string;
    port: number;
    dtype: string | null;
    max_model_len: number | null;
    gpu_memory_utilization: number | null;
    extra_args: string[];
    env: Record<string, string>;
    binary: string | null;
    startup_timeout_s: number;
    stop_grace_s: number;
    visible_devices: string | null;
    ray: { address?: string; tensor_parallel_size?: number; pipeline_parallel_size?: number } | null;
    config_file: string | null;
  };
  telemetry: { enabled: boolean; interval_ms: number };
  rouge: { mode: 'rouge155' | 'rouge-score' };
  mfu: { dtype: string | null; catalog: string | null; non_causal_attention: boolean };
}
