export const id = 789;
export const ids = [789];
export const modules = {

/***/ 44741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ interruptOnSignals)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18079);

/**
 * SIGINT / SIGTERM abort the run instead of killing the process outright, so the engine is stopped and
 * partial results are written; the run then exits 130. A second signal exits 130 at once (the shutdown
 * guard, src/engine/shutdown-guard.ts, is the one path both take).
 */
function interruptOnSignals() {
    return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .interceptSignals */ .uH)((name) => {
        process.stderr.write(`[infergate] ${name} received: stopping the engine and writing partial results (send again to exit at once)\n`);
    });
}


/***/ }),

/***/ 93510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ pathsMayLeaveWorkspace)
/* harmony export */ });
/**
 * Path containment protects a workflow, where a pull request can edit the configuration (SECURITY.md):
 * on inside one (GITHUB_ACTIONS=true, as the runner sets it) unless the flag lifts it. A person's own CLI
 * run reads the paths they wrote themselves, so there it is off and a seed host.yaml with /models/...
 * paths runs without a flag. The action's main step does not come here: its input alone decides.
 */
function pathsMayLeaveWorkspace(flag, env = process.env) {
    return flag === true || env.GITHUB_ACTIONS !== 'true';
}


/***/ }),

/***/ 74143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ closestKey)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);

/** The valid key closest to a misspelt one, when it is close enough to be a likely typo. */
function closestKey(key, valid) {
    if (valid.length === 0)
        return undefined;
    const lower = key.toLowerCase();
    const caseMatch = valid.find((candidate) => candidate.toLowerCase() === lower);
    if (caseMatch)
        return caseMatch;
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(lower, valid.map((v) => v.toLowerCase()));
    const index = valid.findIndex((v) => v.toLowerCase() === best);
    const limit = Math.max(2, Math.floor(key.length / 3));
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, best) <= limit ? valid[index] : undefined;
}


/***/ }),

/***/ 81307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/config/closest-key.ts
var closest_key = __webpack_require__(74143);
// EXTERNAL MODULE: ./src/util/deep-merge.ts
var deep_merge = __webpack_require__(94517);
;// CONCATENATED MODULE: ./src/config/endpoint-url.ts

/**
 * A configured base URL (endpoint, dataset.hub_url) must be http or https: anything else (ftp://,
 * file://) would be waited on until the start-up timeout. It may not carry `user:password@`: fetch
 * refuses such URLs, and the password would be written wherever the URL is (results.json, the
 * reports, the log). Credentials go in request.headers, read from the environment and redacted.
 * The message never repeats the password.
 */
function checkBaseUrl(value, key, where) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return; // the schema has already refused a string that is not a URL
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* InputError */.dz(`${where(key)}: ${key} must be an http:// or https:// URL, got a ${url.protocol.replace(/:$/, '')}:// URL`);
    }
    if (url.username !== '' || url.password !== '') {
        const shown = `${url.protocol}//***@${url.host}${url.pathname === '/' ? '' : url.pathname}`;
        throw new errors/* InputError */.dz(`${where(key)}: ${key} ${shown} carries a user name or password, which infergate does not send and would not keep secret: ` +
            'remove it and pass the credential as a header, e.g. request.headers: { Authorization: "Bearer ${API_TOKEN}" }');
    }
}

// EXTERNAL MODULE: ./src/config/key-lines.ts
var key_lines = __webpack_require__(36123);
// EXTERNAL MODULE: ./src/config/bounds.ts
var bounds = __webpack_require__(749);
;// CONCATENATED MODULE: ./src/config/load-shape-check.ts


/**
 * What the schema cannot see key by key: whether load.sweep fits load.shape once host.yaml, task.yaml
 * and --set are merged. Checked with the configuration, so a bad shape stops the run before the run
 * folder exists or an engine starts, in one line naming the key.
 */
function checkLoadShape(load, where) {
    if (load.sweep === null)
        return;
    if (load.shape === 'offline') {
        throw new errors/* InputError */.dz(`${where('load.sweep')}: load.sweep needs load.shape concurrency or rate (offline sends every request at once, so there is nothing to sweep)`);
    }
    // auto with a sweep is a sweep of concurrencies (pipeline/default-load.ts): the same check applies.
    if (load.shape !== 'concurrency' && load.shape !== 'auto')
        return;
    for (const [index, value] of load.sweep.entries()) {
        if (!Number.isInteger(value) || value > bounds/* MAX_CONCURRENCY */.fx) {
            throw new errors/* InputError */.dz(`${where('load.sweep')}: load.sweep[${index}] must be a whole number of requests in flight from 1 to ${bounds/* MAX_CONCURRENCY */.fx} with load.shape ${load.shape === 'auto' ? 'auto (a sweep of concurrencies)' : 'concurrency'}, got ${value}`);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/util/yaml-expansion.ts
var yaml_expansion = __webpack_require__(85445);
;// CONCATENATED MODULE: ./src/config/overrides.ts




const PROTOTYPE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
/**
 * Parses `--set key=value` overrides into one nested object. The value is read as YAML, so numbers,
 * booleans and lists (`--set load.sweep=[1,2,4]`) keep their types; anything else stays a string.
 */
function parseOverrides(assignments) {
    const result = {};
    for (const assignment of assignments) {
        const eq = assignment.indexOf('=');
        if (eq <= 0)
            throw new errors/* InputError */.dz(`--set ${assignment}: expected key=value, e.g. --set load.concurrency=8`);
        const path = assignment.slice(0, eq).trim().split('.');
        if (path.some((segment) => !/^[A-Za-z0-9_-]+$/.test(segment))) {
            throw new errors/* InputError */.dz(`--set ${assignment}: "${assignment.slice(0, eq)}" is not a key path (letters, digits, _ and - separated by dots)`);
        }
        // Assigning through these names would reach Object.prototype (every object of the process), not a
        // setting; a benchmark profile, which a pull request can edit, turns its settings into --set paths.
        const unsafe = path.find((segment) => PROTOTYPE_KEYS.has(segment));
        if (unsafe !== undefined)
            throw new errors/* InputError */.dz(`--set ${assignment.slice(0, eq)}: "${unsafe}" cannot be a key (no setting has that name)`);
        const text = assignment.slice(eq + 1);
        let value;
        try {
            value = text === '' ? '' : js_yaml/* default.load */.Ay.load(text, { schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA });
        }
        catch {
            value = text;
        }
        (0,yaml_expansion/* assertBoundedYaml */.n)(value, `--set ${assignment.slice(0, eq)}`);
        let node = result;
        for (const segment of path.slice(0, -1)) {
            const child = node[segment];
            if (child !== undefined && !(0,deep_merge/* isPlainObject */.Q)(child))
                throw new errors/* InputError */.dz(`--set ${assignment}: "${segment}" was already set to a value`);
            node = (node[segment] ??= {});
        }
        node[path[path.length - 1]] = value;
    }
    return result;
}

// EXTERNAL MODULE: ./src/config/path-containment.ts
var path_containment = __webpack_require__(34878);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./src/config/engine-names.ts
/** Engines infergate knows how to launch (src/engine/ has one adapter each). `huggingface` is the seed's name for `transformers serve`. */
const ENGINE_NAMES = ['vllm', 'sglang', 'tgi', 'huggingface', 'trtllm', 'lmdeploy', 'llamacpp', 'mindie', 'vllm-ascend', 'external'];

// EXTERNAL MODULE: ./src/config/settings-schema.ts + 2 modules
var settings_schema = __webpack_require__(42151);
;// CONCATENATED MODULE: ./src/config/seed-schemas.ts



/** host.yaml: the seed's seven keys (unchanged) plus the optional new settings. */
const hostSchema = schemas/* strictObject */.rej({
    model_path: schemas/* string */.YjP().min(1).optional(),
    data_path: schemas/* string */.YjP().min(1).optional(),
    log_path: schemas/* string */.YjP().min(1).optional(),
    engine: schemas/* enum */.k5n(ENGINE_NAMES),
    /** With engine: external, the engine the endpoint runs: its request settings and task folder apply. */
    engine_flavor: schemas/* enum */.k5n(ENGINE_NAMES).exclude(['external']).optional(),
    gpu_nums: schemas/* int */.Whr().min(0).max(4096).optional(),
    /** Some seed copies call gpu_nums nproc_per_node. */
    nproc_per_node: schemas/* int */.Whr().min(1).max(4096).optional(),
    // `.` and `..` are names of no folder of their own: `vendor: ..` would leave config_path.
    vendor: schemas/* string */.YjP().regex(/^(?!\.\.?$)[A-Za-z0-9._-]+$/, 'must be a plain folder name (letters, digits, . _ -), not . or ..'),
    config_path: schemas/* string */.YjP().min(1),
    /** Lets configured paths leave the workspace (path-containment.ts). host.yaml or --set only: not task.yaml. */
    allow_paths_outside_workspace: schemas/* boolean */.zMY().optional(),
    ...settings_schema/* optionalSettingsShape */.Ze,
});
/**
 * GPU_FP16, GPU_BF16, GPU_FP8, GPU_FP16TC, ...: peak dense TFLOPs per precision, the seed's way.
 * Any GPU_<NAME> key other than GPU_NAME is a peak; they are split off before the strict schema runs.
 */
const GPU_PEAK_KEY = /^GPU_[A-Z0-9_]+$/;
const gpuPeakSchema = schemas/* number */.aig().gt(0).max(1e6);
/** task.yaml: GPU_NAME, task_nums, the GPU_* peaks (checked separately) and the optional new settings. */
const taskSchema = schemas/* strictObject */.rej({
    GPU_NAME: schemas/* string */.YjP().min(1).optional(),
    task_nums: schemas/* int */.Whr().min(1).max(10_000_000).optional(),
    ...settings_schema/* optionalSettingsShape */.Ze,
});
/** GPUConfig.yaml (beside task.yaml): GPU_NAME and GPU_* peaks; task.yaml wins where both set one. */
const gpuConfigSchema = schemas/* strictObject */.rej({ GPU_NAME: schemas/* string */.YjP().min(1).optional() });
/** The seed's defaults for keys it treated as optional. */
const DEFAULT_LOG_PATH = 'log';
const DEFAULT_TASK_NUMS = 1000;

// EXTERNAL MODULE: ./src/config/validate.ts
var validate = __webpack_require__(42526);
// EXTERNAL MODULE: ./src/config/yaml-file.ts
var yaml_file = __webpack_require__(32434);
;// CONCATENATED MODULE: ./src/config/task-file.ts







/** `<config_path>/<vendor>/<engine>/task.yaml` and, when present, GPUConfig.yaml beside it. */
function readTaskFiles(configPath, vendor, engine, hostSource, overrides, containment = { allowOutside: false }) {
    const dir = (0,external_node_path_.join)(configPath, vendor, engine);
    const taskPath = (0,external_node_path_.join)(dir, 'task.yaml');
    if (!(0,external_node_fs_.existsSync)(taskPath)) {
        const available = availablePairs(configPath);
        const list = available.length > 0 ? `available: ${available.join(', ')}` : `no <vendor>/<engine>/task.yaml under ${configPath}`;
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(hostSource.path, hostSource.lines.get('vendor') ?? hostSource.lines.get('engine'), `no task file for vendor "${vendor}" and engine "${engine}": ${taskPath} does not exist (${list})`));
    }
    (0,path_containment/* assertOpenedInside */.Yw)(taskPath, 'task file', containment);
    const file = (0,yaml_file/* readYamlFile */.k)(taskPath, 'task file');
    const { peaks, rest } = splitPeaks(file.data, file);
    const overridePeaks = splitPeaks(overrides, { path: '--set', lines: new Map() });
    const task = (0,validate/* validate */.t)(taskSchema, { ...rest, ...overridePeaks.rest }, file);
    const gpuConfigPath = (0,external_node_path_.join)(dir, 'GPUConfig.yaml');
    let gpuName = task.GPU_NAME ?? null;
    let allPeaks = { ...peaks, ...overridePeaks.peaks };
    if ((0,external_node_fs_.existsSync)(gpuConfigPath)) {
        (0,path_containment/* assertOpenedInside */.Yw)(gpuConfigPath, 'GPUConfig file', containment);
        const gpuFile = (0,yaml_file/* readYamlFile */.k)(gpuConfigPath, 'GPUConfig file');
        const gpu = splitPeaks(gpuFile.data, gpuFile);
        const parsed = (0,validate/* validate */.t)(gpuConfigSchema, gpu.rest, gpuFile);
        gpuName ??= parsed.GPU_NAME ?? null;
        allPeaks = { ...gpu.peaks, ...allPeaks };
    }
    return { taskPath, taskLines: file.lines, gpuConfigPath: (0,external_node_fs_.existsSync)(gpuConfigPath) ? gpuConfigPath : null, task, gpuName, peaks: allPeaks };
}
/** Splits GPU_<PRECISION> peak keys (validated here) from the keys the strict schema checks. */
function splitPeaks(data, source) {
    const peaks = {};
    const rest = {};
    for (const [key, value] of Object.entries(data)) {
        if (key !== 'GPU_NAME' && GPU_PEAK_KEY.test(key)) {
            const parsed = gpuPeakSchema.safeParse(value);
            if (!parsed.success) {
                throw new errors/* InputError */.dz((0,errors/* located */.t4)(source.path, source.lines.get(key), `${key} must be the peak dense TFLOPs as a positive number, got ${JSON.stringify(value)}`));
            }
            peaks[key.slice('GPU_'.length)] = parsed.data;
        }
        else {
            rest[key] = value;
        }
    }
    return { peaks, rest };
}
function availablePairs(configPath) {
    const pairs = [];
    const list = (dir) => {
        try {
            return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
        }
        catch {
            return [];
        }
    };
    for (const vendor of list(configPath)) {
        for (const engine of list((0,external_node_path_.join)(configPath, vendor))) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(configPath, vendor, engine, 'task.yaml')))
                pairs.push(`${vendor}/${engine}`);
        }
    }
    return pairs.sort();
}

;// CONCATENATED MODULE: ./src/config/load-config.ts















const SEED_HOST_KEYS = new Set(['model_path', 'data_path', 'log_path', 'engine', 'engine_flavor', 'gpu_nums', 'nproc_per_node', 'vendor', 'config_path', 'allow_paths_outside_workspace']);
/**
 * Reads host.yaml, the vendor/engine task.yaml, GPUConfig.yaml beside it and `--set` overrides into one
 * typed plan. Precedence for the new settings: defaults < host.yaml < task.yaml < --set.
 * Relative paths are kept as written: they resolve against the working directory, as in the seed.
 */
function loadConfig(hostPath, assignments = [], options = {}) {
    const host = readHostFile(hostPath);
    const overrides = sortOverrides(assignments);
    const hostFile = (0,validate/* validate */.t)(hostSchema, { ...host.data, ...overrides.host }, host);
    const allowOutside = options.allowPathsOutsideWorkspace === true || hostFile.allow_paths_outside_workspace === true;
    // Before any of them is read: config_path leads to task.yaml, data_path to the prompts.
    const whereHostKey = (key) => (key in overrides.host ? { path: '--set' } : { path: host.path, line: host.lines.get(key) });
    const seedPaths = ['config_path', 'model_path', 'data_path', 'log_path']
        .flatMap((key) => { const value = hostFile[key]; return value === undefined ? [] : [{ key, value, where: whereHostKey(key) }]; });
    (0,path_containment/* assertInsideWorkspace */.iq)(seedPaths, { allowOutside });
    const servingEngine = servingEngineOf(hostFile, whereHostKey('engine_flavor'));
    const task = readTaskFiles(hostFile.config_path, hostFile.vendor, servingEngine, host, overrides.task, { allowOutside });
    const settings = mergeSettings(hostFile, task, overrides.settings, host.path);
    (0,path_containment/* assertInsideWorkspace */.iq)(settingPaths(settings, `${host.path} / ${task.taskPath}`), { allowOutside });
    checkMergedSettings(settings, whereSettingOf(overrides.all, task, host));
    const modelPath = hostFile.model_path ?? null;
    checkModelOrEndpoint(hostFile.engine, modelPath, settings.endpoint, host);
    // MFU reads the model's config.json later: a link there must not lead out of the workspace either.
    const modelConfig = modelPath ? (0,external_node_path_.join)(modelPath, 'config.json') : null;
    if (modelConfig !== null && (0,external_node_fs_.existsSync)(modelConfig))
        (0,path_containment/* assertOpenedInside */.Yw)(modelConfig, 'model config', { allowOutside });
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
        model_name: settings.model_name ?? (modelPath ? (0,external_node_path_.basename)(modelPath.replace(/[/\\]+$/, '')) : 'model'),
    };
}
/** host.yaml, refusing the one key only the caller may set. */
function readHostFile(hostPath) {
    const host = (0,yaml_file/* readYamlFile */.k)(hostPath, 'host file');
    if (path_containment/* SETTING */.HG in host.data) {
        // The permission must come from whoever runs infergate, never from a file a pull request can edit.
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(host.path, host.lines.get(path_containment/* SETTING */.HG), `${path_containment/* SETTING */.HG} cannot be set in host.yaml (a pull request could change it): pass --allow-paths-outside-workspace (CLI), the action input allow-paths-outside-workspace: true, or --set ${path_containment/* SETTING */.HG}=true`));
    }
    return host;
}
/** Parses the `--set` assignments and sorts them by the file they override; an unknown key is refused with a suggestion. */
function sortOverrides(assignments) {
    const all = parseOverrides(assignments);
    const host = {};
    const task = {};
    const settings = {};
    for (const [key, value] of Object.entries(all)) {
        if (SEED_HOST_KEYS.has(key))
            host[key] = value;
        else if (key === 'task_nums' || key === 'GPU_NAME' || GPU_PEAK_KEY.test(key))
            task[key] = value;
        else if (settings_schema/* SETTING_KEYS */.GS.includes(key))
            settings[key] = value;
        else {
            const suggestion = (0,closest_key/* closestKey */.b)(key, [...SEED_HOST_KEYS, 'task_nums', 'GPU_NAME', ...settings_schema/* SETTING_KEYS */.GS]);
            throw new errors/* InputError */.dz(`--set ${key}: unknown key${suggestion ? ` — did you mean "${suggestion}"?` : ''}`);
        }
    }
    const source = { path: '--set', lines: new Map() };
    (0,validate/* validate */.t)(hostSchema.partial(), host, source);
    return { all, host, task, settings: (0,validate/* validate */.t)(settings_schema/* settingsSchema */.dP, settings, source) };
}
/** The new settings of host.yaml, task.yaml and --set merged in that order, every default applied. */
function mergeSettings(hostFile, task, fromOverrides, hostPath) {
    const pick = (file) => Object.fromEntries(Object.entries(file).filter(([key]) => settings_schema/* SETTING_KEYS */.GS.includes(key)));
    const merged = (0,deep_merge/* deepMerge */.$)(pick(hostFile), pick(task.task), fromOverrides);
    // Each source was validated on its own; this applies the defaults (and would name both files if a merge broke a rule).
    return (0,validate/* validate */.t)(settings_schema/* resolvedSettingsSchema */.Lw, merged, { path: `${hostPath} / ${task.taskPath}`, lines: new Map() });
}
/** The merged settings that name paths, for the workspace check. */
function settingPaths(settings, where) {
    return [
        { key: 'dataset.cache_dir', value: settings.dataset.cache_dir },
        { key: 'mfu.catalog', value: settings.mfu.catalog },
        { key: 'engine_options.config_file', value: settings.engine_options.config_file },
    ].flatMap(({ key, value }) => (typeof value === 'string' ? [{ key, value, where: { path: where } }] : []));
}
/** Where a merged setting's winning value was written (--set > task.yaml > host.yaml), as `file:line`. */
function whereSettingOf(overrides, task, host) {
    return (key) => {
        const path = key.split('.');
        if (hasPath(overrides, path))
            return '--set';
        const [file, lines] = hasPath(task.task, path) ? [task.taskPath, task.taskLines] : [host.path, host.lines];
        const line = (0,key_lines/* lineOf */.c)(lines, path);
        return line === undefined ? file : `${file}:${line}`;
    };
}
/** Checks across merged keys, named where the winning value was written. */
function checkMergedSettings(settings, whereSetting) {
    if (settings.endpoint !== null)
        checkBaseUrl(settings.endpoint, 'endpoint', whereSetting);
    checkBaseUrl(settings.dataset.hub_url, 'dataset.hub_url', whereSetting);
    checkLoadShape(settings.load, whereSetting);
}
/** A launched engine needs a model; engine: external needs an endpoint. */
function checkModelOrEndpoint(engine, modelPath, endpoint, host) {
    if (engine === 'external' && !endpoint) {
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(host.path, host.lines.get('engine'), 'engine "external" needs "endpoint: http://host:port" (the running server\'s base URL) in host.yaml or task.yaml'));
    }
    if (engine !== 'external' && !modelPath && !endpoint) {
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(host.path, undefined, `missing required key "model_path" (engine "${engine}" is launched with a model; set endpoint to use one already running)`));
    }
}
/**
 * The engine that serves the requests: engine_flavor under engine: external (a running vLLM, llama-server,
 * ...), otherwise engine itself. Its request settings, task folder and log folder apply (docs/configuration.md).
 */
function servingEngineOf(hostFile, where) {
    const { engine, engine_flavor: flavor } = hostFile;
    if (flavor === undefined)
        return engine;
    if (engine !== 'external') {
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(where.path, where.line, `engine_flavor applies to engine: external only; engine "${engine}" already names the engine (set endpoint to use a running ${engine} server instead of launching one)`));
    }
    return flavor;
}
/** Whether `data` has a value at the dotted `path`. */
function hasPath(data, path) {
    let node = data;
    for (const segment of path) {
        if (typeof node !== 'object' || node === null || !(segment in node))
            return false;
        node = node[segment];
    }
    return true;
}


/***/ }),

/***/ 34878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ SETTING),
/* harmony export */   Yw: () => (/* binding */ assertOpenedInside),
/* harmony export */   iq: () => (/* binding */ assertInsideWorkspace)
/* harmony export */ });
/* unused harmony exports physicalPath, isInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



/**
 * Paths written in configuration (host.yaml, task.yaml, --set) must stay inside the workspace — the
 * folder infergate runs in; in the action that is the step's working directory, GITHUB_WORKSPACE — so a
 * configuration change in a pull request cannot make infergate read host files into prompts and artifacts
 * (data_path: /etc/shadow) or write its run folder over them (log_path: ../../.ssh). Symbolic links are
 * followed first, so a link committed inside the workspace cannot point out of it either.
 * The rule is lifted for runners whose models and data live elsewhere (/models, /data) only by whoever runs
 * infergate: the CLI's --allow-paths-outside-workspace (or --set allow_paths_outside_workspace=true) and the
 * action input allow-paths-outside-workspace — never by host.yaml or task.yaml, which a pull request can edit.
 * The CLI lifts it by itself outside a GitHub workflow, where no pull request is involved
 * (cli/commands/run.ts, pathsMayLeaveWorkspace).
 */
const SETTING = 'allow_paths_outside_workspace';
/** The path with every symbolic link of its existing part resolved; the part not created yet is appended. */
function physicalPath(path) {
    const rest = [];
    let current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(current), ...rest.reverse());
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
            if (parent === current)
                return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
            rest.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(current));
            current = parent;
        }
    }
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) && rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)[0] !== '..');
}
/** Throws an InputError naming the first configured path that leaves the workspace. */
function assertInsideWorkspace(paths, options) {
    if (options.allowOutside)
        return;
    const root = physicalPath(options.workspace ?? process.cwd());
    for (const { key, value, where } of paths) {
        const target = physicalPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, value));
        if (isInside(root, target))
            continue;
        const via = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, value) === target ? '' : ` (through a symbolic link, to ${target})`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .located */ .t4)(where.path, where.line, `${key} ${value} is outside the workspace ${root}${via}; paths stay inside it in the action and in a GitHub workflow (GITHUB_ACTIONS=true), where a pull request can edit the configuration: pass --allow-paths-outside-workspace (the action input allow-paths-outside-workspace: true) to allow paths outside it`));
    }
}
/**
 * A file about to be opened, whatever led to it (a task.yaml or GPUConfig.yaml below config_path, a member
 * of a data folder, the model's config.json), must itself resolve inside the workspace: a link committed
 * below a configured folder would otherwise lead out of it. Throws an InputError naming the file and where
 * its link leads; the file is never read, so no error can quote what it holds.
 */
function assertOpenedInside(path, what, containment) {
    if (containment.allowOutside)
        return;
    const root = physicalPath(containment.workspace ?? process.cwd());
    const target = physicalPath(path);
    if (isInside(root, target))
        return;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} ${path} is outside the workspace ${root} (through a symbolic link, to ${target}) and was not read; paths stay inside it in the action and in a GitHub workflow (GITHUB_ACTIONS=true), where a pull request can edit the configuration: pass --allow-paths-outside-workspace (the action input allow-paths-outside-workspace: true) to allow paths outside it`);
}


/***/ }),

/***/ 42526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _closest_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74143);
/* harmony import */ var _key_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36123);



/** Validates `data` against `schema`; the first problem becomes one InputError naming file, line and key. */
function validate(schema, data, source) {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    if (!issue)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source.path}: invalid configuration`);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(describeIssue(schema, issue, source));
}
function describeIssue(schema, issue, source) {
    const path = issue.path.map(String);
    const key = path.join('.');
    if (issue.code === 'unrecognized_keys') {
        const unknown = issue.keys[0] ?? '';
        const fullPath = [...path, unknown];
        const suggestion = (0,_closest_key_js__WEBPACK_IMPORTED_MODULE_1__/* .closestKey */ .b)(unknown, keysAt(schema, path));
        const hint = suggestion ? ` — did you mean "${[...path, suggestion].join('.')}"?` : ` (valid keys: ${keysAt(schema, path).join(', ')})`;
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(source.path, (0,_key_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .c)(source.lines, fullPath), `unknown key "${fullPath.join('.')}"${hint}`);
    }
    const line = (0,_key_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .c)(source.lines, path);
    const input = 'input' in issue ? issue.input : undefined;
    // A URL's user:password@ is never repeated (endpoint-url.ts says why).
    const got = input === undefined ? '' : `, got ${JSON.stringify(input).replace(/\/\/[^/@\s"]*@/g, '//***@')}`;
    switch (issue.code) {
        case 'invalid_type':
            if (input === undefined)
                return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(source.path, line, `missing required key "${key}" (${expected(issue.expected)})`);
            return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(source.path, line, `${key} must be ${expected(isInteger(schema, path) ? 'int' : issue.expected)}${got}`);
        case 'too_small':
            if (issue.origin === 'array' || issue.origin === 'string')
                return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(source.path, line, `${key} must not be empty`);
            return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(source.path, line, `${key} must be ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}${got}`);
        case 'too_big': {
            // A bound written with its reason (bounds.ts) says why; zod's own message only repeats the number.
            const why = issue.message.startsWith('Too big') ? '' : ` (${issue.message})`;
            return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(source.path, line, `${key} must be ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}${got}${why}`);
        }
        case 'invalid_value': {
            const options = issue.values.map(String);
            const suggestion = typeof input === 'string' ? (0,_closest_key_js__WEBPACK_IMPORTED_MODULE_1__/* .closestKey */ .b)(input, options) : undefined;
            const hint = suggestion ? ` — did you mean "${suggestion}"?` : '';
            return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(source.path, line, `${key} must be one of ${options.join(', ')}${got}${hint}`);
        }
        default:
            return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(source.path, line, `${key}: ${issue.message}${got}`);
    }
}
function expected(type) {
    switch (type) {
        case 'int':
            return 'an integer';
        case 'number':
            return 'a number';
        case 'string':
            return 'a string';
        case 'boolean':
            return 'true or false';
        case 'array':
            return 'a list';
        case 'object':
        case 'record':
            return 'a mapping of keys to values';
        default:
            return type;
    }
}
/** Whether the schema at `path` takes whole numbers only (zod reports them as plain "number"). */
function isInteger(schema, path) {
    let node = schema;
    for (const segment of path) {
        const shape = unwrap(node).shape;
        if (!shape)
            return false;
        node = shape[segment];
    }
    const format = unwrap(node)?.format;
    return typeof format === 'string' && format.includes('int');
}
/** The keys a (possibly wrapped) object schema accepts at `path`, for "did you mean" suggestions. */
function keysAt(schema, path) {
    let node = schema;
    for (const segment of [...path, null]) {
        node = unwrap(node);
        const shape = node.shape;
        if (!shape)
            return [];
        if (segment === null)
            return Object.keys(shape);
        node = shape[segment];
    }
    return [];
}
function unwrap(node) {
    let current = node;
    while (current?.def && (current.def.type === 'optional' || current.def.type === 'default' || current.def.type === 'nullable')) {
        current = current.def.innerType;
    }
    return current;
}


/***/ }),

/***/ 32434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_file_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24899);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45201);
/* harmony import */ var _util_utf8_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88253);
/* harmony import */ var _util_yaml_expansion_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85445);
/* harmony import */ var _key_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36123);







/** Reads and parses one YAML mapping; every failure is one InputError naming the file (and line). */
function readYamlFile(path, what) {
    (0,_util_file_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseSpecialFile */ .Iy)(path, what);
    const text = (0,_util_utf8_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8Text */ .$y)((0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readFileOrFail */ ._)(path, { what: `the ${what}`, missing: `cannot read the ${what}: no such file` }), path);
    let data;
    try {
        data = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].load */ .Ay.load(text, { filename: path, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA });
    }
    catch (error) {
        if (error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].YAMLException */ .Ay.YAMLException) {
            const line = error.mark ? error.mark.line + 1 : undefined;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(path, line, `YAML syntax error: ${error.reason}`));
        }
        throw error;
    }
    // Before anything walks the document: an alias bomb would otherwise expand in validation and merging.
    (0,_util_yaml_expansion_js__WEBPACK_IMPORTED_MODULE_5__/* .assertBoundedYaml */ .n)(data, path);
    if (data === undefined || data === null)
        data = {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(path, 1, `the ${what} must be a mapping of keys to values, not ${Array.isArray(data) ? 'a list' : typeof data}`));
    }
    return { path, data: data, lines: (0,_key_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .keyLines */ .r)(text) };
}


/***/ }),

/***/ 18079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fA: () => (/* reexport */ adapterFor),
  Q$: () => (/* reexport */ countPromptTokens),
  uH: () => (/* reexport */ interceptSignals),
  C_: () => (/* reexport */ readServedLimits),
  ty: () => (/* reexport */ startEngine),
  a5: () => (/* reexport */ startTelemetry),
  tX: () => (/* reexport */ tokensPerJoule)
});

// UNUSED EXPORTS: DEFAULT_STARTUP_TIMEOUT_S, DEFAULT_STOP_GRACE_S, ENGINE_MARKER_VARIABLE, ENGINE_NAMES, ERROR_TAIL_LINES, EngineTree, NO_LIMITS, PROCESS_RECORD_FILE, deliverSignal, groupMembers, integrateEnergy, isGroupAlive, killProcessGroup, readProcessRecord, readProcessRecordFile, stopLeftoverEngine

;// CONCATENATED MODULE: ./src/engine/engine-adapter.ts
/** The OpenAI streaming defaults most engines follow; adapters override what differs. */
const OPENAI_QUIRKS = {
    extraBody: {},
    ignoreEosField: null,
    minTokensField: null,
    streamUsage: 'ask',
    usageChunk: 'separate',
    rejectsUnknownFields: false,
};

;// CONCATENATED MODULE: ./src/engine/adapters/common-args.ts
/** `[flag, value]` when value is set, else nothing: keeps adapters a flat list of optional flags. */
function flag(name, value) {
    return value === undefined ? [] : [name, String(value)];
}
/** Device visibility plus the user's own environment (which wins). */
function deviceEnv(variable, settings) {
    const env = {};
    if (settings.visibleDevices !== undefined)
        env[variable] = settings.visibleDevices;
    return { ...env, ...settings.env };
}
/** Tensor parallel size: at least 1 even for CPU-only settings (gpuNums 0). */
function tensorParallel(settings) {
    return Math.max(1, settings.gpuNums);
}
function servedName(settings) {
    return settings.servedModelName;
}
/**
 * The launch every adapter builds: `binary` unless engine_options.binary names another executable, the
 * engine's own arguments, then the user's extra_args last (a later flag wins in every engine's parser),
 * and the environment (by default device visibility and the user's env, which wins).
 */
function launch(settings, binary, args, env = deviceEnv('CUDA_VISIBLE_DEVICES', settings)) {
    return { command: settings.binary ?? binary, args: [...args, ...settings.extraArgs], env };
}

;// CONCATENATED MODULE: ./src/engine/adapters/external.ts


/** A server someone else started: nothing to launch or stop, only readiness and requests. */
const externalAdapter = {
    name: 'external',
    launchCommand: () => null,
    readiness: { healthPaths: ['/health', '/v1/models'], probe: 'chat' },
    quirks: { ...OPENAI_QUIRKS },
    version: [{ kind: 'http', path: '/version', field: 'version' }],
    metricsPath: null,
    requestModel: servedName,
};

;// CONCATENATED MODULE: ./src/engine/adapters/huggingface.ts


/**
 * `transformers serve` (the seed calls this engine "huggingface"). It loads a model on the first request
 * that names it, so the readiness probe is also the model load; `--model-timeout -1` keeps it resident.
 */
const huggingfaceAdapter = {
    name: 'huggingface',
    launchCommand: (settings) => launch(settings, 'transformers', [
        'serve',
        '--host', settings.host,
        '--port', String(settings.port),
        '--model-timeout', '-1',
        ...flag('--dtype', settings.dtype),
    ]),
    readiness: { healthPaths: ['/health', '/v1/models'], probe: 'chat' },
    // It answers 422 to keys outside the OpenAI schema and to stream_options (listed as unsupported); it
    // sends usage unasked on the chunk that carries finish_reason.
    quirks: { ...OPENAI_QUIRKS, streamUsage: 'always', usageChunk: 'finish', rejectsUnknownFields: true },
    version: [{ kind: 'python-dist', dist: 'transformers' }],
    metricsPath: null,
    // There is no alias: requests name the model by the id or path it is loaded from.
    requestModel: (settings) => settings.modelPath,
};

;// CONCATENATED MODULE: ./src/engine/adapters/llamacpp.ts


/**
 * llama.cpp's `llama-server` (scripts/build-llama-server.mjs builds it for CPU). The dtype is the GGUF's
 * own; gpuNums > 0 offloads every layer. `--jinja` makes it render the GGUF's embedded chat template (the
 * default in recent builds, explicit so an older build does not fall back to ChatML).
 */
const llamacppAdapter = {
    name: 'llamacpp',
    launchCommand: (settings) => launch(settings, 'llama-server', [
        '--model', settings.modelPath,
        '--alias', settings.servedModelName,
        '--host', settings.host,
        '--port', String(settings.port),
        ...flag('--ctx-size', settings.maxModelLen),
        '--n-gpu-layers', settings.gpuNums > 0 ? '999' : '0',
        '--jinja',
        '--metrics',
    ]),
    // /health answers 503 while the model loads, 200 once it can serve.
    readiness: { healthPaths: ['/health'], probe: 'chat' },
    quirks: {
        ...OPENAI_QUIRKS,
        // Without this it reuses the KV cache of an earlier request with the same prefix, which flatters TTFT.
        extraBody: { cache_prompt: false },
        ignoreEosField: 'ignore_eos',
        streamUsage: 'ask',
        // Chat streams put usage on a separate last chunk; /v1/completions puts it on the finish chunk.
        usageChunk: 'either',
    },
    version: [
        { kind: 'command', args: ['--version'], pattern: /^version:\s*(.+?)\s*$/m },
        { kind: 'http', path: '/props', field: 'build_info' },
    ],
    metricsPath: '/metrics',
    requestModel: servedName,
    // GET /props: one slot's n_ctx and the slot count; POST /apply-template + /tokenize count a chat prompt.
    limits: 'llamacpp-props',
    tokenCounter: 'llamacpp',
};

;// CONCATENATED MODULE: ./src/engine/adapters/lmdeploy.ts


/** `lmdeploy serve api_server`; memoryFraction maps to the KV cache share (--cache-max-entry-count). */
const lmdeployAdapter = {
    name: 'lmdeploy',
    launchCommand: (settings) => launch(settings, 'lmdeploy', [
        'serve', 'api_server', settings.modelPath,
        '--model-name', settings.servedModelName,
        '--server-name', settings.host,
        '--server-port', String(settings.port),
        '--tp', String(tensorParallel(settings)),
        ...flag('--dtype', settings.dtype),
        ...flag('--session-len', settings.maxModelLen),
        ...flag('--cache-max-entry-count', settings.memoryFraction),
    ]),
    readiness: { healthPaths: ['/health', '/v1/models'], probe: 'chat' },
    // Streams carry no usage unless asked; its minimum-length switch has its own name.
    quirks: { ...OPENAI_QUIRKS, ignoreEosField: 'ignore_eos', minTokensField: 'min_new_tokens', streamUsage: 'ask' },
    version: [{ kind: 'python-dist', dist: 'lmdeploy' }],
    metricsPath: null,
    requestModel: servedName,
};

;// CONCATENATED MODULE: ./src/engine/adapters/mindie.ts


/**
 * Huawei MindIE Service. Its daemon takes no model arguments: model, port and parallelism live in its
 * config.json, which settings.configFile points at (MIES_CONFIG_JSON_PATH). The settings' host, port and
 * served model name must agree with that file; docs/engines.md lists the keys.
 */
const mindieAdapter = {
    name: 'mindie',
    launchCommand: (settings) => {
        const env = {};
        if (settings.visibleDevices !== undefined)
            env.ASCEND_RT_VISIBLE_DEVICES = settings.visibleDevices;
        if (settings.configFile !== undefined)
            env.MIES_CONFIG_JSON_PATH = settings.configFile;
        return launch(settings, 'mindieservice_daemon', [], { ...env, ...settings.env });
    },
    readiness: { healthPaths: ['/health', '/v1/models'], probe: 'chat' },
    quirks: { ...OPENAI_QUIRKS },
    version: [],
    metricsPath: null,
    requestModel: servedName,
};

;// CONCATENATED MODULE: ./src/engine/adapters/sglang.ts


/** SGLang's server is a Python module; settings.binary, when given, is the interpreter. */
const sglangAdapter = {
    name: 'sglang',
    launchCommand: (settings) => launch(settings, 'python3', [
        '-m', 'sglang.launch_server',
        '--model-path', settings.modelPath,
        '--served-model-name', settings.servedModelName,
        '--host', settings.host,
        '--port', String(settings.port),
        '--tp-size', String(tensorParallel(settings)),
        ...flag('--dtype', settings.dtype),
        ...flag('--context-length', settings.maxModelLen),
        ...flag('--mem-fraction-static', settings.memoryFraction),
        // Prometheus metrics are off unless asked for.
        '--enable-metrics',
    ]),
    readiness: { healthPaths: ['/health'], probe: 'chat' },
    // Streams carry no usage unless stream_options.include_usage is sent.
    quirks: { ...OPENAI_QUIRKS, ignoreEosField: 'ignore_eos', minTokensField: 'min_tokens', streamUsage: 'ask' },
    version: [
        { kind: 'http', path: '/get_server_info', field: 'version' },
        { kind: 'python-dist', dist: 'sglang' },
    ],
    metricsPath: '/metrics',
    requestModel: servedName,
    // GET /v1/models carries max_model_len.
    limits: 'openai-models',
};

;// CONCATENATED MODULE: ./src/engine/adapters/tgi.ts


/** Hugging Face Text Generation Inference's launcher (it starts the router and the shards). */
const tgiAdapter = {
    name: 'tgi',
    launchCommand: (settings) => launch(settings, 'text-generation-launcher', [
        '--model-id', settings.modelPath,
        '--hostname', settings.host,
        '--port', String(settings.port),
        '--num-shard', String(tensorParallel(settings)),
        ...flag('--dtype', settings.dtype),
        ...flag('--max-total-tokens', settings.maxModelLen),
        ...flag('--cuda-memory-fraction', settings.memoryFraction),
    ]),
    readiness: { healthPaths: ['/health'], probe: 'chat' },
    // No ignore_eos or min_tokens in TGI's OpenAI route; usage comes on the final chunk.
    quirks: { ...OPENAI_QUIRKS, usageChunk: 'either' },
    version: [
        { kind: 'http', path: '/info', field: 'version' },
        { kind: 'command', args: ['--version'], pattern: /text-generation-launcher\s+(\S+)/ },
    ],
    metricsPath: '/metrics',
    // TGI serves one model and ignores the name; it is sent for OpenAI clients that require one.
    requestModel: servedName,
    // GET /info carries max_total_tokens and max_input_tokens.
    limits: 'tgi-info',
};

;// CONCATENATED MODULE: ./src/engine/adapters/trtllm.ts


/**
 * TensorRT-LLM's `trtllm-serve MODEL`. The dtype comes from the checkpoint (no flag). Its /metrics is
 * JSON iteration statistics, not Prometheus text, so no metrics path is declared.
 */
const trtllmAdapter = {
    name: 'trtllm',
    launchCommand: (settings) => launch(settings, 'trtllm-serve', [
        settings.modelPath,
        '--host', settings.host,
        '--port', String(settings.port),
        '--tp_size', String(tensorParallel(settings)),
        ...flag('--max_seq_len', settings.maxModelLen),
        ...flag('--kv_cache_free_gpu_memory_fraction', settings.memoryFraction),
        // Older releases lack --served_model_name; pass it only when the name differs from the path.
        ...(settings.servedModelName !== settings.modelPath ? ['--served_model_name', settings.servedModelName] : []),
    ]),
    readiness: { healthPaths: ['/health'], probe: 'chat' },
    // Pydantic models with extra="forbid": any field outside its schema is a 400.
    quirks: { ...OPENAI_QUIRKS, ignoreEosField: 'ignore_eos', minTokensField: 'min_tokens', rejectsUnknownFields: true },
    version: [
        { kind: 'http', path: '/version', field: 'version' },
        { kind: 'python-dist', dist: 'tensorrt_llm' },
    ],
    metricsPath: null,
    requestModel: (settings) => settings.servedModelName,
};

;// CONCATENATED MODULE: ./src/engine/adapters/vllm.ts


/**
 * `vllm serve`. Multi-node runs use vLLM's own Ray executor: the user starts the Ray cluster, infergate
 * only passes the parallel sizes and RAY_ADDRESS (docs/engines.md, "vLLM across nodes").
 */
/** vLLM's own arguments (launch() appends the user's extra_args). */
function vllmArgs(settings) {
    const ray = settings.ray;
    return [
        'serve',
        settings.modelPath,
        '--served-model-name', settings.servedModelName,
        '--host', settings.host,
        '--port', String(settings.port),
        '--tensor-parallel-size', String(ray?.tensorParallelSize ?? tensorParallel(settings)),
        ...flag('--pipeline-parallel-size', ray?.pipelineParallelSize),
        ...(ray ? ['--distributed-executor-backend', 'ray'] : []),
        ...flag('--dtype', settings.dtype),
        ...flag('--max-model-len', settings.maxModelLen),
        ...flag('--gpu-memory-utilization', settings.memoryFraction),
    ];
}
function rayEnv(settings) {
    return settings.ray?.address !== undefined ? { RAY_ADDRESS: settings.ray.address } : {};
}
const vllmAdapter = {
    name: 'vllm',
    launchCommand: (settings) => launch(settings, 'vllm', vllmArgs(settings), { ...rayEnv(settings), ...deviceEnv('CUDA_VISIBLE_DEVICES', settings) }),
    readiness: { healthPaths: ['/health'], probe: 'chat' },
    quirks: { ...OPENAI_QUIRKS, ignoreEosField: 'ignore_eos', minTokensField: 'min_tokens' },
    version: [
        { kind: 'http', path: '/version', field: 'version' },
        { kind: 'python-dist', dist: 'vllm' },
    ],
    metricsPath: '/metrics',
    requestModel: servedName,
    // GET /v1/models carries max_model_len; POST /tokenize counts a chat prompt with its template applied.
    limits: 'openai-models',
    tokenCounter: 'vllm',
};

;// CONCATENATED MODULE: ./src/engine/adapters/vllm-ascend.ts


/** vLLM with the vllm-ascend plugin on Huawei Ascend NPUs: same CLI and API, NPU device variable. */
const vllmAscendAdapter = {
    ...vllmAdapter,
    name: 'vllm-ascend',
    launchCommand: (settings) => launch(settings, 'vllm', vllmArgs(settings), { ...rayEnv(settings), ...deviceEnv('ASCEND_RT_VISIBLE_DEVICES', settings) }),
    version: [
        // The plugin's version says more than vLLM's own on this platform.
        { kind: 'python-dist', dist: 'vllm_ascend' },
        { kind: 'http', path: '/version', field: 'version' },
    ],
};

;// CONCATENATED MODULE: ./src/engine/adapters.ts










const ADAPTERS = {
    vllm: vllmAdapter,
    sglang: sglangAdapter,
    tgi: tgiAdapter,
    huggingface: huggingfaceAdapter,
    trtllm: trtllmAdapter,
    lmdeploy: lmdeployAdapter,
    llamacpp: llamacppAdapter,
    mindie: mindieAdapter,
    'vllm-ascend': vllmAscendAdapter,
    external: externalAdapter,
};
function adapterFor(name) {
    return ADAPTERS[name];
}

// EXTERNAL MODULE: ./src/config/settings-schema.ts + 2 modules
var settings_schema = __webpack_require__(42151);
;// CONCATENATED MODULE: ./src/engine/engine-settings.ts



/** The configuration's defaults (settings-schema.ts), for callers that build EngineSettings without them. */
const DEFAULT_STARTUP_TIMEOUT_S = settings_schema/* DEFAULT_SETTINGS */.a$.engine_options.startup_timeout_s;
const DEFAULT_STOP_GRACE_S = settings_schema/* DEFAULT_SETTINGS */.a$.engine_options.stop_grace_s;

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/run-folder/layout.ts
var layout = __webpack_require__(87460);
// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(95105);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(84537);
// EXTERNAL MODULE: ./src/engine/engine-environment.ts
var engine_environment = __webpack_require__(11862);
;// CONCATENATED MODULE: ./src/engine/engine-log.ts


/** Lines kept in memory for error messages; output.txt keeps everything. */
const KEPT_LINES = 500;
/**
 * The engine's stdout and stderr, line by line, each prefixed with the time it arrived and its stream,
 * written to output.txt and kept (the last few hundred) for error messages.
 */
class EngineLog {
    path;
    onLine;
    file;
    recent = [];
    open = new Set();
    closed = false;
    constructor(path, onLine) {
        this.path = path;
        this.onLine = onLine;
        this.file = (0,external_node_fs_.createWriteStream)(path, { flags: 'a' });
        // A full disk must not take the benchmark down with it; the in-memory tail still works.
        this.file.on('error', () => undefined);
    }
    /** A line from infergate itself (launch command, stop), marked as such. */
    note(text) {
        this.write('infergate', text);
    }
    attach(stream, tag) {
        this.open.add(stream);
        let partial = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            const parts = (partial + chunk).split(/\r?\n/);
            partial = parts.pop() ?? '';
            for (const part of parts)
                this.write(tag, part);
        });
        const finish = () => {
            if (partial !== '')
                this.write(tag, partial);
            partial = '';
            this.open.delete(stream);
        };
        stream.on('end', finish);
        stream.on('close', finish);
        stream.on('error', finish);
    }
    /** The last n lines (without timestamps), oldest first. */
    tail(n) {
        return this.recent.slice(Math.max(0, this.recent.length - n));
    }
    /** Resolves once every attached stream ended, or after waitMs (an engine's grandchild may hold a pipe). */
    async drain(waitMs) {
        const deadline = Date.now() + waitMs;
        while (this.open.size > 0 && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 20));
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await new Promise((resolve) => this.file.end(resolve));
    }
    write(tag, raw) {
        // An engine may print its environment or arguments: tokens never reach output.txt or an error message.
        const text = (0,secrets/* redactSecrets */.fp)(raw);
        this.recent.push(text);
        if (this.recent.length > KEPT_LINES)
            this.recent.splice(0, this.recent.length - KEPT_LINES);
        if (!this.closed)
            this.file.write(`${new Date().toISOString()} [${tag}] ${text}\n`);
        this.onLine?.(text);
    }
}

;// CONCATENATED MODULE: ./src/engine/proc-table.ts

/** Parses /proc/<pid>/stat; null when the text is not one (it vanished while read, or another OS). */
function parseStat(pid, stat) {
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
    const close = stat.lastIndexOf(')');
    if (close < 0)
        return null;
    const fields = stat.slice(close + 2).split(' ');
    // Field 3 of proc(5) is fields[0]; starttime is field 22.
    const [state, ppid, pgrp, startTime] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[19])];
    if (state === undefined || !Number.isInteger(ppid) || !Number.isInteger(pgrp) || !Number.isFinite(startTime))
        return null;
    return { pid, ppid, pgrp, state, startTime };
}
function readProc(pid) {
    try {
        return parseStat(pid, (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8'));
    }
    catch {
        return null; // exited, or no /proc
    }
}
/** Every process /proc lists; null where there is no /proc (not Linux). */
function proc_table_listProcs() {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return null;
    }
    const procs = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const proc = readProc(Number(entry));
        if (proc !== null)
            procs.push(proc);
    }
    return procs;
}
const proc_table_isLive = (proc) => proc.state !== 'Z' && proc.state !== 'X';
/** True while the process named by `id` exists and is not a zombie (a reused pid does not count). */
function isStillRunning(id) {
    const proc = readProc(id.pid);
    return proc !== null && proc.startTime === id.startTime && proc_table_isLive(proc);
}
/** Whether /proc/<pid>/environ holds exactly `entry` ("NAME=value"); false when it cannot be read. */
function environHas(pid, entry) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/engine/engine-tree.ts

/**
 * Every process the engine starts inherits this variable (value: one id per launch). A worker that left
 * the engine's process group (setsid, a daemon's double fork, a Ray worker) and was re-parented to init
 * still carries it, so infergate finds it by its environment when the parent link is gone.
 */
const ENGINE_MARKER_VARIABLE = 'INFERGATE_ENGINE_ID';
const POLL_MS = 50;
/** After SIGKILL the kernel needs a moment to tear the processes down; past this we report them. */
const AFTER_KILL_WAIT_MS = 5_000;
/**
 * The engine's process tree: its process group, plus descendants that left the group. Found by walking
 * /proc: a process belongs when its group is the engine's, its parent belongs, it was seen outside the
 * group before (same pid and start time), or its environment carries the engine's marker.
 */
class engine_tree_EngineTree {
    pgid;
    marker;
    startTime;
    onEscaped;
    escaped = new Map(); // pid → start time, for processes outside the group
    timer = null;
    constructor(pgid, marker, startTime = readProc(pgid)?.startTime ?? 0, escaped = [], 
    /** Called when a walk finds a process outside the group it had not seen before. */
    onEscaped) {
        this.pgid = pgid;
        this.marker = marker;
        this.startTime = startTime;
        this.onEscaped = onEscaped;
        for (const id of escaped)
            this.escaped.set(id.pid, id.startTime);
    }
    static fromRecord(record) {
        return new engine_tree_EngineTree(record.pgid, record.marker, record.start_time, record.escaped);
    }
    record() {
        return { pgid: this.pgid, start_time: this.startTime, marker: this.marker, escaped: this.escapedIds() };
    }
    escapedIds() {
        return [...this.escaped].map(([pid, startTime]) => ({ pid, startTime }));
    }
    /** One walk of /proc: the tree's live processes now. Without /proc, the group leader if it answers kill(0). */
    scan() {
        const procs = proc_table_listProcs();
        if (procs === null)
            return signal(-this.pgid, 0) ? [{ pid: this.pgid, startTime: this.startTime }] : [];
        const members = this.members(procs);
        let found = false;
        for (const proc of members) {
            if (proc.pgrp === this.pgid || this.escaped.has(proc.pid))
                continue;
            this.escaped.set(proc.pid, proc.startTime);
            found = true;
        }
        if (found)
            this.onEscaped?.(this.escapedIds());
        return members.filter(proc_table_isLive).map((proc) => ({ pid: proc.pid, startTime: proc.startTime }));
    }
    members(procs) {
        const mine = new Map();
        for (const proc of procs) {
            const known = this.escaped.get(proc.pid) === proc.startTime;
            const marked = this.marker !== '' && proc.startTime >= this.startTime && proc.pid !== process.pid && environHas(proc.pid, this.marker);
            if (proc.pgrp === this.pgid || known || marked)
                mine.set(proc.pid, proc);
        }
        // Descendants of members, however deep, whatever group or session they moved to.
        for (let grew = true; grew;) {
            grew = false;
            for (const proc of procs) {
                if (mine.has(proc.pid) || !mine.has(proc.ppid) || proc.pid === process.pid)
                    continue;
                mine.set(proc.pid, proc);
                grew = true;
            }
        }
        return [...mine.values()];
    }
    /** Walks /proc every `ms` while the engine lives, so workers are recorded as they appear. */
    watch(ms) {
        this.timer ??= setInterval(() => this.scan(), ms);
        this.timer.unref();
    }
    unwatch() {
        if (this.timer !== null)
            clearInterval(this.timer);
        this.timer = null;
    }
    /** Sends `sig` once to each live process of the tree: the group in one call, each escaped process by pid. */
    signalAll(sig, live = this.scan()) {
        signal(-this.pgid, sig);
        for (const id of live) {
            const proc = readProc(id.pid);
            // Group members got the group signal; a pid reused since the walk is not ours to signal.
            if (proc !== null && proc.pgrp !== this.pgid && proc.startTime === id.startTime)
                signal(id.pid, sig);
        }
    }
    /**
     * SIGTERM once to every process of the tree, up to graceMs for a clean exit, then SIGKILL to whatever is
     * left (a fresh walk: workers started meanwhile are caught). Resolves true when none remains.
     */
    async stop(graceMs) {
        this.unwatch();
        const live = this.scan();
        if (live.length === 0)
            return true;
        this.signalAll('SIGTERM', live);
        if (await this.waitGone(graceMs))
            return true;
        this.signalAll('SIGKILL');
        return this.waitGone(AFTER_KILL_WAIT_MS);
    }
    /** Last resort from a synchronous 'exit' handler: SIGKILL to the whole tree, no waiting. */
    killNow() {
        this.unwatch();
        this.signalAll('SIGKILL');
    }
    async waitGone(ms) {
        const deadline = Date.now() + ms;
        for (;;) {
            if (this.scan().length === 0)
                return true;
            if (Date.now() >= deadline)
                return false;
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
    }
}
/** kill(2) that never throws; false when the target does not exist (EPERM: it exists, not ours). */
function signal(target, sig) {
    try {
        process.kill(target, sig);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}

// EXTERNAL MODULE: ./src/util/control-characters.ts
var control_characters = __webpack_require__(51690);
;// CONCATENATED MODULE: ./src/engine/http-probe.ts
/** Small fetch helpers for readiness and version checks: every call has its own timeout. */
/** Same-origin redirects followed before giving up (fetch's own limit is 20). */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** One HTTP exchange; null when the server could not be reached (refused, reset, timed out). */
async function probe(url, init) {
    const answer = await probeAnswer(url, init);
    return 'error' in answer ? null : answer;
}
/**
 * One HTTP exchange, or why there was none. Redirects are followed by hand and only within the origin
 * probed: the engine (or whatever answers on its port) must not send infergate's requests, and the
 * headers they may carry, to another host.
 */
async function probeAnswer(url, init) {
    const signals = [AbortSignal.timeout(init.timeoutMs)];
    if (init.signal)
        signals.push(init.signal);
    const signal = AbortSignal.any(signals);
    let current = new URL(url);
    let method = init.method ?? 'GET';
    let body = init.body;
    try {
        for (let hop = 0;; hop++) {
            const response = await fetch(current, {
                method,
                headers: body === undefined ? {} : { 'content-type': 'application/json' },
                body: body === undefined ? undefined : JSON.stringify(body),
                signal,
                redirect: 'manual',
            });
            const location = response.headers.get('location');
            if (!REDIRECT_STATUSES.has(response.status) || location === null || hop === MAX_REDIRECTS) {
                return { status: response.status, body: await response.text() };
            }
            const target = new URL(location, current);
            await response.body?.cancel();
            if (target.origin !== current.origin)
                return { status: response.status, body: '', refusedRedirect: `${target.origin}${target.pathname}` };
            // As fetch does: 303 (and 301/302 after a POST) continue as a GET without a body.
            if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
            }
            current = target;
        }
    }
    catch (error) {
        return { error: describeFetchError(error) };
    }
}
function describeFetchError(error) {
    const name = error.name;
    if (name === 'TimeoutError')
        return 'no answer before the probe timeout';
    if (name === 'AbortError')
        return 'cancelled';
    let cause = error;
    for (let depth = 0; depth < 4 && typeof cause === 'object' && cause !== null; depth++) {
        const code = cause.code;
        if (typeof code === 'string')
            return code === 'ECONNREFUSED' ? 'connection refused' : code === 'ECONNRESET' ? 'connection reset' : code;
        cause = cause.cause;
    }
    return error instanceof Error ? error.message : String(error);
}
/** "host:port" as a URL authority: wildcard listen addresses are reached through loopback. */
function connectHost(host) {
    if (host === '0.0.0.0' || host === '')
        return '127.0.0.1';
    if (host === '::' || host === '[::]')
        return '[::1]';
    return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
function baseUrlFor(host, port) {
    return `http://${connectHost(host)}:${port}`;
}

;// CONCATENATED MODULE: ./src/engine/engine-version.ts





const VERSION_TIMEOUT_MS = 20_000;
function run(command, args, env) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(command, args, { timeout: VERSION_TIMEOUT_MS, env, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
            // Several tools print their version on stderr and some exit non-zero after printing it.
            const text = `${stdout}\n${stderr}`;
            resolve(error && text.trim() === '' ? null : text);
        });
    });
}
/** Absolute path of an executable as PATH would find it. */
function resolveOnPath(command, path = process.env.PATH ?? '') {
    if ((0,external_node_path_.isAbsolute)(command) || command.includes('/'))
        return (0,external_node_fs_.existsSync)(command) ? command : null;
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (dir !== '' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, command)))
            return (0,external_node_path_.join)(dir, command);
    }
    return null;
}
function field(json, dotted) {
    let value = json;
    for (const key of dotted.split('.')) {
        if (typeof value !== 'object' || value === null)
            return null;
        value = value[key];
    }
    return typeof value === 'string' ? cleanVersion(value) : null;
}
/** Longer than any real version string; a longer answer is cut, not trusted. */
const MAX_VERSION_CHARS = 120;
/**
 * An engine's version is its own answer, untrusted: one line, no control characters, at most 120
 * characters. It reaches the log, results.json, the report and the PR comment (each escapes it again).
 */
function cleanVersion(raw) {
    const line = (0,control_characters/* singleLine */.p)(raw).replace(/\s+/g, ' ').trim().slice(0, MAX_VERSION_CHARS).trim();
    return line === '' ? null : line;
}
/**
 * The engine's version from the first source that answers, or null. Never throws: a missing version is
 * reported as unknown, not a failed run.
 */
async function readVersion(sources, context) {
    for (const source of sources) {
        let version = null;
        if (source.kind === 'http') {
            const response = await probe(`${context.baseUrl}${source.path}`, { timeoutMs: VERSION_TIMEOUT_MS });
            if (response?.status === 200) {
                try {
                    version = field(JSON.parse(response.body), source.field);
                }
                catch {
                    version = null;
                }
            }
        }
        else if (source.kind === 'command' && context.command !== null) {
            const text = await run(context.command, source.args, context.env);
            const matched = text?.match(source.pattern)?.[1];
            version = matched === undefined ? null : cleanVersion(matched);
        }
        else if (source.kind === 'python-dist' && context.command !== null) {
            // The interpreter of the environment the engine is installed in, when it sits next to it.
            const resolved = resolveOnPath(context.command, context.env.PATH);
            const sibling = resolved === null ? null : (0,external_node_path_.join)((0,external_node_path_.dirname)(resolved), 'python3');
            const python = sibling !== null && (0,external_node_fs_.existsSync)(sibling) ? sibling : 'python3';
            const text = await run(python, ['-c', 'import importlib.metadata as m, sys; print(m.version(sys.argv[1]))', source.dist], context.env);
            version = cleanVersion(text?.trim().split('\n')[0] ?? '');
            if (version !== null && !/^\d/.test(version))
                version = null;
        }
        if (version !== null)
            return version;
    }
    return null;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/engine/port-check.ts


/**
 * Fails with one clear sentence when something already listens on the engine's port: otherwise the
 * engine dies with a bind error deep in its log, or worse, readiness succeeds against the other server.
 */
async function assertPortFree(host, port) {
    await new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.once('error', (error) => {
            if (error.code === 'EADDRINUSE') {
                reject(new errors/* EngineError */.NJ(`port ${port} on ${host} is already in use; stop whatever listens there or choose another engine port`));
            }
            else if (error.code === 'EADDRNOTAVAIL') {
                reject(new errors/* EngineError */.NJ(`engine host ${host} is not an address of this machine (port ${port})`));
            }
            else if (error.code === 'EACCES') {
                reject(new errors/* EngineError */.NJ(`port ${port} on ${host} needs privileges infergate does not have; choose a port above 1023`));
            }
            else {
                reject(new errors/* EngineError */.NJ(`cannot check port ${port} on ${host}: ${error.message}`));
            }
        });
        server.listen({ host, port, exclusive: true }, () => server.close(() => resolve()));
    });
}

;// CONCATENATED MODULE: ./src/engine/process-record.ts



/** The file startEngine writes next to output.txt, and rewrites as it finds workers outside the group. */
const PROCESS_RECORD_FILE = layout/* ENGINE_PROCESS_FILE */.g9;
/** The record a main step left at `file`, or null when there is none (nothing was launched) or it is not one. */
function process_record_readProcessRecordFile(file) {
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch {
        return null;
    }
    if (typeof parsed.pgid !== 'number' || !Number.isInteger(parsed.pgid) || parsed.pgid <= 1)
        return null;
    const escaped = Array.isArray(parsed.escaped) ? parsed.escaped.filter((p) => Number.isInteger(p?.pid) && p.pid > 1 && Number.isFinite(p?.startTime)) : [];
    return {
        ...parsed,
        start_time: typeof parsed.start_time === 'number' ? parsed.start_time : 0,
        marker: typeof parsed.marker === 'string' && /^[A-Z_]+=[\w-]+$/.test(parsed.marker) ? parsed.marker : '',
        escaped,
    };
}
/** The record a main step left in logDir, or null. */
function process_record_readProcessRecord(logDir) {
    return process_record_readProcessRecordFile(join(logDir, PROCESS_RECORD_FILE));
}

;// CONCATENATED MODULE: ./src/engine/readiness-answers.ts
/** Characters of a response body quoted in a message. */
const EXCERPT_CHARS = 120;
/**
 * A short, single-line, printable excerpt of a response body: control characters (a lone CR, escape
 * sequences, line and paragraph separators) become spaces, so the engine's text cannot forge a line of
 * infergate's output or of the action log.
 */
function bodyExcerpt(body, limit = EXCERPT_CHARS) {
    // eslint-disable-next-line no-control-regex
    const flat = body.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
    return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}
/**
 * What the server answered to the readiness requests while infergate waited, so that "not ready after
 * N s" can say why: every status seen per request with its count, and the last body or error.
 */
class ReadinessAnswers {
    byRequest = new Map();
    record(request, answer) {
        let outcome;
        let last;
        if ('error' in answer) {
            outcome = 'no answer';
            last = answer.error;
        }
        else if (answer.refusedRedirect !== undefined) {
            outcome = String(answer.status);
            last = `redirect to ${answer.refusedRedirect} not followed (another origin)`;
        }
        else {
            outcome = String(answer.status);
            const excerpt = bodyExcerpt(answer.body);
            last = excerpt === '' ? 'an empty body' : `"${excerpt}"`;
        }
        const entry = this.byRequest.get(request) ?? { counts: new Map(), last: '' };
        entry.counts.set(outcome, (entry.counts.get(outcome) ?? 0) + 1);
        entry.last = last;
        this.byRequest.set(request, entry);
    }
    /** e.g. `GET /health → 500 ×4 (last: "engine overloaded"); GET /v1/models → no answer ×4 (last: connection refused)`, or null. */
    summary() {
        if (this.byRequest.size === 0)
            return null;
        return [...this.byRequest.entries()]
            .map(([request, { counts, last }]) => {
            const seen = [...counts.entries()].map(([outcome, n]) => `${outcome} ×${n}`).join(', ');
            return `${request} → ${seen} (last: ${last})`;
        })
            .join('; ');
    }
}

;// CONCATENATED MODULE: ./src/engine/readiness.ts


const HEALTH_TIMEOUT_MS = 5_000;
/** The first request may compile kernels or load weights (transformers serve loads on demand). */
const PROBE_TIMEOUT_MS = 300_000;
/** A short, single-line excerpt of a response body for error messages. */
function excerpt(body) {
    return bodyExcerpt(body, 300);
}
/**
 * Polls the adapter's health paths until one answers 200, then sends one 1-token request and requires a
 * completion back. Returns when ready, or when the engine refused the probe for good (4xx other than
 * 408/429). Loops until `signal` aborts otherwise: the caller owns the timeout and the death watch.
 */
async function waitUntilReady(options) {
    const { baseUrl, adapter, model, signal } = options;
    const pollMs = options.pollMs ?? 500;
    const answers = new ReadinessAnswers();
    while (!signal.aborted) {
        for (const path of adapter.readiness.healthPaths) {
            const health = await probeAnswer(`${baseUrl}${path}`, { timeoutMs: HEALTH_TIMEOUT_MS, signal });
            if (signal.aborted)
                break; // a probe cut short by the deadline says nothing about the server
            answers.record(`GET ${path}`, health);
            if (!('status' in health) || health.status !== 200 || health.refusedRedirect !== undefined)
                continue;
            const answer = await sendProbe(baseUrl, adapter, model, signal, answers);
            if (answer === 'ok')
                return { ready: true, healthPath: path };
            if (answer !== 'retry')
                return { ready: false, reason: answer, answers: answers.summary() };
            break;
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    return { ready: false, reason: 'aborted', answers: answers.summary() };
}
/** 'ok', 'retry', or the reason the engine will never answer this request. */
async function sendProbe(baseUrl, adapter, model, signal, answers) {
    // Only fields every OpenAI-compatible server accepts: some (TensorRT-LLM) reject anything else.
    const chat = adapter.readiness.probe === 'chat';
    const path = chat ? '/v1/chat/completions' : '/v1/completions';
    const body = chat
        ? { model, messages: [{ role: 'user', content: 'Hello' }], max_tokens: 1, temperature: 0, stream: false }
        : { model, prompt: 'Hello', max_tokens: 1, temperature: 0, stream: false };
    const answer = await probeAnswer(`${baseUrl}${path}`, { method: 'POST', body, timeoutMs: PROBE_TIMEOUT_MS, signal });
    if (signal.aborted)
        return 'retry';
    answers.record(`POST ${path}`, answer);
    if ('error' in answer || answer.refusedRedirect !== undefined)
        return 'retry';
    const response = answer;
    if (response.status === 200) {
        try {
            const parsed = JSON.parse(response.body);
            if (Array.isArray(parsed.choices) && parsed.choices.length > 0)
                return 'ok';
        }
        catch {
            // fall through
        }
        return `POST ${path} answered 200 without a completion: ${excerpt(response.body)}`;
    }
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        return `POST ${path} for model "${model}" answered ${response.status}: ${excerpt(response.body)}`;
    }
    return 'retry';
}

;// CONCATENATED MODULE: ./src/engine/shutdown-guard.ts

const engines = new Set();
let claim = null;
let received = null;
/**
 * What the process's SIGINT and SIGTERM handlers call; exported so that tests drive the very path a real
 * signal takes without signalling the test runner.
 */
function deliverSignal(signal) {
    if (received !== null) {
        process.stderr.write(`[infergate] ${signal} received while stopping: exiting now; the engine is killed on the way out\n`);
        process.exit(errors/* ExitCode */.yU.interrupted);
    }
    received = signal;
    if (claim !== null) {
        claim.onFirst(signal);
        claim.controller.abort(new Error(signal));
        return;
    }
    void Promise.all([...engines].map((engine) => engine.stop().catch(() => undefined))).then(() => process.exit(errors/* ExitCode */.yU.interrupted));
}
const onSigint = () => deliverSignal('SIGINT');
const onSigterm = () => deliverSignal('SIGTERM');
const onExit = () => {
    for (const engine of engines)
        engine.killNow();
};
let installed = false;
function update() {
    const wanted = claim !== null || engines.size > 0;
    if (wanted === installed)
        return;
    installed = wanted;
    const method = wanted ? 'on' : 'off';
    process[method]('SIGINT', onSigint);
    process[method]('SIGTERM', onSigterm);
    process[method]('exit', onExit);
    if (!wanted)
        received = null;
}
/**
 * Claims SIGINT and SIGTERM for a command: `signal` aborts on the first one (its reason an Error named
 * after the signal), `onFirst` says so to the user. One claim at a time.
 */
function interceptSignals(onFirst = () => undefined) {
    if (claim !== null)
        throw new Error('signals are already intercepted by another command');
    const controller = new AbortController();
    claim = { controller, onFirst };
    received = null;
    update();
    return {
        signal: controller.signal,
        dispose: () => {
            if (claim?.controller !== controller)
                return;
            claim = null;
            update();
        },
    };
}
function guardEngine(engine) {
    engines.add(engine);
    update();
}
function releaseEngine(engine) {
    engines.delete(engine);
    update();
}

;// CONCATENATED MODULE: ./src/engine/supervisor.ts



















/** Lines of the engine's log quoted in an error. */
const ERROR_TAIL_LINES = 50;
/** How often /proc is walked for workers while the engine runs (they are recorded for the post step). */
const TREE_WATCH_MS = 500;
/** The launch line as output.txt shows it: the values of secret flags (--api-key, --hf-token) hidden. */
const redactArgs = secrets/* redactSecretArgs */.Lr;
function failure(what, log) {
    if (log === null)
        return new errors/* EngineError */.NJ(what);
    const tail = log.tail(ERROR_TAIL_LINES);
    const quoted = tail.length > 0 ? `; last ${tail.length} log lines (${log.path}):\n${tail.join('\n')}` : `; the engine wrote nothing (${log.path})`;
    return new errors/* EngineError */.NJ(`${what}${quoted}`);
}
/**
 * Starts the configured engine and returns once it answers a 1-token request. Throws EngineError, with
 * the last 50 log lines, when the port is taken, the executable is missing, the engine exits before it is
 * ready, or startupTimeoutS passes, and InterruptedError (exit 130) when options.signal aborts first; in
 * every failure case everything the engine started is gone first.
 */
async function startEngine(settings, options = {}) {
    const adapter = adapterFor(settings.engine);
    // An endpoint means the server is already running: reached with this engine's readiness and request settings.
    const launch = settings.endpoint === undefined ? adapter.launchCommand(settings) : null;
    if (launch === null)
        return attachExternal(settings, adapter, options);
    // Built, not inherited: the engine never sees the action's inputs or the runner's tokens.
    const env = (0,engine_environment/* buildEngineEnvironment */.w)(process.env, launch.env);
    const log = await openLogWithFreePort(settings, options);
    const engine = await launchProcess(settings, launch, env, log, options);
    const baseUrl = baseUrlFor(settings.host, settings.port);
    const model = adapter.requestModel(settings);
    const { startup, timeoutS, dispose } = startupDeadline(settings, options.signal);
    const outcome = await raceToReady({ baseUrl, adapter, model, exited: engine.exited, startup, pollMs: options.pollMs });
    dispose();
    startup.abort(); // ends the readiness loop whichever way the race went
    // Let the last lines it wrote arrive before quoting them; meanwhile a signal that reached the whole
    // group (a terminal's Ctrl-C) reaches infergate's handler too.
    if (outcome.kind === 'exit')
        await log.drain(500);
    // A signal wins over whatever else happened meanwhile: an engine that died of the group's SIGINT was
    // interrupted, not broken.
    if (options.signal?.aborted)
        return interrupted(engine, log, options.signal);
    if (outcome.kind !== 'ready') {
        const what = notReadyReason(settings, outcome, timeoutS);
        log.note(what);
        const error = failure(what, log);
        // Its main process is gone, so whatever is left of the tree (workers) gets no grace: the error must
        // not wait on them. A live engine that timed out or refused gets the normal SIGTERM grace.
        await engine.stopWithin(outcome.kind === 'exit' ? 0 : engine.graceMs).catch(() => undefined);
        throw error;
    }
    log.note(`ready at ${baseUrl}`);
    const version = await readVersion(adapter.version, { baseUrl, command: launch.command, env });
    log.note(`version: ${version ?? 'unknown'}`);
    if (options.signal?.aborted)
        return interrupted(engine, log, options.signal);
    options.signal?.addEventListener('abort', () => void engine.stop().catch(() => undefined), { once: true });
    return {
        baseUrl,
        model,
        pid: engine.pid,
        pgid: engine.pgid,
        version,
        quirks: adapter.quirks,
        metricsUrl: adapter.metricsPath === null ? null : `${baseUrl}${adapter.metricsPath}`,
        logFile: log.path,
        stop: engine.stop,
        exited: engine.exited,
        logTail: (n) => log.tail(n),
    };
}
/** output.txt, opened for every launched engine so a run folder always says why its engine never started; the port checked free. */
async function openLogWithFreePort(settings, options) {
    (0,external_node_fs_.mkdirSync)(settings.logDir, { recursive: true });
    const log = new EngineLog((0,external_node_path_.join)(settings.logDir, layout/* RUN_FILES */.al.engineOutput), options.onLine);
    try {
        await assertPortFree(settings.host, settings.port);
    }
    catch (error) {
        log.note(error.message);
        await log.close();
        throw error;
    }
    return log;
}
/** Whichever comes first: the engine answers, it exits, or the startup deadline (or a signal) aborts the wait. */
function raceToReady(race) {
    const { startup } = race;
    return Promise.race([
        waitUntilReady({ baseUrl: race.baseUrl, adapter: race.adapter, model: race.model, signal: startup.signal, pollMs: race.pollMs }).then((result) => (result.ready ? { kind: 'ready' } : result.reason === 'aborted' ? { kind: 'aborted', answers: result.answers } : { kind: 'refused', reason: result.reason })),
        race.exited.then((exit) => ({ kind: 'exit', exit })),
        new Promise((resolve) => startup.signal.addEventListener('abort', () => resolve({ kind: 'aborted' }), { once: true })),
    ]);
}
/** The sentence for an engine that never became ready. */
function notReadyReason(settings, outcome, timeoutS) {
    if (outcome.kind === 'exit') {
        const how = outcome.exit.signal !== null ? `was killed by ${outcome.exit.signal}` : `exited with code ${outcome.exit.code}`;
        return `${settings.engine} engine ${how} before it was ready`;
    }
    if (outcome.kind === 'refused')
        return `${settings.engine} engine is up but refused the readiness request: ${outcome.reason}`;
    return `${settings.engine} engine was not ready after ${timeoutS} s (startup timeout)${answeredSuffix(outcome.answers)}`;
}
async function interrupted(engine, log, signal) {
    const error = (0,errors/* interruption */.YW)(signal);
    log.note(`start-up ${error.message}`);
    await engine.stop().catch(() => undefined);
    throw error;
}
/**
 * Spawns the engine as the leader of its own process group, with a marker in its environment, and
 * watches /proc for the workers it starts (recorded in engine-process.json). From here until stop()
 * resolves, the shutdown guard knows the engine.
 */
async function launchProcess(settings, launch, env, log, options) {
    log.note(`launch: ${launch.command} ${redactArgs(launch.args).join(' ')}`);
    if (Object.keys(launch.env).length > 0)
        log.note(`environment set: ${Object.keys(launch.env).sort().join(', ')}`);
    const marker = `${ENGINE_MARKER_VARIABLE}=${(0,external_node_crypto_.randomUUID)()}`;
    const [markerName, markerValue] = marker.split('=');
    // detached: the engine leads its own process group, so one signal reaches its workers too.
    const child = (0,external_node_child_process_.spawn)(launch.command, launch.args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, [markerName]: markerValue } });
    const spawnError = new Promise((resolve) => child.once('error', resolve));
    // A later 'error' (a failed kill) must not become an uncaught exception; stop() checks the tree itself.
    child.on('error', () => undefined);
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    log.attach(child.stdout, 'stdout');
    log.attach(child.stderr, 'stderr');
    const pid = child.pid;
    if (pid === undefined) {
        const error = await spawnError;
        log.note(`could not start: ${error.message}`);
        await log.close();
        throw new errors/* EngineError */.NJ(`cannot start ${settings.engine} engine \`${launch.command}\`: ${spawnFailure(error, settings.binary)}`);
    }
    const pgid = pid;
    // Absolute: the post step may run from another working directory.
    const recordFile = (0,external_node_path_.resolve)(settings.logDir, PROCESS_RECORD_FILE);
    const record = { engine: settings.engine, pid, command: launch.command, started_at: new Date().toISOString() };
    const tree = new engine_tree_EngineTree(pgid, marker, undefined, [], (escaped) => {
        log.note(`found ${escaped.length} process(es) the engine started outside its process group: ${escaped.map((p) => p.pid).join(', ')}`);
        (0,atomic_write/* writeJsonAtomic */.ZJ)(recordFile, { ...record, ...tree.record() });
    });
    (0,atomic_write/* writeJsonAtomic */.ZJ)(recordFile, { ...record, ...tree.record() });
    tree.watch(TREE_WATCH_MS);
    options.onSpawn?.({ pid, pgid, recordFile });
    const graceMs = options.stopGraceMs ?? (settings.stopGraceS ?? DEFAULT_STOP_GRACE_S) * 1000;
    let stopping = null;
    const stopWithin = (grace) => {
        stopping ??= (async () => {
            const outside = tree.escapedIds().length > 0 ? ' and the processes it started outside it' : '';
            log.note(`stopping process group ${pgid}${outside}: one SIGTERM, SIGKILL to what is left after ${grace / 1000} s`);
            const gone = await tree.stop(grace);
            releaseEngine(guarded);
            await log.drain(1_000);
            if (!gone)
                log.note(`processes of engine group ${pgid} survived SIGKILL`);
            await log.close();
            if (!gone)
                throw new errors/* EngineError */.NJ(`engine process group ${pgid} still has live processes after SIGKILL`);
        })();
        return stopping;
    };
    const stop = () => stopWithin(graceMs);
    const guarded = { stop, killNow: () => tree.killNow() };
    guardEngine(guarded);
    return { pid, pgid, exited, graceMs, stop, stopWithin };
}
async function attachExternal(settings, adapter, options) {
    if (settings.endpoint === undefined || settings.endpoint.trim() === '') {
        throw new errors/* EngineError */.NJ('engine "external" needs an endpoint URL (host.yaml: endpoint)');
    }
    const baseUrl = settings.endpoint.trim().replace(/\/+$/, '').replace(/\/v1$/, '');
    const model = adapter.requestModel(settings);
    const { startup, timeoutS, dispose } = startupDeadline(settings, options.signal);
    // Raced with the abort itself: the readiness loop notices it only after its poll interval.
    const aborted = new Promise((resolve) => startup.signal.addEventListener('abort', () => resolve({ ready: false, reason: 'aborted', answers: null }), { once: true }));
    const readiness = waitUntilReady({ baseUrl, adapter, model, signal: startup.signal, pollMs: options.pollMs });
    const raced = await Promise.race([readiness, aborted]);
    dispose();
    startup.abort(); // ends the readiness loop whichever way the race went
    if (options.signal?.aborted)
        throw (0,errors/* interruption */.YW)(options.signal);
    // The deadline won the race: the loop, ended just now, still says what the server answered meanwhile.
    const result = raced.ready ? raced : await readiness;
    if (!result.ready) {
        const why = result.reason === 'aborted' ? `not ready after ${timeoutS} s${answeredSuffix(result.answers)}` : result.reason;
        throw new errors/* EngineError */.NJ(`${settings.engine} engine at ${baseUrl}: ${why}`);
    }
    const version = await readVersion(adapter.version, { baseUrl, command: null, env: (0,engine_environment/* buildEngineEnvironment */.w)(process.env, {}) });
    if (options.signal?.aborted)
        throw (0,errors/* interruption */.YW)(options.signal);
    return {
        baseUrl,
        model,
        pid: null,
        pgid: null,
        version,
        quirks: adapter.quirks,
        metricsUrl: adapter.metricsPath === null ? null : `${baseUrl}${adapter.metricsPath}`,
        logFile: null,
        stop: async () => undefined,
        exited: new Promise(() => undefined),
        logTail: () => [],
    };
}
/** Aborts `startup` when the start-up timeout passes or the caller's signal aborts; dispose() when done. */
function startupDeadline(settings, signal) {
    const startup = new AbortController();
    const timeoutS = settings.startupTimeoutS > 0 ? settings.startupTimeoutS : DEFAULT_STARTUP_TIMEOUT_S;
    const timer = setTimeout(() => startup.abort(), timeoutS * 1000);
    const onAbort = () => startup.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted)
        startup.abort();
    return {
        startup,
        timeoutS,
        dispose: () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        },
    };
}
/** "; the server answered: …" for a start-up timeout, so the message says what came back meanwhile. */
function answeredSuffix(answers) {
    return answers ? `; readiness requests: ${answers}` : '; no readiness request was answered before the deadline';
}
/** Why the engine's executable did not start, naming the setting that chooses it (docs/configuration.md). */
function spawnFailure(error, binary) {
    if (error.code !== 'ENOENT')
        return error.message;
    return binary === undefined
        ? 'not found on PATH; install the engine, or set engine_options.binary in host.yaml to its path'
        : 'no such executable; engine_options.binary must name the engine\'s executable (or interpreter)';
}

;// CONCATENATED MODULE: ./src/engine/served-limits.ts

const NO_LIMITS = { contextTokens: null, inputTokens: null, slots: null, source: null };
const PATHS = { 'llamacpp-props': '/props', 'openai-models': '/v1/models', 'tgi-info': '/info' };
function positiveInt(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}
function objectAt(value, key) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return null;
    const inner = value[key];
    return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? inner : null;
}
/**
 * llama-server's GET /props: `default_generation_settings.n_ctx` is one slot's context (what a request
 * may use), `total_slots` the requests it decodes at once.
 */
function limitsFromLlamacppProps(body) {
    const slot = positiveInt(objectAt(body, 'default_generation_settings')?.n_ctx);
    const slots = positiveInt(body?.total_slots);
    if (slot === null && slots === null)
        return NO_LIMITS;
    return { contextTokens: slot, inputTokens: null, slots, source: 'GET /props default_generation_settings.n_ctx, total_slots' };
}
/** vLLM's and SGLang's GET /v1/models: `max_model_len` of the served model (or the only one listed). */
function limitsFromModels(body, model) {
    const data = typeof body === 'object' && body !== null ? body.data : undefined;
    if (!Array.isArray(data))
        return NO_LIMITS;
    const cards = data.filter((card) => typeof card === 'object' && card !== null && !Array.isArray(card));
    const card = cards.find((c) => c.id === model) ?? (cards.length === 1 ? cards[0] : undefined);
    const context = positiveInt(card?.max_model_len);
    return context === null ? NO_LIMITS : { contextTokens: context, inputTokens: null, slots: null, source: 'GET /v1/models max_model_len' };
}
/** TGI's GET /info: `max_total_tokens` (prompt + output) and `max_input_tokens` (`max_input_length` before 2.0). */
function limitsFromTgiInfo(body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        return NO_LIMITS;
    const info = body;
    const total = positiveInt(info.max_total_tokens);
    const input = positiveInt(info.max_input_tokens) ?? positiveInt(info.max_input_length);
    if (total === null && input === null)
        return NO_LIMITS;
    return { contextTokens: total, inputTokens: input, slots: null, source: 'GET /info max_total_tokens, max_input_tokens' };
}
/** Asks the running server; NO_LIMITS when the adapter names no source or the server does not answer it. */
async function readServedLimits(baseUrl, adapter, model) {
    const source = adapter.limits;
    if (source === undefined)
        return NO_LIMITS;
    const response = await probe(`${baseUrl}${PATHS[source]}`, { timeoutMs: 5_000 });
    if (response === null || response.status !== 200)
        return NO_LIMITS;
    let body;
    try {
        body = JSON.parse(response.body);
    }
    catch {
        return NO_LIMITS;
    }
    if (source === 'llamacpp-props')
        return limitsFromLlamacppProps(body);
    if (source === 'tgi-info')
        return limitsFromTgiInfo(body);
    return limitsFromModels(body, model);
}

;// CONCATENATED MODULE: ./src/engine/token-count.ts

const TIMEOUT_MS = 10_000;
async function postJson(url, body) {
    const response = await probe(url, { method: 'POST', body, timeoutMs: TIMEOUT_MS });
    if (response === null || response.status !== 200)
        return undefined;
    try {
        return JSON.parse(response.body);
    }
    catch {
        return undefined;
    }
}
/** llama-server's /tokenize answer `{tokens: [...]}`: the number of tokens, or null. */
function tokenCountOfLlamacpp(body) {
    const tokens = typeof body === 'object' && body !== null ? body.tokens : undefined;
    return Array.isArray(tokens) ? tokens.length : null;
}
/** llama-server's /apply-template answer `{prompt: "..."}`: the templated text, or null. */
function templatedPromptOf(body) {
    const prompt = typeof body === 'object' && body !== null ? body.prompt : undefined;
    return typeof prompt === 'string' ? prompt : null;
}
/** vLLM's /tokenize answer `{count, tokens, max_model_len}`: the count, or null. */
function tokenCountOfVllm(body) {
    const count = typeof body === 'object' && body !== null ? body.count : undefined;
    return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : null;
}
/** The prompt's tokens as the server counts them; null when the server does not answer. */
async function countPromptTokens(baseUrl, counter, model, prompt) {
    if (counter === 'vllm') {
        const body = prompt.messages ? { model, messages: prompt.messages, add_generation_prompt: true } : { model, prompt: prompt.prompt ?? '' };
        return tokenCountOfVllm(await postJson(`${baseUrl}/tokenize`, body));
    }
    let text = prompt.prompt ?? '';
    if (prompt.messages) {
        const templated = templatedPromptOf(await postJson(`${baseUrl}/apply-template`, { messages: prompt.messages }));
        if (templated === null)
            return null;
        text = templated;
    }
    return tokenCountOfLlamacpp(await postJson(`${baseUrl}/tokenize`, { content: text, add_special: true }));
}

;// CONCATENATED MODULE: ./src/engine/process-group.ts


/**
 * Live (non-zombie) members of a process group. On Linux this reads /proc, because a container's PID 1
 * may never reap orphans and kill(-pgid, 0) would keep seeing their zombies; elsewhere it asks kill(0).
 */
function groupMembers(pgid) {
    const procs = listProcs();
    if (procs === null)
        return groupAnswers(pgid) ? [pgid] : [];
    return procs.filter((proc) => proc.pgrp === pgid && isLive(proc)).map((proc) => proc.pid);
}
function isGroupAlive(pgid) {
    return groupMembers(pgid).length > 0;
}
function groupAnswers(pgid) {
    try {
        process.kill(-pgid, 0);
        return true;
    }
    catch (error) {
        // EPERM: the group exists but is not ours to signal, which still means it is alive.
        return error.code === 'EPERM';
    }
}
/**
 * Stops a whole process group and its descendants: SIGTERM once, up to graceMs for a clean exit, then
 * SIGKILL. Safe to call on a group that is already gone. Resolves true when no live process remains.
 */
async function killProcessGroup(pgid, graceMs) {
    if (!Number.isInteger(pgid) || pgid <= 1)
        throw new RangeError(`not a process group id: ${pgid}`);
    return new EngineTree(pgid, '').stop(graceMs);
}

;// CONCATENATED MODULE: ./src/engine/telemetry/energy.ts
/**
 * Energy in joules: for each device, the trapezoid rule over consecutive power readings
 * (E = Σ (P_i + P_{i+1}) / 2 · (t_{i+1} − t_i)), summed over devices. A gap where a reading has no power
 * contributes nothing. Null when no device has two readings with power.
 */
function integrateEnergy(samples) {
    const byDevice = new Map();
    for (const sample of samples) {
        if (sample.power_w === null)
            continue;
        const list = byDevice.get(sample.device) ?? [];
        list.push(sample);
        byDevice.set(sample.device, list);
    }
    let total = 0;
    let integrated = false;
    for (const list of byDevice.values()) {
        list.sort((a, b) => a.t_ms - b.t_ms);
        for (let i = 1; i < list.length; i += 1) {
            const a = list[i - 1];
            const b = list[i];
            total += (((a.power_w ?? 0) + (b.power_w ?? 0)) / 2) * ((b.t_ms - a.t_ms) / 1000);
            integrated = true;
        }
    }
    return integrated ? total : null;
}
/** Output tokens per joule; null when energy was not measured (or is zero). */
function tokensPerJoule(outputTokens, energyJ) {
    return energyJ === null || energyJ <= 0 ? null : outputTokens / energyJ;
}

;// CONCATENATED MODULE: ./src/engine/telemetry/telemetry-sample.ts
/** Parses "93.1", " 93 W", "[N/A]", "NA", "Not Supported" → number or null. */
function numberOrNull(text) {
    if (text === undefined)
        return null;
    const trimmed = text.trim();
    if (/^\[?(n\/?a|not supported|unknown)\]?$/i.test(trimmed))
        return null;
    const match = /-?\d+(?:\.\d+)?/.exec(trimmed);
    if (match === null)
        return null;
    const value = Number(match[0]);
    return Number.isFinite(value) ? value : null;
}

;// CONCATENATED MODULE: ./src/engine/telemetry/npu-smi.ts

const NPU_SMI_ARGS = ['info'];
/** "a / b" → [a, b] as numbers or nulls. */
function pair(text) {
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
function parseNpuSmi(output) {
    const rows = output.split('\n');
    const readings = [];
    let inTable = false;
    let first = null;
    for (const row of rows) {
        if (/^\+=+/.test(row)) {
            inTable = true;
            continue;
        }
        if (/Process id|Process name/i.test(row))
            break;
        if (!inTable || !row.startsWith('|'))
            continue;
        const cells = row.split('|').slice(1, -1).map((cell) => cell.trim());
        if (cells.length < 3)
            continue;
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

;// CONCATENATED MODULE: ./src/engine/telemetry/nvidia-smi.ts

/** Fields asked of `nvidia-smi --query-gpu`, in this order. */
const FIELDS = ['index', 'power.draw', 'utilization.gpu', 'memory.used', 'memory.total', 'clocks.sm', 'clocks.mem'];
const NVIDIA_SMI_ARGS = [`--query-gpu=${FIELDS.join(',')}`, '--format=csv,noheader,nounits'];
/** One CSV line per GPU: "0, 312.45, 97, 70123, 81559, 1980, 2619" (MiB, W, %, MHz). */
function parseNvidiaSmi(output) {
    const readings = [];
    for (const line of output.split('\n')) {
        if (line.trim() === '')
            continue;
        const cells = line.split(',').map((cell) => cell.trim());
        if (cells.length < FIELDS.length)
            continue;
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

;// CONCATENATED MODULE: ./src/engine/telemetry/rocm-smi.ts

const ROCM_SMI_ARGS = ['--showpower', '--showuse', '--showmeminfo', 'vram', '--showclocks', '--json'];
const MIB = 1024 * 1024;
/** The first value whose key matches, as a string. */
function pick(card, pattern) {
    for (const [key, value] of Object.entries(card)) {
        if (pattern.test(key) && (typeof value === 'string' || typeof value === 'number'))
            return String(value);
    }
    return undefined;
}
function bytesToMib(text) {
    const bytes = numberOrNull(text);
    return bytes === null ? null : bytes / MIB;
}
/**
 * rocm-smi's JSON: {"card0": {"Average Graphics Package Power (W)": "35.0", "GPU use (%)": "12",
 * "VRAM Total Memory (B)": "...", "VRAM Total Used Memory (B)": "...", "sclk clock speed:": "(800Mhz)", ...}}.
 * Key names differ between releases and GPUs (MI300 says "Current Socket Graphics Package Power"), so keys
 * are matched by pattern.
 */
function parseRocmSmi(output) {
    const start = output.indexOf('{');
    if (start < 0)
        return [];
    const json = JSON.parse(output.slice(start));
    const readings = [];
    for (const [device, value] of Object.entries(json)) {
        if (!/^card\d+$/.test(device) || typeof value !== 'object' || value === null)
            continue;
        const card = value;
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

;// CONCATENATED MODULE: ./src/engine/telemetry/telemetry-sampler.ts








const TOOLS = [
    { name: 'nvidia-smi', args: NVIDIA_SMI_ARGS, parse: parseNvidiaSmi },
    { name: 'rocm-smi', args: ROCM_SMI_ARGS, parse: parseRocmSmi },
    { name: 'npu-smi', args: NPU_SMI_ARGS, parse: parseNpuSmi },
];
/** A reading needs the tool to answer within this; a hung driver must not stall the benchmark. */
const QUERY_TIMEOUT_MS = 10_000;
function query(path, args, env) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(path, args, { timeout: QUERY_TIMEOUT_MS, env, maxBuffer: 4 << 20 }, (error, stdout, stderr) => {
            if (error)
                resolve({ ok: false, error: (stderr.trim().split('\n')[0] ?? '') || error.message });
            else
                resolve({ ok: true, out: stdout });
        });
    });
}
function mean(values) {
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
function summarise(samples, base) {
    const devices = [...new Set(samples.map((s) => s.device))];
    // Total power per tick: readings of one tick share a t_ms.
    const perTick = new Map();
    for (const s of samples)
        if (s.power_w !== null)
            perTick.set(s.t_ms, (perTick.get(s.t_ms) ?? 0) + s.power_w);
    const times = samples.map((s) => s.t_ms);
    const memory = samples.flatMap((s) => (s.memory_used_mib === null ? [] : [s.memory_used_mib]));
    return {
        available: true,
        ...base,
        samples: samples.length,
        devices,
        duration_s: times.length > 1 ? (Math.max(...times) - Math.min(...times)) / 1000 : null,
        energy_j: integrateEnergy(samples),
        mean_power_w: mean([...perTick.values()]),
        peak_power_w: perTick.size === 0 ? null : Math.max(...perTick.values()),
        mean_utilization_pct: mean(samples.flatMap((s) => (s.utilization_pct === null ? [] : [s.utilization_pct]))),
        peak_memory_used_mib: memory.length === 0 ? null : Math.max(...memory),
    };
}
/**
 * Samples accelerator power, utilisation, memory and clocks every intervalMs while the benchmark runs and
 * writes each reading to outFile. Without a tool (a CPU runner) it reports `available: false`; that is not
 * an error.
 */
function startTelemetry(options) {
    // The vendor tool gets the same built environment as the engine: never the action's inputs or tokens.
    const env = (0,engine_environment/* buildEngineEnvironment */.w)(options.env ?? process.env, {});
    const candidates = options.tool ? TOOLS.filter((t) => t.name === options.tool) : TOOLS;
    const base = { interval_ms: options.intervalMs, file: options.outFile };
    const found = findTool(candidates, env.PATH ?? '');
    if (found === null) {
        const summary = unavailableSummary(`no ${candidates.map((c) => c.name).join(', ')} on PATH`, base);
        return { stop: async () => summary };
    }
    return sampleWith(found.tool, found.path, env, options);
}
/** The first candidate tool found on PATH, with its path. */
function findTool(candidates, pathVariable) {
    for (const tool of candidates) {
        const path = resolveOnPath(tool.name, pathVariable);
        if (path !== null)
            return { tool, path };
    }
    return null;
}
/** The summary of a run with no readings at all. */
function unavailableSummary(reason, base) {
    return {
        available: false,
        reason,
        tool: null,
        samples: 0,
        devices: [],
        duration_s: null,
        energy_j: null,
        mean_power_w: null,
        peak_power_w: null,
        mean_utilization_pct: null,
        peak_memory_used_mib: null,
        ...base,
    };
}
/** Queries `tool` at once and every intervalMs, appending each reading to outFile, until stop(). */
function sampleWith(tool, path, env, options) {
    const base = { interval_ms: options.intervalMs, file: options.outFile };
    const out = (0,external_node_fs_.createWriteStream)(options.outFile, { flags: 'w' });
    out.on('error', () => undefined);
    const started = performance.now();
    const samples = [];
    let failure = null;
    let inFlight = null;
    const readOnce = async () => {
        const result = await query(path, tool.args, env);
        const t_ms = performance.now() - started;
        if (!result.ok) {
            failure ??= `${tool.name} failed: ${result.error}`;
            return;
        }
        let readings;
        try {
            readings = tool.parse(result.out);
        }
        catch (error) {
            failure ??= `${tool.name} output could not be read: ${error.message}`;
            return;
        }
        const time = new Date().toISOString();
        for (const reading of readings) {
            const sample = { t_ms: Math.round(t_ms * 1000) / 1000, time, ...reading };
            samples.push(sample);
            out.write(`${JSON.stringify(sample)}\n`);
        }
    };
    const tick = () => {
        // A slow tool skips ticks rather than piling up processes.
        if (inFlight !== null)
            return inFlight;
        inFlight = readOnce().finally(() => {
            inFlight = null;
        });
        return inFlight;
    };
    void tick();
    const timer = setInterval(() => void tick(), options.intervalMs);
    timer.unref();
    return {
        stop: async () => {
            clearInterval(timer);
            if (inFlight !== null)
                await inFlight;
            await tick(); // closes the window at the moment of stopping
            await new Promise((resolve) => out.end(resolve));
            if (samples.length === 0) {
                return { ...summarise([], { tool: tool.name, ...base }), available: false, reason: failure ?? `${tool.name} reported no devices` };
            }
            const summary = summarise(samples, { tool: tool.name, ...base });
            return failure === null ? summary : { ...summary, reason: `${failure} (some readings are missing)` };
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/leftover-engine.ts


/**
 * For the action's post step: stops the engine a main step left behind (crashed, killed, cancelled): its
 * process group and every process it started outside it (recorded in engine-process.json, or found by
 * the marker in their environment). Uses the record file the main step saved (action state), else the
 * one in logDir, else only the group id it saved. One SIGTERM, graceMs, SIGKILL; when `signal` aborts
 * during the grace (the runner cancels the post step too), SIGKILL at once.
 */
async function stopLeftoverEngine(where, graceMs = 10_000, signal) {
    const record = where.recordFile !== undefined ? readProcessRecordFile(where.recordFile) : where.logDir !== undefined ? readProcessRecord(where.logDir) : null;
    const pgid = record?.pgid ?? where.pgid ?? null;
    if (pgid === null)
        return { pgid: null, found: 0, gone: true };
    const tree = record !== null && record.pgid === pgid ? EngineTree.fromRecord(record) : new EngineTree(pgid, '');
    const found = tree.scan().length;
    if (found === 0)
        return { pgid, found, gone: true };
    const hurry = () => tree.killNow();
    if (signal?.aborted)
        hurry();
    signal?.addEventListener('abort', hurry, { once: true });
    try {
        return { pgid, found, gone: await tree.stop(signal?.aborted ? 0 : graceMs) };
    }
    finally {
        signal?.removeEventListener('abort', hurry);
    }
}

;// CONCATENATED MODULE: ./src/engine/index.ts
// The engine stage's public surface: what the pipeline and the action's post step call.














/***/ }),

/***/ 77585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ ROUGE_TYPES_BY_MODE)
/* harmony export */ });
const ROUGE_TYPES_BY_MODE = {
    'rouge-score': ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'],
    rouge155: ['rouge1', 'rouge2', 'rougeL'],
};


/***/ }),

/***/ 50649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ff: () => (/* binding */ runBenchmark),
  Ab: () => (/* binding */ yieldToSignals)
});

// UNUSED EXPORTS: RUN_PHASES

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/deep-merge.ts
var deep_merge = __webpack_require__(94517);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/certify/canonical-json.ts

/**
 * JSON with object keys sorted at every level and no whitespace: two documents that mean the same (keys
 * in another order, comments, YAML layout) serialize to the same text, and any change to a value does not.
 */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** `sha256:<hex>` of the canonical JSON of a value. */
function canonicalHash(value) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canonicalJson(value), 'utf8').digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/certify/profile-settings.ts


/** What `--set` accepts as one segment of a key path (config/overrides.ts). */
const PATH_SEGMENT = /^[A-Za-z0-9_-]+$/;
/**
 * The profile's settings as leaves. An empty mapping (`extra_body: {}`) is a leaf: it fixes "nothing
 * extra"; so is a mapping with a key `--set` cannot name (`extra_body: {"a.b": 1}`), fixed as a whole.
 */
function profileSettingLeaves(settings) {
    const leaves = [];
    const walk = (value, path) => {
        if ((0,deep_merge/* isPlainObject */.Q)(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => PATH_SEGMENT.test(key))) {
            for (const [key, child] of Object.entries(value))
                if (child !== undefined)
                    walk(child, [...path, key]);
        }
        else {
            leaves.push({ path: path.join('.'), value });
        }
    };
    walk(settings, []);
    return leaves;
}
/**
 * The profile as `--set` assignments, placed before the user's: the profile wins over host.yaml and
 * task.yaml (whose values it replaces), and a user's `--set` still wins over the profile, which the
 * deviation check then reports. The values are JSON, which the `--set` parser reads as YAML unchanged.
 */
function profileAssignments(profile) {
    return profileSettingLeaves(profile.definition.settings).map((leaf) => `${leaf.path}=${JSON.stringify(leaf.value)}`);
}
function valueAt(config, path) {
    let node = config;
    for (const segment of path.split('.'))
        node = (0,deep_merge/* isPlainObject */.Q)(node) ? node[segment] : undefined;
    return node;
}
/** Every fixed setting the resolved configuration does not hold at the profile's value, naming the `--set` that changed it. */
function profileDeviations(profile, config, userAssignments) {
    const deviations = [];
    for (const leaf of profileSettingLeaves(profile.definition.settings)) {
        const actual = valueAt(config, leaf.path);
        if (canonicalJson(actual ?? null) === canonicalJson(leaf.value))
            continue;
        const cause = userAssignments.filter((a) => {
            const key = a.slice(0, Math.max(0, a.indexOf('='))).trim();
            return key === leaf.path || leaf.path.startsWith(`${key}.`) || key.startsWith(`${leaf.path}.`);
        });
        const by = cause.length > 0 ? ` (--set ${cause.join(', --set ')})` : '';
        deviations.push(`${leaf.path} is ${JSON.stringify(actual ?? null)} where profile ${profile.id} fixes ${JSON.stringify(leaf.value)}${by}`);
    }
    return deviations;
}
/** The dataset slice must be the profile's, by content: same rows, same order, same text. */
function datasetDeviation(profile, checksum) {
    const expected = profile.definition.dataset.checksum;
    if (expected === null)
        return `profile ${profile.id} pins no dataset checksum, so the slice used (${checksum}) cannot be certified as the profile's`;
    return expected === checksum ? null : `the dataset slice's checksum ${checksum} differs from profile ${profile.id}'s ${expected}`;
}

;// CONCATENATED MODULE: ./src/certify/verdict.ts
const ROUGE_TYPES = ['rouge1', 'rouge2', 'rougeL'];
const notEvaluated = (name, bound, detail) => ({ name, status: 'not_evaluated', measured: null, bound, detail });
function judged(name, measured, ok, bound, detail) {
    return { name, status: ok ? 'pass' : 'fail', measured, bound, detail };
}
function rougeCriteria(input) {
    const rule = input.profile.criteria.rouge;
    if (!rule)
        return [];
    const reference = input.profile.references[input.model];
    return ROUGE_TYPES.map((type) => {
        const name = `${type} ≥ ${rule.min_share} × reference`;
        const ref = reference?.[type];
        if (ref === undefined)
            return notEvaluated(name, `≥ ${rule.min_share} × reference`, `the profile has no ${type} reference for model ${input.model}`);
        const measured = input.headline[type];
        const bound = `≥ ${rule.min_share} × ${ref}`;
        if (measured === null || measured === undefined)
            return notEvaluated(name, bound, `${type} was not measured`);
        return judged(name, measured, measured >= rule.min_share * ref, bound, `${(measured / ref * 100).toFixed(2)}% of the reference`);
    });
}
function lengthCriterion(input, tally) {
    const rule = input.profile.criteria.output_length;
    if (!rule)
        return [];
    const name = `mean output tokens within ±${rule.margin * 100}% of reference`;
    const ref = input.profile.references[input.model]?.mean_output_tokens;
    if (ref === undefined)
        return [notEvaluated(name, `±${rule.margin * 100}%`, `the profile has no mean_output_tokens reference for model ${input.model}`)];
    const bound = `${(ref * (1 - rule.margin)).toFixed(2)} … ${(ref * (1 + rule.margin)).toFixed(2)}`;
    if (tally.completed === 0)
        return [notEvaluated(name, bound, 'no request completed')];
    const mean = tally.outputTokens / tally.completed;
    return [judged(name, mean, Math.abs(mean - ref) <= rule.margin * ref, bound, `${tally.completed} completed requests`)];
}
/** The integrity shares, in the order they are reported; the repeated-outputs one reads `byText`. */
function shareRules(input, byText) {
    const rule = input.profile.criteria.integrity;
    if (!rule)
        return [];
    return [
        ['failed requests share', rule.max_failed_share, (r) => r.error !== null],
        ['empty outputs share', rule.max_empty_share, (r) => r.error?.kind === 'no_text' || (r.error === null && r.text.trim() === '')],
        // A stop at max_tokens cut the summary short: MLPerf's truncation check.
        ['outputs cut at max_tokens share', rule.max_truncated_share, (r) => r.error === null && r.finish_reason === 'length'],
        ['outputs repeated across articles share', rule.max_duplicate_share, (r) => r.error === null && (byText.get(r.text)?.size ?? 0) > 1],
    ];
}
/**
 * Two walks over the records: the first finds each output text's articles (same text for two different
 * articles: a cache answering the wrong prompt, or a constant reply), the second counts.
 */
function tallyRecords(input) {
    const byText = new Map();
    if (input.profile.criteria.integrity) {
        for (const r of input.records)
            if (!r.warmup && r.error === null && r.text.trim() !== '')
                byText.set(r.text, (byText.get(r.text) ?? new Set()).add(r.id));
    }
    const rules = shareRules(input, byText);
    const tally = { measured: 0, completed: 0, outputTokens: 0, shares: new Map(rules.map(([name]) => [name, 0])) };
    for (const r of input.records) {
        if (r.warmup)
            continue;
        tally.measured += 1;
        if (r.error === null) {
            tally.completed += 1;
            tally.outputTokens += r.output_tokens ?? 0;
        }
        for (const [name, , counts] of rules)
            if (counts(r))
                tally.shares.set(name, tally.shares.get(name) + 1);
    }
    return tally;
}
function integrityCriteria(input, tally) {
    return shareRules(input, new Map()).flatMap(([name, max]) => {
        if (max === undefined)
            return [];
        if (tally.measured === 0)
            return [notEvaluated(name, `≤ ${max}`, 'no measured request')];
        const n = tally.shares.get(name);
        return [judged(name, n / tally.measured, n / tally.measured <= max, `≤ ${max}`, `${n} of ${tally.measured} measured requests`)];
    });
}
function performanceCriteria(input) {
    return (input.profile.criteria.performance ?? []).map((claim) => {
        const bound = [claim.min !== undefined ? `≥ ${claim.min}` : '', claim.max !== undefined ? `≤ ${claim.max}` : ''].filter(Boolean).join(' and ');
        const name = `${claim.metric} ${bound}`;
        const value = input.headline[claim.metric];
        if (value === null || value === undefined)
            return notEvaluated(name, bound, `${claim.metric} was not measured`);
        const ok = (claim.min === undefined || value >= claim.min) && (claim.max === undefined || value <= claim.max);
        return judged(name, value, ok, bound, 'at the profile\'s load');
    });
}
/** Every pass criterion of the profile, judged on the run; the verdict is pass, fail or incomplete. */
function judgeCriteria(input) {
    const tally = tallyRecords(input);
    const criteria = [...rougeCriteria(input), ...lengthCriterion(input, tally), ...integrityCriteria(input, tally), ...performanceCriteria(input)];
    const verdict = criteria.some((c) => c.status === 'fail') ? 'fail' : criteria.some((c) => c.status === 'not_evaluated') ? 'incomplete' : 'pass';
    return { verdict, criteria };
}

;// CONCATENATED MODULE: ./src/certify/certification.ts


/** `<id>@<hash>`: the value the fingerprint carries, so runs of different definitions are never compared. */
function profileFingerprint(profile) {
    return `${profile.id}@${profile.hash}`;
}
/** Checks the resolved configuration and the dataset slice against the profile, once both are known. */
function checkProfiledRun(profile, config, userAssignments, datasetChecksum) {
    const deviations = profileDeviations(profile, config, userAssignments);
    const dataset = datasetDeviation(profile, datasetChecksum);
    if (dataset)
        deviations.push(dataset);
    return { profile, deviations };
}
/** results.json's certification block: whether the definition held, and the pass criteria judged on the run. */
function certificationBlock(run, model, headline, records) {
    const { verdict, criteria } = judgeCriteria({ profile: run.profile.definition, model, headline, records });
    return {
        profile: run.profile.id,
        profile_hash: run.profile.hash,
        profile_file: run.profile.file,
        certified: run.deviations.length === 0,
        not_certified_reasons: [...run.deviations],
        verdict,
        criteria,
    };
}
/** One line for the log and the job summary. */
function describeCertification(block) {
    const status = block.certified ? `certified run, verdict ${block.verdict.toUpperCase()}` : `NOT CERTIFIED (${block.not_certified_reasons.join('; ')}), criteria verdict ${block.verdict}`;
    return `profile ${block.profile}: ${status}`;
}

;// CONCATENATED MODULE: ./src/certify/capacity-search.ts
const median = (values) => {
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** The tightest SLO ratio over the measurements; a measurement with nothing completed misses (Infinity). */
function sloRatio(measurements, slo) {
    let worst = 0;
    for (const key of ['ttft_ms_p99', 'tpot_ms_p99']) {
        const bound = slo[key];
        if (bound === undefined)
            continue;
        const values = measurements.map((m) => m[key]);
        if (values.some((v) => v === null))
            return Infinity;
        worst = Math.max(worst, median(values) / bound);
    }
    return worst;
}
async function searchCapacity(options, measure) {
    if (options.slo.ttft_ms_p99 === undefined && options.slo.tpot_ms_p99 === undefined)
        throw new Error('capacity search needs at least one SLO');
    const probes = [];
    const probe = async (rate, repeats) => {
        const measurements = [];
        for (let i = 0; i < repeats; i++)
            measurements.push(await measure(rate));
        const ratio = sloRatio(measurements, options.slo);
        const result = { rate, measurements, ratio, met: ratio <= 1 };
        probes.push(result);
        return result;
    };
    let met = await probe(options.low, options.repeats);
    if (!met.met)
        return { capacity_rps: null, interval: { low: null, high: options.low }, note: `even the lowest rate, ${options.low} requests/s, misses the SLO`, probes };
    let missed = null;
    while (missed === null && met.rate < options.high) {
        const rate = Math.min(options.high, met.rate * 2);
        let next = await probe(rate, 1);
        // Far below the knee one measurement says enough; a miss is near it, so it is measured again with the repeats.
        if (!next.met && options.repeats > 1)
            next = await probe(rate, options.repeats);
        if (next.met)
            met = next;
        else
            missed = next;
    }
    if (missed === null)
        return { capacity_rps: met.rate, interval: { low: met.rate, high: null }, note: `the SLO is still met at the highest rate tried, ${options.high} requests/s: capacity is at least that`, probes };
    return bisect(met, missed);
    async function bisect(lo, hi) {
        while ((hi.rate - lo.rate) / hi.rate > options.tolerance) {
            const mid = await probe((lo.rate + hi.rate) / 2, options.repeats);
            if (mid.met)
                lo = mid;
            else
                hi = mid;
        }
        return { capacity_rps: interpolate(lo, hi), interval: { low: lo.rate, high: hi.rate }, note: null, probes };
    }
}
/** The rate where the SLO ratio crosses 1, on the line between the bracket's ends (their midpoint when a ratio is infinite). */
function interpolate(lo, hi) {
    if (!Number.isFinite(hi.ratio) || hi.ratio === lo.ratio)
        return (lo.rate + hi.rate) / 2;
    const t = (1 - lo.ratio) / (hi.ratio - lo.ratio);
    return lo.rate + Math.min(1, Math.max(0, t)) * (hi.rate - lo.rate);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/config/validate.ts
var validate = __webpack_require__(42526);
// EXTERNAL MODULE: ./src/config/yaml-file.ts
var yaml_file = __webpack_require__(32434);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/find-up.ts
var find_up = __webpack_require__(80131);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/config/settings-schema.ts + 2 modules
var settings_schema = __webpack_require__(42151);
;// CONCATENATED MODULE: ./src/certify/profile-schema.ts


/**
 * A benchmark profile (configs/profiles/<name>.yaml): a named, versioned definition of "the benchmark"
 * that two vendors can both claim. docs/certification.md describes every key.
 */
const share = schemas/* number */.aig().min(0).max(1);
/** The settings a profile fixes: a run whose resolved configuration differs on any of them is not certified. */
const profileSettingsSchema = schemas/* strictObject */.rej({
    task_nums: schemas/* int */.Whr().min(1),
    api: schemas/* enum */.k5n(['chat', 'completions']),
    prompt: settings_schema/* promptSchema */.a_.partial(),
    request: settings_schema/* requestSchema */.TF.pick({ max_tokens: true, temperature: true, seed: true, top_p: true, extra_body: true }).partial(),
    load: settings_schema/* loadSchema */.e$.partial(),
    slo: settings_schema/* sloSchema */._6.partial(),
    percentiles: schemas/* array */.YOg(schemas/* number */.aig().gt(0).lt(100)),
    dataset: settings_schema/* datasetSchema */.eS.pick({ sample: true, seed: true }).partial(),
    rouge: settings_schema/* rougeSchema */.I.partial(),
}).partial();
/** One performance claim: a headline metric of the run against a bound, at the profile's load. */
const performanceClaimSchema = schemas/* strictObject */.rej({
    metric: schemas/* string */.YjP().min(1),
    max: schemas/* number */.aig().optional(),
    min: schemas/* number */.aig().optional(),
}).refine((c) => c.max !== undefined || c.min !== undefined, { message: 'needs max or min' });
const criteriaSchema = schemas/* strictObject */.rej({
    /** Each ROUGE F-measure must be at least this share of the model's reference (MLPerf: 0.99). */
    rouge: schemas/* strictObject */.rej({ min_share: share }).optional(),
    /** Mean output tokens within ±margin of the model's reference (MLPerf: 0.10). */
    output_length: schemas/* strictObject */.rej({ margin: share }).optional(),
    /**
     * Output integrity: shares of measured requests that failed, came back empty, stopped at max_tokens, or
     * repeated word for word the output of another article (a cached or constant answer).
     */
    integrity: schemas/* strictObject */.rej({ max_failed_share: share, max_empty_share: share, max_truncated_share: share, max_duplicate_share: share }).partial().optional(),
    performance: schemas/* array */.YOg(performanceClaimSchema).optional(),
});
/** A model's reference figures, measured once on a reference system and written into the profile. */
const referenceSchema = schemas/* strictObject */.rej({
    rouge1: schemas/* number */.aig().gt(0).max(1).optional(),
    rouge2: schemas/* number */.aig().gt(0).max(1).optional(),
    rougeL: schemas/* number */.aig().gt(0).max(1).optional(),
    mean_output_tokens: schemas/* number */.aig().gt(0).optional(),
});
/** Capacity at SLO: the search the capacity profiles run (docs/certification.md). */
const capacitySearchSchema = schemas/* strictObject */.rej({
    /** The lowest and highest request rate (requests/s) the search may try. */
    low: schemas/* number */.aig().gt(0),
    high: schemas/* number */.aig().gt(0),
    /** Search stops when the bracket is narrower than this share of its upper end. */
    tolerance: share.refine((x) => x > 0, { message: 'must be > 0' }),
    /** Measurements per probe near the knee (the bracket's ends). */
    repeats: schemas/* int */.Whr().min(1).max(20),
    /** p99 bounds a probe must meet to pass (ms). */
    slo: schemas/* strictObject */.rej({ ttft_ms_p99: schemas/* number */.aig().gt(0), tpot_ms_p99: schemas/* number */.aig().gt(0) }).partial(),
})
    .refine((c) => c.low < c.high, { message: 'low must be below high' })
    .refine((c) => c.slo.ttft_ms_p99 !== undefined || c.slo.tpot_ms_p99 !== undefined, { message: 'slo needs ttft_ms_p99 or tpot_ms_p99' });
const profileSchema = schemas/* strictObject */.rej({
    /** Name and version: `xsum-latency` and 1 make `xsum-latency-v1`, which must be the file's name. */
    name: schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9-]*$/),
    version: schemas/* int */.Whr().min(1),
    description: schemas/* string */.YjP().min(1),
    dataset: schemas/* strictObject */.rej({
        /** sha256 over the rows used (results.json dataset.checksum); null while no reference slice is pinned. */
        checksum: schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/).nullable(),
    }),
    settings: profileSettingsSchema,
    criteria: criteriaSchema,
    /** Reference figures by served model name. */
    references: schemas/* record */.g1P(schemas/* string */.YjP(), referenceSchema).default({}),
    capacity: capacitySearchSchema.optional(),
});

;// CONCATENATED MODULE: ./src/certify/load-profile.ts








const PROFILES_DIR = (0,external_node_path_.join)('configs', 'profiles');
/** `name-vN` → `<cwd>/configs/profiles/name-vN.yaml`, else the one shipped with infergate; a path is read as given. */
function resolveProfilePath(nameOrPath, cwd = process.cwd()) {
    const ext = (0,external_node_path_.extname)(nameOrPath);
    if (ext === '.yaml' || ext === '.yml' || nameOrPath.includes('/') || nameOrPath.includes('\\'))
        return nameOrPath;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(nameOrPath))
        throw new errors/* InputError */.dz(`--profile ${JSON.stringify(nameOrPath)}: not a profile name (lower-case letters, digits and -) nor a .yaml path`);
    const relative = (0,external_node_path_.join)(PROFILES_DIR, `${nameOrPath}.yaml`);
    const found = (0,find_up/* findUp */.d)(relative, cwd) ?? (0,find_up/* findUp */.d)(relative, (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)));
    if (found === null)
        throw new errors/* InputError */.dz(`--profile ${nameOrPath}: no ${relative} in this directory or above it, nor among the profiles shipped with infergate`);
    return found;
}
/** The hash of a validated definition: layout, comments and key order do not change it; any value does. */
function profileHash(definition) {
    return canonicalHash(definition);
}
/** Reads and validates a profile; every problem is one InputError naming the file, line and key. */
function loadProfile(nameOrPath, cwd) {
    const file = (0,yaml_file/* readYamlFile */.k)(resolveProfilePath(nameOrPath, cwd), 'profile');
    const definition = (0,validate/* validate */.t)(profileSchema, file.data, file);
    const id = `${definition.name}-v${definition.version}`;
    const stem = (0,external_node_path_.basename)(file.path, (0,external_node_path_.extname)(file.path));
    if (stem !== id)
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(file.path, file.lines.get('name'), `the profile is ${id} (name + version) but its file is named ${stem}: rename one of them`));
    return { id, file: file.path, hash: profileHash(definition), definition };
}

// EXTERNAL MODULE: ./src/config/load-config.ts + 6 modules
var load_config = __webpack_require__(81307);
;// CONCATENATED MODULE: ./src/dataset/build-prompts.ts
/** Whether a UTF-16 code unit is whitespace as `\s` matches it and `trim()` removes it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c) {
    if (c > 0x20 && c < 0xa0)
        return false;
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
        || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/**
 * Cuts an article to its first `maxWords` whitespace-separated words (joined by one space); says whether
 * it cut, and how many words the text kept. One scan of the characters finds the words and stops one word
 * past the limit, allocating nothing until it knows the text: an article within the limit is returned
 * trimmed, one past it is cut where its last kept word ends and its spaces made single. Run on every row
 * the dataset keeps before the first request (start to first request: a regular-expression scan that
 * collected the words cost about a sixth of the start at 100,000 rows).
 */
function truncateWords(text, maxWords) {
    let words = 0;
    let start = -1;
    let end = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        if (isSpace(text.charCodeAt(i))) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            if (words === maxWords)
                return { text: words === 0 ? '' : text.slice(start, end).replace(/\s+/g, ' '), truncated: true, words };
            inWord = true;
            words++;
            if (start < 0)
                start = i;
        }
        end = i + 1;
    }
    if (words === 0)
        return { text: '', truncated: maxWords < 1, words: 0 };
    return { text: text.slice(start, end), truncated: false, words };
}
/**
 * The prompts of the run's rows, each built when it is asked for: the load asks for request i's prompt as
 * it sends it (load/request-body.ts, PromptSource), so no prompt is built before the first request and
 * none is held after its request is sent. Row i's article is cut to its word limit: the one fitting the
 * served context set (fit-prompts.ts), else prompt.max_article_words.
 */
class RowPrompts {
    rows;
    config;
    wordLimits;
    constructor(rows, config, wordLimits = null) {
        this.rows = rows;
        this.config = config;
        this.wordLimits = wordLimits;
    }
    get count() {
        return this.rows.length;
    }
    promptFor(index) {
        return this.build(index, this.wordLimit(index)).prompt;
    }
    /** The words row i's article may keep in its prompt. */
    wordLimit(index) {
        return this.wordLimits?.[index] ?? this.config.prompt.max_article_words;
    }
    /** Row i's prompt with its article cut to `maxWords` words, and how many words it kept. */
    build(index, maxWords) {
        return buildPrompt(this.rows.at(index), this.config, maxWords);
    }
    /** The same rows, row i's article cut to `limits[i]` words. */
    withWordLimits(limits) {
        return new RowPrompts(this.rows, this.config, limits);
    }
}
/**
 * One row's prompt with its article cut to `maxWords` words (the pipeline cuts further to fit a context).
 * It follows HELM's XSum prompt: the article, a blank line, then "Summarize the above article in
 * 1 sentence." (chat) or HELM's "###\nArticle: …" completion template.
 */
function buildPrompt(row, config, maxWords) {
    const article = truncateWords(row.document, maxWords);
    const words = article.words;
    if (config.api === 'completions') {
        return { prompt: { id: row.id, prompt: config.prompt.completion_template.split('{article}').join(article.text) }, truncated: article.truncated, words };
    }
    const messages = [];
    if (config.prompt.system)
        messages.push({ role: 'system', content: config.prompt.system });
    messages.push({ role: 'user', content: `${article.text}\n\n${config.prompt.instruction}` });
    return { prompt: { id: row.id, messages }, truncated: article.truncated, words };
}

;// CONCATENATED MODULE: ./src/dataset/checksum.ts

/**
 * sha256 over the rows used, in order; fields are length-prefixed so no two row lists collide. Fed a row
 * at a time, so the dataset's one pass over its file hashes each row as it keeps it (load-dataset.ts).
 */
class RowsChecksum {
    hash = (0,external_node_crypto_.createHash)('sha256');
    add(row) {
        const { id, document, summary } = row;
        // The same bytes as one update a field and its prefix each, in one call: six calls a row were half the
        // hashing's time. No surrogate pair can form across the joins: each field is preceded by a digit and ':'.
        this.hash.update(`${Buffer.byteLength(id, 'utf8')}:${id}${Buffer.byteLength(document, 'utf8')}:${document}${Buffer.byteLength(summary, 'utf8')}:${summary}`, 'utf8');
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}
/** The checksum of a list of rows (RowsChecksum over each). */
function rowsChecksum(rows) {
    const checksum = new RowsChecksum();
    for (const row of rows)
        checksum.add(row);
    return checksum.digest();
}

// EXTERNAL MODULE: ./src/config/path-containment.ts
var path_containment = __webpack_require__(34878);
// EXTERNAL MODULE: ./src/util/file-kind.ts
var file_kind = __webpack_require__(24899);
;// CONCATENATED MODULE: ./src/dataset/data-files.ts





const FORMATS = { '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.summary': 'summary' };
/**
 * data_path is a file or a folder. A folder stands for every data file in it and below it, sorted by
 * path (the seed used the whole dataset repository as its test set); files of other kinds are ignored.
 * Each member is checked against `containment` (the run's; callers outside a run read where they are told).
 */
function listDataFiles(dataPath, key = 'data_path', containment = { allowOutside: true }) {
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(dataPath);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${key} ${dataPath}: ${(0,file_kind/* unreachableReason */.N4)(error)}`);
    }
    const special = (0,file_kind/* specialKind */.I2)(stats);
    if (special !== null)
        throw new errors/* InputError */.dz(`${key} ${dataPath} is ${special}, not a data file or folder`);
    if (stats.isFile()) {
        const format = FORMATS[(0,external_node_path_.extname)(dataPath).toLowerCase()];
        if (!format)
            throw new errors/* InputError */.dz(`${key} ${dataPath}: unknown data format "${(0,external_node_path_.extname)(dataPath) || '(no extension)'}" (use .csv, .jsonl, .json or a folder of .summary files)`);
        return [{ path: dataPath, format }];
    }
    const found = [];
    // Folders already walked, by real path: a link to a parent folder would otherwise be walked for ever.
    const walked = new Set();
    const walk = (dir) => {
        walked.add((0,external_node_fs_.realpathSync)(dir));
        for (const entry of listFolder(dir, key).sort((a, b) => a.name.localeCompare(b.name))) {
            if (entry.name.startsWith('.'))
                continue;
            const path = (0,external_node_path_.join)(dir, entry.name);
            const format = FORMATS[(0,external_node_path_.extname)(entry.name).toLowerCase()];
            const kind = entry.isSymbolicLink() ? followLink(path, format !== undefined, key) : entry;
            if (kind === null)
                continue;
            const special = (0,file_kind/* specialKind */.I2)(kind);
            if (special !== null)
                throw new errors/* InputError */.dz(`${key} ${dataPath}: ${path} is ${special}, not a data file; remove it from the data folder`);
            if (kind.isDirectory()) {
                if (walked.has((0,external_node_fs_.realpathSync)(path)))
                    throw new errors/* InputError */.dz(`${key} ${dataPath}: ${path} leads to a folder already read (a link back to a parent folder, or a second link to one)`);
                walk(path);
            }
            else if (format) {
                // Each member is a file of its own: a link among them must not lead out of the workspace.
                (0,path_containment/* assertOpenedInside */.Yw)(path, `${key} member`, containment);
                found.push({ path, format });
            }
        }
    };
    walk(dataPath);
    if (found.length === 0)
        throw new errors/* InputError */.dz(`${key} ${dataPath}: the folder holds no .csv, .jsonl, .json or .summary file`);
    return found;
}
/**
 * What a link in the data folder leads to. A link loop is refused whatever its name (it could stand for
 * a folder); a broken link only when its name says it is data, since other files are never read.
 */
function followLink(path, isDataName, key) {
    try {
        return (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !isDataName)
            return null;
        throw new errors/* InputError */.dz(`${key}: ${path} is ${code === 'ENOENT' ? 'a broken link (its target does not exist)' : (0,file_kind/* unreachableReason */.N4)(error)}`);
    }
}
function listFolder(dir, key) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${key}: cannot list the folder ${dir}: ${(0,file_kind/* unreachableReason */.N4)(error)}`);
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/dataset/hub-download.ts





/** The XSum test split as knkarthick/xsum publishes it. */
const HUB_TEST_FILE = 'test.csv';
/**
 * When data_path is not set, the test split is downloaded once into the cache folder and reused after.
 * Written to a temporary name and renamed, so an interrupted download never leaves a truncated file.
 */
async function ensureHubTestSplit(hubUrl, cacheDir, log, signal) {
    const dir = (0,external_node_path_.join)(cacheDir, 'knkarthick-xsum');
    const target = (0,external_node_path_.join)(dir, HUB_TEST_FILE);
    if ((0,external_node_fs_.existsSync)(target)) {
        log.info(`data_path is not set: using the cached XSum test split ${target}`);
        return target;
    }
    const url = `${hubUrl.replace(/\/+$/, '')}/${HUB_TEST_FILE}`;
    log.info(`data_path is not set: downloading the XSum test split once from ${url} into ${dir}`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const partial = `${target}.partial`;
    try {
        // Imported here, when a download happens: undici is half of what a start would evaluate otherwise
        // (docs/metrics.md, "Start-up"), and a run with data_path or a cached split never needs it.
        const { fetch } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
        const response = await fetch(url, { redirect: 'follow', signal: downloadSignal(signal) });
        if (response.status !== 200 || !response.body) {
            await response.body?.cancel();
            throw new Error(`HTTP ${response.status}`);
        }
        await (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), (0,external_node_fs_.createWriteStream)(partial));
        (0,external_node_fs_.renameSync)(partial, target);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(partial, { force: true });
        throw new errors/* InputError */.dz(`data_path is not set and the XSum download from ${url} failed (${error.message}); set data_path to a local XSum file or folder`);
    }
    return target;
}
/**
 * Aborts after 10 minutes or with `signal`. Not AbortSignal.any: on Node 20 its combined signal can be
 * collected while the download still waits on it, and the abort is then lost.
 */
function downloadSignal(signal) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('no answer within 600 s')), 600_000);
    timer.unref();
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted)
        onAbort();
    else
        signal?.addEventListener('abort', onAbort, { once: true });
    controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    return controller.signal;
}

// EXTERNAL MODULE: ./src/util/utf8-text.ts
var utf8_text = __webpack_require__(88253);
;// CONCATENATED MODULE: ./src/dataset/utf8-guard.ts



/**
 * A pass-through for a streamed data file (CSV, JSON Lines): drops a leading BOM, and fails with an
 * InputError naming the line of the first byte that is not UTF-8 (util/utf8-text.ts says why). The bytes
 * of a character split across two chunks are held back until the rest arrives.
 */
function utf8Guard(file) {
    let carry = Buffer.alloc(0);
    let line = 1;
    let first = true;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            let data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
            if (first) {
                if (data.length < utf8_text/* UTF8_BOM */.hD.length && utf8_text/* UTF8_BOM */.hD.subarray(0, data.length).equals(data)) {
                    carry = data; // too short to tell a BOM yet
                    callback();
                    return;
                }
                first = false;
                if ((0,utf8_text/* hasBom */.BH)(data))
                    data = data.subarray(utf8_text/* UTF8_BOM */.hD.length);
            }
            const cut = completeLength(data);
            const body = data.subarray(0, cut);
            carry = Buffer.from(data.subarray(cut));
            const bad = (0,utf8_text/* firstInvalidUtf8 */.vE)(body);
            if (bad >= 0) {
                callback(new errors/* InputError */.dz((0,utf8_text/* notUtf8Message */.Uj)(file, body, bad, line)));
                return;
            }
            line += (0,utf8_text/* countNewlines */.Dn)(body);
            callback(null, body);
        },
        flush(callback) {
            if (carry.length === 0) {
                callback();
                return;
            }
            // Held back and never completed: a multi-byte character (or a BOM) cut off by the end of the file.
            const lead = carry[0];
            const cutOff = lead >= 0xc2 && lead <= 0xf4;
            callback(new errors/* InputError */.dz((0,utf8_text/* notUtf8Message */.Uj)(file, carry, cutOff ? carry.length : 0, line)));
        },
    });
}
/** Length of `data` up to the last character that is complete (a cut-off multi-byte tail stays out). */
function completeLength(data) {
    for (let back = 1; back <= Math.min(3, data.length); back++) {
        const byte = data[data.length - back];
        if ((byte & 0xc0) === 0x80)
            continue; // a continuation byte: look further back
        const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return needed > back ? data.length - back : data.length;
    }
    return data.length;
}

;// CONCATENATED MODULE: ./src/dataset/read-csv.ts




/**
 * knkarthick/xsum CSV files: a header with id, summary and the article under `dialogue` (that
 * repository's name) or `document`. Streamed, so a 200 MB split never sits in memory as text;
 * quoted fields may hold newlines.
 */
async function* readCsvRows(path) {
    // Imported when a CSV file is read: a start with a JSON Lines dataset does not evaluate the parser.
    const { parse } = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 65377));
    // pipeline, not pipe: an error of the file or of the UTF-8 check ends the parser's iteration with it.
    const parser = (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(path), utf8Guard(path), parse({ bom: true, columns: (header) => header.map((h) => h.trim()), skip_empty_lines: true, info: true, relax_column_count: false }), () => undefined);
    let articleColumn;
    try {
        for await (const { record, info } of parser) {
            if (articleColumn === undefined) {
                const columns = Object.keys(record);
                articleColumn = ['document', 'dialogue'].find((c) => columns.includes(c));
                const missing = [articleColumn ? undefined : 'document (or dialogue)', columns.includes('summary') ? undefined : 'summary', columns.includes('id') ? undefined : 'id'].filter(Boolean);
                if (missing.length > 0) {
                    throw new errors/* InputError */.dz((0,errors/* located */.t4)(path, 1, `CSV header lacks column ${missing.join(', ')} (found: ${columns.join(', ')})`));
                }
            }
            yield { id: record.id, document: record[articleColumn], summary: record.summary, where: `${path}:${info.lines}` };
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const csvError = error;
        if (csvError.code?.startsWith('CSV_')) {
            throw new errors/* InputError */.dz((0,errors/* located */.t4)(path, csvError.lines, `CSV syntax error: ${(csvError.message ?? '').replace(/\s*at line \d+.*$/s, '')}`));
        }
        throw new errors/* InputError */.dz(`${path}: cannot read the data file: ${csvError.message ?? String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/dataset/xsum-row.ts

/** A parsed JSON row as a raw row; `dialogue` stands for `document` (knkarthick's name). */
function rawRowOf(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* InputError */.dz(`${where}: expected an object {id, document, summary}, got ${Array.isArray(value) ? 'a list' : typeof value}`);
    }
    const row = value;
    return { id: row.id, document: row.document ?? row.dialogue, summary: row.summary, where };
}
/** Checks one raw row; returns the usable row or the reason it cannot be used. */
function checkRow(raw) {
    let id;
    if (typeof raw.id === 'number' && Number.isFinite(raw.id))
        id = String(raw.id);
    else if (typeof raw.id === 'string' && raw.id.trim() !== '' && !/[\r\n\t]/.test(raw.id))
        id = raw.id.trim();
    else
        return 'bad_id';
    if (typeof raw.document !== 'string' || raw.document.trim() === '')
        return 'empty_document';
    if (typeof raw.summary !== 'string' || raw.summary.trim() === '')
        return 'no_summary';
    return { id, document: raw.document, summary: raw.summary };
}

;// CONCATENATED MODULE: ./src/dataset/read-json.ts






/** Whether the file starts with a UTF-8 BOM (the guard drops it: line offsets count it back in). */
function startsWithBom(path) {
    const head = Buffer.alloc(3);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        return (0,utf8_text/* hasBom */.BH)(head.subarray(0, (0,external_node_fs_.readSync)(fd, head, 0, 3, 0)));
    }
    catch {
        return false; // the stream below reports why the file cannot be read
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The lines of a UTF-8 byte stream with the byte offset of each in the file, split as readline splits
 * them (LF, CRLF, or a lone CR; CRLF is one break even across chunks). A line's bytes are joined only when
 * it spans chunks.
 */
async function* linesWithOffsets(chunks, firstOffset) {
    let pieces = [];
    let lineStart = firstOffset;
    let position = firstOffset;
    let afterCr = false;
    for await (const chunk of chunks) {
        if (chunk.length === 0)
            continue;
        let from = 0;
        if (afterCr && chunk.length > 0 && chunk[0] === 0x0a) {
            from = 1;
            lineStart = position + 1;
        }
        afterCr = false;
        // The next LF and the next CR, each found natively (a byte-by-byte loop was most of the pass's time).
        let lf = chunk.indexOf(0x0a, from);
        let cr = chunk.indexOf(0x0d, from);
        while (lf >= 0 || cr >= 0) {
            const i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            const byte = chunk[i];
            const bytes = pieces.length === 0 ? chunk.subarray(from, i) : Buffer.concat([...pieces, chunk.subarray(from, i)]);
            pieces = [];
            yield { text: bytes.toString('utf8'), offset: lineStart, length: bytes.length };
            const crlf = byte === 0x0d && chunk[i + 1] === 0x0a;
            if (byte === 0x0d && i + 1 === chunk.length)
                afterCr = true;
            from = i + (crlf ? 2 : 1);
            lineStart = position + from;
            if (lf >= 0 && lf < from)
                lf = chunk.indexOf(0x0a, from);
            if (cr >= 0 && cr < from)
                cr = chunk.indexOf(0x0d, from);
        }
        if (from < chunk.length)
            pieces.push(chunk.subarray(from));
        position += chunk.length;
    }
    if (pieces.length > 0) {
        const bytes = Buffer.concat(pieces);
        yield { text: bytes.toString('utf8'), offset: lineStart, length: bytes.length };
    }
}
/**
 * JSON Lines: one {id, document, summary} object per line; blank lines are allowed; UTF-8, BOM dropped.
 * Each row says where its line lies in the file (`span`): the dataset keeps that, not the row.
 */
async function* readJsonlRows(path) {
    const bom = startsWithBom(path);
    const bytes = (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(path), utf8Guard(path), () => undefined);
    let number = 0;
    try {
        for await (const line of linesWithOffsets(bytes, bom ? utf8_text/* UTF8_BOM */.hD.length : 0)) {
            number++;
            if (line.text.trim() === '')
                continue;
            let value;
            try {
                value = JSON.parse(line.text);
            }
            catch (error) {
                throw new errors/* InputError */.dz((0,errors/* located */.t4)(path, number, `invalid JSON: ${error.message}`));
            }
            yield { ...rawRowOf(value, `${path}:${number}`), span: { offset: line.offset, length: line.length, line: number } };
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz(`${path}: cannot read the data file: ${error.message}`);
    }
    finally {
        bytes.destroy();
    }
}
/** A JSON file holding a list of rows, or {data: [...]} / {rows: [...]} as dataset exports do. */
async function* readJsonRows(path) {
    let value;
    try {
        value = JSON.parse((0,utf8_text/* decodeUtf8Text */.$y)((0,external_node_fs_.readFileSync)(path), path));
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz(`${path}: invalid JSON: ${error.message}`);
    }
    const list = Array.isArray(value) ? value : (value?.data ?? value?.rows);
    if (!Array.isArray(list))
        throw new errors/* InputError */.dz(`${path}: expected a list of {id, document, summary} rows (or {"data": [...]})`);
    for (let i = 0; i < list.length; i++)
        yield rawRowOf(list[i], `${path}: row ${i + 1}`);
}

;// CONCATENATED MODULE: ./src/dataset/read-summary-file.ts




/**
 * EdinburghNLP's raw XSum files, one article per `<bbcid>.summary` file, in sections headed
 * `[SN]URL[SN]`, `[SN]TITLE[SN]`, `[SN]FIRST-SENTENCE[SN]` (the reference summary) and
 * `[SN]RESTBODY[SN]` (the article). The id is the file name without `.summary`, as in the release.
 */
function readSummaryFile(path) {
    const text = (0,utf8_text/* decodeUtf8Text */.$y)((0,external_node_fs_.readFileSync)(path), path);
    const sections = new Map();
    const pattern = /\[SN\]([A-Z-]+)\[SN\]/g;
    const marks = [...text.matchAll(pattern)];
    if (marks.length === 0)
        throw new errors/* InputError */.dz(`${path}: not an XSum .summary file (no [SN]FIRST-SENTENCE[SN] / [SN]RESTBODY[SN] sections)`);
    marks.forEach((mark, i) => {
        const start = (mark.index ?? 0) + mark[0].length;
        const end = marks[i + 1]?.index ?? text.length;
        sections.set(mark[1] ?? '', text.slice(start, end).trim());
    });
    return { id: (0,external_node_path_.basename)(path, '.summary'), document: sections.get('RESTBODY'), summary: sections.get('FIRST-SENTENCE'), where: path };
}

// EXTERNAL MODULE: ./src/util/typed-array.ts
var typed_array = __webpack_require__(76476);
;// CONCATENATED MODULE: ./src/dataset/id-set.ts

/** A place with no number (a .summary file's rows are named by their file alone). */
const NO_NUMBER = 0xffffffff;
/**
 * Where each id was first seen, for the duplicate message: a row's "file:line" split into the part shared
 * by its file's rows and its number, kept as a prefix index and a number (8 bytes an id, not a string).
 */
class FirstPlaces {
    prefixes = [];
    prefix = new Uint32Array(1024);
    number = new Uint32Array(1024);
    count = 0;
    /** Records the place of id number `count` (ids are numbered in the order they were added). */
    add(where) {
        const digits = /\d+$/.exec(where);
        const prefix = digits ? where.slice(0, digits.index) : where;
        if (this.prefixes.at(-1) !== prefix)
            this.prefixes.push(prefix);
        if (this.count === this.prefix.length) {
            this.prefix = (0,typed_array/* grownTo */.p)(this.prefix, this.count * 2);
            this.number = (0,typed_array/* grownTo */.p)(this.number, this.count * 2);
        }
        this.prefix[this.count] = this.prefixes.length - 1;
        this.number[this.count++] = digits ? Math.min(Number(digits[0]), NO_NUMBER - 1) : NO_NUMBER;
    }
    /** Where id number `index` was first seen. */
    where(index) {
        const number = this.number[index];
        return `${this.prefixes[this.prefix[index]]}${number === NO_NUMBER ? '' : number}`;
    }
}
/**
 * The ids seen by the dataset's pass, for its duplicate check, without a string an id: their UTF-8 bytes
 * end to end in one Buffer, and an open-addressing table (a Uint32Array of id numbers + 1, 0 empty) keyed by
 * an FNV-1a hash of the bytes. Two ids are the same when their bytes are; a hash collision only probes on.
 * About the id's bytes plus 12–20 bytes an id, where a Set of strings held ~50 (a string and its entry).
 */
class IdSet {
    bytes = Buffer.alloc(1 << 16);
    used = 0;
    ends = new Uint32Array(1024);
    count = 0;
    table = new Uint32Array(2048);
    get size() {
        return this.count;
    }
    /** Adds `id` as the next id (0, 1, …); when it was already there, returns that id's number instead, else -1. */
    add(id) {
        const length = this.stage(id);
        const slot = this.find(this.used, this.used + length);
        if (this.table[slot] !== 0)
            return this.table[slot] - 1;
        if (this.count === this.ends.length)
            this.ends = (0,typed_array/* grownTo */.p)(this.ends, this.count * 2);
        this.used += length;
        this.ends[this.count++] = this.used;
        this.table[slot] = this.count;
        if (this.count * 2 > this.table.length)
            this.rehash(this.table.length * 2);
        return -1;
    }
    /** `id`'s number (0, 1, … in the order ids were added), or -1 when it was never added. Adds nothing. */
    indexOf(id) {
        const length = this.stage(id);
        return this.table[this.find(this.used, this.used + length)] - 1;
    }
    /** Writes `id`'s UTF-8 bytes just past the ids kept (growing the buffer), where `add` keeps them; returns their length. */
    stage(id) {
        const length = Buffer.byteLength(id, 'utf8');
        if (this.used + length > this.bytes.length) {
            const next = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
            this.bytes.copy(next, 0, 0, this.used);
            this.bytes = next;
        }
        this.bytes.write(id, this.used, 'utf8');
        return length;
    }
    /** The table slot holding the id at bytes[start, end), or the empty slot where it belongs. */
    find(start, end) {
        const mask = this.table.length - 1;
        for (let slot = hashOf(this.bytes, start, end) & mask;; slot = (slot + 1) & mask) {
            const entry = this.table[slot];
            if (entry === 0)
                return slot;
            const entryStart = entry === 1 ? 0 : this.ends[entry - 2];
            if (this.bytes.compare(this.bytes, entryStart, this.ends[entry - 1], start, end) === 0)
                return slot;
        }
    }
    rehash(capacity) {
        this.table = new Uint32Array(capacity);
        const mask = capacity - 1;
        for (let k = 0; k < this.count; k++) {
            let slot = hashOf(this.bytes, k === 0 ? 0 : this.ends[k - 1], this.ends[k]) & mask;
            while (this.table[slot] !== 0)
                slot = (slot + 1) & mask;
            this.table[slot] = k + 1;
        }
    }
}
/** 32-bit FNV-1a over bytes[start, end). */
function hashOf(bytes, start, end) {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], 0x01000193);
    return hash >>> 0;
}

;// CONCATENATED MODULE: ./src/dataset/row-store.ts





/**
 * Row i's article cut to `maxWords` words (as a prompt cuts it), or the row itself when it is within them.
 * More than maxWords words take at least 2 × maxWords + 1 characters: a shorter article is not scanned.
 */
function cutRow(row, maxWords) {
    if (maxWords === undefined || row.document.length <= 2 * maxWords)
        return { row, truncated: false };
    const article = truncateWords(row.document, maxWords);
    if (!article.truncated)
        return { row, truncated: false };
    return { row: { id: row.id, document: article.text, summary: row.summary }, truncated: true };
}
/** Index 0 of `files` stands for the store's own bytes (`packed`); a data file is 1 onwards. */
const PACKED = 0;
/**
 * The dataset's rows without a JS object or string a row: per row a source, a byte offset and a length
 * (typed arrays, 20 bytes a row), read back and parsed when asked for. A JSON Lines row is its line in the
 * data file; a row of any other format (CSV, a JSON list, .summary files: its byte position is not known
 * cheaply, or it is not one span of the file) is kept as UTF-8 JSON `[id, document, summary]` in one
 * growing Buffer. Rows are cut to `maxWords` as they are read back, as the dataset stage cut them.
 */
class DatasetRows {
    maxWords;
    files = [''];
    source = new Uint32Array(64);
    offset = new Float64Array(64);
    size = new Uint32Array(64);
    line = new Uint32Array(64);
    packed = Buffer.alloc(0);
    packedUsed = 0;
    count = 0;
    /** The data files opened to read rows back, by path; closed when the store is collected. */
    open = new Map();
    constructor(maxWords) {
        this.maxWords = maxWords;
        closeFiles.register(this, this.open);
    }
    get length() {
        return this.count;
    }
    /** Adds a row lying at `span` of `file`. */
    addSpan(file, span) {
        let source = this.files.length - 1;
        if (this.files[source] !== file)
            source = this.files.push(file) - 1;
        this.push(source, span.offset, span.length, span.line);
    }
    /** Adds a row kept in the store's own bytes. */
    addPacked(row) {
        const text = JSON.stringify([row.id, row.document, row.summary]);
        const bytes = Buffer.byteLength(text, 'utf8');
        if (this.packedUsed + bytes > this.packed.length) {
            const next = Buffer.alloc(Math.max(this.packedUsed + bytes, this.packed.length * 2, 1 << 16));
            this.packed.copy(next, 0, 0, this.packedUsed);
            this.packed = next;
        }
        this.packed.write(text, this.packedUsed, 'utf8');
        this.push(PACKED, this.packedUsed, bytes, 0);
        this.packedUsed += bytes;
    }
    at(index) {
        if (!Number.isInteger(index) || index < 0 || index >= this.count)
            return undefined;
        return cutRow(this.whole(index), this.maxWords).row;
    }
    /** Row i's id. */
    id(index) {
        return this.whole(index).id;
    }
    /** Row i's reference (gold) summary, as scoring reads it. */
    reference(index) {
        return this.whole(index).summary;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.count; i++)
            yield this.at(i);
    }
    /** The rows at `indices` (ascending), in a store of their own; the packed bytes are shared. */
    subset(indices) {
        const chosen = new DatasetRows(this.maxWords);
        chosen.files.push(...this.files.slice(1));
        chosen.packed = this.packed;
        chosen.packedUsed = this.packedUsed;
        for (const i of indices)
            chosen.push(this.source[i], this.offset[i], this.size[i], this.line[i]);
        return chosen;
    }
    /** Row i as its file holds it (whole article), read back and checked again. */
    whole(index) {
        const source = this.source[index];
        if (source === PACKED) {
            const [id, document, summary] = JSON.parse(this.packed.toString('utf8', this.offset[index], this.offset[index] + this.size[index]));
            return { id: id, document: document, summary: summary };
        }
        const file = this.files[source];
        const where = `${file}:${this.line[index]}`;
        const checked = checkRow(rawRowOf(parseLine(readSpan(this.open, file, this.offset[index], this.size[index], where), where), where));
        if (typeof checked === 'string')
            throw new errors/* InputError */.dz(`${where}: the row changed since the dataset was read (now: ${checked.replace('_', ' ')})`);
        return checked;
    }
    push(source, offset, size, line) {
        if (this.count === this.source.length) {
            const capacity = this.count * 2;
            this.source = (0,typed_array/* grownTo */.p)(this.source, capacity);
            this.offset = (0,typed_array/* grownTo */.p)(this.offset, capacity);
            this.size = (0,typed_array/* grownTo */.p)(this.size, capacity);
            this.line = (0,typed_array/* grownTo */.p)(this.line, capacity);
        }
        this.source[this.count] = source;
        this.offset[this.count] = offset;
        this.size[this.count] = size;
        this.line[this.count] = line;
        this.count++;
    }
}
/** Closes a store's data files once the store is collected: reading a row back is then one pread. */
const closeFiles = new FinalizationRegistry((open) => {
    for (const fd of open.values()) {
        try {
            (0,external_node_fs_.closeSync)(fd);
        }
        catch {
            // already closed: nothing to release
        }
    }
});
function readSpan(open, file, offset, length, where) {
    const bytes = Buffer.alloc(length);
    try {
        let fd = open.get(file);
        if (fd === undefined) {
            fd = (0,external_node_fs_.openSync)(file, 'r');
            open.set(file, fd);
        }
        let read = 0;
        while (read < length) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, length - read, offset + read);
            if (n === 0)
                break;
            read += n;
        }
        if (read < length)
            throw new errors/* InputError */.dz(`${where}: the data file changed since the dataset was read (it is shorter now)`);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz(`${where}: cannot read the row back from the data file: ${error.message}`);
    }
    return bytes.toString('utf8');
}
function parseLine(text, where) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(`${where}: the data file changed since the dataset was read (the line is no longer JSON)`);
    }
}

;// CONCATENATED MODULE: ./node_modules/pure-rand/lib/esm/distribution/uniformInt.js
//#region src/distribution/internals/uniformIntInternal.ts
/**
* Uniformly generate number in range [0 ; rangeSize[
* With rangeSize <= 0x100000000
* @internal
*/
function uniformIntInternal(rng, rangeSize) {
	const MaxAllowed = rangeSize > 2 ? ~~(4294967296 / rangeSize) * rangeSize : 4294967296;
	let deltaV = rng.next() + 2147483648;
	while (deltaV >= MaxAllowed) deltaV = rng.next() + 2147483648;
	return deltaV % rangeSize;
}
//#endregion
//#region src/distribution/internals/ArrayInt64.ts
/**
* We only accept safe integers here
* @internal
*/
function fromNumberToArrayInt64(out, n) {
	if (n < 0) {
		const posN = -n;
		out.sign = -1;
		out.data[0] = ~~(posN / 4294967296);
		out.data[1] = posN >>> 0;
	} else {
		out.sign = 1;
		out.data[0] = ~~(n / 4294967296);
		out.data[1] = n >>> 0;
	}
	return out;
}
/**
* Substract two ArrayInt of 64 bits on 64 bits.
* With arrayIntA - arrayIntB >= 0
* @internal
*/
function substractArrayInt64(out, arrayIntA, arrayIntB) {
	const lowA = arrayIntA.data[1];
	const highA = arrayIntA.data[0];
	const signA = arrayIntA.sign;
	const lowB = arrayIntB.data[1];
	const highB = arrayIntB.data[0];
	const signB = arrayIntB.sign;
	out.sign = 1;
	if (signA === 1 && signB === -1) {
		const low = lowA + lowB;
		const high = highA + highB + (low > 4294967295 ? 1 : 0);
		out.data[0] = high >>> 0;
		out.data[1] = low >>> 0;
		return out;
	}
	let lowFirst = lowA;
	let highFirst = highA;
	let lowSecond = lowB;
	let highSecond = highB;
	if (signA === -1) {
		lowFirst = lowB;
		highFirst = highB;
		lowSecond = lowA;
		highSecond = highA;
	}
	let reminderLow = 0;
	let low = lowFirst - lowSecond;
	if (low < 0) {
		reminderLow = 1;
		low = low >>> 0;
	}
	out.data[0] = highFirst - highSecond - reminderLow;
	out.data[1] = low;
	return out;
}
//#endregion
//#region src/distribution/internals/uniformArrayIntInternal.ts
/**
* Uniformly generate ArrayInt64 in range [0 ; rangeSize[
*
* @remarks
* In the worst case scenario it may discard half of the randomly generated value.
* Worst case being: most significant number is 1 and remaining part evaluates to 0.
*
* @internal
*/
function uniformArrayIntInternal(rng, out, rangeSize) {
	const maxIndex0 = rangeSize[0] + 1;
	out[0] = uniformIntInternal(rng, maxIndex0);
	out[1] = uniformIntInternal(rng, 4294967296);
	while (out[0] >= rangeSize[0] && (out[0] !== rangeSize[0] || out[1] >= rangeSize[1])) {
		out[0] = uniformIntInternal(rng, maxIndex0);
		out[1] = uniformIntInternal(rng, 4294967296);
	}
	return out;
}
//#endregion
//#region src/distribution/uniformInt.ts
const safeNumberMaxSafeInteger = Number.MAX_SAFE_INTEGER;
const sharedA = {
	sign: 1,
	data: [0, 0]
};
const sharedB = {
	sign: 1,
	data: [0, 0]
};
const sharedC = {
	sign: 1,
	data: [0, 0]
};
const sharedData = [0, 0];
function uniformLargeIntInternal(rng, from, to, rangeSize) {
	const rangeSizeArrayIntValue = rangeSize <= safeNumberMaxSafeInteger ? fromNumberToArrayInt64(sharedC, rangeSize) : substractArrayInt64(sharedC, fromNumberToArrayInt64(sharedA, to), fromNumberToArrayInt64(sharedB, from));
	if (rangeSizeArrayIntValue.data[1] === 4294967295) {
		rangeSizeArrayIntValue.data[0] += 1;
		rangeSizeArrayIntValue.data[1] = 0;
	} else rangeSizeArrayIntValue.data[1] += 1;
	uniformArrayIntInternal(rng, sharedData, rangeSizeArrayIntValue.data);
	return sharedData[0] * 4294967296 + sharedData[1] + from;
}
/**
* Uniformly generate random integer values between `from` (included) and `to` (included)
*
* @param rng - Instance of RandomGenerator to extract random values from
* @param from - Lower bound of the range (included)
* @param to - Upper bound of the range (included)
*
* @public
*/
function uniformInt(rng, from, to) {
	const rangeSize = to - from;
	if (rangeSize <= 4294967295) return uniformIntInternal(rng, rangeSize + 1) + from;
	return uniformLargeIntInternal(rng, from, to, rangeSize);
}
//#endregion


;// CONCATENATED MODULE: ./node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
//#region src/generator/xoroshiro128plus.ts
const jumps = [
	3639956645,
	3750757012,
	1261568508,
	386426335
];
var XoroShiro128Plus = class XoroShiro128Plus {
	constructor(s01, s00, s11, s10) {
		this.s01 = s01;
		this.s00 = s00;
		this.s11 = s11;
		this.s10 = s10;
	}
	clone() {
		return new XoroShiro128Plus(this.s01, this.s00, this.s11, this.s10);
	}
	next() {
		const out = this.s00 + this.s10 | 0;
		const a0 = this.s10 ^ this.s00;
		const a1 = this.s11 ^ this.s01;
		const s00 = this.s00;
		const s01 = this.s01;
		this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
		this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
		this.s10 = a1 << 5 ^ a0 >>> 27;
		this.s11 = a0 << 5 ^ a1 >>> 27;
		return out;
	}
	jump() {
		let ns01 = 0;
		let ns00 = 0;
		let ns11 = 0;
		let ns10 = 0;
		let s01 = this.s01;
		let s00 = this.s00;
		let s11 = this.s11;
		let s10 = this.s10;
		for (let i = 0; i !== 4; ++i) {
			const ji = jumps[i];
			for (let mask = 1; mask; mask <<= 1) {
				if (ji & mask) {
					ns01 ^= s01;
					ns00 ^= s00;
					ns11 ^= s11;
					ns10 ^= s10;
				}
				const a0 = s10 ^ s00;
				const a1 = s11 ^ s01;
				const s00_ = s00;
				const s01_ = s01;
				s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
				s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
				s10 = a1 << 5 ^ a0 >>> 27;
				s11 = a0 << 5 ^ a1 >>> 27;
			}
		}
		this.s01 = ns01;
		this.s00 = ns00;
		this.s11 = ns11;
		this.s10 = ns10;
	}
	getState() {
		return [
			this.s01,
			this.s00,
			this.s11,
			this.s10
		];
	}
};
function xoroshiro128plusFromState(state) {
	if (!(state.length === 4)) throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
	return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}
function xoroshiro128plus(seed) {
	return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}
//#endregion


;// CONCATENATED MODULE: ./src/dataset/select-rows.ts


/**
 * task_nums rows: the first N usable rows, or a seeded uniform sample of N (partial Fisher-Yates),
 * returned in dataset order so a sample reads the same whatever the seed picked first.
 */
function select_rows_selectRows(rows, count, mode, seed) {
    if (mode === 'first' || count >= rows.length)
        return rows.slice(0, count);
    const rng = xoroshiro128plus(seed);
    const indices = rows.map((_, i) => i);
    for (let i = 0; i < count; i++) {
        const j = uniformInt(rng, i, indices.length - 1);
        [indices[i], indices[j]] = [indices[j], indices[i]];
    }
    return indices
        .slice(0, count)
        .sort((a, b) => a - b)
        .map((i) => rows[i]);
}

;// CONCATENATED MODULE: ./src/dataset/load-dataset.ts











/** The reader's own rows, not a generator around them: a delegating generator would add a promise a row. */
function rowsOf(path, format) {
    if (format === 'csv')
        return readCsvRows(path);
    if (format === 'jsonl')
        return readJsonlRows(path);
    if (format === 'json')
        return readJsonRows(path);
    return [readSummaryFile(path)];
}
/**
 * The rows kept as the one pass over the files reads them, by position (a JSON Lines row) or packed
 * (row-store.ts). The first task_nums usable rows are hashed and counted as cut as they come, and only
 * they are kept; a seeded sample keeps every usable row's position (or packed row, whole) until it is
 * drawn, then reads the drawn rows back to hash them.
 */
class KeptRows {
    settings;
    truncated = 0;
    usable = 0;
    rows;
    checksum = new RowsChecksum();
    constructor(settings) {
        this.settings = settings;
        this.rows = new DatasetRows(settings.prompt?.max_article_words);
    }
    add(row, file, span) {
        this.usable++;
        const sampled = this.settings.dataset.sample === 'random';
        if (!sampled && this.rows.length >= this.settings.task_nums)
            return;
        let kept = row;
        if (!sampled) {
            this.checksum.add(row);
            const cut = cutRow(row, this.settings.prompt?.max_article_words);
            if (cut.truncated)
                this.truncated++;
            kept = cut.row;
        }
        if (span)
            this.rows.addSpan(file, span);
        else
            this.rows.addPacked(kept);
    }
    /** The rows used, with the checksum of the rows as read. */
    finish() {
        const { sample, seed } = this.settings.dataset;
        if (sample !== 'random')
            return { rows: this.rows, checksum: this.checksum.digest() };
        const all = Array.from({ length: this.rows.length }, (_, i) => i);
        const drawn = this.rows.subset(select_rows_selectRows(all, this.settings.task_nums, sample, seed));
        const checksum = new RowsChecksum();
        for (let i = 0; i < drawn.length; i++) {
            const row = drawn.whole(i);
            checksum.add(row);
            if (cutRow(row, this.settings.prompt?.max_article_words).truncated)
                this.truncated++;
        }
        return { checksum: checksum.digest(), rows: drawn };
    }
}
/**
 * Reads data_path (or the cached hub split), checks every row, and takes task_nums of the usable ones,
 * in one pass over the files. `signal` cancels a hub download (the caller records the interruption).
 */
async function loadDataset(config, log, signal, containment = { allowOutside: true }) {
    const source = config.data_path ?? (await ensureHubTestSplit(config.dataset.hub_url, config.dataset.cache_dir, log, signal));
    const kept = new KeptRows(config);
    const skipped = {};
    const examples = [];
    const seen = new IdSet();
    const places = new FirstPlaces();
    let read = 0;
    for (const file of listDataFiles(source, 'data_path', containment)) {
        for await (const raw of rowsOf(file.path, file.format)) {
            read++;
            let checked = checkRow(raw);
            const earlier = typeof checked === 'string' ? -1 : seen.add(checked.id);
            if (earlier >= 0)
                checked = 'duplicate_id';
            if (typeof checked === 'string') {
                skipped[checked] = (skipped[checked] ?? 0) + 1;
                const also = earlier >= 0 ? ` (first at ${places.where(earlier)})` : '';
                if (examples.length < 5)
                    examples.push(`${raw.where}: ${checked.replace('_', ' ')}${also}`);
                continue;
            }
            places.add(raw.where);
            kept.add(checked, file.path, raw.span);
        }
    }
    const usable = kept.usable;
    const skippedCount = Object.values(skipped).reduce((a, b) => a + (b ?? 0), 0);
    if (usable === 0)
        throw new errors/* InputError */.dz(`${source}: no usable XSum rows (${read} read, ${skippedCount} unusable; first: ${examples[0] ?? 'none'})`);
    if (skippedCount > 0) {
        const counts = Object.entries(skipped).map(([reason, n]) => `${n} ${reason.replace('_', ' ')}`).join(', ');
        log.warn(`${source}: ${skippedCount} of ${read} rows cannot be used (${counts}); first: ${examples[0]}`);
    }
    if (usable < config.task_nums) {
        log.warn(`task_nums is ${config.task_nums} but ${source} has only ${usable} usable rows: using ${usable}`);
    }
    const { rows, checksum } = kept.finish();
    return { source, rows, rows_read: read, rows_usable: usable, rows_skipped: skipped, skipped_examples: examples, checksum, truncated: kept.truncated };
}

// EXTERNAL MODULE: ./src/engine/index.ts + 35 modules
var src_engine = __webpack_require__(18079);
// EXTERNAL MODULE: ./src/run-folder/request-record.ts
var request_record = __webpack_require__(15647);
;// CONCATENATED MODULE: ./src/load/request-body.ts
/** The load's prompts as a source, and those to check against the API before any request is sent: a list already built whole, a source its first. */
function promptSourceOf(prompts) {
    if ('promptFor' in prompts)
        return { source: prompts, toCheck: prompts.count > 0 ? [prompts.promptFor(0)] : [] };
    return { source: { count: prompts.length, promptFor: (index) => prompts[index] }, toCheck: prompts };
}
function apiPath(api) {
    return api === 'chat' ? '/v1/chat/completions' : '/v1/completions';
}
/** Throws a plain Error naming the prompt when it lacks what the API needs (the caller wraps it). */
function buildRequestBody(api, model, prompt, settings) {
    const body = { model };
    if (api === 'chat') {
        if (prompt.messages === undefined) {
            if (prompt.prompt === undefined)
                throw new Error(`prompt "${prompt.id}" has neither messages nor prompt text`);
            body.messages = [{ role: 'user', content: prompt.prompt }];
        }
        else {
            body.messages = prompt.messages;
        }
    }
    else {
        if (prompt.prompt === undefined)
            throw new Error(`prompt "${prompt.id}" has no prompt text for /v1/completions`);
        body.prompt = prompt.prompt;
    }
    body[settings.quirks?.max_tokens_field ?? 'max_tokens'] = settings.max_tokens;
    body.temperature = settings.temperature;
    if (settings.seed !== undefined)
        body.seed = settings.seed;
    body.stream = true;
    if (settings.quirks?.stream_options !== false)
        body.stream_options = { include_usage: true };
    if (settings.extra_body)
        Object.assign(body, settings.extra_body);
    // Streaming is how every figure is measured: extra_body may not turn it off.
    body.stream = true;
    return body;
}

;// CONCATENATED MODULE: ./src/load/load-shape.ts
/** "offline", "concurrency 8", "sweep: concurrency 1, concurrency 4": the load part of the fingerprint. */
function describeLoad(shape) {
    return shape.kind === 'sweep' ? `sweep: ${shape.steps.map(describeShape).join(', ')}` : describeShape(shape);
}
/** One-line description used in step results and logs. */
function describeShape(shape) {
    switch (shape.kind) {
        case 'offline':
            return 'offline';
        case 'concurrency':
            return `concurrency ${shape.concurrency}`;
        case 'rate': {
            const b = shape.arrival === 'gamma' ? ` burstiness ${shape.burstiness ?? 1}` : '';
            const cap = shape.max_concurrency !== undefined ? ` max_concurrency ${shape.max_concurrency}` : '';
            const convention = shape.convention === 'vllm' ? ' (vLLM arrivals)' : '';
            return `rate ${shape.rate_rps}/s ${shape.arrival}${b}${cap}${convention}`;
        }
    }
}
/** Returns a sentence naming what is wrong with the shape, or null when it is usable. */
function checkShape(shape) {
    if (shape.kind === 'sweep') {
        if (shape.steps.length === 0)
            return 'a sweep needs at least one step';
        for (const [i, s] of shape.steps.entries()) {
            const problem = checkShape(s);
            if (problem)
                return `sweep step ${i}: ${problem}`;
        }
        return null;
    }
    if (shape.kind === 'concurrency' && !(Number.isInteger(shape.concurrency) && shape.concurrency >= 1)) {
        return `concurrency must be a whole number ≥ 1, got ${shape.concurrency}`;
    }
    if (shape.kind === 'rate') {
        if (!(shape.rate_rps > 0 && Number.isFinite(shape.rate_rps)))
            return `rate_rps must be a positive number, got ${shape.rate_rps}`;
        if (shape.burstiness !== undefined && !(shape.burstiness > 0))
            return `burstiness must be positive, got ${shape.burstiness}`;
        if (shape.max_concurrency !== undefined && !(Number.isInteger(shape.max_concurrency) && shape.max_concurrency >= 1)) {
            return `max_concurrency must be a whole number ≥ 1, got ${shape.max_concurrency}`;
        }
    }
    return null;
}
function stepsOf(shape) {
    return shape.kind === 'sweep' ? shape.steps : [shape];
}

// EXTERNAL MODULE: ./src/util/seeded-random.ts
var seeded_random = __webpack_require__(91664);
;// CONCATENATED MODULE: ./src/load/arrivals.ts
/**
 * Seeded inter-arrival gaps for open-loop load: gamma-distributed with mean 1/rate and shape k
 * (k = 1 is the exponential gap of a Poisson process). Same seed, same schedule.
 *
 * Two conventions place the drawn gaps on the clock (docs/metrics.md, "Load shapes"):
 * - first-at-zero (infergate's default): request 1 leaves at 0 and request i + 1 one drawn gap after
 *   request i, so N requests span N − 1 drawn gaps and the offered rate is only on average the rate.
 * - vllm (`vllm bench serve`'s get_request): request 1 leaves after one drawn gap, and all N cumulative
 *   offsets are then rescaled so the last lands exactly at N / rate; figures compare with vLLM's.
 */

function standardNormal(u) {
    // Box–Muller; 1 - u() keeps the log argument in (0, 1].
    return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}
/** Gamma(shape k, scale 1) by Marsaglia–Tsang, with the k < 1 boost. */
function gammaSample(k, u) {
    if (k < 1)
        return gammaSample(k + 1, u) * Math.pow(1 - u(), 1 / k);
    const d = k - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        let x;
        let v;
        do {
            x = standardNormal(u);
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const w = 1 - u();
        if (w < 1 - 0.0331 * x * x * x * x)
            return d * v;
        if (Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v)))
            return d * v;
    }
}
/** Arrival offsets in ms from the step start for `count` requests, placed by `convention`. */
function arrivalOffsetsMs(count, rateRps, burstiness, seed, convention = 'first-at-zero') {
    const u = (0,seeded_random/* seededUniform */.L)(seed);
    const scaleMs = 1000 / (rateRps * burstiness);
    const out = [];
    let t = 0;
    for (let i = 0; i < count; i++) {
        if (convention === 'vllm')
            t += gammaSample(burstiness, u) * scaleMs;
        out.push(t);
        if (convention === 'first-at-zero')
            t += gammaSample(burstiness, u) * scaleMs;
    }
    return convention === 'vllm' ? rescaleToEnd(out, (count * 1000) / rateRps) : out;
}
/** vLLM's normalisation: every offset times target / last, so the last arrival lands at `targetMs`. */
function rescaleToEnd(offsets, targetMs) {
    const last = offsets.at(-1) ?? 0;
    if (!(last > 0))
        return offsets;
    const factor = targetMs / last;
    // Capped at the target so rounding cannot put an earlier arrival after the last one.
    return offsets.map((t, i) => (i === offsets.length - 1 ? targetMs : Math.min(t * factor, targetMs)));
}

;// CONCATENATED MODULE: ./src/load/concurrency.ts
/** Small async helpers for releasing requests: a counting semaphore and an abortable sleep. */
class Semaphore {
    limit;
    active = 0;
    waiters = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active < this.limit) {
            this.active += 1;
            return;
        }
        await new Promise((resolve) => this.waiters.push(resolve));
    }
    release() {
        const next = this.waiters.shift();
        if (next)
            next();
        else
            this.active -= 1;
    }
    /** Wakes every waiter (used when the run stops; they see the stop flag and leave). */
    releaseAll() {
        while (this.waiters.length > 0)
            this.waiters.shift()();
    }
}
/** Resolves at `performance.now() >= at`, or as soon as `signal` aborts. */
function sleepUntil(at, signal) {
    const wait = at - performance.now();
    if (wait <= 0 || signal.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(t);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const t = setTimeout(done, wait);
        signal.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/load/http1-request.ts
/**
 * The bytes of a streamed POST, written by the load generator's own HTTP/1.1 client: the request line and
 * header fields are built once per run (every request of a run shares them), the body per request.
 */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Field values may hold visible characters, spaces and tabs, never CR, LF or NUL (RFC 9110 §5.5). */
const FIELD_VALUE = /^[^\r\n\0]*$/;
/** Fields the client writes itself: a configured one would frame or route the request differently. */
const RESERVED = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'upgrade', 'expect', 'te', 'trailer', 'keep-alive']);
/** A request header that cannot be written; the message names it (never its value, which may be a secret). */
class RequestHeaderError extends Error {
}
/**
 * The request line and header fields, ending just before `content-length` (which request bytes append).
 * Throws RequestHeaderError for a header name or value HTTP/1.1 cannot carry.
 */
function requestHeadPrefix(origin, path, headers) {
    const url = new URL(origin);
    let head = `POST ${path} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\naccept: text/event-stream\r\naccept-encoding: identity\r\n`;
    const written = new Set(['content-type', 'accept', 'accept-encoding']);
    for (const [name, value] of Object.entries(headers)) {
        const key = name.toLowerCase();
        if (!TOKEN.test(name))
            throw new RequestHeaderError(`request header ${JSON.stringify(name.slice(0, 60))} is not a valid header name`);
        if (RESERVED.has(key))
            throw new RequestHeaderError(`request header "${key}" is set by infergate's HTTP client and cannot be configured`);
        if (!FIELD_VALUE.test(value))
            throw new RequestHeaderError(`request header "${name}" has a value with a line break or NUL character`);
        if (written.has(key))
            head = head.replace(new RegExp(`^${key}: .*\r\n`, 'm'), '');
        written.add(key);
        head += `${name}: ${value.trim()}\r\n`;
    }
    return head;
}
/** The whole request: head, content-length, blank line, body. */
function requestBytes(headPrefix, body) {
    return `${headPrefix}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/load/connection-pool.ts
/**
 * Keep-alive connections (plain `net` or `tls` sockets), one request in flight on each, handed out only
 * while idle. A request writes its bytes straight to the socket it was given (stream-request.ts), so the
 * send stamp is the moment they leave: no client library in between that can hold a request for an
 * event-loop turn (undici did, 7–66 ms under load; docs/metrics.md, "Send time"). Connections that saw a
 * failure are closed, not reused; an idle one the server closes or writes to is dropped.
 *
 * `prewarm` opens a step's connections before its clock starts: opening 512 connections while the first
 * requests already stream made the client stamp their tokens late (measured here: sends of the first wave
 * spread over 112 ms with connections opened on demand, 29 ms with them open).
 */


/**
 * The one buffer every plain connection reads into (net's `onread`): a read allocates no Buffer and skips
 * the Readable stream machinery (push, 'data' events) that a socket's default reads, and Node's http
 * client's, go through. With the byte path (sse-parser.ts), the client's CPU per text event went from
 * 26–31 µs to 20–22 µs at 64 streams (C server on decode steps, alternated runs, load average 7). Shared
 * safely: a read's bytes are handed to the connection's reader at once, and whoever keeps any copies them
 * (deferred-parse.ts) before the next read.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
/** One connection to the origin. `ready` once connected (for https, once the handshake is done). */
class Connection {
    socket;
    ready = false;
    /** Requests this connection has carried (a server may drop a reused one before answering). */
    served = 0;
    /** The error that ended the connection before it was ready, kept for a request that waits on it. */
    failure = null;
    /** The request reading this connection; null while idle, when bytes mean the server is out of step. */
    reader = null;
    waiting = [];
    /**
     * `readsIntoSharedBuffer`: the socket was opened with an `onread` callback that calls deliver (the pool's
     * plain sockets); otherwise (TLS, which has no onread, or a socket made elsewhere) its 'data' events are delivered.
     */
    constructor(socket, secure, readsIntoSharedBuffer = false) {
        this.socket = socket;
        socket.setNoDelay(true);
        if (!readsIntoSharedBuffer)
            socket.on('data', (bytes) => this.deliver(bytes));
        // An idle socket the server resets must not raise an unhandled 'error'.
        socket.on('error', (err) => this.settle(err));
        socket.once(secure ? 'secureConnect' : 'connect', () => this.settle(null));
        socket.once('close', () => this.settle(new ConnectionClosedError()));
    }
    /** Hands bytes read from the socket to the request on it; a server never speaks first, so bytes on an idle connection close it. */
    deliver(bytes) {
        if (this.reader !== null)
            this.reader(bytes);
        else
            this.socket.destroy();
    }
    /** Calls `callback` once the connection is ready (now, when it is) or has failed. */
    whenReady(callback) {
        if (this.ready || this.failure)
            callback(this.failure);
        else
            this.waiting.push(callback);
    }
    settle(err) {
        if (this.ready || this.failure)
            return;
        if (err)
            this.failure = err;
        else
            this.ready = true;
        const waiting = this.waiting;
        this.waiting = [];
        for (const w of waiting)
            w(err);
    }
}
/** The connection closed before it was established. */
class ConnectionClosedError extends Error {
    code = 'INFERGATE_SOCKET_CLOSED';
    constructor() {
        super('the server closed the connection');
    }
}
class ConnectionPool {
    origin;
    idle = [];
    all = new Set();
    closed = false;
    secure;
    hostname;
    port;
    constructor(origin) {
        this.origin = origin;
        const url = new URL(origin);
        this.secure = url.protocol === 'https:';
        this.hostname = url.hostname.replace(/^\[|\]$/g, '');
        this.port = Number(url.port || (this.secure ? 443 : 80));
    }
    /** An idle kept-alive connection, or a new one. */
    acquire() {
        return this.idle.pop() ?? this.fresh();
    }
    /** A new connection that never carried a request (for the retry after a dropped kept-alive one). */
    fresh() {
        // The read callback is given before the connection exists; it runs only after, once bytes arrive.
        let connection = null;
        const onread = {
            buffer: READ_BUFFER,
            callback: (n, buffer) => {
                connection.deliver(buffer.subarray(0, n));
                return true;
            },
        };
        const socket = this.secure
            ? external_node_tls_default().connect({ host: this.hostname, port: this.port, servername: (0,external_node_net_.isIP)(this.hostname) === 0 ? this.hostname : undefined, ALPNProtocols: ['http/1.1'] })
            : external_node_net_default().connect({ host: this.hostname, port: this.port, onread });
        const opened = (connection = new Connection(socket, this.secure, !this.secure));
        this.all.add(opened);
        socket.once('close', () => this.forget(opened));
        return opened;
    }
    /**
     * Opens connections, all at once, until `count` are idle. A connection that cannot be opened is left
     * out: the request that would have used it opens its own and reports the failure. Returns early when
     * `signal` aborts; connections opened by then are closed with the pool.
     */
    async prewarm(count, signal) {
        const missing = count - this.idle.length;
        if (missing <= 0 || this.closed || signal?.aborted)
            return;
        const opened = Array.from({ length: missing }, () => {
            const connection = this.fresh();
            return new Promise((resolve) => connection.whenReady((err) => {
                if (err)
                    connection.socket.destroy();
                else
                    this.release(connection, true);
                resolve();
            }));
        });
        const stop = new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
        await Promise.race([Promise.all(opened), stop]);
    }
    /** Returns a connection after its request ended; `healthy` false closes it instead. */
    release(connection, healthy) {
        const socket = connection.socket;
        connection.reader = null;
        if (healthy && !this.closed && connection.ready && !socket.destroyed && socket.readyState === 'open') {
            this.idle.push(connection);
            return;
        }
        socket.destroy();
        this.forget(connection);
    }
    async close() {
        this.closed = true;
        this.idle.length = 0;
        const open = [...this.all];
        this.all.clear();
        await Promise.all(open.map((c) => new Promise((resolve) => {
            if (c.socket.closed)
                return resolve();
            c.socket.once('close', () => resolve());
            c.socket.destroy();
        })));
    }
    forget(connection) {
        this.all.delete(connection);
        const at = this.idle.indexOf(connection);
        if (at >= 0)
            this.idle.splice(at, 1);
    }
}

;// CONCATENATED MODULE: ./src/load/sse-parser.ts
const LF = 10;
const CR = 13;
const COLON = 58;
const SPACE = 32;
class SseParser {
    /** Bytes of the current, not yet terminated line (copied: a chunk is not kept for one partial line). */
    partial = null;
    /** The previous chunk ended in CR: a leading LF in the next chunk belongs to that line ending. */
    pendingCr = false;
    /** The data buffer; null while the event has no data line. */
    data = null;
    eventName = '';
    /** Feeds one network chunk; calls `onEvent` for each event it completes, in order. */
    push(chunk, onEvent) {
        this.pushTo(chunk, { dataLine: () => false, event: (data, event) => onEvent({ data, event }) });
    }
    /** Feeds one network chunk to `sink`, event by event, in order (no object per event). */
    pushTo(chunk, sink) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const n = bytes.length;
        let start = 0;
        if (this.pendingCr) {
            this.pendingCr = false;
            if (n > 0 && bytes[0] === LF)
                start = 1;
        }
        // The next CR at or after the scan position; n when there is none (searched once per CR, not per line).
        let nextCr = bytes.indexOf(CR, start);
        if (nextCr < 0)
            nextCr = n;
        while (start < n) {
            let nextLf = bytes.indexOf(LF, start);
            if (nextLf < 0)
                nextLf = n;
            const end = nextLf < nextCr ? nextLf : nextCr;
            if (end === n)
                break;
            // One `data:` line and the blank line after it, whole in this chunk, with nothing carried: offered as bytes.
            if (end === nextLf && bytes[end + 1] === LF && this.partial === null && this.data === null && this.eventName === '' && isDataLine(bytes, start, end)) {
                const valueStart = bytes[start + 5] === SPACE && start + 5 < end ? start + 6 : start + 5;
                if (sink.dataLine(bytes, valueStart, end)) {
                    start = end + 2;
                    continue;
                }
            }
            this.takeLine(bytes, start, end, sink);
            if (end === nextCr) {
                if (end + 1 < n) {
                    if (bytes[end + 1] === LF)
                        start = end + 2;
                    else
                        start = end + 1;
                }
                else {
                    this.pendingCr = true;
                    start = n;
                }
                nextCr = bytes.indexOf(CR, start);
                if (nextCr < 0)
                    nextCr = n;
            }
            else {
                start = end + 1;
            }
        }
        if (start < n) {
            const rest = bytes.subarray(start);
            this.partial = this.partial ? Buffer.concat([this.partial, rest]) : Buffer.from(rest);
        }
    }
    /** Ends the stream. Per the spec an event not terminated by a blank line is discarded; returns whether one was. */
    end() {
        const incomplete = (this.partial !== null && this.partial.length > 0) || this.data !== null;
        this.partial = null;
        this.data = null;
        this.eventName = '';
        return incomplete;
    }
    /** One line: bytes[start, end) of this chunk, after the partial line carried from earlier chunks. */
    takeLine(bytes, start, end, sink) {
        if (this.partial) {
            const line = Buffer.concat([this.partial, bytes.subarray(start, end)]);
            this.partial = null;
            this.processLine(line, 0, line.length, sink);
        }
        else {
            this.processLine(bytes, start, end, sink);
        }
    }
    processLine(b, start, end, sink) {
        if (start === end) {
            if (this.data !== null)
                sink.event(this.data, this.eventName || 'message');
            this.data = null;
            this.eventName = '';
            return;
        }
        if (b[start] === COLON)
            return; // a comment
        const colon = b.indexOf(COLON, start);
        const nameEnd = colon < 0 || colon >= end ? end : colon;
        let valueStart = nameEnd === end ? end : nameEnd + 1;
        if (valueStart < end && b[valueStart] === SPACE)
            valueStart += 1;
        const nameLength = nameEnd - start;
        if (nameLength === 4 && b[start] === 100 && b[start + 1] === 97 && b[start + 2] === 116 && b[start + 3] === 97 /* data */) {
            const value = valueStart < end ? b.toString('utf8', valueStart, end) : '';
            this.data = this.data === null ? value : `${this.data}\n${value}`;
        }
        else if (nameLength === 5 && b[start] === 101 && b[start + 1] === 118 && b[start + 2] === 101 && b[start + 3] === 110 && b[start + 4] === 116 /* event */) {
            this.eventName = valueStart < end ? b.toString('utf8', valueStart, end) : '';
        }
    }
}
/** bytes[start, end) is a line whose field name is `data` ("data:" then the value). */
function isDataLine(b, start, end) {
    return end - start >= 5 && b[start] === 100 && b[start + 1] === 97 && b[start + 2] === 116 && b[start + 3] === 97 && b[start + 4] === COLON;
}

;// CONCATENATED MODULE: ./src/load/stream-event.ts
class MalformedEventError extends Error {
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** Interprets one event's data; throws MalformedEventError when it is neither [DONE] nor a JSON object. */
function interpretEventData(data) {
    const trimmed = data.trim();
    if (trimmed === '[DONE]')
        return { kind: 'done' };
    let value;
    try {
        value = JSON.parse(trimmed);
    }
    catch {
        throw new MalformedEventError(`event data is not JSON: ${JSON.stringify(trimmed.slice(0, 120))}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new MalformedEventError(`event data is not a JSON object: ${JSON.stringify(trimmed.slice(0, 120))}`);
    }
    const obj = value;
    if (obj.error !== undefined && obj.error !== null) {
        const e = obj.error;
        const message = typeof e === 'string' ? e : str(e.message) || JSON.stringify(e).slice(0, 200);
        return { kind: 'error', message };
    }
    // vLLM also reports errors as a bare {"object":"error","message":...} in some versions.
    if (obj.object === 'error')
        return { kind: 'error', message: str(obj.message) || 'error event' };
    const choices = Array.isArray(obj.choices) ? obj.choices : [];
    let content = '';
    let reasoning = '';
    let finish = null;
    const first = choices[0];
    if (typeof first === 'object' && first !== null) {
        const c = first;
        const delta = c.delta;
        if (typeof delta === 'object' && delta !== null) {
            const d = delta;
            content = str(d.content);
            reasoning = str(d.reasoning_content) || str(d.reasoning);
        }
        if (typeof c.text === 'string')
            content = c.text;
        finish = typeof c.finish_reason === 'string' ? c.finish_reason : null;
    }
    let usage = null;
    if (typeof obj.usage === 'object' && obj.usage !== null) {
        const u = obj.usage;
        usage = { prompt_tokens: num(u.prompt_tokens), completion_tokens: num(u.completion_tokens) };
    }
    return { kind: 'chunk', has_choices: choices.length > 0, content, reasoning, finish_reason: finish, usage };
}

;// CONCATENATED MODULE: ./src/load/event-template.ts
/**
 * A validated fast path for the text events of one stream, so most of them are read without JSON.parse
 * (JSON.parse was 21% of the client's CPU at 64 streams).
 *
 * Within one stream an engine's text chunks differ only in the text: `{"id":"chatcmpl-1",...,"delta":
 * {"content":"` + text + `"},...}`. The first text event is read by the full path (interpretEventData);
 * the bytes before and after its text's string literal become a template. A later event that starts and
 * ends with exactly those bytes, with a valid JSON string between them, is the same JSON document with
 * another string in that one place — so it means what the template meant, with the new text. Anything
 * else (the finish chunk, usage, [DONE], an error, another shape) takes the full path.
 *
 * A template is accepted only after a probe: its prefix + a probe string + its suffix is read by the full
 * path and must give the probe as its text and everything else as the template event did. The fast path
 * only answers for a non-empty string (an empty one may mean "no text here" and let another field
 * speak). test/load/event-template.property.test.ts checks fast path ≡ full path on generated events.
 *
 * matchBytes is the same test on the undecoded bytes of a data line, for the common case: a template
 * whose prefix and suffix are ASCII and a text of printable ASCII without escapes. Then the whole line is
 * ASCII, its bytes are its characters, and a byte match is exactly a string match; any other line is left
 * to interpret. No string is made for the event: the caller copies the text's bytes (text-parts.ts).
 */

/** The keys whose string value is the text of a chunk, by the field they fill. */
const KEYS = {
    content: ['"content":"', '"text":"'],
    reasoning: ['"reasoning_content":"', '"reasoning":"'],
};
const PROBE = 'infergate probe ✓';
class EventTemplates {
    templates = [];
    /** Fields a template was looked for and none was found: not looked for again in this stream. */
    given_up = new Set();
    /**
     * The template a data line bytes[start, end) fits with a printable-ASCII text and no escape (the text is
     * then bytes[start + prefix length, end − suffix length)), or null: the caller decodes the line and asks
     * interpret. Only a line interpret would answer from that same template with that text is matched.
     */
    matchBytes(bytes, start, end) {
        for (const t of this.templates) {
            const prefix = t.prefix_bytes;
            const suffix = t.suffix_bytes;
            if (prefix === null || suffix === null)
                continue;
            const textStart = start + prefix.length;
            const textEnd = end - suffix.length;
            if (textEnd <= textStart || !sameBytes(bytes, start, prefix) || !sameBytes(bytes, textEnd, suffix))
                continue;
            for (let i = textStart; i < textEnd; i++) {
                const b = bytes[i];
                // A quote, a backslash, a control or a non-ASCII byte: interpret reads it (it may still fit).
                if (b < 32 || b > 126 || b === 34 || b === 92)
                    return null;
            }
            return t;
        }
        return null;
    }
    /** The event this data means; the same answer as interpretEventData, faster for a templated event. */
    interpret(data) {
        for (const t of this.templates) {
            const text = fill(t, data);
            if (text !== null) {
                return { kind: 'chunk', has_choices: t.has_choices, content: t.field === 'content' ? text : '', reasoning: t.field === 'reasoning' ? text : '', finish_reason: null, usage: null };
            }
        }
        const event = interpretEventData(data);
        if (event.kind === 'chunk')
            this.learn(data, event);
        return event;
    }
    learn(data, event) {
        if (event.finish_reason !== null || event.usage !== null || this.templates.length >= 2)
            return;
        const field = event.content.length > 0 && event.reasoning.length === 0 ? 'content' : event.reasoning.length > 0 && event.content.length === 0 ? 'reasoning' : null;
        if (field === null || this.given_up.has(field) || this.templates.some((t) => t.field === field))
            return;
        const template = findTemplate(data, event, field);
        if (template)
            this.templates.push(template);
        else
            this.given_up.add(field);
    }
}
/** The template of `data` for `field`, if one key holds that text and the probe confirms it. */
function findTemplate(data, event, field) {
    for (const key of KEYS[field]) {
        const at = data.indexOf(key);
        if (at < 0 || data.indexOf(key, at + 1) >= 0)
            continue;
        const open = at + key.length;
        const close = stringEnd(data, open);
        if (close < 0)
            continue;
        const prefix = data.slice(0, open);
        const suffix = data.slice(close);
        const template = { prefix, suffix, field, has_choices: event.has_choices, prefix_bytes: asciiBytes(prefix), suffix_bytes: asciiBytes(suffix) };
        if (fill(template, data) !== event[field] || !confirmed(template, event))
            continue;
        return template;
    }
    return null;
}
/** The full path reads prefix + probe + suffix as the template event with the probe as its text. */
function confirmed(t, event) {
    let probe;
    try {
        probe = interpretEventData(t.prefix + PROBE + t.suffix);
    }
    catch {
        return false;
    }
    if (probe.kind !== 'chunk')
        return false;
    const other = t.field === 'content' ? 'reasoning' : 'content';
    return probe[t.field] === PROBE && probe[other] === '' && probe.has_choices === event.has_choices && probe.finish_reason === null && probe.usage === null;
}
/** The non-empty text `data` holds in the template's slot, or null when it does not fit the template. */
function fill(t, data) {
    const end = data.length - t.suffix.length;
    if (end <= t.prefix.length || !data.startsWith(t.prefix) || !data.endsWith(t.suffix))
        return null;
    let escaped = false;
    for (let i = t.prefix.length; i < end; i++) {
        const c = data.charCodeAt(i);
        if (c === 34 /* " */ || c < 32)
            return null;
        if (c === 92 /* \ */) {
            escaped = true;
            break;
        }
    }
    const body = data.slice(t.prefix.length, end);
    if (!escaped)
        return body;
    try {
        // Validates the escapes too: an unescaped quote or a bad escape throws.
        const text = JSON.parse(`"${body}"`);
        return typeof text === 'string' && text.length > 0 ? text : null;
    }
    catch {
        return null;
    }
}
/** The bytes of an ASCII string; null when it has any other character. */
function asciiBytes(text) {
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) > 127)
            return null;
    return Buffer.from(text, 'latin1');
}
/** bytes[at, at + expected.length) equals expected (a JS loop: for the ~100 bytes of a prefix it beats a native call). */
function sameBytes(bytes, at, expected) {
    const n = expected.length;
    if (at < 0 || at + n > bytes.length)
        return false;
    for (let i = 0; i < n; i++)
        if (bytes[at + i] !== expected[i])
            return false;
    return true;
}
/** Index of the quote that closes the JSON string whose body starts at `from`; -1 if none. */
function stringEnd(data, from) {
    for (let i = from; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (c === 92)
            i += 1;
        else if (c === 34)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/load/text-parts.ts
/**
 * The generated text of one field of one stream, built as the events arrive and decoded once at the end.
 * A templated event's text (event-template.ts, matchBytes) is printable ASCII and is copied as bytes into
 * one growing buffer, so a token costs no string; a text read the general way arrives as a string and is
 * kept as one. The order is kept: the ASCII bytes pending are turned into a string before a string part.
 * (V8 would allocate a string per token otherwise; a 64-token answer is then one string, not 64 and a join.)
 */
const FIRST_CAPACITY = 256;
class TextParts {
    parts = [];
    ascii = null;
    asciiLength = 0;
    /** Appends bytes[start, end), all printable ASCII. */
    appendAscii(bytes, start, end) {
        const n = end - start;
        let buffer = this.ascii;
        if (buffer === null || this.asciiLength + n > buffer.length) {
            const grown = Buffer.allocUnsafe(Math.max(FIRST_CAPACITY, 2 * (this.asciiLength + n)));
            if (buffer !== null)
                buffer.copy(grown, 0, 0, this.asciiLength);
            buffer = this.ascii = grown;
        }
        let at = this.asciiLength;
        // A token is a few bytes: a loop is cheaper than a native copy's call.
        for (let i = start; i < end; i++)
            buffer[at++] = bytes[i];
        this.asciiLength = at;
    }
    append(text) {
        this.flushAscii();
        this.parts.push(text);
    }
    /** The text so far. */
    text() {
        this.flushAscii();
        return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    }
    flushAscii() {
        if (this.asciiLength === 0)
            return;
        this.parts.push(this.ascii.toString('latin1', 0, this.asciiLength));
        this.asciiLength = 0;
    }
}

;// CONCATENATED MODULE: ./src/load/stream-accumulator.ts



class StreamFailure extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/** Rounds to microseconds so records stay small without losing anything a clock can tell apart here. */
function roundMs(x) {
    return Math.round(x * 1000) / 1000;
}
class StreamAccumulator {
    sendAt;
    state = {
        ttft_ms: null, first_choice_ms: null, e2el_ms: null, text_event_ms: [], prompt_tokens: null,
        usage_completion_tokens: null, finish_reason: null, content: '', reasoning: '', done: false,
    };
    contentParts = new TextParts();
    reasoningParts = new TextParts();
    /** Reads the stream's repeated text chunks without JSON.parse (event-template.ts). */
    templates = new EventTemplates();
    constructor(sendAt) {
        this.sendAt = sendAt;
    }
    /**
     * Takes one event given as the bytes of its one data line, bytes[start, end), when a template of this
     * stream reads it (event-template.ts, matchBytes); returns false, having done nothing, otherwise (the
     * caller then decodes it and calls add). Same effect as add(the decoded line, arrivedAt).
     */
    addBytes(bytes, start, end, arrivedAt) {
        const t = this.templates.matchBytes(bytes, start, end);
        if (t === null)
            return false;
        const s = this.state;
        const offset = roundMs(arrivedAt - this.sendAt);
        if (t.has_choices && s.first_choice_ms === null)
            s.first_choice_ms = offset;
        if (s.ttft_ms === null)
            s.ttft_ms = offset;
        s.e2el_ms = offset;
        s.text_event_ms.push(offset);
        (t.field === 'content' ? this.contentParts : this.reasoningParts).appendAscii(bytes, start + t.prefix_bytes.length, end - t.suffix_bytes.length);
        return true;
    }
    /** Takes one event's data; throws StreamFailure for malformed or error events. */
    add(data, arrivedAt) {
        let ev;
        try {
            ev = this.templates.interpret(data);
        }
        catch (err) {
            if (err instanceof MalformedEventError)
                throw new StreamFailure('malformed_event', err.message);
            throw err;
        }
        const s = this.state;
        if (ev.kind === 'done') {
            s.done = true;
            return;
        }
        if (ev.kind === 'error')
            throw new StreamFailure('server_error_event', `server sent an error event: ${ev.message}`);
        const offset = roundMs(arrivedAt - this.sendAt);
        if (ev.has_choices && s.first_choice_ms === null)
            s.first_choice_ms = offset;
        if (ev.content.length > 0 || ev.reasoning.length > 0) {
            if (s.ttft_ms === null)
                s.ttft_ms = offset;
            s.e2el_ms = offset;
            s.text_event_ms.push(offset);
            if (ev.content.length > 0)
                this.contentParts.append(ev.content);
            if (ev.reasoning.length > 0)
                this.reasoningParts.append(ev.reasoning);
        }
        if (ev.finish_reason !== null)
            s.finish_reason = ev.finish_reason;
        if (ev.usage !== null) {
            // Servers that send usage on every chunk (TensorRT-LLM) grow it; the last one is the total.
            if (ev.usage.prompt_tokens !== null)
                s.prompt_tokens = ev.usage.prompt_tokens;
            if (ev.usage.completion_tokens !== null)
                s.usage_completion_tokens = ev.usage.completion_tokens;
        }
    }
    /** The generated text: content, then reasoning when there was any. */
    text() {
        const content = this.contentParts.text();
        const reasoning = this.reasoningParts.text();
        return reasoning.length > 0 ? (content.length > 0 ? `${content}\n${reasoning}` : reasoning) : content;
    }
}

;// CONCATENATED MODULE: ./src/load/deferred-parse.ts
const dirty = new Set();
let scheduled = false;
function flushAll() {
    scheduled = false;
    // Requests that turn dirty while flushing are handled in the next turn.
    const batch = [...dirty];
    dirty.clear();
    for (const p of batch)
        p.flush();
}
const deferred_parse_FIRST_CAPACITY = 4096;
class ChunkQueue {
    consume;
    /** The queued chunks' bytes, back to back; `ends[i]` is where chunk i ends, `times[i]` when it arrived. */
    bytes = null;
    length = 0;
    ends = [];
    times = [];
    constructor(consume) {
        this.consume = consume;
    }
    /** Queues a copy of `chunk` (which may be a view of a reused read buffer). */
    push(chunk, arrivedAt) {
        const end = this.length + chunk.length;
        if (this.bytes === null || end > this.bytes.length) {
            const grown = Buffer.allocUnsafe(Math.max(deferred_parse_FIRST_CAPACITY, 2 * end));
            if (this.bytes !== null)
                this.bytes.copy(grown, 0, 0, this.length);
            this.bytes = grown;
        }
        this.bytes.set(chunk, this.length);
        this.length = end;
        this.ends.push(end);
        this.times.push(arrivedAt);
        dirty.add(this);
        if (!scheduled) {
            scheduled = true;
            setImmediate(flushAll);
        }
    }
    flush() {
        dirty.delete(this);
        const count = this.ends.length;
        if (count === 0)
            return;
        const bytes = this.bytes;
        let from = 0;
        // A consumer that ends the request discards the queue: the chunks after it are not parsed.
        for (let i = 0; i < count && this.ends.length === count; i++) {
            const end = this.ends[i];
            this.consume(bytes.subarray(from, end), this.times[i]);
            from = end;
        }
        this.discard();
    }
    /** Drops what is queued (the request has already ended). */
    discard() {
        dirty.delete(this);
        this.length = 0;
        this.ends.length = 0;
        this.times.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/load/abort-listeners.ts
/**
 * One 'abort' listener per signal, fanning out to a set of callbacks. Every request in flight listens on
 * the run's stop signal; adding and removing an EventTarget listener per request cost ~20 µs each here
 * (measured in a CPU profile at 512 streams), at the moment a request ends and the next is sent.
 */
const callbacks = new WeakMap();
/** Calls `fn` once when `signal` aborts; returns a function that cancels that. */
function abort_listeners_onAbort(signal, fn) {
    let set = callbacks.get(signal);
    if (!set) {
        const fresh = new Set();
        set = fresh;
        callbacks.set(signal, fresh);
        signal.addEventListener('abort', () => {
            const due = [...fresh];
            fresh.clear();
            for (const f of due)
                f();
        }, { once: true });
    }
    set.add(fn);
    const mine = set;
    return () => {
        mine.delete(fn);
    };
}

;// CONCATENATED MODULE: ./src/load/http1-response-parser.ts
/**
 * Incremental HTTP/1.1 response parser over raw socket bytes (RFC 9112): the status line and header
 * fields, then the body framed by chunked transfer coding, a content-length, or the connection's close.
 * Feed it network chunks as they arrive; it hands body bytes on as views of those chunks (no copies), so
 * the caller can stamp and queue them. Interim 1xx responses (100 Continue, 103 Early Hints) are skipped.
 *
 * Written for the load generator's own client (stream-request.ts): one request per connection at a time,
 * no pipelining, so bytes after the end of a response mean the connection cannot be reused.
 */
/** A response that does not follow HTTP/1.1; the message names what was wrong. */
class HttpProtocolError extends Error {
    code = 'INFERGATE_HTTP_PROTOCOL';
}
/** Longest head (status line and fields) accepted, as Node's own limit. */
const MAX_HEAD_BYTES = 16 * 1024;
/** Longest chunk-size line or trailer field accepted. */
const MAX_LINE_BYTES = 4096;
const http1_response_parser_CR = 13;
const http1_response_parser_LF = 10;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: [^\r\n]*)?$/;
const http1_response_parser_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,13})[ \t]*(?:;.*)?$/;
class Http1ResponseParser {
    sink;
    state = 'head';
    /** Bytes of an unfinished head, chunk-size line or trailer line. */
    pending = null;
    /** Bytes left in the current chunk or content-length body. */
    remaining = 0;
    /** Bytes of the CRLF after a chunk's data already seen (0 or 1). */
    crSeen = false;
    constructor(sink) {
        this.sink = sink;
    }
    /** The response has ended. */
    get done() {
        return this.state === 'done';
    }
    /** The status line and headers are complete. */
    get headComplete() {
        return this.state !== 'head';
    }
    /**
     * Parses one network chunk. Returns the number of bytes after the end of the response (0 unless the
     * server sent more than one response); throws HttpProtocolError for bytes HTTP/1.1 does not allow.
     */
    push(chunk) {
        let at = 0;
        const n = chunk.length;
        while (at < n) {
            switch (this.state) {
                case 'head':
                    at = this.readHead(chunk, at);
                    break;
                case 'size':
                    at = this.readSize(chunk, at);
                    break;
                case 'data':
                case 'length': {
                    const take = Math.min(this.remaining, n - at);
                    this.sink.body(chunk.subarray(at, at + take));
                    this.remaining -= take;
                    at += take;
                    if (this.remaining === 0)
                        this.afterData();
                    break;
                }
                case 'data_end':
                    at = this.readDataEnd(chunk, at);
                    break;
                case 'trailers':
                    at = this.readLine(chunk, at, (line) => {
                        if (line.length === 0)
                            this.finish();
                    });
                    break;
                case 'close':
                    this.sink.body(at === 0 ? chunk : chunk.subarray(at));
                    at = n;
                    break;
                case 'done':
                    return n - at;
            }
        }
        return 0;
    }
    /**
     * The server closed the connection. Returns true when that ends the response (a body framed by the
     * close), false when the response was cut short.
     */
    close() {
        if (this.state === 'close') {
            this.finish();
            return true;
        }
        return this.state === 'done';
    }
    readHead(chunk, at) {
        const bytes = this.pending ? Buffer.concat([this.pending, chunk.subarray(at)]) : chunk.subarray(at);
        const offset = this.pending ? this.pending.length : 0;
        const end = headEnd(bytes, Math.max(0, offset - 3));
        if (end < 0) {
            if (bytes.length > MAX_HEAD_BYTES)
                throw new HttpProtocolError(`the response head is longer than ${MAX_HEAD_BYTES} bytes`);
            this.pending = Buffer.from(bytes);
            return chunk.length;
        }
        if (end > MAX_HEAD_BYTES)
            throw new HttpProtocolError(`the response head is longer than ${MAX_HEAD_BYTES} bytes`);
        this.pending = null;
        const consumed = end - offset;
        this.onHead(bytes.toString('latin1', 0, end));
        return at + consumed;
    }
    onHead(text) {
        const lines = text.split(/\r?\n/);
        while (lines.length > 0 && lines[lines.length - 1] === '')
            lines.pop();
        const statusLine = STATUS_LINE.exec(lines[0] ?? '');
        if (!statusLine)
            throw new HttpProtocolError(`the response does not start with an HTTP/1.x status line: ${JSON.stringify((lines[0] ?? '').slice(0, 80))}`);
        const minor = statusLine[1];
        const status = Number(statusLine[2]);
        const headers = new Map();
        for (let i = 1; i < lines.length; i++) {
            const line = lines[i];
            const colon = line.indexOf(':');
            const name = colon > 0 ? line.slice(0, colon) : '';
            if (!http1_response_parser_TOKEN.test(name))
                throw new HttpProtocolError(`the response has a malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
            const key = name.toLowerCase();
            const value = line.slice(colon + 1).trim();
            const before = headers.get(key);
            headers.set(key, before === undefined ? value : `${before}, ${value}`);
        }
        if (status >= 100 && status < 200) {
            if (status === 101)
                throw new HttpProtocolError('the server switched protocols (101), which a streamed completion never asks for');
            return; // an interim response: the final one follows
        }
        const connection = (headers.get('connection') ?? '').toLowerCase();
        let keepAlive = minor === '1' ? !/(^|,)\s*close\s*(,|$)/.test(connection) : /(^|,)\s*keep-alive\s*(,|$)/.test(connection);
        const framing = this.framing(status, headers);
        if (framing === 'close')
            keepAlive = false;
        this.state = framing === 'done' ? 'length' : framing;
        this.sink.head({ status, headers, keep_alive: keepAlive });
        if (this.state === 'length' && this.remaining === 0)
            this.finish();
    }
    /** RFC 9112 §6.3: how the body of this response is delimited. */
    framing(status, headers) {
        if (status === 204 || status === 304) {
            this.remaining = 0;
            return 'done';
        }
        const coding = headers.get('transfer-encoding');
        if (coding !== undefined) {
            const last = coding.split(',').at(-1).trim().toLowerCase();
            return last === 'chunked' ? 'size' : 'close';
        }
        const length = headers.get('content-length');
        if (length === undefined)
            return 'close';
        const values = new Set(length.split(',').map((v) => v.trim()));
        const only = values.size === 1 ? [...values][0] : '';
        if (!/^\d{1,15}$/.test(only))
            throw new HttpProtocolError(`the response has an invalid content-length: ${JSON.stringify(length.slice(0, 40))}`);
        this.remaining = Number(only);
        return 'length';
    }
    /** Reads up to and including LF; calls `onLine` with the line (without CRLF) once it is whole. */
    readLine(chunk, at, onLine) {
        const lf = chunk.indexOf(http1_response_parser_LF, at);
        const piece = chunk.subarray(at, lf < 0 ? chunk.length : lf);
        const line = this.pending ? Buffer.concat([this.pending, piece]) : piece;
        if (line.length > MAX_LINE_BYTES)
            throw new HttpProtocolError(`a chunk-size or trailer line of the response is longer than ${MAX_LINE_BYTES} bytes`);
        if (lf < 0) {
            this.pending = Buffer.from(line);
            return chunk.length;
        }
        this.pending = null;
        const end = line.length > 0 && line[line.length - 1] === http1_response_parser_CR ? line.length - 1 : line.length;
        onLine(line.toString('latin1', 0, end));
        return lf + 1;
    }
    /**
     * The common chunk-size line — hex digits then CRLF, whole in this chunk — read from the bytes without
     * a string; anything else (an extension, a line cut by the network) goes through readLine.
     */
    readSize(chunk, at) {
        if (this.pending === null) {
            let size = 0;
            let i = at;
            for (; i < chunk.length && i - at < 13; i++) {
                const digit = hexValue(chunk[i]);
                if (digit < 0)
                    break;
                size = size * 16 + digit;
            }
            if (i > at && chunk[i] === http1_response_parser_CR && chunk[i + 1] === http1_response_parser_LF) {
                this.onSize(size);
                return i + 2;
            }
        }
        return this.readLine(chunk, at, (line) => this.onSizeLine(line));
    }
    onSizeLine(line) {
        const m = CHUNK_SIZE.exec(line);
        if (!m)
            throw new HttpProtocolError(`the response has an invalid chunk size: ${JSON.stringify(line.slice(0, 40))}`);
        this.onSize(parseInt(m[1], 16));
    }
    onSize(size) {
        if (size === 0) {
            this.state = 'trailers';
            return;
        }
        this.remaining = size;
        this.state = 'data';
    }
    afterData() {
        if (this.state === 'length') {
            this.finish();
            return;
        }
        this.state = 'data_end';
        this.crSeen = false;
    }
    /** The CRLF after a chunk's data (a bare LF is tolerated, as by Node's parser). */
    readDataEnd(chunk, at) {
        const b = chunk[at];
        if (b === http1_response_parser_CR && !this.crSeen) {
            this.crSeen = true;
            return at + 1;
        }
        if (b !== http1_response_parser_LF)
            throw new HttpProtocolError('a chunk of the response is longer than its declared size');
        this.state = 'size';
        return at + 1;
    }
    finish() {
        this.state = 'done';
        this.sink.end();
    }
}
/** The value of a hex digit's byte, or -1. */
function hexValue(b) {
    if (b >= 48 && b <= 57)
        return b - 48;
    if (b >= 97 && b <= 102)
        return b - 87;
    if (b >= 65 && b <= 70)
        return b - 55;
    return -1;
}
/** Index just after the blank line that ends a head (CRLFCRLF or LFLF), searching from `from`; -1 if none yet. */
function headEnd(bytes, from) {
    for (let i = bytes.indexOf(http1_response_parser_LF, from); i >= 0; i = bytes.indexOf(http1_response_parser_LF, i + 1)) {
        if (bytes[i + 1] === http1_response_parser_LF)
            return i + 2;
        if (bytes[i + 1] === http1_response_parser_CR && bytes[i + 2] === http1_response_parser_LF)
            return i + 3;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/load/classify-error.ts
class RequestTimeoutError extends Error {
    constructor(timeoutMs) {
        super(`no complete response within the ${timeoutMs} ms request timeout`);
    }
}
class RequestAbortedError extends Error {
    constructor(reason) {
        super(reason);
    }
}
/** The connection closed before the response ended (`beforeResponse`: before its first byte). */
class ResponseCutShortError extends Error {
    code = 'INFERGATE_SOCKET_CLOSED';
    constructor(beforeResponse) {
        super(beforeResponse ? 'the server closed the connection before responding' : 'the server closed the connection before the response ended');
    }
}
function codeOf(err) {
    let e = err;
    for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return '';
}
function classifyError(err) {
    if (err instanceof RequestTimeoutError)
        return 'timeout';
    if (err instanceof RequestAbortedError)
        return 'aborted';
    switch (codeOf(err)) {
        case 'ECONNREFUSED':
            return 'connection_refused';
        case 'ECONNRESET':
        case 'EPIPE':
        case 'INFERGATE_SOCKET_CLOSED':
        case 'ERR_STREAM_PREMATURE_CLOSE':
            return 'connection_reset';
        case 'ETIMEDOUT':
            return 'timeout';
        default:
            return 'other';
    }
}
/** True for the failure a kept-alive connection shows when the server closed it before answering. */
function isClosedBeforeResponse(err) {
    const code = codeOf(err);
    return code === 'INFERGATE_SOCKET_CLOSED' || code === 'ECONNRESET' || code === 'EPIPE';
}
function messageOf(err) {
    if (err instanceof Error) {
        const code = codeOf(err);
        // The client's own codes only sort errors; the message already says what happened.
        return code && !code.startsWith('INFERGATE_') && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
    }
    return String(err);
}

;// CONCATENATED MODULE: ./src/load/stream-request.ts







const ERROR_BODY_LIMIT = 2048;
/** One request on one connection, from writing its bytes to the record of its stream. */
class StreamAttempt {
    input;
    connection;
    resolve;
    sendAt = performance.now();
    /** Replaced when the request is written: offsets count from the send stamp. */
    acc = new StreamAccumulator(this.sendAt);
    sse = new SseParser();
    http;
    queue;
    head = null;
    bytesSeen = false;
    errorBody = '';
    /** The encoding of an error response's body, which is then named instead of quoted. */
    compressedErrorBody = null;
    extraBytes = false;
    settled = false;
    timer;
    stopListening = () => { };
    listeners;
    constructor(input, connection, resolve) {
        this.input = input;
        this.connection = connection;
        this.resolve = resolve;
        this.queue = new ChunkQueue((chunk, arrived) => this.consume(chunk, arrived));
        this.http = new Http1ResponseParser({ head: (h) => this.onHead(h), body: (b) => this.onBody(b), end: () => this.onEnd() });
        this.listeners = { data: (chunk) => this.onData(chunk), close: () => this.onClose(), error: (err) => this.onError(err) };
        this.timer = setTimeout(() => this.fail(new RequestTimeoutError(input.timeout_ms)), input.timeout_ms);
    }
    start() {
        const signal = this.input.signal;
        const onAbort = () => this.fail(new RequestAbortedError('the run was stopped before this request finished'));
        if (signal?.aborted)
            return queueMicrotask(onAbort);
        if (signal)
            this.stopListening = abort_listeners_onAbort(signal, onAbort);
        this.connection.whenReady((err) => (err ? this.onError(err) : this.write()));
    }
    /** Stamps the send and writes the whole request in one call: the bytes leave now, not a turn later. */
    write() {
        if (this.settled)
            return;
        const socket = this.connection.socket;
        this.connection.reader = this.listeners.data;
        socket.on('close', this.listeners.close);
        socket.on('error', this.listeners.error);
        const bytes = requestBytes(this.input.head, this.input.body);
        this.connection.served += 1;
        this.sendAt = performance.now();
        socket.write(bytes);
        // Made after the write, so nothing lies between the stamp and the bytes leaving; no response byte can be
        // read before this function returns.
        this.acc = new StreamAccumulator(this.sendAt);
    }
    onData(chunk) {
        const arrived = performance.now();
        if (this.settled)
            return;
        this.bytesSeen = true;
        this.arrived = arrived;
        try {
            if (this.http.push(chunk) > 0)
                this.extraBytes = true;
        }
        catch (err) {
            this.fail(err);
        }
    }
    /** Arrival time of the chunk being framed, for the body bytes it carries. */
    arrived = 0;
    onHead(head) {
        this.head = head;
        const encoding = contentEncoding(head.headers.get('content-encoding'));
        if (encoding === null)
            return;
        if (isSuccess(head.status)) {
            // Token times are the arrival times of events: a compressed stream hides them in the decoder's buffering.
            const message = `the response stream is ${encoding}-encoded (content-encoding: ${encoding}) although the request asked for none; infergate times raw events and does not decode a compressed stream: turn compression off on the server or the proxy in front of it`;
            this.finish({ kind: 'malformed_event', message });
        }
        else {
            this.compressedErrorBody = encoding;
        }
    }
    onBody(bytes) {
        if (this.settled)
            return;
        if (isSuccess(this.head.status))
            this.queue.push(bytes, this.arrived);
        else if (this.errorBody.length < ERROR_BODY_LIMIT)
            this.errorBody += bytes.toString('utf8');
    }
    /**
     * The close is stamped now; the rest (parsing the last chunks, the record, the next request sent in its
     * place) waits until every socket that is ready now has been stamped too, as parsing does.
     */
    onEnd() {
        const endedAt = performance.now();
        clearTimeout(this.timer);
        setImmediate(() => this.complete(endedAt));
    }
    complete(endedAt) {
        this.queue.flush();
        if (this.settled)
            return;
        const status = this.head.status;
        if (!isSuccess(status)) {
            const detail = this.compressedErrorBody === null ? this.errorBody.trim().slice(0, 300) : `(a ${this.compressedErrorBody}-encoded body, not shown)`;
            return this.finish({ kind: 'http_status', status, message: `HTTP ${status}${detail ? `: ${detail}` : ''}` }, endedAt);
        }
        this.sse.end();
        if (this.acc.state.ttft_ms === null)
            return this.finish({ kind: 'no_text', message: 'the stream ended without any generated text' }, endedAt);
        this.finish(null, endedAt);
    }
    /** Arrival time of the chunk being parsed, for the events it completes (a field: no closure per chunk). */
    parsedArrival = 0;
    consume(chunk, arrived) {
        if (this.settled)
            return;
        this.parsedArrival = arrived;
        try {
            this.sse.pushTo(chunk, this);
        }
        catch (err) {
            if (!(err instanceof StreamFailure))
                throw err;
            this.finish({ kind: err.kind, message: err.message });
        }
    }
    /** SseSink: a templated text event is read from its bytes (stream-accumulator.ts, addBytes). */
    dataLine(bytes, start, end) {
        return this.acc.addBytes(bytes, start, end, this.parsedArrival);
    }
    /** SseSink: any other event. */
    event(data) {
        this.acc.add(data, this.parsedArrival);
    }
    onClose() {
        if (this.settled || this.http.done)
            return;
        // A body framed by the connection's close ends here; anything else was cut short.
        if (!this.http.close())
            this.onError(new ResponseCutShortError(!this.bytesSeen));
    }
    onError(err) {
        // Events that arrived before the error still count (e.g. the tokens before a reset).
        this.queue.flush();
        if (this.settled)
            return;
        const beforeResponse = !this.bytesSeen && isClosedBeforeResponse(err);
        this.finish({ kind: classifyError(err), message: messageOf(err) }, performance.now(), beforeResponse);
    }
    /** Ends the attempt with `err` (timeout, abort, a protocol error) and closes the connection. */
    fail(err) {
        if (this.settled)
            return;
        this.finish({ kind: classifyError(err), message: messageOf(err) });
    }
    finish(error, endedAt = performance.now(), closedBeforeResponse = false) {
        if (this.settled)
            return;
        this.settled = true;
        this.queue.discard();
        clearTimeout(this.timer);
        this.stopListening();
        const socket = this.connection.socket;
        if (this.connection.reader === this.listeners.data)
            this.connection.reader = null;
        socket.removeListener('close', this.listeners.close);
        socket.removeListener('error', this.listeners.error);
        const reusable = error === null && this.http.done && this.head.keep_alive && !this.extraBytes;
        if (!reusable)
            socket.destroy();
        this.resolve({
            send_at: this.sendAt, close_ms: this.head ? roundMs(endedAt - this.sendAt) : null, stream: this.acc.state, text: this.acc.text(),
            retries: 0, error, closed_before_response: closedBeforeResponse, reusable,
        });
    }
}
function attempt(input, connection) {
    return new Promise((resolve) => new StreamAttempt(input, connection, resolve).start());
}
async function streamRequest(input) {
    const pool = input.connections;
    const connection = pool.acquire();
    const first = await attempt(input, connection);
    pool.release(connection, first.reusable);
    if (!first.closed_before_response || input.signal?.aborted)
        return strip(first, 0);
    // Re-send once on a new connection, never on another pooled one that may be just as stale.
    const fresh = pool.fresh();
    const second = await attempt(input, fresh);
    pool.release(fresh, second.reusable);
    return strip(second, 1);
}
function strip(r, retries) {
    return { send_at: r.send_at, close_ms: r.close_ms, stream: r.stream, text: r.text, retries, error: r.error };
}
const isSuccess = (status) => status >= 200 && status < 300;
/** The response's content coding when it is not plain bytes ("gzip", "br", ...), or null. */
function contentEncoding(raw) {
    const value = (raw ?? '').trim().toLowerCase();
    return value === '' || value === 'identity' ? null : value.replace(/[^a-z0-9, -]/g, '');
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/load/threads/thread-clock.ts
/**
 * One monotonic clock across threads. Every thread's performance.now() is CLOCK_MONOTONIC minus that
 * thread's origin. Node ≥ 20 gives a worker the process's origin, but a runtime may give it its own (when
 * the worker started), while process.hrtime.bigint() reads the same CLOCK_MONOTONIC in every thread. So
 * each thread finds its origin on the shared clock once, and a stamp moves between threads by the
 * difference of the two origins.
 *
 * The origin is read between two hrtime calls; the tightest of many brackets bounds its error (tens of
 * nanoseconds here, against records rounded to 1 µs; docs/metrics.md, "Clock and timestamps").
 */
const SAMPLES = 200;
function threadOrigin() {
    let best = { origin_ns: 0n, bracket_ns: Infinity };
    for (let i = 0; i < SAMPLES; i++) {
        const before = process.hrtime.bigint();
        const now = performance.now();
        const after = process.hrtime.bigint();
        const width = Number(after - before);
        if (width < best.bracket_ns) {
            // performance.now() is a whole number of ns from the origin, held in a double: round it back.
            best = { origin_ns: (before + after) / 2n - BigInt(Math.round(now * 1e6)), bracket_ns: width };
        }
    }
    return best;
}
/**
 * Milliseconds to add to a stamp of the thread with origin `from` to read it on the clock of origin `to`.
 * Origins that the brackets cannot tell apart are the same origin (Node ≥ 20 gives every worker the
 * process's), so the shift is then exactly 0 rather than the estimates' noise.
 */
function originShiftMs(from, to) {
    const apart = from.origin_ns - to.origin_ns;
    const tolerance = BigInt(Math.ceil((from.bracket_ns + to.bracket_ns) / 2));
    if (apart <= tolerance && -apart <= tolerance)
        return 0;
    return Number(apart) / 1e6;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/load/threads/thread-entry.ts
/**
 * Where a load thread's code is. Bundled (dist/cli, dist/main), it is its own bundle beside them,
 * dist/load-thread/index.js (scripts/build-dist.mjs); run from the TypeScript sources (tests, benches),
 * it is load-thread-main.ts, loaded through tsx, which a thread does not inherit from its parent.
 */


function loadThreadEntry(here = import.meta.url) {
    if (!here.endsWith('.ts')) {
        // Built by path pieces so that the bundler leaves it as a run-time path instead of an asset to copy.
        return { code: new URL(['..', 'load-thread', 'index.js'].join('/'), here), eval: false };
    }
    return sourceEntry(new URL('./load-thread-main.ts', here).href, here);
}
/** Evaluated code that registers tsx's loader in the new thread, then imports `moduleUrl`. */
function sourceEntry(moduleUrl, here = import.meta.url) {
    // Named by pieces, as above: the bundle must not try to carry tsx (a development tool) along.
    const tsxPackage = (0,external_node_module_.createRequire)(here).resolve(['tsx', 'package.json'].join('/'));
    const api = (0,external_node_url_.pathToFileURL)(tsxPackage.replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
    const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`;
    return { code, eval: true };
}

;// CONCATENATED MODULE: ./src/load/threads/client-threads.ts
/**
 * The main thread's side of the load threads: starts them, hands thread k a request or a prewarm, and
 * turns each answer into a result on the main thread's clock. A thread that dies (an uncaught error, out of
 * memory, an exit) fails what it had in flight with a LoadThreadCrash and tells `onCrash` once.
 */



/** A load thread stopped before the run was done with it. */
class LoadThreadCrash extends Error {
    thread;
    threads;
    reason;
    constructor(thread, threads, reason) {
        super(`client thread ${thread + 1} of ${threads} stopped unexpectedly (${reason})`);
        this.thread = thread;
        this.threads = threads;
        this.reason = reason;
    }
}
/** How long closed threads get to exit before they are terminated (they exit as soon as their sockets are closed). */
const EXIT_GRACE_MS = 10_000;
/** One load thread: its worker, what it has yet to answer, and the shift from its clock to ours. */
class LoadThread {
    worker;
    index;
    pending = new Map();
    shift_ms = 0;
    crash = null;
    closing = false;
    exited;
    constructor(worker, index) {
        this.worker = worker;
        this.index = index;
        this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    }
    post(message) {
        if (!this.crash)
            this.worker.postMessage(message);
    }
}
class ClientThreads {
    threads;
    onCrash;
    nextId = 0;
    mainOrigin = threadOrigin();
    constructor(threads, onCrash) {
        this.threads = threads;
        this.onCrash = onCrash;
    }
    get count() {
        return this.threads.length;
    }
    /** Starts `count` threads and waits until each is ready; a thread that cannot start fails the start with its reason. */
    static async start(count, setup, onCrash, entry = loadThreadEntry()) {
        const threads = Array.from({ length: count }, (_, i) => new LoadThread(new external_node_worker_threads_.Worker(entry.code, { eval: entry.eval, workerData: setup }), i));
        const pool = new ClientThreads(threads, onCrash);
        try {
            await Promise.all(threads.map((t) => pool.watch(t)));
        }
        catch (err) {
            await pool.close();
            throw err;
        }
        return pool;
    }
    /** Sends `body` from thread `thread`; rejects with a LoadThreadCrash when the thread dies first. */
    send(thread, body, timeout_ms) {
        return this.ask(this.threads[thread], (id) => ({ kind: 'send', id, body, timeout_ms }));
    }
    /** Opens `count` idle connections on thread `thread` (ConnectionPool.prewarm there). */
    async prewarm(thread, count) {
        await this.ask(this.threads[thread], (id) => ({ kind: 'prewarm', id, count }));
    }
    /** Every thread ends what it has in flight as aborted (each is still answered). */
    abort() {
        for (const t of this.threads)
            t.post({ kind: 'abort' });
    }
    /** Closes every thread (connections first) and waits for each to exit; terminates one that does not. */
    async close() {
        for (const t of this.threads) {
            t.closing = true;
            t.post({ kind: 'close' });
        }
        await Promise.all(this.threads.map(async (t) => {
            const backstop = setTimeout(() => void t.worker.terminate(), EXIT_GRACE_MS);
            await t.exited;
            clearTimeout(backstop);
        }));
    }
    ask(thread, message) {
        if (thread.crash)
            return Promise.reject(thread.crash);
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            thread.pending.set(id, { resolve, reject });
            thread.post(message(id));
        });
    }
    /** Wires a thread's answers and its end; resolves once it is ready, rejects if it dies first. */
    watch(thread) {
        return new Promise((ready, failedToStart) => {
            let started = false;
            thread.worker.on('message', (message) => {
                if (message.kind === 'ready') {
                    thread.shift_ms = originShiftMs(message.origin, this.mainOrigin);
                    started = true;
                    ready();
                }
                else if (message.kind === 'result') {
                    const shifted = { ...message.result, send_at: message.result.send_at + thread.shift_ms };
                    this.settle(thread, message.id, { result: shifted, ended_at: message.ended_at + thread.shift_ms });
                }
                else if (message.kind === 'prewarmed') {
                    this.settle(thread, message.id, null);
                }
            });
            let reason = 'it exited';
            thread.worker.on('error', (err) => {
                // One line: the failure is reported as one sentence, whatever the error's message holds.
                reason = `${err.name}: ${err.message.split('\n')[0].trim()}`;
            });
            thread.worker.once('exit', (code) => {
                // Closed with nothing left to answer: its end was asked for (or, after EXIT_GRACE_MS, forced).
                if (thread.closing && thread.pending.size === 0)
                    return;
                const crash = new LoadThreadCrash(thread.index, this.threads.length, code === 0 ? reason : `${reason}, exit code ${code}`);
                thread.crash = crash;
                for (const p of thread.pending.values())
                    p.reject(crash);
                thread.pending.clear();
                if (!started)
                    failedToStart(crash);
                else
                    this.onCrash(crash);
            });
        });
    }
    settle(thread, id, value) {
        const pending = thread.pending.get(id);
        thread.pending.delete(id);
        pending?.resolve(value);
    }
}

;// CONCATENATED MODULE: ./src/load/threads/stream-transport.ts
/**
 * Where the load's requests are streamed: on this thread's own connection pool, or spread over load
 * threads. Each stream slot belongs to one thread for the whole run (slot k to thread k mod n), so a
 * thread's share of the streams, and of their connections, is fixed; the schedule — when a slot sends,
 * the concurrency limit, the warm-up, the steps, the budget and the stop — stays with the caller.
 */



/** Today's load: every stream on this thread. */
function inThreadTransport(origin, head) {
    const pool = new ConnectionPool(origin);
    return {
        prewarm: (width, signal) => pool.prewarm(width, signal),
        send: async (_slot, body, timeout_ms, signal) => ({ result: await streamRequest({ connections: pool, head, body, timeout_ms, signal }) }),
        close: () => pool.close(),
    };
}
/** Slots of `width` that thread `thread` of `threads` owns (k mod threads = thread). */
function shareOf(width, thread, threads) {
    return Math.floor(width / threads) + (thread < width % threads ? 1 : 0);
}
/** Streams spread over `count` load threads; a thread that dies tells `onCrash`, and its requests reject with the crash. */
async function threadedTransport(count, origin, head, onCrash, entry) {
    const threads = await ClientThreads.start(count, { origin, head }, onCrash, entry);
    let stopListening = null;
    const forwardStop = (signal) => {
        if (stopListening)
            return;
        const onStop = () => threads.abort();
        if (signal.aborted)
            return onStop();
        signal.addEventListener('abort', onStop, { once: true });
        stopListening = () => signal.removeEventListener('abort', onStop);
    };
    return {
        prewarm: async (width, signal) => {
            forwardStop(signal);
            await Promise.all(Array.from({ length: count }, (_, t) => (shareOf(width, t, count) > 0 ? threads.prewarm(t, shareOf(width, t, count)) : null)));
        },
        send: (slot, body, timeout_ms, signal) => {
            forwardStop(signal);
            return threads.send(slot % count, body, timeout_ms);
        },
        close: async () => {
            stopListening?.();
            await threads.close();
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/load/threads/auto-threads.ts
/**
 * How many client threads a load gets. `auto` keeps today's single thread (no workers) unless the load
 * can hold more streams at once than one thread carries within the accuracy target, and then adds one
 * thread per STREAMS_PER_THREAD streams, up to the cores but one (the main thread keeps the schedule and
 * writes the records). docs/metrics.md, "Client threads", gives the capacity model behind the figure.
 */


/**
 * Streams one thread keeps within 5 ms p99 TTFT error at 100 tokens/s each (32 measured on a shared core,
 * docs/metrics.md "Figures: side by side"; 64 streams × 100 tokens/s = 6,400 events/s, well under the
 * 38,000–67,000 events per CPU-second one thread parses when each event is its own read).
 */
const STREAMS_PER_THREAD = 64;
/** The most requests the shape can have in flight at once over `prompts` prompts. */
function peakStreams(shape, prompts) {
    const widthOf = (s) => {
        if (s.kind === 'concurrency')
            return Math.min(s.concurrency, prompts);
        if (s.kind === 'rate')
            return Math.min(s.max_concurrency ?? prompts, prompts);
        return prompts;
    };
    return Math.max(...stepsOf(shape).map(widthOf));
}
function resolveClientThreads(setting, shape, prompts, cores = (0,external_node_os_.availableParallelism)()) {
    if (setting !== 'auto')
        return setting;
    const wanted = Math.ceil(peakStreams(shape, prompts) / STREAMS_PER_THREAD);
    return Math.max(1, Math.min(wanted, cores - 1));
}

;// CONCATENATED MODULE: ./src/load/run-load.ts
/**
 * Runs the load: warmup, then each step of the load shape over the whole prompt list, recording every
 * request (warmup included, flagged) as it completes. Stops early, cancelling what is in flight, when the
 * total time budget runs out or the caller's signal aborts.
 */












/** How many messages are kept per failure kind. */
const KEPT_FAILURE_MESSAGES = 3;
function resolveEndpoint(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new errors/* InputError */.dz(`endpoint "${endpoint}" is not a valid URL.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* InputError */.dz(`endpoint "${endpoint}" must be http or https.`);
    let prefix = url.pathname.replace(/\/+$/, '');
    if (prefix.endsWith('/v1'))
        prefix = prefix.slice(0, -3);
    return { origin: url.origin, prefix };
}
/** Checks the input and builds the request target; throws InputError naming what is wrong. */
function prepareTarget(input) {
    const problem = checkShape(input.shape);
    if (problem)
        throw new errors/* InputError */.dz(`load shape: ${problem}.`);
    const { source: prompts, toCheck } = promptSourceOf(input.prompts);
    if (prompts.count === 0)
        throw new errors/* InputError */.dz('load: there are no prompts to send.');
    if (!(input.request.timeout_ms > 0))
        throw new errors/* InputError */.dz(`load: timeout_ms must be positive, got ${input.request.timeout_ms}.`);
    if (!(Number.isInteger(input.request.max_tokens) && input.request.max_tokens >= 1)) {
        throw new errors/* InputError */.dz(`load: max_tokens must be a whole number ≥ 1, got ${input.request.max_tokens}.`);
    }
    const { origin, prefix } = resolveEndpoint(input.endpoint);
    let head;
    try {
        head = requestHeadPrefix(origin, prefix + apiPath(input.api), input.headers ?? {});
    }
    catch (err) {
        if (err instanceof RequestHeaderError)
            throw new errors/* InputError */.dz(`load: ${err.message}.`);
        throw err;
    }
    // Bodies are built when sent (holding 100,000 of them costs memory); checking them first (a list whole,
    // a source, which builds every prompt alike, its first) means a bad prompt stops the run before any
    // request goes out.
    const bodyOf = (p) => JSON.stringify(buildRequestBody(input.api, input.model, p, input.request));
    for (const p of toCheck) {
        try {
            bodyOf(p);
        }
        catch (err) {
            throw new errors/* InputError */.dz(`load: ${err.message}.`);
        }
    }
    return { origin, head, prompts, bodyOf };
}
function emptyOutcome() {
    return {
        records: [], started_ms: performance.now(), finished_ms: 0, steps: [],
        failures_by_kind: Object.fromEntries(request_record/* FAILURE_KINDS */.B.map((k) => [k, 0])),
        first_failure_messages: {}, warmup_failures: 0, retried_connections: 0, budget_exhausted: false, interrupted: false,
        client_threads: 1,
    };
}
/**
 * The run's stop signal: the time budget, the caller's signal or `abort` (a load thread that died) aborts
 * it. `dispose` removes the listeners.
 */
function stopControls(input, outcome) {
    const stop = new AbortController();
    // Every in-flight request listens on the stop signal.
    (0,external_node_events_.setMaxListeners)(0, stop.signal);
    const budgetTimer = input.time_budget_ms === undefined ? undefined : setTimeout(() => {
        outcome.budget_exhausted = true;
        stop.abort();
    }, input.time_budget_ms);
    const onCallerAbort = () => {
        outcome.interrupted = true;
        stop.abort();
    };
    if (input.signal?.aborted)
        onCallerAbort();
    else
        input.signal?.addEventListener('abort', onCallerAbort, { once: true });
    return {
        signal: stop.signal,
        abort: () => stop.abort(),
        dispose: () => {
            clearTimeout(budgetTimer);
            input.signal?.removeEventListener('abort', onCallerAbort);
        },
    };
}
/** The record of one finished request; offsets relative to the run's start. */
function recordOf(result, prompt, index, warmup, step, started) {
    const s = result.stream;
    const usageTokens = s.usage_completion_tokens;
    return {
        id: prompt.id, index, warmup, step,
        send_ms: Math.round((result.send_at - started) * 1000) / 1000,
        ttft_ms: s.ttft_ms, first_choice_ms: s.first_choice_ms, e2el_ms: s.e2el_ms, close_ms: result.close_ms,
        // An exact-size copy: the growing array's spare capacity adds up over 100,000 records.
        text_event_ms: s.text_event_ms.slice(), prompt_tokens: s.prompt_tokens,
        output_tokens: usageTokens ?? (s.text_event_ms.length > 0 ? s.text_event_ms.length : null),
        output_tokens_estimated: usageTokens === null,
        finish_reason: s.finish_reason, text: result.text, retries: result.retries, error: result.error,
    };
}
/** Counts one record into the outcome (failures by kind, retries) and its step's tally. */
function countRecord(outcome, record, tally) {
    if (record.retries > 0)
        outcome.retried_connections += record.retries;
    if (record.error) {
        if (record.warmup)
            outcome.warmup_failures += 1;
        else
            outcome.failures_by_kind[record.error.kind] += 1;
        const kept = (outcome.first_failure_messages[record.error.kind] ??= []);
        if (kept.length < KEPT_FAILURE_MESSAGES)
            kept.push(`request ${record.index} (${record.id}): ${record.error.message}`);
        if (tally)
            tally.failed += 1;
    }
    else if (tally) {
        tally.completed += 1;
    }
    if (tally)
        tally.requests += 1;
}
/** Requests a closed-loop or offline step keeps in flight (its connections are opened before its clock starts). */
function widthOf(shape, count) {
    if (shape.kind === 'offline')
        return count;
    if (shape.kind === 'concurrency')
        return Math.min(shape.concurrency, count);
    return 0;
}
async function runLoad(input, seams = {}) {
    const target = prepareTarget(input);
    const threads = resolveClientThreads(input.client_threads ?? 1, input.shape, target.prompts.count);
    // A load thread that dies stops the run (once the run's stop exists; before, it is noted and stops it then).
    let crash = null;
    let stopRun = () => { };
    const onCrash = (c) => {
        crash ??= c;
        stopRun();
    };
    // Threads start before the run's clock and budget: starting them is not part of the load.
    const transport = threads === 1 ? inThreadTransport(target.origin, target.head) : await startThreads(threads, target, onCrash, seams);
    const outcome = emptyOutcome();
    outcome.client_threads = threads;
    const started = outcome.started_ms;
    const stop = stopControls(input, outcome);
    const signal = stop.signal;
    stopRun = stop.abort;
    if (crash)
        stop.abort();
    const keep = input.keep_records ?? true;
    let nextIndex = 0;
    let lastEnd = 0;
    let recorded = 0;
    let lost = 0;
    const sendOne = async (promptIndex, slot, step, warmup, tally) => {
        const index = nextIndex++;
        const prompt = target.prompts.promptFor(promptIndex);
        let sent;
        try {
            sent = await transport.send(slot, target.bodyOf(prompt), input.request.timeout_ms, signal);
        }
        catch (err) {
            // Its thread died with it in flight: there is nothing to record (the run fails below, naming it).
            if (!(err instanceof LoadThreadCrash))
                throw err;
            lost += 1;
            return;
        }
        const record = recordOf(sent.result, prompt, index, warmup, step, started);
        lastEnd = Math.max(lastEnd, (sent.ended_at ?? performance.now()) - started);
        countRecord(outcome, record, tally);
        if (keep)
            outcome.records.push(record);
        recorded += 1;
        input.onRecord?.(record);
    };
    const steps = stepsOf(input.shape);
    const prompts = target.prompts.count;
    try {
        // The warm-up goes through the first step's own release (its concurrency limit, its cap, its
        // connections), so what it warms — the JIT, the sockets, the engine — is what the step then uses.
        if (input.warmup_requests > 0 && !signal.aborted) {
            const n = input.warmup_requests;
            await transport.prewarm(widthOf(steps[0], n), signal);
            await runStep(steps[0], n, signal, (i, slot) => sendOne(i % prompts, slot, 0, true, null));
        }
        for (const [stepIndex, shape] of steps.entries()) {
            if (signal.aborted)
                break;
            // Closed-loop and offline steps open their connections before their clock starts (connection-pool.ts).
            await transport.prewarm(widthOf(shape, prompts), signal);
            if (signal.aborted)
                break;
            const tally = {
                step: stepIndex, shape: describeShape(shape), started_ms: performance.now() - started, finished_ms: 0, requests: 0, completed: 0, failed: 0,
            };
            await runStep(shape, prompts, signal, (i, slot) => sendOne(i, slot, stepIndex, false, tally));
            tally.finished_ms = performance.now() - started;
            outcome.steps.push(tally);
        }
    }
    catch (err) {
        // A prewarm on a thread that died: the run stops as for a request on it.
        if (!(err instanceof LoadThreadCrash))
            throw err;
        crash ??= err;
    }
    finally {
        stop.dispose();
        await transport.close();
    }
    outcome.finished_ms = lastEnd;
    if (crash)
        throw crashFailure(crash, lost, recorded);
    return outcome;
}
/** The load threads, or RunError naming the one that could not start. */
async function startThreads(count, target, onCrash, seams) {
    try {
        return await threadedTransport(count, target.origin, target.head, onCrash, seams.thread_entry);
    }
    catch (err) {
        if (err instanceof LoadThreadCrash)
            throw new errors/* RunError */.e4(`load: ${err.message} as it started; no request was sent`);
        throw err;
    }
}
/** The one sentence of a run whose load thread died: what stopped, what is missing, what is kept. */
function crashFailure(crash, lost, recorded) {
    const missing = lost === 1 ? '1 request it had in flight has no record' : `${lost} requests it had in flight have no record`;
    return new errors/* RunError */.e4(`load: ${crash.message}; the load was stopped, ${missing}, and the ${recorded} records completed before the stop were kept`);
}
/**
 * Releases `count` requests (prompt indices 0..count-1) following one shape. `send(i, slot)`: the stream
 * slot is the closed loop's lane (0..width-1), or the request's own index in the open loop.
 */
async function runStep(shape, count, signal, send) {
    if (shape.kind === 'offline' || shape.kind === 'concurrency') {
        const width = shape.kind === 'offline' ? count : Math.min(shape.concurrency, count);
        let next = 0;
        const lane = async (_, slot) => {
            while (!signal.aborted && next < count)
                await send(next++, slot);
        };
        await Promise.all(Array.from({ length: width }, lane));
        return;
    }
    const burstiness = shape.arrival === 'poisson' ? 1 : (shape.burstiness ?? 1);
    const offsets = arrivalOffsetsMs(count, shape.rate_rps, burstiness, shape.seed ?? 0, shape.convention);
    const cap = shape.max_concurrency !== undefined ? new Semaphore(shape.max_concurrency) : null;
    const onStop = () => cap?.releaseAll();
    signal.addEventListener('abort', onStop, { once: true });
    const inFlight = [];
    const start = performance.now();
    for (let i = 0; i < count; i++) {
        await sleepUntil(start + offsets[i], signal);
        if (signal.aborted)
            break;
        if (cap) {
            await cap.acquire();
            if (signal.aborted)
                break;
        }
        inFlight.push(send(i, i).finally(() => cap?.release()));
    }
    await Promise.all(inFlight);
    signal.removeEventListener('abort', onStop);
}

;// CONCATENATED MODULE: ./src/load/failure-rate.ts
/**
 * The run rule on failures: measured (non-warmup) requests that failed, over all measured requests sent.
 * Requests cancelled because the run stopped (kind `aborted`: time budget or interrupt) are not the
 * server's failures and are left out of both counts; a run with no completed request always fails.
 */

function decideFailureRate(records, maxFailureRate) {
    let failed = 0;
    let completed = 0;
    let first = null;
    for (const r of records) {
        if (r.warmup)
            continue;
        if (r.error === null)
            completed += 1;
        else if (r.error.kind !== 'aborted') {
            failed += 1;
            if (first === null || r.index < first.index)
                first = r;
        }
    }
    const counted = failed + completed;
    const rate = counted === 0 ? 0 : failed / counted;
    let message = null;
    if (completed === 0) {
        message = counted === 0 ? 'no measured request finished before the run stopped' : `all ${counted} measured requests failed`;
    }
    else if (rate > maxFailureRate) {
        message = `${failed} of ${counted} measured requests failed (${(rate * 100).toFixed(1)}%), above the limit of ${(maxFailureRate * 100).toFixed(1)}%`;
    }
    // Name one failed request, so the one error line says what went wrong, not only how often.
    if (message !== null && first?.error)
        message += `; first: request ${first.id} (${first.error.kind}): ${oneLine(first.error.message)}`;
    return { failed, counted, completed, rate, max_failure_rate: maxFailureRate, fails_run: message !== null, message };
}
/** Throws RunError (exit code 4) when the decision fails the run; returns the decision otherwise. */
function enforceFailureRate(records, maxFailureRate) {
    const decision = decideFailureRate(records, maxFailureRate);
    if (decision.fails_run)
        throw new RunError(`Run failed: ${decision.message}.`);
    return decision;
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

;// CONCATENATED MODULE: ./src/load/index.ts
/** Load generation: the public surface the pipeline calls. */






// EXTERNAL MODULE: ./src/run-folder/request-columns.ts
var request_columns = __webpack_require__(38499);
// EXTERNAL MODULE: ./src/run-folder/requests-jsonl-columns.ts
var requests_jsonl_columns = __webpack_require__(72993);
// EXTERNAL MODULE: ./src/run-folder/prediction-summary.ts
var prediction_summary = __webpack_require__(5974);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(84537);
;// CONCATENATED MODULE: ./src/run-folder/requests-jsonl-writer.ts
/**
 * Appends RequestRecords to requests.jsonl as they complete, one JSON line each, written synchronously so
 * a crash mid-run keeps every request finished before it. Pass `writer.append` as runLoad's onRecord.
 */




class RequestsJsonlWriter {
    file;
    fd;
    count = 0;
    /** The first write failure: after it nothing more is written, so a cut line can only be the last one. */
    failure = null;
    /** Creates (or truncates) the file; its folder is created when missing. */
    constructor(file) {
        this.file = file;
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(file), { recursive: true });
        this.fd = external_node_fs_default().openSync(file, 'w');
    }
    get written() {
        return this.count;
    }
    /** Bound so it can be handed over as a callback. */
    append = (record) => {
        if (this.fd === null)
            throw new Error(`requests log ${this.file} is already closed`);
        if (this.failure)
            throw this.failure;
        // A server may echo a request's token in its error body: records never carry it.
        const line = Buffer.from(`${(0,secrets/* redactSecrets */.fp)(JSON.stringify(record))}\n`, 'utf8');
        try {
            // writeSync may write part of the line (a disk about to fill); the rest is written, or fails, next.
            for (let done = 0; done < line.length;)
                done += external_node_fs_default().writeSync(this.fd, line, done, line.length - done);
        }
        catch (error) {
            // A full disk (ENOSPC) or a vanished folder: the run cannot keep its records, so it stops, naming why.
            const code = error.code ?? error.message;
            this.failure = new errors/* RunError */.e4(`${this.file}: cannot write request record ${this.count + 1} (${code}${code === 'ENOSPC' ? ': the disk is full' : ''})`);
            throw this.failure;
        }
        this.count += 1;
    };
    close() {
        if (this.fd === null)
            return;
        external_node_fs_default().closeSync(this.fd);
        this.fd = null;
    }
}

// EXTERNAL MODULE: ./src/run-folder/manifest.ts
var run_folder_manifest = __webpack_require__(61387);
// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(95105);
// EXTERNAL MODULE: ./src/metrics/latency/distribution.ts
var distribution = __webpack_require__(15672);
;// CONCATENATED MODULE: ./src/metrics/latency/microsecond-counts.ts
/**
 * A sample of non-negative whole microseconds, held as a count per value, summarized in milliseconds.
 *
 * The pooled ITL sample is the largest one a run has: 100,000 requests of 64 tokens give 6.3 million gaps,
 * 51 MB as doubles to sort, 25 MB even as 32-bit integers. Gaps repeat a lot at 1 µs resolution, so counts
 * per value hold the same information in at most 2^20 bins (4 MB; fewer when the
 * largest gap is smaller), with the rare gaps of a second or more kept as values. The statistics are those
 * of the sorted sample (distribution.ts), read off the counts.
 */

const MAX_BINS = 2 ** 20;
class MicrosecondCounts {
    bins;
    /** Values too large for the bins, unsorted until summarized. */
    large = [];
    n = 0;
    /** `largest`: the largest value that will be added (sizes the bins). */
    constructor(largest) {
        this.bins = new Uint32Array(Math.min(Math.max(0, largest) + 1, MAX_BINS));
    }
    /** Adds a whole, non-negative number of microseconds. */
    add(us) {
        if (us < this.bins.length)
            this.bins[us] += 1;
        else
            this.large.push(us);
        this.n += 1;
    }
    summarize(percentiles) {
        const n = this.n;
        const keys = percentiles.map(distribution/* percentileKey */.FG);
        if (n === 0) {
            return { count: 0, mean: null, median: null, std: null, min: null, max: null, percentiles: Object.fromEntries(keys.map((k) => [k, null])) };
        }
        const bins = this.bins;
        const large = this.large.sort((a, b) => a - b);
        // Sums of whole numbers below 2^53: exact, so the mean equals the sorted sample's.
        let sum = 0;
        for (let v = 0; v < bins.length; v++)
            if (bins[v] !== 0)
                sum += v * bins[v];
        for (const v of large)
            sum += v;
        const mean = sum / n;
        let sq = 0;
        for (let v = 0; v < bins.length; v++) {
            if (bins[v] === 0)
                continue;
            const d = v - mean;
            sq += bins[v] * d * d;
        }
        for (const v of large)
            sq += (v - mean) * (v - mean);
        // Every rank a statistic needs, resolved in one walk over the counts.
        const wanted = new Set([0, n - 1]);
        for (const p of [50, ...percentiles]) {
            const { lo, hi } = (0,distribution/* percentileRanks */.xc)(n, p);
            wanted.add(lo).add(hi);
        }
        const ranks = [...wanted].sort((a, b) => a - b);
        const valueOfRank = new Map();
        let next = 0;
        let seen = 0;
        for (let v = 0; v < bins.length && next < ranks.length; v++) {
            seen += bins[v];
            while (next < ranks.length && ranks[next] < seen)
                valueOfRank.set(ranks[next++], v);
        }
        for (; next < ranks.length; next++)
            valueOfRank.set(ranks[next], large[ranks[next] - seen]);
        const at = (k) => valueOfRank.get(k);
        const ms = (us) => us / 1000;
        return {
            count: n,
            mean: ms(mean),
            median: ms((0,distribution/* percentileBy */.Zd)(n, at, 50)),
            std: ms(Math.sqrt(sq / n)),
            min: ms(at(0)),
            max: ms(at(n - 1)),
            percentiles: Object.fromEntries(percentiles.map((p) => [(0,distribution/* percentileKey */.FG)(p), ms((0,distribution/* percentileBy */.Zd)(n, at, p))])),
        };
    }
}

;// CONCATENATED MODULE: ./src/metrics/latency/per-request.ts

/** Null when the request did not complete with text (failed records are never measured). */
function requestLatency(r) {
    if (r.error !== null || r.ttft_ms === null || r.e2el_ms === null)
        return null;
    const out = r.output_tokens ?? r.text_event_ms.length;
    return {
        ttft_ms: r.ttft_ms,
        ttft_vllm_ms: r.first_choice_ms,
        e2el_ms: r.e2el_ms,
        tpot_ms: out > 1 ? (r.e2el_ms - r.ttft_ms) / (out - 1) : null,
        output_tokens: out,
    };
}
/** Gaps between consecutive text events of one request. */
function interEventGaps(r) {
    const t = r.text_event_ms;
    const gaps = [];
    for (let i = 1; i < t.length; i++)
        gaps.push(t[i] - t[i - 1]);
    return gaps;
}
/** requestLatency of row `r` of the run's columns (the same definitions, NaN for null). */
function rowLatency(columns, r) {
    const ttft = columns.ttftMs[r];
    const e2el = columns.e2elMs[r];
    if (columns.errorKind[r] !== 0 || Number.isNaN(ttft) || Number.isNaN(e2el))
        return null;
    const usage = columns.outputTokens[r];
    const out = Number.isNaN(usage) ? (0,request_columns/* eventCount */.Cj)(columns, r) : usage;
    return {
        ttft_ms: ttft,
        ttft_vllm_ms: (0,request_columns/* orNull */.Xd)(columns.firstChoiceMs[r]),
        e2el_ms: e2el,
        tpot_ms: out > 1 ? (e2el - ttft) / (out - 1) : null,
        output_tokens: out,
    };
}

;// CONCATENATED MODULE: ./src/metrics/latency/summarize-latency.ts




function meets(slo, ttft, tpot, e2el) {
    if (slo.ttft_ms !== undefined && ttft > slo.ttft_ms)
        return false;
    // A one-token request has no TPOT; it cannot break a TPOT objective.
    if (slo.tpot_ms !== undefined && tpot !== null && tpot > slo.tpot_ms)
        return false;
    if (slo.e2el_ms !== undefined && e2el > slo.e2el_ms)
        return false;
    return true;
}
/** Calls `fn` with each gap between text events of the completed measured rows. */
function forEachGap(columns, rows, fn) {
    const { events, eventStart } = columns;
    for (const r of rows) {
        if (columns.warmup[r] === 1 || rowLatency(columns, r) === null)
            continue;
        for (let i = eventStart[r] + 1; i < eventStart[r + 1]; i++)
            fn(events[i] - events[i - 1]);
    }
}
/**
 * ITL: the gaps between text events of completed measured requests, pooled. Counted per whole microsecond
 * (the resolution records are kept at; microsecond-counts.ts), so millions of gaps take a few MB; a record
 * with a finer time or a gap that goes backwards makes it fall back to sorting doubles.
 */
function summarizeItl(columns, rows, percentiles) {
    let n = 0;
    let largest = 0;
    let wholeMicroseconds = true;
    forEachGap(columns, rows, (gap) => {
        const us = Math.round(gap * 1000);
        if (Math.abs(gap * 1000 - us) > 1e-6 || us < 0 || !Number.isSafeInteger(us))
            wholeMicroseconds = false;
        else
            largest = Math.max(largest, us);
        n += 1;
    });
    if (!wholeMicroseconds) {
        const gaps = new Float64Array(n);
        let at = 0;
        forEachGap(columns, rows, (gap) => (gaps[at++] = gap));
        return (0,distribution/* summarizeInPlace */.mK)(gaps, percentiles);
    }
    const sample = new MicrosecondCounts(largest);
    forEachGap(columns, rows, (gap) => sample.add(Math.round(gap * 1000)));
    return sample.summarize(percentiles);
}
/** A sample filled a value at a time into a Float64Array sized for the most it can hold. */
class Sample {
    values;
    n = 0;
    constructor(capacity) {
        this.values = new Float64Array(capacity);
    }
    push(v) {
        this.values[this.n++] = v;
    }
    summarize(percentiles) {
        return (0,distribution/* summarizeInPlace */.mK)(this.values.subarray(0, this.n), percentiles);
    }
}
function checkedPercentiles(options) {
    const percentiles = [...new Set([...distribution/* DEFAULT_PERCENTILES */.j7, ...(options.percentiles ?? [])])].sort((a, b) => a - b);
    for (const p of percentiles) {
        if (!(p >= 0 && p <= 100))
            throw new RangeError(`percentile ${p} is outside 0..100`);
    }
    return percentiles;
}
/** The summary of records held in memory (tests, tools): the same code over their columns. */
function summarizeLatency(records, options = {}) {
    const columns = (0,request_columns/* columnsFromRecords */.si)(records);
    return summarizeLatencyRows(columns, (0,request_columns/* selectRows */.A5)(columns, () => true), options);
}
/** The summary of the given rows of the run's columns (warmup rows among them are left out). */
function summarizeLatencyRows(columns, rows, options = {}) {
    const percentiles = checkedPercentiles(options);
    const ttft = new Sample(rows.length);
    const ttftVllm = new Sample(rows.length);
    const tpot = new Sample(rows.length);
    const e2el = new Sample(rows.length);
    const outTokens = new Sample(rows.length);
    let completed = 0;
    let failed = 0;
    const failedByKind = {};
    let firstSend = Infinity;
    let lastEnd = -Infinity;
    let totalOut = 0;
    let totalPrompt = 0;
    let promptMissing = false;
    let estimated = 0;
    let good = 0;
    const slo = options.slo;
    for (const r of rows) {
        if (columns.warmup[r] === 1)
            continue;
        firstSend = Math.min(firstSend, columns.sendMs[r]);
        const lat = rowLatency(columns, r);
        if (lat === null) {
            failed += 1;
            const kind = (0,request_columns/* failureKindOf */.Kt)(columns, r) ?? 'no_text';
            failedByKind[kind] = (failedByKind[kind] ?? 0) + 1;
            continue;
        }
        completed += 1;
        const close = columns.closeMs[r];
        lastEnd = Math.max(lastEnd, columns.sendMs[r] + (Number.isNaN(close) ? lat.e2el_ms : close));
        ttft.push(lat.ttft_ms);
        if (lat.ttft_vllm_ms !== null)
            ttftVllm.push(lat.ttft_vllm_ms);
        e2el.push(lat.e2el_ms);
        if (lat.tpot_ms !== null)
            tpot.push(lat.tpot_ms);
        outTokens.push(lat.output_tokens);
        totalOut += lat.output_tokens;
        const prompt = columns.promptTokens[r];
        if (Number.isNaN(prompt))
            promptMissing = true;
        else
            totalPrompt += prompt;
        if (columns.outputEstimated[r] === 1)
            estimated += 1;
        if (slo && meets(slo, lat.ttft_ms, lat.tpot_ms, lat.e2el_ms))
            good += 1;
    }
    const durationS = completed > 0 && lastEnd > firstSend ? (lastEnd - firstSend) / 1000 : null;
    const per = (x) => (durationS === null ? null : x / durationS);
    const measured = completed + failed;
    return {
        percentiles,
        completed_requests: completed,
        failed_requests: failed,
        failed_by_kind: failedByKind,
        duration_s: durationS,
        throughput_rps: per(completed),
        output_tps: per(totalOut),
        total_tps: promptMissing ? null : per(totalPrompt + totalOut),
        total_output_tokens: totalOut,
        total_prompt_tokens: promptMissing ? null : totalPrompt,
        estimated_output_requests: estimated,
        output_tokens_estimated: estimated > 0,
        ttft_ms: ttft.summarize(percentiles),
        ttft_vllm_ms: ttftVllm.summarize(percentiles),
        tpot_ms: tpot.summarize(percentiles),
        itl_ms: summarizeItl(columns, rows, percentiles),
        e2el_ms: e2el.summarize(percentiles),
        output_tokens: outTokens.summarize(percentiles),
        goodput: slo
            ? { slo, good_requests: good, goodput_rps: per(good), good_fraction: measured > 0 ? good / measured : null }
            : null,
    };
}
/** One summary per sweep step (records grouped by `step`), in step order. */
function summarizeLatencyBySteps(records, options = {}) {
    const columns = columnsFromRecords(records);
    return summarizeLatencyByStepRows(columns, selectRows(columns, () => true), options);
}
/** One summary per sweep step of the given rows (grouped by their step), in step order. */
function summarizeLatencyByStepRows(columns, rows, options = {}) {
    const steps = new Set();
    for (const r of rows)
        if (columns.warmup[r] === 0)
            steps.add(columns.step[r]);
    const out = new Map();
    for (const step of [...steps].sort((a, b) => a - b)) {
        out.set(step, summarizeLatencyRows(columns, rows.filter((r) => columns.step[r] === step), options));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/metrics/latency/headline.ts
/**
 * Flattens a LatencySummary into the name → number map results.json's `headline` carries and the gate
 * compares. Names: <metric>_<stat> for ttft_ms, ttft_vllm_ms, tpot_ms, itl_ms, e2el_ms with stats mean,
 * median, std, min, max and p<N> (p99_9 for 99.9); then the run-level rates and counts.
 */

const LATENCY_METRICS = ['ttft_ms', 'ttft_vllm_ms', 'tpot_ms', 'itl_ms', 'e2el_ms'];
function flatten(prefix, d, percentiles, out) {
    out[`${prefix}_mean`] = d.mean;
    out[`${prefix}_median`] = d.median;
    out[`${prefix}_std`] = d.std;
    out[`${prefix}_min`] = d.min;
    out[`${prefix}_max`] = d.max;
    for (const p of percentiles) {
        const key = (0,distribution/* percentileKey */.FG)(p);
        out[`${prefix}_${key}`] = d.percentiles[key] ?? null;
    }
}
function headlineLatency(summary) {
    const out = {};
    for (const m of LATENCY_METRICS)
        flatten(m, summary[m], summary.percentiles, out);
    out.throughput_rps = summary.throughput_rps;
    out.output_tps = summary.output_tps;
    out.total_tps = summary.total_tps;
    out.duration_s = summary.duration_s;
    out.goodput_rps = summary.goodput?.goodput_rps ?? null;
    out.good_fraction = summary.goodput?.good_fraction ?? null;
    out.completed_requests = summary.completed_requests;
    out.failed_requests = summary.failed_requests;
    out.total_output_tokens = summary.total_output_tokens;
    return out;
}

;// CONCATENATED MODULE: ./src/metrics/latency/request-samples.ts


/** Microsecond resolution: below what a stream's timestamps resolve, and it keeps the file small. */
const roundMicro = (ms) => Math.round(ms * 1000) / 1000;
function requestSamples(records) {
    const columns = columnsFromRecords(records);
    return requestSamplesOfRows(columns, selectRows(columns, () => true));
}
/** The samples of the given rows, in send order (ties in send-order index). */
function requestSamplesOfRows(columns, rows) {
    const sent = Uint32Array.from(rows).sort((a, b) => columns.sendMs[a] - columns.sendMs[b] || columns.index[a] - columns.index[b]);
    const samples = { ttft_ms: [], tpot_ms: [], e2el_ms: [] };
    for (const row of sent) {
        const latency = rowLatency(columns, row);
        if (latency === null)
            continue;
        samples.ttft_ms.push(roundMicro(latency.ttft_ms));
        samples.e2el_ms.push(roundMicro(latency.e2el_ms));
        if (latency.tpot_ms !== null)
            samples.tpot_ms.push(roundMicro(latency.tpot_ms));
    }
    return samples;
}

;// CONCATENATED MODULE: ./src/metrics/latency/index.ts
/** Latency and throughput metrics over request records (definitions in docs/metrics.md). */






;// CONCATENATED MODULE: ./src/pipeline/capacity-probe.ts

/** p99 TTFT and TPOT of one probe's measured requests, by the same definitions as every other figure. */
function probeMeasurement(records) {
    const summary = summarizeLatency(records, { percentiles: [99], slo: {} });
    return { ttft_ms_p99: summary.ttft_ms.percentiles.p99 ?? null, tpot_ms_p99: summary.tpot_ms.percentiles.p99 ?? null };
}
/** The capacity as results.json carries it: the headline figure and the whole search as a metrics block. */
function capacityFigures(result) {
    return { headline: { capacity_rps: result.capacity_rps }, block: result };
}
/** One log line: the capacity and its interval, or why there is none. */
function describeCapacity(result) {
    const probes = `${result.probes.length} probes, ${result.probes.reduce((n, p) => n + p.measurements.length, 0)} measurements`;
    if (result.capacity_rps === null)
        return `capacity at SLO: none (${result.note}; ${probes})`;
    const between = result.interval.high === null ? `at least ${result.interval.low}` : `between ${result.interval.low} and ${result.interval.high}`;
    return `capacity at SLO: ${Number(result.capacity_rps.toPrecision(4))} requests/s (${between}${result.note ? `; ${result.note}` : ''}; ${probes})`;
}

// EXTERNAL MODULE: ./src/metrics/rouge/types.ts
var types = __webpack_require__(77585);
;// CONCATENATED MODULE: ./src/pipeline/rouge-metrics.ts

/** Pair `index`'s F of each type, as predictions.jsonl's `rouge` field carries it. */
function pairRouge(perPair, index) {
    return Object.fromEntries(perPair.types.map((type, t) => [type, perPair.fmeasure[t][index]]));
}
const MODES = ['rouge155', 'rouge-score'];
/**
 * Scores the predictions in both modes (docs/rouge.md); the headline and the console lines use the
 * configured one. Failed requests are empty predictions: they score 0 and are counted, never dropped.
 */
async function computeRouge(config, predictions, signal) {
    if (predictions.length === 0)
        return null;
    // Without one completed request there is nothing to score: all-empty predictions would score 0, a number
    // a reader takes for a result. The figures are null (not measured), and no console line is printed.
    if (!anyCompleted(predictions))
        return notMeasured(config.rouge.mode);
    // Each pair is read when it is scored (the run's predictions are read back from requests.jsonl).
    const pairs = { length: predictions.length, at: (i) => predictions.at(i) };
    // Scored a slice at a time, so a signal is handled while a large test set is scored (scoreCorpusAsync).
    // Imported when the run scores, after its load: start to first request does not evaluate the scorers.
    const { scoreCorpusColumnsAsync } = await __webpack_require__.e(/* import() */ 185).then(__webpack_require__.bind(__webpack_require__, 43185));
    const results = new Map();
    for (const mode of MODES)
        results.set(mode, await scoreCorpusColumnsAsync(pairs, { mode, stem: true }, signal));
    const { aggregate: chosen, fmeasure } = results.get(config.rouge.mode);
    const headline = {};
    const intervals = {};
    for (const type of chosen.types) {
        const f = chosen[type].fmeasure;
        headline[type] = f.mid;
        intervals[type] = { low: f.low, mid: f.mid, high: f.high, confidence: chosen.bootstrap.confidence };
    }
    const block = { mode: config.rouge.mode };
    for (const [mode, result] of results)
        block[mode] = result.aggregate;
    const perPair = { types: chosen.types, fmeasure: chosen.types.map((type) => fmeasure[type]) };
    return { block, headline, intervals, perPair };
}
function anyCompleted(predictions) {
    for (let i = 0; i < predictions.length; i++)
        if (predictions.at(i).error === null)
            return true;
    return false;
}
function notMeasured(mode) {
    const headline = Object.fromEntries(types/* ROUGE_TYPES_BY_MODE */.z[mode].map((type) => [type, null]));
    return { block: { mode, available: false, reason: 'no request completed: there is no generated text to score' }, headline, intervals: {}, perPair: null };
}

;// CONCATENATED MODULE: ./src/pipeline/compute-metrics.ts




/**
 * Every figure of the run from the records alone (so `infergate report` can recompute them).
 * With repeated trials the headline is the mean of the trials' headlines (each kept in `trials`);
 * with a sweep it is the first step's (every step is kept in `steps`).
 */
async function computeMetrics(input) {
    const { config } = input;
    const options = { percentiles: config.percentiles, slo: config.slo };
    const { columns } = input;
    const measured = (0,request_columns/* selectRows */.A5)(columns, (r) => columns.warmup[r] === 0);
    const trialCount = Math.max(1, input.outcomes.length);
    const trialHeadlines = [];
    for (let trial = 0; trial < trialCount; trial++) {
        const firstStep = measured.filter((r) => columns.trial[r] === trial && columns.step[r] === 0);
        trialHeadlines.push(headlineLatency(summarizeLatencyRows(columns, firstStep, options)));
    }
    const firstTrial = measured.filter((r) => columns.trial[r] === 0);
    const firstStepRows = firstTrial.filter((r) => columns.step[r] === 0);
    const latency = summarizeLatencyRows(columns, firstStepRows, options);
    const headline = trialCount > 1 ? meanHeadline(trialHeadlines) : { ...(trialHeadlines[0] ?? {}) };
    const blocks = { latency };
    // Imported when the run computes its figures, after its load: start to first request does not evaluate it.
    const { computeMfuOfRowsSafely } = await Promise.all(/* import() */[__webpack_require__.e(772), __webpack_require__.e(46)]).then(__webpack_require__.bind(__webpack_require__, 5046));
    const mfu = computeMfuOfRowsSafely(config, columns, firstStepRows, latency.duration_s);
    blocks.mfu = mfu.block;
    Object.assign(headline, mfu.headline);
    if (mfu.unavailable)
        input.log.info(`MFU not computed: ${mfu.unavailable}`);
    const rouge = await computeRouge(config, input.predictions);
    if (rouge) {
        blocks.rouge = rouge.block;
        Object.assign(headline, rouge.headline);
    }
    if (input.telemetry) {
        // Energy covers every measured request of every trial: the telemetry window is the whole load.
        let outputTokens = 0;
        for (const r of measured)
            if (columns.errorKind[r] === 0 && !Number.isNaN(columns.outputTokens[r]))
                outputTokens += columns.outputTokens[r];
        blocks.telemetry = input.telemetry;
        headline.energy_j = input.telemetry.energy_j;
        headline.tokens_per_joule = (0,src_engine/* tokensPerJoule */.tX)(outputTokens, input.telemetry.energy_j);
    }
    let steps;
    const stepResults = input.outcomes[0]?.steps ?? [];
    if (stepResults.length > 1) {
        const bySteps = summarizeLatencyByStepRows(columns, firstTrial, options);
        steps = stepResults.map((step) => {
            const summary = bySteps.get(step.step) ?? summarizeLatencyRows(columns, new Uint32Array(0), options);
            return { label: step.shape, headline: headlineLatency(summary), metrics: { latency: summary } };
        });
    }
    const samples = requestSamplesOfRows(columns, firstStepRows);
    return { blocks, headline, intervals: rouge?.intervals ?? {}, requestSamples: samples, perPairRouge: rouge?.perPair ?? null, trials: trialCount > 1 ? trialHeadlines : undefined, steps };
}
/** Metric-by-metric mean over trials; a metric missing in any trial is null. */
function meanHeadline(trials) {
    const names = new Set(trials.flatMap((t) => Object.keys(t)));
    const mean = {};
    for (const name of names) {
        const values = trials.map((t) => t[name]);
        mean[name] = values.every((v) => typeof v === 'number') ? values.reduce((a, b) => a + b, 0) / values.length : null;
    }
    return mean;
}

;// CONCATENATED MODULE: ./src/pipeline/default-load.ts
/**
 * The load shape when the configuration does not name one (`load.shape: auto`, the default). Sending every
 * prompt at once (the seed's `offline`) on an engine that serves a few requests at a time measures the
 * queue: 20 articles on a 2-core CPU read a TTFT of 11.5 s. So:
 * - a sweep is a sweep of concurrencies;
 * - an engine that reports how many requests it runs at once (llama-server's slots) gets exactly that many
 *   in flight (a closed loop);
 * - a CPU-only run (gpu_nums: 0) whose engine does not say gets one request at a time;
 * - otherwise every prompt at once, the seed's behaviour, which an accelerator's continuous batching absorbs.
 * The choice is said on the console and recorded as the run's load shape (results.json).
 */
function chooseLoad(config, limits) {
    const load = config.load;
    if (load.shape !== 'auto')
        return { load: { ...load, shape: load.shape }, note: null };
    const chose = (what, why) => `load: ${what} (${why}; set load.shape to choose another)`;
    if (load.sweep)
        return { load: { ...load, shape: 'concurrency' }, note: chose(`a sweep of concurrencies ${load.sweep.join(', ')}`, 'load.sweep is set and load.shape is not') };
    if (limits.slots !== null) {
        const what = `${limits.slots} request${limits.slots === 1 ? '' : 's'} in flight, a closed loop`;
        return { load: { ...load, shape: 'concurrency', concurrency: limits.slots }, note: chose(what, `the ${config.serving_engine} server reports ${limits.slots} slots; more requests would wait in its queue and TTFT would measure the wait`) };
    }
    if (config.gpu_nums === 0) {
        return { load: { ...load, shape: 'concurrency', concurrency: 1 }, note: chose('1 request in flight, a closed loop', 'a CPU-only run (gpu_nums: 0) whose engine does not say how many requests it runs at once') };
    }
    return { load: { ...load, shape: 'offline' }, note: chose('every prompt at once (offline, the seed\'s way)', 'an accelerator run; the engine batches what arrives') };
}

;// CONCATENATED MODULE: ./src/pipeline/fit-prompts.ts

const MAX_ATTEMPTS = 8;
const COUNT_WORKERS = 4;
/** The tokens a prompt may use, or null when the engine reports no limit. */
function promptBudget(limits, maxTokens) {
    const fromContext = limits.contextTokens === null ? null : limits.contextTokens - maxTokens;
    const budgets = [fromContext, limits.inputTokens].filter((b) => b !== null);
    return budgets.length === 0 ? null : Math.min(...budgets);
}
/**
 * Fits every prompt to the served context minus the output budget, counting with the engine's tokenizer:
 * an article whose prompt is over the budget is cut by words, in proportion to the excess, and counted
 * again until it fits. Without a reported context or a way to count, prompts are sent as built. What is
 * kept of the fitting is the words each article may keep, not its prompt: the load builds each prompt as
 * it sends it.
 */
async function fitPrompts(prompts, config, limits, count) {
    const budget = promptBudget(limits, config.request.max_tokens);
    const fit = { context_tokens: limits.contextTokens, prompt_budget_tokens: budget, shortened: 0, over_budget: 0, source: limits.source, counted: false };
    if (budget === null || count === null)
        return { prompts, fit };
    if (budget < 1) {
        throw new errors/* InputError */.dz(`request.max_tokens (${config.request.max_tokens}) leaves no room for a prompt in the served context of ${limits.contextTokens} tokens (${limits.source}); lower request.max_tokens or serve a longer context`);
    }
    const words = new Uint32Array(prompts.count);
    let next = 0;
    let countable = true;
    const worker = async () => {
        while (countable && next < prompts.count) {
            const i = next++;
            const outcome = await fitOne(prompts, i, budget, count);
            if (outcome === null)
                countable = false;
            else {
                words[i] = outcome.words;
                if (outcome.shortened)
                    fit.shortened++;
                if (!outcome.fits)
                    fit.over_budget++;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(COUNT_WORKERS, prompts.count) }, worker));
    // The engine stopped answering its tokenizer partway: send every prompt as built, none half-fitted.
    if (!countable)
        return { prompts, fit: { ...fit, shortened: 0, over_budget: 0 } };
    return { prompts: prompts.withWordLimits(words), fit: { ...fit, counted: true } };
}
/** Row i's words once its prompt fits the budget (or cannot be cut further); null when the engine stopped counting. */
async function fitOne(prompts, index, budget, count) {
    const built = prompts.build(index, prompts.wordLimit(index));
    let words = built.words;
    let tokens = await count(built.prompt);
    if (tokens === null)
        return null;
    let shortened = false;
    for (let attempt = 0; tokens > budget && words > 0 && attempt < MAX_ATTEMPTS; attempt++) {
        // In proportion to the excess, a little more, and always at least one word fewer.
        words = Math.max(0, Math.min(words - 1, Math.floor((words * budget) / tokens * 0.97)));
        const prompt = prompts.build(index, words).prompt;
        shortened = true;
        tokens = await count(prompt);
        if (tokens === null)
            return null;
    }
    return { words, shortened, fits: tokens <= budget };
}
/** The console line that says what fitting did. */
function describeFit(fit, total) {
    if (fit.prompt_budget_tokens === null)
        return 'the engine does not report its context length: prompts are sent as built (prompt.max_article_words)';
    const limit = `the served context of ${fit.context_tokens ?? '?'} tokens (${fit.source}) minus request.max_tokens leaves ${fit.prompt_budget_tokens} tokens per prompt`;
    if (!fit.counted)
        return `${limit}; the engine cannot count a prompt's tokens, so prompts are sent as built (prompt.max_article_words)`;
    const over = fit.over_budget > 0 ? `; ${fit.over_budget} still exceed it (the instruction alone is too long)` : '';
    return `${limit}: ${fit.shortened} of ${total} articles were shortened to fit, counted by the engine's tokenizer${over}`;
}

;// CONCATENATED MODULE: ./src/pipeline/fit-to-engine.ts



/**
 * Once the engine answers: read the limits it serves (context, slots), fit the prompts to its context
 * and choose the load shape left to `auto`. Returns the configuration the run goes on with and the lines
 * that say what was chosen.
 */
async function fitToEngine(engine, config, prompts) {
    const adapter = (0,src_engine/* adapterFor */.fA)(config.serving_engine);
    const limits = await (0,src_engine/* readServedLimits */.C_)(engine.baseUrl, adapter, engine.model);
    const counter = adapter.tokenCounter;
    const count = counter === undefined ? null : (prompt) => (0,src_engine/* countPromptTokens */.Q$)(engine.baseUrl, counter, engine.model, prompt);
    const fitted = await fitPrompts(prompts, config, limits, count);
    const chosen = chooseLoad(config, limits);
    const notes = [describeFit(fitted.fit, prompts.count), ...(chosen.note ? [chosen.note] : [])];
    return { config: { ...config, load: chosen.load }, prompts: fitted.prompts, fit: fitted.fit, notes };
}

;// CONCATENATED MODULE: ./src/pipeline/progress-tally.ts

/**
 * Counts records as the load hands them over. The rates follow the final figures' definitions
 * (docs/metrics.md, "Run figures") over the current step: the same completed requests (requestLatency),
 * the same window (first measured send → last completed close). A rate counted from the first completion
 * instead read 14–24 % above the final Throughput; this one ends equal to it.
 */
class ProgressTally {
    total;
    done = 0;
    errors = 0;
    step = { key: '', completed: 0, outputTokens: 0, firstSend: Infinity, lastEnd: -Infinity };
    constructor(total) {
        this.total = total;
    }
    /** Requests ended so far, warmup included. */
    get ended() {
        return this.done;
    }
    /** More requests planned than at the start (a capacity probe's further pass). */
    plan(more) {
        this.total += more;
    }
    add(record) {
        this.done++;
        if (record.error)
            this.errors++;
        if (!record.warmup)
            this.count(record);
        const { completed, outputTokens, firstSend, lastEnd } = this.step;
        const spanMs = lastEnd > firstSend ? lastEnd - firstSend : 0;
        return { done: this.done, total: this.total, errors: this.errors, completed, outputTokens, spanMs };
    }
    count(record) {
        const key = `${record.trial ?? 0}/${record.step}`;
        if (key !== this.step.key)
            this.step = { key, completed: 0, outputTokens: 0, firstSend: Infinity, lastEnd: -Infinity };
        this.step.firstSend = Math.min(this.step.firstSend, record.send_ms);
        const latency = requestLatency(record);
        if (latency === null)
            return;
        this.step.completed++;
        this.step.outputTokens += latency.output_tokens;
        this.step.lastEnd = Math.max(this.step.lastEnd, record.send_ms + (record.close_ms ?? record.e2el_ms ?? 0));
    }
}

;// CONCATENATED MODULE: ./src/pipeline/stage-settings.ts
/**
 * The resolved configuration mapped onto what each stage takes: the one place where config's keys meet
 * the engine's and the load's own settings, so neither stage knows the configuration file.
 */
/**
 * What the engine stage needs to launch (or reach) the engine. The engine is the one that serves the
 * requests (engine_flavor under external), so a running llama-server gets llama-server's request
 * settings; an endpoint means it is reached, not launched.
 */
function engineSettingsFrom(config, runDir) {
    const options = config.engine_options;
    const ray = options.ray;
    return {
        engine: config.serving_engine,
        modelPath: config.model_path ?? '',
        servedModelName: config.model_name,
        host: options.host,
        port: options.port,
        gpuNums: config.gpu_nums,
        dtype: options.dtype ?? undefined,
        maxModelLen: options.max_model_len ?? undefined,
        memoryFraction: options.gpu_memory_utilization ?? undefined,
        extraArgs: options.extra_args,
        env: options.env,
        binary: options.binary ?? undefined,
        endpoint: config.endpoint ?? undefined,
        startupTimeoutS: options.startup_timeout_s,
        stopGraceS: options.stop_grace_s,
        logDir: runDir,
        visibleDevices: options.visible_devices ?? undefined,
        ray: ray ? { address: ray.address, tensorParallelSize: ray.tensor_parallel_size, pipelineParallelSize: ray.pipeline_parallel_size } : undefined,
        configFile: options.config_file ?? undefined,
    };
}
/** Every request's settings: the configured ones, with the engine's own body fields beneath the user's extra_body. */
function requestSettingsFrom(config, quirks) {
    const request = config.request;
    return {
        max_tokens: request.max_tokens,
        temperature: request.temperature,
        seed: request.seed,
        extra_body: { top_p: request.top_p, ...quirks.extraBody, ...request.extra_body },
        // Ask for usage only where the engine wants it asked; some reject the field (docs/engines.md).
        quirks: { stream_options: quirks.streamUsage === 'ask' },
        timeout_ms: request.timeout_s * 1000,
    };
}
/**
 * The `load` settings as the load stage's shape (a sweep is one step per listed value). `auto` must have
 * been chosen first (default-load.ts): its choice needs the running engine.
 */
function loadShapeFrom(config) {
    const load = config.load;
    if (load.shape === 'auto')
        throw new Error('load.shape auto reached the load stage unresolved');
    const single = (value) => {
        switch (load.shape) {
            case 'offline':
                return { kind: 'offline' };
            case 'concurrency':
                return { kind: 'concurrency', concurrency: value ?? load.concurrency };
            case 'rate':
                return rateShape(config, value ?? load.rate);
        }
    };
    if (load.sweep && load.shape !== 'offline')
        return { kind: 'sweep', steps: load.sweep.map((value) => single(value)) };
    return single();
}
/** The configured open-loop arrivals at `rate` requests/s (also each capacity probe's shape). */
function rateShape(config, rate) {
    return {
        kind: 'rate',
        rate_rps: rate,
        arrival: config.load.burstiness === 1 ? 'poisson' : 'gamma',
        burstiness: config.load.burstiness,
        max_concurrency: config.load.max_concurrency ?? undefined,
        seed: config.request.seed,
        convention: config.load.arrivals,
    };
}

;// CONCATENATED MODULE: ./src/pipeline/measure-load.ts




/**
 * One pass of the load over every prompt: records go to requests.jsonl tagged with their trial (and step),
 * and to `collect` when given. Reports the warm-up and load phases to the hooks. Throws when interrupted
 * or when the engine died meanwhile.
 */
async function measureLoad(ctx, shape, warmup, tag, collect) {
    const { config, engine, hooks } = ctx;
    hooks.onPhase?.(warmup > 0 ? 'warm-up' : 'load');
    const warmupEndsAt = ctx.progress.ended + warmup;
    const outcome = await runLoad({
        endpoint: engine.baseUrl,
        api: config.api,
        model: engine.model,
        prompts: ctx.prompts,
        request: requestSettingsFrom(config, engine.quirks),
        shape,
        warmup_requests: warmup,
        time_budget_ms: config.load.time_budget_s === null ? undefined : config.load.time_budget_s * 1000,
        headers: ctx.headers,
        signal: hooks.signal,
        client_threads: config.load.client_threads,
        // Records go to requests.jsonl only; the figures are computed from that file after the load, so
        // memory during the load is bounded by the requests in flight, not by the requests sent.
        keep_records: false,
        onRecord: (record) => {
            record.trial = tag.trial;
            if (tag.step !== undefined)
                record.step = tag.step;
            ctx.writer.append(record);
            if (collect && !record.warmup)
                collect.push(record);
            const now = ctx.progress.add(record);
            if (warmup > 0 && now.done === warmupEndsAt)
                hooks.onPhase?.('load');
            hooks.onProgress?.(now);
        },
    });
    if (outcome.client_threads > 1)
        ctx.runLog.info(`load: the streams were owned by ${outcome.client_threads} client threads (load.client_threads)`);
    if (outcome.retried_connections > 0)
        ctx.runLog.info(reconnectNotice(outcome.retried_connections));
    if (outcome.interrupted || hooks.signal?.aborted)
        throw (0,errors/* interruption */.YW)(hooks.signal);
    const died = await Promise.race([ctx.engineDied, Promise.resolve(null)]);
    if (died)
        throw new errors/* EngineError */.NJ(`the engine exited during the run (code ${died.code ?? 'none'}, signal ${died.signal ?? 'none'}); last lines:\n${engine.logTail(50).join('\n')}`);
    if (outcome.budget_exhausted)
        ctx.runLog.warn(`the time budget of ${config.load.time_budget_s} s ran out: requests not finished by then were cancelled`);
    return outcome;
}
/**
 * Capacity at SLO: each probe measurement is one open-loop pass over the prompts at its rate, tagged as a
 * sweep step of its own. Only the first pass's outcome is kept, as for a single trial: the headline is the
 * first probe's, and the capacity is its own figure.
 */
function capacityProbe(ctx, outcomes) {
    let step = 0;
    return async (rate) => {
        const records = [];
        ctx.runLog.info(`capacity probe ${step + 1}: ${rate} requests/s`);
        if (step > 0)
            ctx.progress.plan(ctx.prompts.count);
        const outcome = await measureLoad(ctx, rateShape(ctx.config, rate), step === 0 ? ctx.config.load.warmup_requests : 0, { trial: 0, step: step++ }, records);
        if (outcomes.length === 0)
            outcomes.push(outcome);
        return probeMeasurement(records);
    };
}
/**
 * A notice, not a failure: a kept-alive connection the server closed just as a request went out on it
 * (llama-server does this). Says what happened, that it is expected, and where the figures' handling of
 * it is written down.
 */
function reconnectNotice(requests) {
    const subject = requests === 1 ? '1 request was' : `${requests} requests were`;
    return `note: ${subject} sent again on a new connection because the server had closed the idle kept-alive one before answering; ` +
        'each is timed from its re-send, and only a re-send that failed counts as a failure (llama-server closes idle connections; docs/metrics.md, "Retry once")';
}

;// CONCATENATED MODULE: ./src/pipeline/row-id-index.ts

/**
 * Dataset row ids to row positions, without a Map entry a row: the dataset's own id table (IdSet: the
 * ids' UTF-8 bytes end to end and a typed open-addressing table, the one the dataset's duplicate check
 * uses) numbers each distinct id, and one Int32Array gives each number its first row. Each id is read
 * through `idOf` once, as the index is built; a lookup compares bytes in memory, so rows kept on disk
 * (DatasetRows) are not read back to answer it.
 */
class RowIdIndex {
    ids = new IdSet();
    firstRow;
    /** `idOf(i)` is row i's id, for i in [0, count); the first row of an id is the one `find` gives. */
    constructor(count, idOf) {
        this.firstRow = new Int32Array(count);
        for (let row = 0; row < count; row++) {
            if (this.ids.add(idOf(row)) === -1)
                this.firstRow[this.ids.size - 1] = row;
        }
    }
    /** The first row whose id is `id`, or undefined. */
    find(id) {
        const number = this.ids.indexOf(id);
        return number === -1 ? undefined : this.firstRow[number];
    }
}

;// CONCATENATED MODULE: ./src/pipeline/predictions.ts




const NOT_SENT = 'not sent (the run stopped first)';
/**
 * Which request gives each dataset row its prediction: the row's first measured request (first trial,
 * first sweep step), found while the run's records are read back. One Int32Array entry a row; the index
 * from id to row (a typed table over the rows' own ids, row-id-index.ts) is the only other state, and is
 * dropped once the records are read.
 */
class FirstMeasuredRequests {
    /** For dataset row i, the row of the run's columns that predicts it, or −1 (never sent). */
    columnRow;
    positions;
    constructor(rows) {
        const idOf = rowIdAccessor(rows);
        this.columnRow = new Int32Array(rows.length).fill(-1);
        // The first row of an id is the one predicted, as a lookup by id finds it.
        this.positions = new RowIdIndex(rows.length, idOf);
    }
    /** Called with each record read back and its row in the columns, in file order. */
    see = (record, columnRow) => {
        if (record.warmup || (record.trial ?? 0) !== 0 || record.step !== 0)
            return;
        const position = this.positions?.find(record.id);
        if (position === undefined)
            return;
        if (this.columnRow[position] === -1)
            this.columnRow[position] = columnRow;
    };
    /** Every dataset row sharing an id predicts from the same request, as a lookup by id does. */
    done(rows) {
        const positions = this.positions;
        this.positions = null;
        const idOf = rowIdAccessor(rows);
        if (positions)
            for (let i = 0; i < rows.length; i++)
                this.columnRow[i] = this.columnRow[positions.find(idOf(i))];
        return this.columnRow;
    }
}
/**
 * Row i's id: the one place the dataset's rows are read for their ids. Rows kept on disk (DatasetRows)
 * read the id alone, without cutting the article as `at` does.
 */
function rowIdAccessor(rows) {
    return rows instanceof DatasetRows ? (i) => rows.id(i) : (i) => rows.at(i).id;
}
/** The prediction of a dataset row from its request's record (or from none: never sent). */
function predictionOf(row, record) {
    if (!record)
        return { id: row.id, reference: row.summary, prediction: '', error: NOT_SENT, finish_reason: null };
    if (record.error)
        return { id: row.id, reference: row.summary, prediction: record.text ?? '', error: `${record.error.kind}: ${record.error.message}`, finish_reason: record.finish_reason };
    return { id: row.id, reference: row.summary, prediction: record.text, error: null, finish_reason: record.finish_reason };
}
/**
 * One prediction per dataset row, in dataset order: the text of the row's first measured request (first
 * trial, first sweep step). A failed or unsent request gives an empty prediction that scores 0 — counted,
 * never dropped. Each is built when asked for, its record read through `reader`.
 */
function predictionsFromRecords(rows, columnRow, reader) {
    return {
        length: rows.length,
        at: (i) => {
            const row = rows.at(i);
            if (row === undefined)
                return undefined;
            const r = columnRow.at(i);
            return predictionOf(row, r >= 0 ? reader.record(r) : undefined);
        },
    };
}
/**
 * predictions.jsonl's lines, one at a time (the file is written without its whole text in memory): each
 * prediction with its per-pair ROUGE F when scored, secrets redacted (a JSON line holds no raw newline,
 * so redacting line by line finds what redacting the whole text would).
 */
function* predictionLines(predictions, perPairRouge) {
    for (let i = 0; i < predictions.length; i++) {
        const p = predictions.at(i);
        yield `${(0,secrets/* redactSecrets */.fp)(JSON.stringify(perPairRouge ? { ...p, rouge: pairRouge(perPairRouge, i) } : p))}\n`;
    }
}

// EXTERNAL MODULE: ./src/run-folder/results-document.ts
var results_document = __webpack_require__(99258);
// EXTERNAL MODULE: ./src/util/version.ts
var version = __webpack_require__(76092);
// EXTERNAL MODULE: ./src/run-folder/layout.ts
var layout = __webpack_require__(87460);
// EXTERNAL MODULE: ./src/pipeline/secrets.ts
var pipeline_secrets = __webpack_require__(88099);
;// CONCATENATED MODULE: ./src/pipeline/results.ts








/** Names of the definitions in force; docs/metrics.md describes each. */
const DEFINITIONS = {
    ttft: 'first event carrying non-empty generated text (content or reasoning) − request send; ttft_vllm: first event with non-empty choices',
    e2el: 'last event carrying text − request send',
    output_tokens: 'usage.completion_tokens; the count of text events when the server sends no usage (flagged as estimated)',
    tpot: '(E2EL − TTFT) / (output tokens − 1), requests with more than one output token',
    itl: 'gaps between consecutive text events, pooled over requests',
    duration: 'first request send → last request completion',
    throughput: 'completed requests / duration',
    tps: 'output tokens of completed requests / duration',
    percentiles: 'linear interpolation between closest ranks; std is the population standard deviation',
    headline: 'mean over repeated trials; the first step of a sweep (of a capacity search: its first probe)',
    capacity_rps: 'capacity at SLO: the highest request rate whose p99 TTFT and TPOT meet the profile\'s bounds; bracket, bisect with repeats, interpolate (docs/certification.md)',
};
function buildResults(input) {
    const { config, dataset } = input;
    let measured = 0;
    for (let r = 0; r < input.columns.length; r++)
        measured += 1 - input.columns.warmup[r];
    return {
        schema: results_document/* RESULTS_SCHEMA */.B,
        schema_version: results_document/* RESULTS_SCHEMA_VERSION */.q,
        infergate_version: version/* INFERGATE_VERSION */.z,
        run_id: input.runId,
        status: input.status,
        failure: input.failure ? { message: input.failure.message, exit_code: input.failure.exitCode } : null,
        started_at: input.startedAt.toISOString(),
        finished_at: new Date().toISOString(),
        config: (0,pipeline_secrets/* redactConfig */.ql)(config),
        environment: {
            accelerator: config.gpu_name,
            accelerator_count: config.gpu_nums,
            driver: null,
            engine: config.serving_engine,
            engine_version: input.engineVersion,
            model: config.model_name,
            dataset_rows: dataset?.rows.length ?? 0,
            // auto until the engine answered (a run that failed before then); the chosen shape after.
            load_shape: config.load.shape === 'auto' ? 'auto' : describeLoad(loadShapeFrom(config)),
            infergate_version: version/* INFERGATE_VERSION */.z,
            profile: input.profiled ? profileFingerprint(input.profiled.profile) : null,
            host: { platform: (0,external_node_os_.platform)(), release: (0,external_node_os_.release)(), arch: (0,external_node_os_.arch)(), cpus: (0,external_node_os_.cpus)().length, node: process.version },
        },
        dataset: dataset === null ? null : {
            source: dataset.source,
            rows_read: dataset.rows_read,
            rows_used: dataset.rows.length,
            rows_skipped: dataset.rows_skipped,
            articles_truncated: input.truncated,
            ...(input.contextFit ? { context_fit: input.contextFit } : {}),
            checksum: dataset.checksum,
        },
        definitions: { ...DEFINITIONS },
        metrics: {
            ...(input.metrics?.blocks ?? {}),
            requests: { measured, warmup: input.columns.length - measured, retried_connections: input.outcomes.reduce((n, o) => n + o.retried_connections, 0), failures_by_kind: input.outcomes[0]?.failures_by_kind ?? {}, first_failure_messages: input.outcomes[0]?.first_failure_messages ?? {} },
        },
        headline: input.metrics?.headline ?? {},
        ...(input.metrics && Object.keys(input.metrics.intervals).length > 0 ? { headline_intervals: input.metrics.intervals } : {}),
        ...(input.metrics?.trials ? { trials: input.metrics.trials } : {}),
        ...(input.metrics && input.metrics.requestSamples.ttft_ms.length > 0 ? { request_samples: input.metrics.requestSamples } : {}),
        ...(input.metrics?.steps ? { steps: input.metrics.steps } : {}),
        files: { ...layout/* RUN_FILES */.al },
        ...(input.certification ? { certification: input.certification } : {}),
    };
}

// EXTERNAL MODULE: ./src/run-folder/create-run-folder.ts
var create_run_folder = __webpack_require__(43039);
;// CONCATENATED MODULE: ./src/pipeline/run-log.ts


/**
 * The run's console log: every message and seed line also goes to <run>/console.log, so the folder keeps
 * what the console showed even when the job log is gone. Appended line by line: nothing is lost on a crash.
 */
class RunLog {
    log;
    printLine;
    file = null;
    constructor(log, printLine) {
        this.log = log;
        this.printLine = printLine;
    }
    /** Starts copying to the file; earlier messages are written first so the file is complete. */
    attach(file) {
        this.file = file;
        this.append(this.buffered.join(''));
        this.buffered = [];
    }
    buffered = [];
    /** True once appending to console.log failed; later lines go to the console only. */
    dropped = false;
    keep(line) {
        const stamped = `${new Date().toISOString()} ${line}\n`;
        if (this.file !== null)
            this.append(stamped);
        else if (!this.dropped)
            this.buffered.push(stamped);
    }
    append(text) {
        if (this.file === null)
            return;
        try {
            (0,external_node_fs_.appendFileSync)(this.file, text);
        }
        catch (error) {
            // console.log is a copy of what the console shows: a full disk must not end the run from here.
            // The console says once that the copy stopped; the run's own files report the disk themselves.
            const file = this.file;
            this.file = null;
            this.dropped = true;
            this.log.warn(`${file}: stopped copying the console (${error.code ?? String(error)})`);
        }
    }
    info(raw) {
        const message = (0,secrets/* redactSecrets */.fp)(raw);
        this.log.info(message);
        this.keep(`INFO ${message}`);
    }
    warn(raw) {
        const message = (0,secrets/* redactSecrets */.fp)(raw);
        this.log.warn(message);
        this.keep(`WARN ${message}`);
    }
    /**
     * Into console.log only: a message the entry prints itself. The run's failure is reported once, by the
     * CLI's error handler or the action's setFailed; printed here too, the console showed it twice.
     */
    keepOnly(raw) {
        this.keep(`WARN ${(0,secrets/* redactSecrets */.fp)(raw)}`);
    }
    /** A result line for the console's stdout (the seed's `TTFT:` lines). */
    result(line) {
        this.printLine(line);
        this.keep(line);
    }
}

// EXTERNAL MODULE: ./src/run-folder/seed-figures.ts
var seed_figures = __webpack_require__(51207);
;// CONCATENATED MODULE: ./src/pipeline/seed-lines.ts

/** The figure in its seed unit at its stated precision; null when it was not measured. */
function formatSeedFigure(figure, headline) {
    const value = headline[figure.key];
    if (typeof value !== 'number' || !Number.isFinite(value))
        return null;
    const scaled = value * figure.scale;
    return 'decimals' in figure.precision ? scaled.toFixed(figure.precision.decimals) : scaled.toPrecision(figure.precision.significant);
}
/**
 * The console lines vendors already parse, same names and units as the seed:
 * TTFT in seconds (mean), Throughput in requests/s, Tps in output tokens/s, Time in seconds,
 * MFU as a ratio, ROUGE F-measures as ratios. A line is printed only when its figure was measured.
 */
function seedLines(headline) {
    const lines = [];
    for (const figure of seed_figures/* SEED_FIGURES */.E) {
        const text = formatSeedFigure(figure, headline);
        if (text !== null)
            lines.push(`${figure.name}:${text}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/pipeline/run-benchmark.ts

































/**
 * The stages of a run, in order, as RunHooks.onPhase reports them. A signal in any of them ends the run
 * with status `interrupted` and exit code 130, every run-folder file written (docs/exit-codes.md).
 */
const RUN_PHASES = (/* unused pure expression or super */ null && (['config', 'dataset', 'engine', 'warm-up', 'load', 'read-back', 'scoring', 'report', 'upload']));
/**
 * Lets a signal that arrived during synchronous work (reading back, scoring, writing the report) reach its
 * handler: signals are dispatched by the event loop, which a chain of resolved promises never yields to.
 */
function yieldToSignals() {
    return new Promise((resolve) => setImmediate(resolve));
}
/**
 * The whole benchmark: config → dataset → engine → load → records → metrics → results.
 * Bad configuration or data throws InputError before anything is created. Once the run folder exists,
 * every failure still writes results.json (status failed/interrupted, with whatever was measured),
 * requests.jsonl, predictions.jsonl, output.txt and console.log, and is returned rather than thrown.
 * A signal before the run folder exists (config, dataset) still creates it, and records the interruption.
 */
async function runBenchmark(plan, hooks) {
    // Every in-flight request listens on the one interrupt signal; hundreds of them are expected.
    if (hooks.signal)
        (0,external_node_events_.setMaxListeners)(0, hooks.signal);
    hooks.onPhase?.('config');
    const profile = plan.profile === undefined ? null : loadProfile(plan.profile);
    // The profile's settings go in as --set assignments ahead of the user's; the check below reports any the user changed.
    const assignments = profile ? [...profileAssignments(profile), ...plan.overrides] : plan.overrides;
    const config = (0,load_config/* loadConfig */.Z)(plan.hostPath, assignments, { allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace });
    // Before anything can print one: the values after --api-key-style flags and URL passwords.
    (0,pipeline_secrets/* registerConfigSecrets */.BR)(config, hooks.mask ?? (() => { }));
    const runLog = new RunLog(hooks.log, hooks.printLine);
    hooks.onPhase?.('dataset');
    const dataset = await loadDatasetUnlessInterrupted(config, runLog, hooks.signal);
    const profiled = profile && dataset ? checkProfiledRun(profile, config, plan.overrides, dataset.checksum) : null;
    for (const reason of profiled?.deviations ?? [])
        runLog.warn(`not certified under profile ${profiled?.profile.id}: ${reason}`);
    // Each prompt is built as the load sends it, from its row read back by position (dataset/row-store.ts).
    const prompts = new RowPrompts(dataset?.rows ?? [], config);
    const truncated = dataset?.truncated ?? 0;
    if (truncated > 0)
        runLog.info(`${truncated} of ${prompts.count} articles were longer than ${config.prompt.max_article_words} words and were truncated`);
    const headers = (0,pipeline_secrets/* expandHeaders */.b9)(config.request.headers, hooks.env ?? process.env, hooks.mask ?? (() => { }));
    const runId = (0,create_run_folder/* newRunId */.F$)();
    const runDir = (0,create_run_folder/* createRunFolder */.kg)(config.log_path, config.serving_engine, runId, plan.outDir);
    runLog.attach((0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.console));
    const served = config.endpoint ? `${config.serving_engine} server at ${config.endpoint} (not launched)` : config.serving_engine;
    runLog.info(`run ${runId}: ${prompts.count} XSum articles → ${served} (${config.model_name}); results in ${runDir}`);
    const startedAt = new Date();
    const base = { config, dataset, truncated, runId, runDir, startedAt, profiled };
    // A results.json exists from the start, so even a run killed outright leaves one that says so.
    try {
        const unfinished = buildResults({ ...base, status: 'failed', failure: new errors/* RunError */.e4('the run did not finish: infergate was stopped before writing its results'), columns: NO_REQUESTS, outcomes: [], metrics: null, engineVersion: null });
        (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.results), (0,secrets/* redactSecrets */.fp)(`${JSON.stringify(unfinished, null, 2)}\n`));
    }
    catch (error) {
        throw (0,create_run_folder/* unwritableRunFolder */.$6)(runDir, layout/* RUN_FILES */.al.results, error);
    }
    const measured = await measure({ config, runDir, runLog, hooks, prompts, headers, capacitySearch: profile?.definition.capacity });
    hooks.onPhase?.('read-back');
    await yieldToSignals();
    let failure = measured.failure;
    const firstMeasured = new FirstMeasuredRequests(dataset?.rows ?? []);
    const columns = await readBackColumns(measured.requestsFile, runLog, (error) => (failure ??= error), firstMeasured.see);
    const predictedBy = firstMeasured.done(dataset?.rows ?? []);
    if (failure === null) {
        const decision = decideFailureRate((0,request_columns/* recordsForCounting */.B8)(columns), config.load.max_failure_rate);
        if (decision.fails_run)
            failure = new errors/* RunError */.e4(decision.message ?? 'too many requests failed');
    }
    try {
        // The configuration the run went on with (load.shape auto chosen) and what fitting the prompts did.
        return await finish({ ...base, config: measured.config, contextFit: measured.contextFit, hooks, runLog, columns, predictedBy, outcomes: measured.outcomes, failure, telemetry: measured.telemetry, engineVersion: measured.engineVersion, capacity: measured.capacity });
    }
    catch (error) {
        // A disk that filled during the run: atomic writes left the earlier results.json whole.
        if (error instanceof Error && 'code' in error)
            throw (0,create_run_folder/* unwritableResults */.sF)(runDir, error, failure);
        throw error;
    }
}
/** The dataset, or null when a signal cut its loading (a hub download) short: the run then records that. */
async function loadDatasetUnlessInterrupted(config, runLog, signal) {
    try {
        const dataset = await loadDataset(config, runLog, signal, { allowOutside: config.allow_paths_outside_workspace });
        await yieldToSignals();
        return dataset;
    }
    catch (error) {
        if (signal?.aborted)
            return null;
        throw error;
    }
}
/** Engine start-up and the load, each request appended to requests.jsonl; the engine is stopped before it returns. */
async function measure({ config: configured, runDir, runLog, hooks, prompts: built, headers, capacitySearch }) {
    const writer = new RequestsJsonlWriter((0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.requests));
    const steps = configured.load.sweep && configured.load.shape !== 'offline' ? configured.load.sweep.length : 1;
    const progress = new ProgressTally(built.count * steps * configured.load.repeat + configured.load.warmup_requests);
    let config = configured;
    let prompts = built;
    let contextFit = null;
    const outcomes = [];
    let engine;
    let telemetry;
    let telemetrySummary = null;
    let failure = null;
    let capacity = null;
    try {
        // A signal during config or dataset: the run folder says so, and no engine is started.
        if (hooks.signal?.aborted)
            throw (0,errors/* interruption */.YW)(hooks.signal);
        hooks.onPhase?.('engine');
        engine = await (0,src_engine/* startEngine */.ty)(engineSettingsFrom(config, runDir), { signal: hooks.signal, onSpawn: hooks.onEngineSpawn });
        runLog.info(`engine ready at ${engine.baseUrl}${engine.version ? ` (version ${engine.version})` : ''}`);
        const ready = await fitToEngine(engine, configured, built);
        for (const note of ready.notes)
            runLog.info(note);
        ({ config, prompts, fit: contextFit } = ready);
        const engineDied = engine.exited.then((exit) => exit);
        // Sampled over the measured load only, so energy is the benchmark's, not the engine's idle start-up.
        if (config.telemetry.enabled)
            telemetry = (0,src_engine/* startTelemetry */.a5)({ intervalMs: config.telemetry.interval_ms, outFile: (0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.telemetry) });
        const ctx = { config, engine, engineDied, prompts, headers, hooks, writer, progress, runLog };
        if (capacitySearch) {
            capacity = await searchCapacity(capacitySearch, capacityProbe(ctx, outcomes));
            runLog.info(describeCapacity(capacity));
        }
        else {
            for (let trial = 0; trial < config.load.repeat; trial++) {
                if (config.load.repeat > 1)
                    runLog.info(`trial ${trial + 1} of ${config.load.repeat}`);
                outcomes.push(await measureLoad(ctx, loadShapeFrom(config), trial === 0 ? config.load.warmup_requests : 0, { trial }));
            }
        }
    }
    catch (error) {
        // Whatever broke while a signal was being handled (a refused connection, an engine that died of the
        // terminal's Ctrl-C) is the interruption's doing.
        failure = hooks.signal?.aborted ? (0,errors/* interruption */.YW)(hooks.signal) : asRunFailure(error);
    }
    finally {
        hooks.onLoadEnd?.();
        telemetrySummary = (await telemetry?.stop().catch(() => null)) ?? null;
        writer.close();
        await engine?.stop().catch((error) => runLog.warn(`stopping the engine: ${error.message}`));
    }
    // A terminal's Ctrl-C reaches the engine too: if it died of it before infergate's handler ran, the
    // failure seen first (the engine exited) is the interruption's doing.
    if (failure !== null && failure.exitCode !== errors/* ExitCode */.yU.interrupted && hooks.signal?.aborted)
        failure = (0,errors/* interruption */.YW)(hooks.signal);
    if (engine === undefined && failure?.exitCode === errors/* ExitCode */.yU.interrupted)
        noteEngineNotStarted(config, runDir, failure);
    if (telemetrySummary && !telemetrySummary.available)
        runLog.info(`accelerator telemetry unavailable: ${telemetrySummary.reason ?? 'no tool'}`);
    return { config, contextFit, requestsFile: writer.file, outcomes, failure, telemetry: telemetrySummary, engineVersion: engine?.version ?? null, capacity };
}
/** output.txt of a run interrupted before its engine was launched says so (startEngine writes it otherwise). */
function noteEngineNotStarted(config, runDir, failure) {
    const file = (0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.engineOutput);
    // A server reached at an endpoint is not infergate's to start.
    if (config.endpoint || (0,external_node_fs_.existsSync)(file))
        return;
    try {
        (0,external_node_fs_.appendFileSync)(file, `${new Date().toISOString()} [infergate] the engine was not started: ${failure.message}\n`);
    }
    catch {
        // results.json carries the same reason; a full disk is reported by the files that matter.
    }
}
/** A run with no request read back. */
const NO_REQUESTS = (0,request_columns/* columnsFromRecords */.si)([]);
/**
 * The requests of the run, read back from requests.jsonl into typed columns: every figure is computed
 * from the file the run leaves behind. `see` is told of each record as it passes (the predictions' index).
 * A last line cut short (the disk filled while it was written) is skipped with a warning; a file that
 * cannot be read at all fails the run and leaves no request to compute from.
 */
async function readBackColumns(file, runLog, fail, see) {
    try {
        const { columns, truncated_tail } = await (0,requests_jsonl_columns/* readRequestColumns */.H)(file, { allowTruncatedTail: true }, see);
        if (truncated_tail)
            runLog.warn(`${file}: the last record was cut short while it was written and is left out`);
        return columns;
    }
    catch (error) {
        fail(new errors/* RunError */.e4(`the run's requests log cannot be read back: ${error.message}`));
        return NO_REQUESTS;
    }
}
function asRunFailure(error) {
    if (error instanceof errors/* InfergateError */.IC)
        return error;
    return new errors/* RunError */.e4(`the run stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}
/** Scores and summarises whatever was measured, writes the run folder's files, prints the seed lines. */
async function finish(input) {
    const { config, runDir, runLog, hooks, columns } = input;
    hooks.onPhase?.('scoring');
    // One pass over requests.jsonl's lines for the predictions' texts, open while they are scored and written.
    const reader = columns.source.open();
    try {
        const predictions = predictionsFromRecords(input.dataset?.rows ?? [], input.predictedBy, reader);
        const metrics = await computeMetrics({ config, columns, outcomes: input.outcomes, predictions, telemetry: input.telemetry, log: runLog });
        await yieldToSignals();
        // A signal during read-back or scoring: the figures are whole, but the run did not end on its own.
        const failure = input.failure ?? (hooks.signal?.aborted ? (0,errors/* interruption */.YW)(hooks.signal) : null);
        if (input.capacity) {
            const figures = capacityFigures(input.capacity);
            Object.assign(metrics.headline, figures.headline);
            metrics.blocks.capacity = figures.block;
        }
        // What the report shows of the predictions is gathered as they are written: the file is not read back.
        let predictionSummary = null;
        (0,atomic_write/* writeChunksAtomic */.xH)((0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.predictions), (0,prediction_summary/* summarizingLines */.Og)(predictionLines(predictions, metrics.perPairRouge), (summary) => (predictionSummary = summary)));
        return { ...(await writeResults({ ...input, failure, metrics })), ...(predictionSummary ? { predictions: predictionSummary } : {}) };
    }
    finally {
        reader.close();
    }
}
/** results.json, the seed lines and the run's closing log lines. */
async function writeResults(input) {
    const { config, runDir, runLog, failure, metrics, columns } = input;
    const status = runStatus(failure);
    // Failure messages quote server answers and engine logs: no token may ride along into the artifact, nor
    // into the summary and PR comment the action renders from the returned document. The certification's
    // criteria read every measured request's text: under a profile (only), the records are read back, one at a time.
    const certification = input.profiled ? certificationBlock(input.profiled, config.model_name, metrics.headline, (0,request_columns/* recordsOnEachWalk */.Qx)(columns)) : undefined;
    const manifest = await (0,run_folder_manifest/* buildManifest */.u1)(runDir);
    const text = (0,secrets/* redactSecrets */.fp)(`${JSON.stringify({ ...buildResults({ ...input, status, certification }), manifest }, null, 2)}\n`);
    (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.results), text);
    const results = JSON.parse(text);
    for (const line of seedLines(results.headline))
        runLog.result(line);
    // The entries report the failure themselves (once); console.log still records it.
    if (failure)
        runLog.keepOnly(`run ${status}: ${failure.message}`);
    if (certification)
        runLog.info(describeCertification(certification));
    runLog.info(`results: ${(0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.results)}`);
    return { config, runDir, results, exitCode: failure?.exitCode ?? errors/* ExitCode */.yU.ok, error: failure, columns };
}
function runStatus(failure) {
    if (failure === null)
        return 'completed';
    return failure.exitCode === errors/* ExitCode */.yU.interrupted ? 'interrupted' : 'failed';
}


/***/ }),

/***/ 88099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ registerConfigSecrets),
/* harmony export */   b9: () => (/* binding */ expandHeaders),
/* harmony export */   ql: () => (/* binding */ redactConfig)
/* harmony export */ });
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84537);

/**
 * Header values may name environment variables as `${NAME}` so tokens stay out of configuration files.
 * Every expanded value is handed to `mask` (core.setSecret in the action) before anything can print it.
 */
function expandHeaders(headers, env, mask) {
    const result = {};
    for (const [name, value] of Object.entries(headers)) {
        const expanded = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable) => env[variable] ?? '');
        if (expanded !== value || /authorization|token|key|secret/i.test(name)) {
            mask(expanded);
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(expanded);
            // `Bearer <token>`: the token alone must go too, wherever it is quoted without its prefix.
            const bare = expanded.replace(/^(Bearer|Basic|Token)\s+/i, '');
            if (bare !== expanded) {
                mask(bare);
                (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(bare);
            }
        }
        result[name] = expanded;
    }
    return result;
}
/**
 * Configuration as written into results.json: header values, secret-looking values and the values of
 * secret flags in extra_args replaced, whatever their length (the redaction by value skips short ones).
 */
function redactConfig(config) {
    return JSON.parse(JSON.stringify(config, (key, value) => {
        if (key === 'headers' && typeof value === 'object' && value !== null)
            return Object.fromEntries(Object.keys(value).map((name) => [name, '***']));
        if (key === 'extra_args' && Array.isArray(value))
            return (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecretArgs */ .Lr)(value.map(String));
        if (typeof value === 'string' && /token|secret|password|api_?key|authorization/i.test(key))
            return '***';
        return value;
    }));
}
/**
 * Secrets written in the configuration itself: the values after `--api-key`, `--token`, `--hf-token`
 * and the like in engine_options.extra_args, and the password of a URL (`user:password@host`). Each is
 * handed to `mask` and redacted by value from then on, wherever it appears: results.json's copy of the
 * configuration, the launch line, the engine's own echo of its arguments.
 */
function registerConfigSecrets(config, mask) {
    const values = [...(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .secretArgValues */ .JC)(config.engine_options.extra_args ?? []), ...urlPasswords(config.endpoint)];
    for (const value of values) {
        // Too short to tell from ordinary words (`--api-key x` on a local server): neither masked nor redacted.
        if (!(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .isRedactable */ .sv)(value))
            continue;
        mask(value);
        (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(value);
    }
}
function urlPasswords(url) {
    if (!url)
        return [];
    try {
        const password = new URL(url).password;
        return password === '' ? [] : [...new Set([password, decodeURIComponent(password)])];
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 43039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ unwritableRunFolder),
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   kg: () => (/* binding */ createRunFolder),
/* harmony export */   sF: () => (/* binding */ unwritableResults)
/* harmony export */ });
/* unused harmony export writeFailure */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87460);





/** Run ids sort by time and never collide: UTC date-time plus 4 random hex digits. */
function newRunId(now = new Date()) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    return `${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(2).toString('hex')}`;
}
/** Creates `<log_path>/<engine>/<run-id>/` (or the folder given with --out) and checks it is writable. */
function createRunFolder(logPath, engine, runId, outDir) {
    const dir = outDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(logPath, engine, runId);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${outDir ? '--out' : 'log_path'} ${dir}: cannot create a writable run folder (${code})`);
    }
    return dir;
}
/** "ENOSPC: the disk is full" or the bare error code: why a file of the run folder could not be written. */
function writeFailure(error) {
    const code = error.code ?? (error instanceof Error ? error.message : String(error));
    return code === 'ENOSPC' ? 'ENOSPC: the disk is full' : code;
}
/** The run folder exists but refuses its first file (a full disk): nothing has run yet, as for log_path. */
function unwritableRunFolder(dir, file, error) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`run folder ${dir}: cannot write ${file} (${writeFailure(error)})`);
}
/**
 * Writing the final files failed after the run (the engine is already stopped): what was measured is lost,
 * results.json is still the one written before the run. Keeps the run's own failure and its exit code.
 */
function unwritableResults(dir, error, failure) {
    const message = `run folder ${dir}: cannot write the run's results (${writeFailure(error)}); ${_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_FILES */ .al.results} is still the one written when the run started`;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InfergateError */ .IC(failure ? `${message}; the run had failed: ${failure.message}` : message, failure?.exitCode ?? _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.runFailure);
}


/***/ }),

/***/ 61387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony export hashFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87460);





/**
 * The run folder's SHA-256 manifest, kept in results.json: every file the run wrote before results.json,
 * so `infergate verify` can tell whether the folder is the one the results describe. It leaves out
 * results.json (it cannot hash itself) and console.log (still being written when results.json is);
 * the artifact attestation covers both (docs/certification.md).
 */
const UNHASHED = [_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_FILES */ .al.results, _layout_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_FILES */ .al.console];
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
function listFiles(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true, recursive: true })
        .filter((d) => d.isFile())
        .map((d) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d.parentPath, d.name)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'))
        .sort();
}
/** Hashes every file now in the run folder but results.json and console.log (paths relative to it). */
async function buildManifest(runDir) {
    const files = {};
    for (const file of listFiles(runDir)) {
        if (UNHASHED.includes(file))
            continue;
        files[file] = await hashFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runDir, file));
    }
    return { algorithm: 'sha256', files };
}
/** Re-hashes every file the manifest lists; files added to the folder later are not part of the check. */
async function checkManifest(runDir, manifest) {
    const checks = [];
    for (const [file, expected] of Object.entries(manifest.files)) {
        let actual;
        try {
            actual = await hashFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runDir, ...file.split('/')));
        }
        catch {
            checks.push({ file, status: 'missing' });
            continue;
        }
        checks.push({ file, status: actual.sha256 === expected.sha256 && actual.bytes === expected.bytes ? 'ok' : 'modified' });
    }
    return checks;
}
/** The manifest as results.json carries it, checked before any file is hashed against it. */
function parseManifest(value, where) {
    const fail = (why) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where}: key manifest: ${why}`);
    };
    if (value === undefined)
        fail('missing: this run was written by an infergate without manifests, or the key was removed');
    const m = value;
    if (m === null || typeof m !== 'object' || m.algorithm !== 'sha256' || m.files === null || typeof m.files !== 'object')
        fail('expected { algorithm: "sha256", files: { path: { sha256, bytes } } }');
    for (const [file, entry] of Object.entries(m.files)) {
        const e = entry;
        if (e === null || typeof e !== 'object' || typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256) || !Number.isInteger(e.bytes))
            fail(`files.${file}: expected { sha256: 64 hex digits, bytes: integer }`);
        // A manifest names files inside the run folder only: no absolute path, no way up.
        if (file.startsWith('/') || file.split('/').some((part) => part === '..' || part === '') || file.includes('\\'))
            fail(`files: ${JSON.stringify(file)} is not a path inside the run folder`);
    }
    return m;
}


/***/ }),

/***/ 94517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ deepMerge),
/* harmony export */   Q: () => (/* binding */ isPlainObject)
/* harmony export */ });
/** Merges plain objects recursively; arrays and scalars in `over` replace those in `base`. Inputs are not modified. */
function deepMerge(base, ...overs) {
    let result = { ...base };
    for (const over of overs) {
        if (!over)
            continue;
        const next = { ...result };
        for (const [key, value] of Object.entries(over)) {
            if (value === undefined)
                continue;
            const current = next[key];
            next[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
        }
        result = next;
    }
    return result;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 80131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ findUp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Walks up from `startDir` to the first directory holding `relativePath`; its full path, or null. */
function findUp(relativePath, startDir) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(startDir);
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, relativePath);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}


/***/ }),

/***/ 96618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* unused harmony export silentLogger */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5714);

/** The CLI may itself run in a workflow step: a message quoting an engine never prints a live command. */
const consoleLogger = {
    info: (message) => process.stderr.write(`[infergate] ${(0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseWorkflowCommands */ .WM)(message)}\n`),
    warn: (message) => process.stderr.write(`[infergate] warning: ${(0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseWorkflowCommands */ .WM)(message)}\n`),
};
const silentLogger = { info: () => { }, warn: () => { } };


/***/ })

};
