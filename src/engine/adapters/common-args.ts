import type { LaunchCommand } from '../engine-adapter.js';
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

/**
 * The launch every adapter builds: `binary` unless engine_options.binary names another executable, the
 * engine's own arguments, then the user's extra_args last (a later flag wins in every engine's parser),
 * and the environment (by default device visibility and the user's env, which wins).
 */
export function launch(settings: EngineSettings, binary: string, args: readonly string[], env: Record<string, string> = deviceEnv('CUDA_VISIBLE_DEVICES', settings)): LaunchCommand {
  return { command: settings.binary ?? binary, args: [...args, ...settings.extraArgs], env };
}
