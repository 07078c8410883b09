import { numberOrNull, type DeviceReading } from './telemetry-sample.js';

export const NPU_SMI_ARGS = ['info'];

/** "a / b" → [a, b] as numbers or nulls. */
function pair(text: string | undefined): [number | null, number | null] {
  const [a, b] = (text ?? '').split('/');
  return [numberOrNull(a), numberOrNull(b)];
}

/**
 * The device table of `npu-smi info`: after the "====" rule, each chip takes two rows,
 *   | 0     910B3      | OK           | 93.1        36                0    / 0            |
 *   | 0                | 0000:C1:00.0 | 0           0    / 0          3160 / 65536         |
 * i.e. NPU id, name | health | power (W), temperature, hugepages; then chip id | bus id | AI core
 * utilisation (%), memory used / total (MB), HBM used / total (MB). The process table that follows
 * (headed "Process id") is not read. Clocks are not in this table.
 */
export function parseNpuSmi(output: string): DeviceReading[] {
  const rows = output.split('\n');
  const readings: DeviceReading[] = [];
  let inTable = false;
  let first: string[] | null = null;
  for (const row of rows) {
    if (/^\+=+/.test(row)) {
      inTable = true;
      continue;
    }
    if (/Process id|Process name/i.test(row)) break;
    if (!inTable || !row.startsWith('|')) continue;
    const cells = row.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length < 3) continue;
    if (first === null) {
      first = cells;
      continue;
    }
    const npu = (first[0] ?? '').split(/\s+/)[0] ?? '';
    const chip = (cells[0] ?? '').split(/\s+/)[0] ?? '';
    const power = numberOrNull((first[2] ?? '').split(/\s+/)[0]);
    // "0           0    / 0          3160 / 65536": AI core %, then memory pair, then HBM pair.
    const usage = (cells[2] ?? '').replace(/\s*\/\s*/g, '/').split(/\s+/);
    const [memUsed, memTotal] = pair(usage[1]);
    const [hbmUsed, hbmTotal] = pair(usage[2]);
    // Cards with HBM report their device memory there; "Memory-Usage" is then the small DDR.
    const useHbm = hbmTotal !== null && hbmTotal > 0;
    readings.push({
      device: `npu${npu}-chip${chip}`,
      power_w: power,
      utilization_pct: numberOrNull(usage[0]),
      memory_used_mib: useHbm ? hbmUsed : memUsed,
      memory_total_mib: useHbm ? hbmTotal : memTotal,
      sm_clock_mhz: null,
      mem_clock_mhz: null,
    });
    first = null;
  }
  return readings;
}
