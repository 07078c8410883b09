import type { TelemetrySample } from '../../engine/telemetry/telemetry-sample.js';
import { num, numOrNull, readJsonl, str } from './read-jsonl.js';

export type { TelemetrySample };

/**
 * telemetry.jsonl as the engine stage's sampler writes it (src/engine/telemetry/telemetry-sampler.ts):
 * one TelemetrySample per device per tick; `t_ms` counts from the sampler's start, a null field was not
 * reported by the tool.
 */
export function loadTelemetry(file: string): TelemetrySample[] | null {
  return readJsonl(file, (row) => ({
    t_ms: num(row, 't_ms'),
    time: str(row, 'time'),
    device: str(row, 'device'),
    power_w: numOrNull(row, 'power_w'),
    utilization_pct: numOrNull(row, 'utilization_pct'),
    memory_used_mib: numOrNull(row, 'memory_used_mib'),
    memory_total_mib: numOrNull(row, 'memory_total_mib'),
    sm_clock_mhz: numOrNull(row, 'sm_clock_mhz'),
    mem_clock_mhz: numOrNull(row, 'mem_clock_mhz'),
  }));
}
