import { ENGINE_NAMES, type EngineName } from '../config/engine-names.js';
import { DEFAULT_SETTINGS } from '../config/settings-schema.js';

export { ENGINE_NAMES, type EngineName };

/**
 * What the engine stage needs to launch and watch one engine. The config stage maps host.yaml onto this;
 * nothing here knows about YAML. Every field is already validated and resolved (paths absolute).
 */
/** vLLM across several nodes: the Ray cluster is started by the user (`ray start`), vLLM joins it. */
export interface RaySettings {
  /** Address of the running Ray head, e.g. "10.0.0.1:6379"; passed as RAY_ADDRESS. */
  address?: string;
  /** Tensor parallel size across the whole cluster (defaults to gpuNums). */
  tensorParallelSize?: number;
  /** Pipeline parallel size, usually the number of nodes. */
  pipelineParallelSize?: number;
}

export interface EngineSettings {
  engine: EngineName;
  /** Model weights: a local path (or a hub id for engines that download). Unused by `external`. */
  modelPath: string;
  /** The name requests use in their `model` field. */
  servedModelName: string;
  /** Address the engine listens on (also the one infergate connects to; 0.0.0.0 is reached via 127.0.0.1). */
  host: string;
  port: number;
  /** Accelerators the engine uses: tensor parallel size for engines that shard. 0 = CPU only. */
  gpuNums: number;
  /** Weight and activation type as the engine names it, e.g. "bfloat16"; engine default when absent. */
  dtype?: string;
  /** Longest prompt + output the engine must accept. */
  maxModelLen?: number;
  /** Share of accelerator memory the engine may take (0..1). */
  memoryFraction?: number;
  /** Free-form arguments appended after ours (config `extra_args`); a later flag wins in every engine's parser. */
  extraArgs: string[];
  /** Extra environment for the engine process; wins over ours. */
  env: Record<string, string>;
  /** Overrides the engine's executable (for Python-module engines: the interpreter). */
  binary?: string;
  /** Base URL of a server already running, e.g. "http://10.0.0.5:8000": reached instead of launched (always set for `external`). */
  endpoint?: string;
  /** Give up waiting for readiness after this many seconds (default 1800). */
  startupTimeoutS: number;
  /** Seconds between the one SIGTERM and SIGKILL when the engine is stopped (default DEFAULT_STOP_GRACE_S). */
  stopGraceS?: number;
  /** Folder where output.txt (the engine's log) and engine-process.json are written. */
  logDir: string;
  /** Device ids the engine may use, e.g. "0,1"; exported as the vendor's *_VISIBLE_DEVICES variable. */
  visibleDevices?: string;
  /** Multi-node vLLM over Ray. */
  ray?: RaySettings;
  /** `mindie` only: the MindIE Service config.json to start with. */
  configFile?: string;
}

/** The configuration's defaults (settings-schema.ts), for callers that build EngineSettings without them. */
export const DEFAULT_STARTUP_TIMEOUT_S = DEFAULT_SETTINGS.engine_options.startup_timeout_s;
export const DEFAULT_STOP_GRACE_S = DEFAULT_SETTINGS.engine_options.stop_grace_s;
