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
import { parseOverrides } from './overrides.js';
import { assertInsideWorkspace, assertOpenedInside, SETTING, type ConfigPath } from './path-containment.js';
import { DEFAULT_LOG_PATH, DEFAULT_TASK_NUMS, GPU_PEAK_KEY, hostSchema, type HostFile } from './seed-schemas.js';
import { resolvedSettingsSchema, SETTING_KEYS, settingsSchema, type PartialSettings, type ResolvedSettings } from './settings-schema.js';
import { readTaskFiles, type TaskFiles } from './task-file.js';
import { validate } from './validate.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

const SEED_HOST_KEYS = new Set(['model_path', 'data_path', 'log_path', 'engine', 'engine_flavor', 'gpu_nums', 'nproc_per_node', 'vendor', 'config_path', 'allow_paths_outside_workspace']);

/** `--set` assignments sorted by the file whose keys they replace. */
interface SortedOverrides {
  all: Record<string, unknown>;
  host: Record<string, unknown>;
  task: Record<string, unknown>;
  settings: PartialSettings;
}

/**
 * Reads host.yaml, the vendor/engine task.yaml, GPUConfig.yaml beside it and `--set` overrides into one
 * typed plan. Precedence for the new settings: defaults < host.yaml < task.yaml < --set.
 * Relative paths are kept as written: they resolve against the working directory, as in the seed.
 */
export function loadConfig(hostPath: string, assignments: readonly string[] = [], options: { allowPathsOutsideWorkspace?: boolean } = {}): BenchmarkConfig {
  const host = readHostFile(hostPath);
  const overrides = sortOverrides(assignments);
  const hostFile = validate(hostSchema, { ...host.data, ...overrides.host }, host);
  const allowOutside = options.allowPathsOutsideWorkspace === true || hostFile.allow_paths_outside_workspace === true;
  // Before any of them is read: config_path leads to task.yaml, data_path to the prompts.
  const whereHostKey = (key: string) => (key in overrides.host ? { path: '--set' } : { path: host.path, line: host.lines.get(key) });
  const seedPaths: ConfigPath[] = (['config_path', 'model_path', 'data_path', 'log_path'] as const)
    .flatMap((key) => { const value = hostFile[key]; return value === undefined ? [] : [{ key, value, where: whereHostKey(key) }]; });
  assertInsideWorkspace(seedPaths, { allowOutside });
  const servingEngine = servingEngineOf(hostFile, whereHostKey('engine_flavor'));
  const task = readTaskFiles(hostFile.config_path, hostFile.vendor, servingEngine, host, overrides.task, { allowOutside });

  const settings = mergeSettings(hostFile, task, overrides.settings, host.path);
  assertInsideWorkspace(settingPaths(settings, `${host.path} / ${task.taskPath}`), { allowOutside });
  checkMergedSettings(settings, whereSettingOf(overrides.all, task, host));
  const modelPath = hostFile.model_path ?? null;
  checkModelOrEndpoint(hostFile.engine, modelPath, settings.endpoint, host);
  // MFU reads the model's config.json later: a link there must not lead out of the workspace either.
  const modelConfig = modelPath ? join(modelPath, 'config.json') : null;
  if (modelConfig !== null && existsSync(modelConfig)) assertOpenedInside(modelConfig, 'model config', { allowOutside });

  return {
    files: { host: host.path, task: task.taskPath, gpu_config: task.gpuConfigPath },
    allow_paths_outside_workspace: allowOutside,
    model_path: modelPath,
    data_path: hostFile.data_path ?? null,
    log_path: hostFile.log_path ?? DEFAULT_LOG_PATH,
    engine: hostFile.engine,
    serving_engine: servingEngine,
    gpu_nums: hostFile.gpu_nums ?? hostFile.nproc_per_node ?? 1,
    vendor: hostFile.vendor,
    config_path: hostFile.config_path,
    task_nums: task.task.task_nums ?? DEFAULT_TASK_NUMS,
    gpu_name: task.gpuName,
    gpu_peaks_tflops: task.peaks,
    ...settings,
    model_name: settings.model_name ?? (modelPath ? basename(modelPath.replace(/[/\\]+$/, '')) : 'model'),
  };
}

/** host.yaml, refusing the one key only the caller may set. */
function readHostFile(hostPath: string): YamlFile {
  const host = readYamlFile(hostPath, 'host file');
  if (SETTING in host.data) {
    // The permission must come from whoever runs infergate, never from a file a pull request can edit.
    throw new InputError(
      located(host.path, host.lines.get(SETTING), `${SETTING} cannot be set in host.yaml (a pull request could change it): pass --allow-paths-outside-workspace (CLI), the action input allow-paths-outside-workspace: true, or --set ${SETTING}=true`),
    );
  }
  return host;
}

/** Parses the `--set` assignments and sorts them by the file they override; an unknown key is refused with a suggestion. */
function sortOverrides(assignments: readonly string[]): SortedOverrides {
  const all = parseOverrides(assignments);
  const host: Record<string, unknown> = {};
  const task: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    if (SEED_HOST_KEYS.has(key)) host[key] = value;
    else if (key === 'task_nums' || key === 'GPU_NAME' || GPU_PEAK_KEY.test(key)) task[key] = value;
    else if (SETTING_KEYS.includes(key)) settings[key] = value;
    else {
      const suggestion = closestKey(key, [...SEED_HOST_KEYS, 'task_nums', 'GPU_NAME', ...SETTING_KEYS]);
      throw new InputError(`--set ${key}: unknown key${suggestion ? ` — did you mean "${suggestion}"?` : ''}`);
    }
  }
  const source = { path: '--set', lines: new Map<string, number>() };
  validate(hostSchema.partial(), host, source);
  return { all, host, task, settings: validate(settingsSchema, settings, source) };
}

/** The new settings of host.yaml, task.yaml and --set merged in that order, every default applied. */
function mergeSettings(hostFile: HostFile, task: TaskFiles, fromOverrides: PartialSettings, hostPath: string): ResolvedSettings {
  const pick = (file: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(file).filter(([key]) => SETTING_KEYS.includes(key)));
  const merged = deepMerge(pick(hostFile), pick(task.task), fromOverrides);
  // Each source was validated on its own; this applies the defaults (and would name both files if a merge broke a rule).
  return validate(resolvedSettingsSchema, merged, { path: `${hostPath} / ${task.taskPath}`, lines: new Map() });
}

/** The merged settings that name paths, for the workspace check. */
function settingPaths(settings: ResolvedSettings, where: string): ConfigPath[] {
  return [
    { key: 'dataset.cache_dir', value: settings.dataset.cache_dir },
    { key: 'mfu.catalog', value: settings.mfu.catalog },
    { key: 'engine_options.config_file', value: settings.engine_options.config_file },
  ].flatMap(({ key, value }) => (typeof value === 'string' ? [{ key, value, where: { path: where } }] : []));
}

/** Where a merged setting's winning value was written (--set > task.yaml > host.yaml), as `file:line`. */
function whereSettingOf(overrides: Record<string, unknown>, task: TaskFiles, host: YamlFile): (key: string) => string {
  return (key) => {
    const path = key.split('.');
    if (hasPath(overrides, path)) return '--set';
    const [file, lines] = hasPath(task.task, path) ? [task.taskPath, task.taskLines] : [host.path, host.lines];
    const line = lineOf(lines, path);
    return line === undefined ? file : `${file}:${line}`;
  };
}

/** Checks across merged keys, named where the winning value was written. */
function checkMergedSettings(settings: ResolvedSettings, whereSetting: (key: string) => string): void {
  if (settings.endpoint !== null) checkBaseUrl(settings.endpoint, 'endpoint', whereSetting);
  checkBaseUrl(settings.dataset.hub_url, 'dataset.hub_url', whereSetting);
  checkLoadShape(settings.load, whereSetting);
}

/** A launched engine needs a model; engine: external needs an endpoint. */
function checkModelOrEndpoint(engine: EngineName, modelPath: string | null, endpoint: string | null, host: YamlFile): void {
  if (engine === 'external' && !endpoint) {
    throw new InputError(located(host.path, host.lines.get('engine'), 'engine "external" needs "endpoint: http://host:port" (the running server\'s base URL) in host.yaml or task.yaml'));
  }
  if (engine !== 'external' && !modelPath && !endpoint) {
    throw new InputError(located(host.path, undefined, `missing required key "model_path" (engine "${engine}" is launched with a model; set endpoint to use one already running)`));
  }
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
