import { num, numOrNull, readJsonl } from './read-jsonl.js';

/** One accelerator sample; `t_ms` is on the run clock (ms since the run started, like send_ms). */
export interface TelemetrySample {
  t_ms: number;
  gpu: string;
  power_w: number | null;
  util_pct: number | null;
  mem_used_mib: number | null;
  sm_clock_mhz: number | null;
}

export function loadTelemetry(file: string): TelemetrySample[] | null {
  return readJsonl(file, (row) => {
    const gpu = row.gpu;
    if (typeof gpu !== 'string' && typeof gpu !== 'number') throw new Error('"gpu" must be a string or number');
    return {
      t_ms: num(row, 't_ms'),
      gpu: String(gpu),
      power_w: numOrNull(row, 'power_w'),
      util_pct: numOrNull(row, 'util_pct'),
      mem_used_mib: numOrNull(row, 'mem_used_mib'),
      sm_clock_mhz: numOrNull(row, 'sm_clock_mhz'),
    };
  });
}
