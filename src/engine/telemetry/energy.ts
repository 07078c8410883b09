import type { TelemetrySample } from './telemetry-sample.js';

/**
 * Energy in joules: for each device, the trapezoid rule over consecutive power readings
 * (E = Σ (P_i + P_{i+1}) / 2 · (t_{i+1} − t_i)), summed over devices. A gap where a reading has no power
 * contributes nothing. Null when no device has two readings with power.
 */
export function integrateEnergy(samples: TelemetrySample[]): number | null {
  const byDevice = new Map<string, TelemetrySample[]>();
  for (const sample of samples) {
    if (sample.power_w === null) continue;
    const list = byDevice.get(sample.device) ?? [];
    list.push(sample);
    byDevice.set(sample.device, list);
  }
  let total = 0;
  let integrated = false;
  for (const list of byDevice.values()) {
    list.sort((a, b) => a.t_ms - b.t_ms);
    for (let i = 1; i < list.length; i += 1) {
      const a = list[i - 1] as TelemetrySample;
      const b = list[i] as TelemetrySample;
      total += (((a.power_w ?? 0) + (b.power_w ?? 0)) / 2) * ((b.t_ms - a.t_ms) / 1000);
      integrated = true;
    }
  }
  return integrated ? total : null;
}

/** Output tokens per joule; null when energy was not measured (or is zero). */
export function tokensPerJoule(outputTokens: number, energyJ: number | null): number | null {
  return energyJ === null || energyJ <= 0 ? null : outputTokens / energyJ;
}
