import type { EngineSettings } from '../engine-settings.js';

/** `[flag, value]` when value is set, else nothing: keeps adapters a flat list of optional flags. */
export function flag(name: string, value: string | number | undefined): string[] {
  return value === undefined ? [] : [name, String(value)];
}

/** Device visibility plus the user's own environment (which wins). */
export function deviceEnv(variable: string, settings: EngineSettings): Record<string, string> {
  const env: Record<string, string> = {};
  if (settings.visibleDevices !== undefined) env[variable] = settings.visibleDevices;
  return { ...env, ...settings.env };
}

/** Tensor parallel size: at least 1 even for CPU-only settings (gpuNums 0). */
export function tensorParallel(settings: EngineSettings): number {
  return Math.max(1, settings.gpuNums);
}

export function servedName(settings: EngineSettings): string {
  return settings.servedModelName;
}
