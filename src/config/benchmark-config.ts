import type { EngineName } from './engine-names.js';
import type { ResolvedSettings } from './settings-schema.js';

/**
 * The resolved, typed plan every later stage reads. Built by loadConfig() from host.yaml, task.yaml,
 * GPUConfig.yaml and --set: the seed's keys as loadConfig resolves them, then the new settings with their
 * defaults applied, their type inferred from the schema that declares them (settings-schema.ts).
 */
export type BenchmarkConfig = SeedPlan & Omit<ResolvedSettings, 'model_name'> & {
  /** Always known once resolved: the setting, or the model folder's name. */
  model_name: string;
};

/** The seed's keys (host.yaml, task.yaml, GPUConfig.yaml), resolved: defaults applied, aliases folded. */
interface SeedPlan {
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
}
