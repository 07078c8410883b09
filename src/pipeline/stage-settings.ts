import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { EngineQuirks, EngineSettings } from '../engine/index.js';
import type { LoadShape, RequestSettings, SingleShape } from '../load/index.js';

/**
 * The resolved configuration mapped onto what each stage takes: the one place where config's keys meet
 * the engine's and the load's own settings, so neither stage knows the configuration file.
 */

/**
 * What the engine stage needs to launch (or reach) the engine. The engine is the one that serves the
 * requests (engine_flavor under external), so a running llama-server gets llama-server's request
 * settings; an endpoint means it is reached, not launched.
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

/** Every request's settings: the configured ones, with the engine's own body fields beneath the user's extra_body. */
export function requestSettingsFrom(config: Pick<BenchmarkConfig, 'request'>, quirks: Pick<EngineQuirks, 'extraBody' | 'streamUsage'>): RequestSettings {
  const request = config.request;
  return {
    max_tokens: request.max_tokens,
    temperature: request.temperature,
    seed: request.seed,
    extra_body: { top_p: request.top_p, ...quirks.extraBody, ...request.extra_body },
    // Ask for usage only where the engine wants it asked; some reject the field (docs/engines.md).
    quirks: { stream_options: quirks.streamUsage === 'ask' },
    timeout_ms: request.timeout_s * 1000,
  };
}

/**
 * The `load` settings as the load stage's shape (a sweep is one step per listed value). `auto` must have
 * been chosen first (default-load.ts): its choice needs the running engine.
 */
export function loadShapeFrom(config: Pick<BenchmarkConfig, 'load' | 'request'>): LoadShape {
  const load = config.load;
  if (load.shape === 'auto') throw new Error('load.shape auto reached the load stage unresolved');
  const single = (value?: number): SingleShape => {
    switch (load.shape as Exclude<typeof load.shape, 'auto'>) {
      case 'offline':
        return { kind: 'offline' };
      case 'concurrency':
        return { kind: 'concurrency', concurrency: value ?? load.concurrency };
      case 'rate':
        return rateShape(config, value ?? load.rate);
    }
  };
  if (load.sweep && load.shape !== 'offline') return { kind: 'sweep', steps: load.sweep.map((value) => single(value)) };
  return single();
}

/** The configured open-loop arrivals at `rate` requests/s (also each capacity probe's shape). */
export function rateShape(config: Pick<BenchmarkConfig, 'load' | 'request'>, rate: number): SingleShape {
  return {
    kind: 'rate',
    rate_rps: rate,
    arrival: config.load.burstiness === 1 ? 'poisson' : 'gamma',
    burstiness: config.load.burstiness,
    max_concurrency: config.load.max_concurrency ?? undefined,
    seed: config.request.seed,
    convention: config.load.arrivals,
  };
}
