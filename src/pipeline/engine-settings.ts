import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { EngineSettings } from '../engine/index.js';

/**
 * Maps the resolved configuration onto what the engine stage needs to launch (or reach) the engine. The
 * engine is the one that serves the requests (engine_flavor under external), so a running llama-server
 * gets llama-server's request settings; an endpoint means it is reached, not launched.
 */
export function engineSettingsFrom(config: BenchmarkConfig, runDir: string): EngineSettings {
  const options = config.engine_options;
  const ray = options.ray;
  return {
    engine: config.serving_engine,
    modelPath: config.model_path ?? '',
    servedModelName: config.model_name,
    host: options.host,
    port: options.port,
    gpuNums: config.gpu_nums,
    dtype: options.dtype ?? undefined,
    maxModelLen: options.max_model_len ?? undefined,
    memoryFraction: options.gpu_memory_utilization ?? undefined,
    extraArgs: options.extra_args,
    env: options.env,
    binary: options.binary ?? undefined,
    endpoint: config.endpoint ?? undefined,
    startupTimeoutS: options.startup_timeout_s,
    stopGraceS: options.stop_grace_s,
    logDir: runDir,
    visibleDevices: options.visible_devices ?? undefined,
    ray: ray ? { address: ray.address, tensorParallelSize: ray.tensor_parallel_size, pipelineParallelSize: ray.pipeline_parallel_size } : undefined,
    configFile: options.config_file ?? undefined,
  };
}
