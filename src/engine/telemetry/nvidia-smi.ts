import { numberOrNull, type DeviceReading } from './telemetry-sample.js';

/** Fields asked of `nvidia-smi --query-gpu`, in this order. */
const FIELDS = ['index', 'power.draw', 'utilization.gpu', 'memory.used', 'memory.total', 'clocks.sm', 'clocks.mem'];

export const NVIDIA_SMI_ARGS = [`--query-gpu=${FIELDS.join(',')}`, '--format=csv,noheader,nounits'];

/** One CSV line per GPU: "0, 312.45, 97, 70123, 81559, 1980, 2619" (MiB, W, %, MHz). */
export function parseNvidiaSmi(output: string): DeviceReading[] {
  const readings: DeviceReading[] = [];
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length < FIELDS.length) continue;
    readings.push({
      device: cells[0] ?? '',
      power_w: numberOrNull(cells[1]),
      utilization_pct: numberOrNull(cells[2]),
      memory_used_mib: numberOrNull(cells[3]),
      memory_total_mib: numberOrNull(cells[4]),
      sm_clock_mhz: numberOrNull(cells[5]),
      mem_clock_mhz: numberOrNull(cells[6]),
    });
  }
  return readings;
}
