import { numberOrNull, type DeviceReading } from './telemetry-sample.js';

export const ROCM_SMI_ARGS = ['--showpower', '--showuse', '--showmeminfo', 'vram', '--showclocks', '--json'];

const MIB = 1024 * 1024;

/** The first value whose key matches, as a string. */
function pick(card: Record<string, unknown>, pattern: RegExp): string | undefined {
  for (const [key, value] of Object.entries(card)) {
    if (pattern.test(key) && (typeof value === 'string' || typeof value === 'number')) return String(value);
  }
  return undefined;
}

function bytesToMib(text: string | undefined): number | null {
  const bytes = numberOrNull(text);
  return bytes === null ? null : bytes / MIB;
}

/**
 * rocm-smi's JSON: {"card0": {"Average Graphics Package Power (W)": "35.0", "GPU use (%)": "12",
 * "VRAM Total Memory (B)": "...", "VRAM Total Used Memory (B)": "...", "sclk clock speed:": "(800Mhz)", ...}}.
 * Key names differ between releases and GPUs (MI300 says "Current Socket Graphics Package Power"), so keys
 * are matched by pattern.
 */
export function parseRocmSmi(output: string): DeviceReading[] {
  const start = output.indexOf('{');
  if (start < 0) return [];
  const json = JSON.parse(output.slice(start)) as Record<string, unknown>;
  const readings: DeviceReading[] = [];
  for (const [device, value] of Object.entries(json)) {
    if (!/^card\d+$/.test(device) || typeof value !== 'object' || value === null) continue;
    const card = value as Record<string, unknown>;
    readings.push({
      device,
      power_w: numberOrNull(pick(card, /power.*\(W\)/i)),
      utilization_pct: numberOrNull(pick(card, /^GPU use \(%\)/i)),
      memory_used_mib: bytesToMib(pick(card, /VRAM Total Used Memory \(B\)/i)),
      memory_total_mib: bytesToMib(pick(card, /^VRAM Total Memory \(B\)/i)),
      sm_clock_mhz: numberOrNull(pick(card, /^sclk clock speed/i)),
      mem_clock_mhz: numberOrNull(pick(card, /^mclk clock speed/i)),
    });
  }
  return readings;
}
