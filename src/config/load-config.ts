import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError, located } from '../util/errors.js';
import { closestKey } from './closest-key.js';
import { deepMerge } from '../util/deep-merge.js';
import type { BenchmarkConfig } from './benchmark-config.js';
import type { EngineName } from './engine-names.js';
import { checkBaseUrl } from './endpoint-url.js';
import { lineOf } from './key-lines.js';
import { checkLoadShape } from './load-shape-check.js';
import { DEFAULT_LOG_PATH, DEFAULT_SETTINGS, DEFAULT_TASK_NUMS } from './defaults.js';
import { parseOverrides } from './overrides.js';
import { assertInsideWorkspace, assertOpenedInside, SETTING, type ConfigPath } from './path-containment.js';
import { GPU_PEAK_KEY, hostSchema } from './seed-schemas.js';
import { settingsSchema, settingsShape, type PartialSettings } from './settings-schema.js';
import { readTaskFiles } from './task-file.js';
import { validate } from './validate.js';
import { readYamlFile } from './yaml-file.js';

const SEED_HOST_KEYS = new Set(['model_path', 'data_path', 'log_path', 'engine', 'engine_flavor', 'gpu_nums', 'nproc_per_node', 'vendor', 'config_path', 'allow_paths_outside_workspace']);
const SETTINGS_KEYS = Object.keys(settingsShape);

/**
 * Reads host.yaml, the vendor/engine task.yaml, GPUConfig.yaml beside it and `--set` overrides into one
 * typed plan. Precedence for the new settings: defaults < host.yaml < task.yaml < --set.
 * Relative paths are kept as written: they resolve against the working directory, as in the seed.
 */
export function loadConfig(hostPath: string, assignments: readonly string[] = [], options: { allowPathsOutsideWorkspace?: boolean } = {}): BenchmarkConfig {
  const host = readYamlFile(hostPath, 'host file');
  if (SETTING in host.data) {
    // The permission must come from whoever runs infergate, never from a file a pull request can edit.
    throw new InputError(
      located(host.path, host.lines.get(SETTING), `${SETTING} cannot be set in host.yaml (a pull request could change it): pass --allow-paths-outside-workspace (CLI), the action input allow-paths-outside-workspace: true, or --set ${SETTING}=true`),
    );
  }
  const overrides = parseOverrides(assignments);
  const overrideSource = { path: '--set', lines: new Map<string, number>() };

  const hostOverrides: Record<string, unknown> = {};
  const taskOverrides: Record<string, unknown> = {};
  const settingOverrides: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides)) {
    if (SEED_HOST_KEYS.has(key)) hostOverrides[key] = value;
    else if (key === 'task_nums' || key === 'GPU_NAME' || GPU_PEAK_KEY.test(key)) taskOverrides[key] = value;
    else if (SETTINGS_KEYS.includes(key)) settingOverrides[key] = value;
    else {
      const suggestion = closestKey(key, [...SEED_HOST_KEYS, 'task_nums', 'GPU_NAME', ...SETTINGS_KEYS]);
      throw new InputError(`--set ${key}: unknown key${suggestion ? ` — did you mean "${suggestion}"?` : ''}`);
    }
  }
  validate(hostSchema.partial(), hostOverrides, overrideSource);
  const fromOverrides = validate(settingsSchema, settingOverrides, overrideSource);

  const hostFile = validate(hostSchema, { ...host.data, ...hostOverrides }, host);
  const { config_path, vendor, engine } = hostFile;
  const allowOutside = options.allowPathsOutsideWorkspace === true || hostFile.allow_paths_outside_workspace === true;
  // Before any of them is read: config_path leads to task.yaml, data_path to the prompts.
  const whereHostKey = (key: string) => (key in hostOverrides ? { path: '--set' } : { path: host.path, line: host.lines.get(key) });
  const seedPaths: ConfigPath[] = (['config_path', 'model_path', 'data_path', 'log_path'] as const)
    .filter((key) => hostFile[key] !== undefined)
    .map((key) => ({ key, value: hostFile[key] as string, where: whereHostKey(key) }));
  assertInsideWorkspace(seedPaths, { allowOutside });
  const servingEngine = servingEngineOf(hostFile, whereHostKey('engine_flavor'));
  const task = readTaskFiles(config_path, vendor, servingEngine, host, taskOverrides, { allowOutside });

  const pick = (file: Record<string, unknown>): PartialSettings =>
    Object.fromEntries(Object.entries(file).filter(([key]) => SETTINGS_KEYS.includes(key))) as PartialSettings;
  const settings = deepMerge(
    DEFAULT_SETTINGS as unknown as Record<string, unknown>,
    pick(hostFile),
    pick(task.task),
    fromOverrides,
  ) as unknown as typeof DEFAULT_SETTINGS & PartialSettings;

  const settingPaths: ConfigPath[] = [
    { key: 'dataset.cache_dir', value: settings.dataset.cache_dir },
    { key: 'mfu.catalog', value: settings.mfu.catalog },
    { key: 'engine_options.config_file', value: settings.engine_options.config_file },
  ].flatMap(({ key, value }) => (typeof value === 'string' ? [{ key, value, where: { path: `${host.path} / ${task.taskPath}` } }] : []));
  assertInsideWorkspace(settingPaths, { allowOutside });

  // Checks across merged keys, named where the winning value was written (--set > task.yaml > host.yaml).
  const whereSetting = (key: string): string => {
    const path = key.split('.');
    if (hasPath(overrides, path)) return '--set';
    const [file, lines] = hasPath(task.task, path) ? [task.taskPath, task.taskLines] : [host.path, host.lines];
    const line = lineOf(lines, path);
    return line === undefined ? file : `${file}:${line}`;
  };
  if (settings.endpoint !== undefined) checkBaseUrl(settings.endpoint, 'endpoint', whereSetting);
  checkBaseUrl(settings.dataset.hub_url, 'dataset.hub_url', whereSetting);
  checkLoadShape(settings.load as BenchmarkConfig['load'], whereSetting);

  const modelPath = hostFile.model_path ?? null;
  if (engine === 'external' && !settings.endpoint) {
    throw new InputError(located(host.path, host.lines.get('engine'), 'engine "external" needs "endpoint: http://host:port" (the running server\'s base URL) in host.yaml or task.yaml'));
  }
  if (engine !== 'external' && !modelPath && !settings.endpoint) {
    throw new InputError(located(host.path, undefined, `missing required key "model_path" (engine "${engine}" is launched with a model; set endpoint to use one already running)`));
  }
  // MFU reads the model's config.json later: a link there must not lead out of the workspace either.
  const modelConfig = modelPath ? join(modelPath, 'config.json') : null;
  if (modelConfig !== null && existsSync(modelConfig)) assertOpenedInside(modelConfig, 'model config', { allowOutside });
  const modelName = settings.model_name ?? (modelPath ? basename(modelPath.replace(/[/\\]+$/, '')) : 'model');

  return {
    files: { host: host.path, task: task.taskPath, gpu_config: task.gpuConfigPath },
    allow_paths_outside_workspace: allowOutside,
    model_path: modelPath,
    data_path: hostFile.data_path ?? null,
    log_path: hostFile.log_path ?? DEFAULT_LOG_PATH,
    engine,
    serving_engine: servingEngine,
    gpu_nums: hostFile.gpu_nums ?? hostFile.nproc_per_node ?? 1,
    vendor,
    config_path,
    task_nums: task.task.task_nums ?? DEFAULT_TASK_NUMS,
    gpu_name: task.gpuName,
    gpu_peaks_tflops: task.peaks,
    model_name: modelName,
    endpoint: settings.endpoint ?? null,
    api: settings.api,
    prompt: settings.prompt,
    request: settings.request,
    load: settings.load,
    slo: settings.slo,
    percentiles: settings.percentiles,
    dataset: settings.dataset,
    engine_options: settings.engine_options,
    telemetry: settings.telemetry,
    rouge: settings.rouge,
    mfu: settings.mfu,
    ab: settings.ab,
  } as BenchmarkConfig;
}

/**
 * The engine that serves the requests: engine_flavor under engine: external (a running vLLM, llama-server,
 * ...), otherwise engine itself. Its request settings, task folder and log folder apply (docs/configuration.md).
 */
function servingEngineOf(hostFile: { engine: EngineName; engine_flavor?: Exclude<EngineName, 'external'> }, where: { path: string; line?: number }): EngineName {
  const { engine, engine_flavor: flavor } = hostFile;
  if (flavor === undefined) return engine;
  if (engine !== 'external') {
    throw new InputError(located(where.path, where.line, `engine_flavor applies to engine: external only; engine "${engine}" already names the engine (set endpoint to use a running ${engine} server instead of launching one)`));
  }
  return flavor;
}

/** Whether `data` has a value at the dotted `path`. */
function hasPath(data: Record<string, unknown>, path: readonly string[]): boolean {
  let node: unknown = data;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}
