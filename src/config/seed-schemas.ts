import { z } from 'zod';
import { ENGINE_NAMES } from './engine-names.js';
import { optionalSettingsShape } from './settings-schema.js';

/** host.yaml: the seed's seven keys (unchanged) plus the optional new settings. */
export const hostSchema = z.strictObject({
  model_path: z.string().min(1).optional(),
  data_path: z.string().min(1).optional(),
  log_path: z.string().min(1).optional(),
  engine: z.enum(ENGINE_NAMES),
  /** With engine: external, the engine the endpoint runs: its request settings and task folder apply. */
  engine_flavor: z.enum(ENGINE_NAMES).exclude(['external']).optional(),
  gpu_nums: z.int().min(0).max(4096).optional(),
  /** Some seed copies call gpu_nums nproc_per_node. */
  nproc_per_node: z.int().min(1).max(4096).optional(),
  // `.` and `..` are names of no folder of their own: `vendor: ..` would leave config_path.
  vendor: z.string().regex(/^(?!\.\.?$)[A-Za-z0-9._-]+$/, 'must be a plain folder name (letters, digits, . _ -), not . or ..'),
  config_path: z.string().min(1),
  /** Lets configured paths leave the workspace (path-containment.ts). host.yaml or --set only: not task.yaml. */
  allow_paths_outside_workspace: z.boolean().optional(),
  ...optionalSettingsShape,
});

/**
 * GPU_FP16, GPU_BF16, GPU_FP8, GPU_FP16TC, ...: peak dense TFLOPs per precision, the seed's way.
 * Any GPU_<NAME> key other than GPU_NAME is a peak; they are split off before the strict schema runs.
 */
export const GPU_PEAK_KEY = /^GPU_[A-Z0-9_]+$/;
export const gpuPeakSchema = z.number().gt(0).max(1e6);

/** task.yaml: GPU_NAME, task_nums, the GPU_* peaks (checked separately) and the optional new settings. */
export const taskSchema = z.strictObject({
  GPU_NAME: z.string().min(1).optional(),
  task_nums: z.int().min(1).max(10_000_000).optional(),
  ...optionalSettingsShape,
});

/** GPUConfig.yaml (beside task.yaml): GPU_NAME and GPU_* peaks; task.yaml wins where both set one. */
export const gpuConfigSchema = z.strictObject({ GPU_NAME: z.string().min(1).optional() });

/** The seed's defaults for keys it treated as optional. */
export const DEFAULT_LOG_PATH = 'log';
export const DEFAULT_TASK_NUMS = 1000;

export type HostFile = z.infer<typeof hostSchema>;
export type TaskFile = z.infer<typeof taskSchema>;
