import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { buildEngineEnvironment } from '../engine-environment.js';
import { resolveOnPath } from '../engine-version.js';
import { integrateEnergy } from './energy.js';
import { NPU_SMI_ARGS, parseNpuSmi } from './npu-smi.js';
import { NVIDIA_SMI_ARGS, parseNvidiaSmi } from './nvidia-smi.js';
import { parseRocmSmi, ROCM_SMI_ARGS } from './rocm-smi.js';
import type { DeviceReading, TelemetrySample } from './telemetry-sample.js';

export type TelemetryToolName = 'nvidia-smi' | 'rocm-smi' | 'npu-smi';

interface TelemetryTool {
  name: TelemetryToolName;
  args: string[];
  parse(output: string): DeviceReading[];
}

const TOOLS: TelemetryTool[] = [
  { name: 'nvidia-smi', args: NVIDIA_SMI_ARGS, parse: parseNvidiaSmi },
  { name: 'rocm-smi', args: ROCM_SMI_ARGS, parse: parseRocmSmi },
  { name: 'npu-smi', args: NPU_SMI_ARGS, parse: parseNpuSmi },
];

export interface TelemetryOptions {
  /** Time between readings. */
  intervalMs: number;
  /** telemetry.jsonl in the run folder: one TelemetrySample per line. */
  outFile: string;
  /** Which tool; default: the first of nvidia-smi, rocm-smi, npu-smi found on PATH. */
  tool?: TelemetryToolName;
  /** Environment for looking tools up and running them (tests point PATH at fakes). */
  env?: NodeJS.ProcessEnv;
}

export interface TelemetrySummary {
  available: boolean;
  /** Why telemetry is unavailable (no tool, the tool failed), or why some readings are missing. */
  reason?: string;
  tool: TelemetryToolName | null;
  /** Readings taken (one per device per tick). */
  samples: number;
  devices: string[];
  interval_ms: number;
  /** Time between the first and the last reading, seconds. */
  duration_s: number | null;
  /** Sum over devices of ∫P dt between the first and last reading (docs/engines.md, "Telemetry"). */
  energy_j: number | null;
  /** Mean of the summed device power over the readings that carried power. */
  mean_power_w: number | null;
  peak_power_w: number | null;
  mean_utilization_pct: number | null;
  peak_memory_used_mib: number | null;
  file: string;
}

export interface TelemetrySampler {
  /** Takes a last reading, stops, and summarises. */
  stop(): Promise<TelemetrySummary>;
}

/** A reading needs the tool to answer within this; a hung driver must not stall the benchmark. */
const QUERY_TIMEOUT_MS = 10_000;

function query(path: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: true; out: string } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    execFile(path, args, { timeout: QUERY_TIMEOUT_MS, env, maxBuffer: 4 << 20 }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, error: (stderr.trim().split('\n')[0] ?? '') || error.message });
      else resolve({ ok: true, out: stdout });
    });
  });
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function summarise(samples: TelemetrySample[], base: Pick<TelemetrySummary, 'tool' | 'interval_ms' | 'file'>): TelemetrySummary {
  const devices = [...new Set(samples.map((s) => s.device))];
  // Total power per tick: readings of one tick share a t_ms.
  const perTick = new Map<number, number>();
  for (const s of samples) if (s.power_w !== null) perTick.set(s.t_ms, (perTick.get(s.t_ms) ?? 0) + s.power_w);
  const times = samples.map((s) => s.t_ms);
  const memory = samples.flatMap((s) => (s.memory_used_mib === null ? [] : [s.memory_used_mib]));
  return {
    available: true,
    ...base,
    samples: samples.length,
    devices,
    duration_s: times.length > 1 ? (Math.max(...times) - Math.min(...times)) / 1000 : null,
    energy_j: integrateEnergy(samples),
    mean_power_w: mean([...perTick.values()]),
    peak_power_w: perTick.size === 0 ? null : Math.max(...perTick.values()),
    mean_utilization_pct: mean(samples.flatMap((s) => (s.utilization_pct === null ? [] : [s.utilization_pct]))),
    peak_memory_used_mib: memory.length === 0 ? null : Math.max(...memory),
  };
}

/**
 * Samples accelerator power, utilisation, memory and clocks every intervalMs while the benchmark runs and
 * writes each reading to outFile. Without a tool (a CPU runner) it reports `available: false`; that is not
 * an error.
 */
export function startTelemetry(options: TelemetryOptions): TelemetrySampler {
  // The vendor tool gets the same built environment as the engine: never the action's inputs or tokens.
  const env = buildEngineEnvironment(options.env ?? process.env, {});
  const candidates = options.tool ? TOOLS.filter((t) => t.name === options.tool) : TOOLS;
  const base = { interval_ms: options.intervalMs, file: options.outFile };
  const found = findTool(candidates, env.PATH ?? '');
  if (found === null) {
    const summary = unavailableSummary(`no ${candidates.map((c) => c.name).join(', ')} on PATH`, base);
    return { stop: async () => summary };
  }
  return sampleWith(found.tool, found.path, env, options);
}

/** The first candidate tool found on PATH, with its path. */
function findTool(candidates: readonly TelemetryTool[], pathVariable: string): { tool: TelemetryTool; path: string } | null {
  for (const tool of candidates) {
    const path = resolveOnPath(tool.name, pathVariable);
    if (path !== null) return { tool, path };
  }
  return null;
}

/** The summary of a run with no readings at all. */
function unavailableSummary(reason: string, base: Pick<TelemetrySummary, 'interval_ms' | 'file'>): TelemetrySummary {
  return {
    available: false,
    reason,
    tool: null,
    samples: 0,
    devices: [],
    duration_s: null,
    energy_j: null,
    mean_power_w: null,
    peak_power_w: null,
    mean_utilization_pct: null,
    peak_memory_used_mib: null,
    ...base,
  };
}

/** Queries `tool` at once and every intervalMs, appending each reading to outFile, until stop(). */
function sampleWith(tool: TelemetryTool, path: string, env: NodeJS.ProcessEnv, options: TelemetryOptions): TelemetrySampler {
  const base = { interval_ms: options.intervalMs, file: options.outFile };
  const out = createWriteStream(options.outFile, { flags: 'w' });
  out.on('error', () => undefined);
  const started = performance.now();
  const samples: TelemetrySample[] = [];
  let failure: string | null = null;
  let inFlight: Promise<void> | null = null;

  const readOnce = async (): Promise<void> => {
    const result = await query(path, tool.args, env);
    const t_ms = performance.now() - started;
    if (!result.ok) {
      failure ??= `${tool.name} failed: ${result.error}`;
      return;
    }
    let readings: DeviceReading[];
    try {
      readings = tool.parse(result.out);
    } catch (error) {
      failure ??= `${tool.name} output could not be read: ${(error as Error).message}`;
      return;
    }
    const time = new Date().toISOString();
    for (const reading of readings) {
      const sample: TelemetrySample = { t_ms: Math.round(t_ms * 1000) / 1000, time, ...reading };
      samples.push(sample);
      out.write(`${JSON.stringify(sample)}\n`);
    }
  };
  const tick = (): Promise<void> => {
    // A slow tool skips ticks rather than piling up processes.
    if (inFlight !== null) return inFlight;
    inFlight = readOnce().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  void tick();
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();

  return {
    stop: async () => {
      clearInterval(timer);
      if (inFlight !== null) await inFlight;
      await tick(); // closes the window at the moment of stopping
      await new Promise<void>((resolve) => out.end(resolve));
      if (samples.length === 0) {
        return { ...summarise([], { tool: tool.name, ...base }), available: false, reason: failure ?? `${tool.name} reported no devices` };
      }
      const summary = summarise(samples, { tool: tool.name, ...base });
      return failure === null ? summary : { ...summary, reason: `${failure} (some readings are missing)` };
    },
  };
}
