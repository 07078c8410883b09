import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, located } from '../util/errors.js';
import { assertOpenedInside, type Containment } from './path-containment.js';
import { GPU_PEAK_KEY, gpuConfigSchema, gpuPeakSchema, taskSchema, type TaskFile } from './seed-schemas.js';
import { validate, type Source } from './validate.js';
import { readYamlFile } from './yaml-file.js';

export interface TaskFiles {
  taskPath: string;
  /** Where each key of task.yaml is written, for messages about merged settings. */
  taskLines: Map<string, number>;
  gpuConfigPath: string | null;
  task: TaskFile;
  gpuName: string | null;
  peaks: Record<string, number>;
}

/** `<config_path>/<vendor>/<engine>/task.yaml` and, when present, GPUConfig.yaml beside it. */
export function readTaskFiles(configPath: string, vendor: string, engine: string, hostSource: Source, overrides: Record<string, unknown>, containment: Containment = { allowOutside: false }): TaskFiles {
  const dir = join(configPath, vendor, engine);
  const taskPath = join(dir, 'task.yaml');
  if (!existsSync(taskPath)) {
    const available = availablePairs(configPath);
    const list = available.length > 0 ? `available: ${available.join(', ')}` : `no <vendor>/<engine>/task.yaml under ${configPath}`;
    throw new InputError(
      located(hostSource.path, hostSource.lines.get('vendor') ?? hostSource.lines.get('engine'), `no task file for vendor "${vendor}" and engine "${engine}": ${taskPath} does not exist (${list})`),
    );
  }
  assertOpenedInside(taskPath, 'task file', containment);
  const file = readYamlFile(taskPath, 'task file');
  const { peaks, rest } = splitPeaks(file.data, file);
  const overridePeaks = splitPeaks(overrides, { path: '--set', lines: new Map() });
  const task = validate(taskSchema, { ...rest, ...overridePeaks.rest }, file);

  const gpuConfigPath = join(dir, 'GPUConfig.yaml');
  let gpuName = task.GPU_NAME ?? null;
  let allPeaks = { ...peaks, ...overridePeaks.peaks };
  if (existsSync(gpuConfigPath)) {
    assertOpenedInside(gpuConfigPath, 'GPUConfig file', containment);
    const gpuFile = readYamlFile(gpuConfigPath, 'GPUConfig file');
    const gpu = splitPeaks(gpuFile.data, gpuFile);
    const parsed = validate(gpuConfigSchema, gpu.rest, gpuFile);
    gpuName ??= parsed.GPU_NAME ?? null;
    allPeaks = { ...gpu.peaks, ...allPeaks };
  }
  return { taskPath, taskLines: file.lines, gpuConfigPath: existsSync(gpuConfigPath) ? gpuConfigPath : null, task, gpuName, peaks: allPeaks };
}

/** Splits GPU_<PRECISION> peak keys (validated here) from the keys the strict schema checks. */
function splitPeaks(data: Record<string, unknown>, source: Source): { peaks: Record<string, number>; rest: Record<string, unknown> } {
  const peaks: Record<string, number> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key !== 'GPU_NAME' && GPU_PEAK_KEY.test(key)) {
      const parsed = gpuPeakSchema.safeParse(value);
      if (!parsed.success) {
        throw new InputError(located(source.path, source.lines.get(key), `${key} must be the peak dense TFLOPs as a positive number, got ${JSON.stringify(value)}`));
      }
      peaks[key.slice('GPU_'.length)] = parsed.data;
    } else {
      rest[key] = value;
    }
  }
  return { peaks, rest };
}

function availablePairs(configPath: string): string[] {
  const pairs: string[] = [];
  const list = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      return [];
    }
  };
  for (const vendor of list(configPath)) {
    for (const engine of list(join(configPath, vendor))) {
      if (existsSync(join(configPath, vendor, engine, 'task.yaml'))) pairs.push(`${vendor}/${engine}`);
    }
  }
  return pairs.sort();
}
