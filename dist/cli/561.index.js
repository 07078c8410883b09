export const id = 561;
export const ids = [561];
export const modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ MAX_CLIENT_THREADS),
/* harmony export */   E1: () => (/* binding */ MAX_TELEMETRY_INTERVAL_MS),
/* harmony export */   KW: () => (/* binding */ MAX_RATE_RPS),
/* harmony export */   Ry: () => (/* binding */ MAX_WARMUP_REQUESTS),
/* harmony export */   Sj: () => (/* binding */ MAX_SWEEP_STEPS),
/* harmony export */   fx: () => (/* binding */ MAX_CONCURRENCY),
/* harmony export */   hu: () => (/* binding */ MAX_TIMER_S),
/* harmony export */   t5: () => (/* binding */ TIMER_LIMIT_REASON),
/* harmony export */   wg: () => (/* binding */ MAX_PERCENTILES)
/* harmony export */ });
/* unused harmony export MAX_TIMER_MS */
/**
 * Upper bounds on settings that size what a run holds or waits for. Each is far above any real benchmark
 * and far below what would exhaust a runner; docs/configuration.md ("Bounds") lists them with the reason.
 */
/**
 * Node's timers hold at most 2^31−1 ms (about 24.8 days); a longer delay fires after 1 ms instead. Every
 * duration that becomes a timer (request.timeout_s, engine_options.startup_timeout_s, load.time_budget_s)
 * is checked against it, in seconds.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
const MAX_TIMER_S = Math.floor(MAX_TIMER_MS / 1000);
const TIMER_LIMIT_REASON = 'the longest a Node timer can wait, about 24.8 days';
/** Requests in flight at once (load.concurrency, load.max_concurrency, a concurrency sweep's entries). */
const MAX_CONCURRENCY = 10_000;
/** Warm-up requests go out together before the measured steps; each holds a socket and a record. */
const MAX_WARMUP_REQUESTS = 10_000;
/** Requests per second of the open-loop shape (load.rate, a rate sweep's entries). */
const MAX_RATE_RPS = 1_000_000;
/** Entries of load.sweep: each is a whole pass over the prompts. */
const MAX_SWEEP_STEPS = 64;
/** Percentiles reported per latency metric. */
const MAX_PERCENTILES = 32;
/** Longest telemetry sampling interval (one hour). */
const MAX_TELEMETRY_INTERVAL_MS = 3_600_000;
/** Load threads (load.client_threads): each is a V8 isolate of its own, 9–14 MB before any stream. */
const MAX_CLIENT_THREADS = 256;


/***/ }),

/***/ 36123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ lineOf),
/* harmony export */   r: () => (/* binding */ keyLines)
/* harmony export */ });
/**
 * Maps each key of a block-style YAML document to the line it is written on ("load.concurrency" → 12),
 * so that a validation error can name the line. js-yaml does not expose node positions, and configuration
 * files are block mappings, so an indentation scan is exact for them; flow-style keys fall back to the
 * line of their parent (or to no line at all), which only makes a message less precise, never wrong.
 */
function keyLines(text) {
    const lines = new Map();
    const stack = [];
    const rows = text.split(/\r?\n/);
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i] ?? '';
        const match = /^(\s*)(?:-\s+)?(["']?)([^"'#:\s][^"'#:]*?)\2\s*:(?:\s|$)/.exec(row);
        if (!match)
            continue;
        if (/^\s*-\s/.test(row))
            continue; // keys inside list items are not addressed by path
        const indent = match[1]?.length ?? 0;
        while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent)
            stack.pop();
        stack.push({ indent, key: match[3] ?? '' });
        const path = stack.map((entry) => entry.key).join('.');
        if (!lines.has(path))
            lines.set(path, i + 1);
    }
    return lines;
}
/** The line of `path`, or of its nearest ancestor that has one. */
function lineOf(lines, path) {
    for (let end = path.length; end > 0; end--) {
        const line = lines.get(path.slice(0, end).map(String).join('.'));
        if (line !== undefined)
            return line;
    }
    return undefined;
}


/***/ }),

/***/ 42151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a$: () => (/* binding */ DEFAULT_SETTINGS),
  GS: () => (/* binding */ SETTING_KEYS),
  eS: () => (/* binding */ datasetSchema),
  e$: () => (/* binding */ loadSchema),
  Ze: () => (/* binding */ optionalSettingsShape),
  a_: () => (/* binding */ promptSchema),
  TF: () => (/* binding */ requestSchema),
  Lw: () => (/* binding */ resolvedSettingsSchema),
  I: () => (/* binding */ rougeSchema),
  dP: () => (/* binding */ settingsSchema),
  _6: () => (/* binding */ sloSchema)
});

// UNUSED EXPORTS: engineOptionsSchema, mfuSchema, telemetrySchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/config/bounds.ts
var bounds = __webpack_require__(749);
;// CONCATENATED MODULE: ./src/config/reserved-body-fields.ts
/**
 * Request-body fields infergate sets itself (src/load/request-body.ts builds them): `request.extra_body`
 * is merged over the body last, so one of these there would silently replace what is measured (the
 * prompt, the length cap, streaming) or what the gate compares (sampling). Each is refused with the
 * setting that controls it instead (docs/configuration.md).
 */
const RESERVED_BODY_FIELDS = {
    model: 'set model_name instead',
    messages: 'the prompt comes from the dataset and the prompt.* settings',
    prompt: 'the prompt comes from the dataset and the prompt.* settings',
    max_tokens: 'set request.max_tokens instead',
    max_completion_tokens: 'set request.max_tokens instead (the engine adapter picks the field name)',
    stream: 'every request streams: the timings are read from the stream',
    stream_options: 'infergate asks for usage in the stream itself',
    temperature: 'set request.temperature instead',
    top_p: 'set request.top_p instead',
    seed: 'set request.seed instead',
    n: 'one completion per request is what every metric counts',
};
/** Why `field` may not be written in request.extra_body, or null when it may. */
function reservedBodyFieldProblem(field) {
    const instead = RESERVED_BODY_FIELDS[field];
    return instead === undefined ? null : `"${field}" is set by infergate and cannot be overridden in extra_body: ${instead}`;
}

;// CONCATENATED MODULE: ./src/config/arrival-conventions.ts
/**
 * The values of load.arrivals: where an open loop's drawn gaps sit on the clock (load/arrivals.ts).
 * first-at-zero: request 1 at 0, each next one a drawn gap later. vllm: `vllm bench serve`'s convention,
 * request 1 after one gap and the offsets rescaled so the last lands at N / rate.
 */
const ARRIVAL_CONVENTIONS = ['first-at-zero', 'vllm'];

;// CONCATENATED MODULE: ./src/config/settings-schema.ts




/**
 * Settings that are new in infergate (the seed had none of them). They may be written in host.yaml,
 * in task.yaml (per vendor and engine; wins over host.yaml) or given with `--set` (wins over both).
 * Each setting is declared once here with its default; the files carry each key optional and without
 * defaults (writtenForm), and the defaults apply once the three sources are merged (resolvedSettingsSchema).
 * docs/configuration.md describes each key.
 */
const positiveInt = schemas/* int */.Whr().min(1);
const nonNegative = schemas/* number */.aig().min(0);
/** A setting with no default: null in the resolved configuration unless a file or --set writes it. */
function unset(schema) {
    return schema.nullable().default(null);
}
const promptSettings = schemas/* strictObject */.rej({
    /** Text after the article in the chat message (HELM's XSum wording by default). */
    instruction: schemas/* string */.YjP().min(1).default('Summarize the above article in 1 sentence.'),
    /** /v1/completions template; `{article}` is replaced by the (possibly truncated) article. */
    completion_template: schemas/* string */.YjP().min(1).refine((t) => t.includes('{article}'), { message: 'must contain {article}' })
        .default('###\nArticle: {article}\n\nSummarize the above article in 1 sentence.\n'),
    /** Optional system message for /v1/chat/completions. */
    system: schemas/* string */.YjP().default(''),
    /** Articles longer than this many words are cut to it; the results count how many were. HELM keeps XSum articles of at most 512 words. */
    max_article_words: positiveInt.default(512),
});
const requestSettings = schemas/* strictObject */.rej({
    /** HELM generates at most 64 tokens for XSum summaries. */
    max_tokens: positiveInt.max(1_000_000).default(64),
    temperature: nonNegative.max(2).default(0),
    seed: schemas/* int */.Whr().default(0),
    top_p: schemas/* number */.aig().gt(0).max(1).default(1),
    /** Per-request timeout in seconds (from send to stream close). */
    timeout_s: schemas/* number */.aig().gt(0).max(bounds/* MAX_TIMER_S */.hu, bounds/* TIMER_LIMIT_REASON */.t5).default(600),
    /** Extra fields merged into every request body (engine-specific switches); never the ones infergate sets. */
    extra_body: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).superRefine((body, context) => {
        for (const field of Object.keys(body)) {
            const problem = reservedBodyFieldProblem(field);
            if (problem !== null)
                context.addIssue({ code: 'custom', path: [field], message: problem, input: body[field] });
        }
    }).default({}),
    /** Extra HTTP headers; values like `${ENV_NAME}` are read from the environment and masked. */
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
});
const loadSettings = schemas/* strictObject */.rej({
    /**
     * offline: everything at once (the seed's way); concurrency: closed loop; rate: open loop; auto (the
     * default): chosen from what the engine reports once it answers (pipeline/default-load.ts); the run
     * then records the concrete one.
     */
    shape: schemas/* enum */.k5n(['auto', 'offline', 'concurrency', 'rate']).default('auto'),
    concurrency: positiveInt.max(bounds/* MAX_CONCURRENCY */.fx).default(1),
    /** Requests per second for the open-loop shape. */
    rate: schemas/* number */.aig().gt(0).max(bounds/* MAX_RATE_RPS */.KW).default(1),
    /** Gamma shape of inter-arrival times: 1 is Poisson, < 1 burstier, > 1 smoother. */
    burstiness: schemas/* number */.aig().gt(0).default(1),
    /** Where the drawn gaps sit: first-at-zero (request 1 at 0) or vllm (`vllm bench serve`'s, load/arrivals.ts). */
    arrivals: schemas/* enum */.k5n(ARRIVAL_CONVENTIONS).default('first-at-zero'),
    /** Optional cap on requests in flight for the rate shape. */
    max_concurrency: unset(positiveInt.max(bounds/* MAX_CONCURRENCY */.fx)),
    /** A list of concurrencies (shape concurrency) or rates (shape rate): one result block each. */
    sweep: unset(schemas/* array */.YOg(schemas/* number */.aig().gt(0).max(bounds/* MAX_RATE_RPS */.KW)).min(1).max(bounds/* MAX_SWEEP_STEPS */.Sj)),
    /**
     * Warm by default: the client's JIT and sockets and the engine's caches are warm before the clock
     * starts (docs/metrics.md, "Warm-up"); released as the first step releases its requests.
     */
    warmup_requests: schemas/* int */.Whr().min(0).max(bounds/* MAX_WARMUP_REQUESTS */.Ry).default(32),
    /** Total time budget for the measured requests, in seconds. */
    time_budget_s: unset(schemas/* number */.aig().gt(0).max(bounds/* MAX_TIMER_S */.hu, bounds/* TIMER_LIMIT_REASON */.t5)),
    /** The run fails when more than this fraction of requests fail (0 to 1). */
    max_failure_rate: schemas/* number */.aig().min(0).max(1).default(0),
    /** Repeat the whole measurement k times (trials feed the gate's noise model). */
    repeat: positiveInt.max(100).default(1),
    /**
     * Threads that own the load's streams: 1 streams on the main thread; n ≥ 2 on n worker threads, the
     * main thread keeping the schedule; auto picks from the streams in flight (load/threads/auto-threads.ts).
     */
    client_threads: schemas/* union */.KCZ([schemas/* literal */.euz('auto'), positiveInt.max(bounds/* MAX_CLIENT_THREADS */.$y)], { error: `expected auto or a whole number of threads from 1 to ${bounds/* MAX_CLIENT_THREADS */.$y}` })
        .default('auto'),
});
/** Each bound is optional: a run with none set has no SLO. */
const sloSettings = schemas/* strictObject */.rej({
    ttft_ms: schemas/* number */.aig().gt(0).optional(),
    tpot_ms: schemas/* number */.aig().gt(0).optional(),
    e2el_ms: schemas/* number */.aig().gt(0).optional(),
});
const datasetSettings = schemas/* strictObject */.rej({
    /** first: the first task_nums usable rows; random: a seeded sample of task_nums rows. */
    sample: schemas/* enum */.k5n(['first', 'random']).default('first'),
    seed: schemas/* int */.Whr().default(0),
    /** Where the hub download is cached when data_path is not set. */
    cache_dir: schemas/* string */.YjP().min(1).default('.infergate-cache/datasets'),
    /** Base URL of the dataset hub (the test split is fetched from <hub_url>/<file>). */
    hub_url: schemas/* string */.YjP().url().default('https://huggingface.co/datasets/knkarthick/xsum/resolve/main'),
});
const engineOptionsSettings = schemas/* strictObject */.rej({
    host: schemas/* string */.YjP().min(1).default('127.0.0.1'),
    port: schemas/* int */.Whr().min(1).max(65535).default(8000),
    dtype: unset(schemas/* string */.YjP().min(1)),
    max_model_len: unset(positiveInt),
    gpu_memory_utilization: unset(schemas/* number */.aig().gt(0).max(1)),
    /** Free-form arguments appended to the engine's launch line. */
    extra_args: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    /** Extra environment variables for the engine process. */
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    /** Path or name of the engine's executable, when not the default. */
    binary: unset(schemas/* string */.YjP().min(1)),
    startup_timeout_s: schemas/* number */.aig().gt(0).max(bounds/* MAX_TIMER_S */.hu, bounds/* TIMER_LIMIT_REASON */.t5).default(1800),
    /**
     * Seconds between the one SIGTERM and SIGKILL when the engine is stopped (an hour at most); the default
     * is long enough for vLLM or SGLang to free accelerator memory and end their workers.
     */
    stop_grace_s: schemas/* number */.aig().min(0).max(3600).default(15),
    /** Device list for CUDA_VISIBLE_DEVICES / HIP_VISIBLE_DEVICES / ASCEND_RT_VISIBLE_DEVICES. */
    visible_devices: unset(schemas/* string */.YjP()),
    /** vLLM across nodes over a Ray cluster the user started (docs/engines.md). */
    ray: unset(schemas/* strictObject */.rej({
        address: schemas/* string */.YjP().min(1),
        tensor_parallel_size: positiveInt,
        pipeline_parallel_size: positiveInt,
    }).partial()),
    /** MindIE only: the service's config.json. */
    config_file: unset(schemas/* string */.YjP().min(1)),
});
const telemetrySettings = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(true),
    interval_ms: schemas/* int */.Whr().min(50).max(bounds/* MAX_TELEMETRY_INTERVAL_MS */.E1).default(1000),
});
const rougeSettings = schemas/* strictObject */.rej({
    /** Which ROUGE the console lines show: the XSum paper's ROUGE-1.5.5 or Google's rouge_score. */
    mode: schemas/* enum */.k5n(['rouge155', 'rouge-score']).default('rouge155'),
});
const mfuSettings = schemas/* strictObject */.rej({
    /** Precision the GEMMs run in; picks GPU_<dtype> from task.yaml or the catalog. */
    dtype: unset(schemas/* string */.YjP().min(1)),
    /** Alternative accelerator catalog file. */
    catalog: unset(schemas/* string */.YjP().min(1)),
    /** Count attention FLOPs over the full context instead of the causal half (vLLM's convention). */
    non_causal_attention: schemas/* boolean */.zMY().default(false),
});
/** What the base of an A/B comparison changes from the head's settings (docs/gate.md, "A/B mode"); nothing by default. */
const abBaseSettings = schemas/* strictObject */.rej({
    /** A server already running for the base (the head's own endpoint or launched engine stays the head). */
    endpoint: schemas/* string */.YjP().url().optional(),
    model_name: schemas/* string */.YjP().min(1).optional(),
    /** Replaces the head's keys of the same name: another binary, arguments, environment, devices. */
    engine_options: writtenForm(engineOptionsSettings).partial().optional(),
});
/** `infergate ab`: blocks of base and head interleaved on one machine (docs/gate.md, "A/B mode"). */
const abSettings = schemas/* strictObject */.rej({
    base: abBaseSettings.default({}),
    /** Pairs of blocks (one base, one head) run before the first look; at least 3, so each side runs 3 times. */
    min_pairs: schemas/* int */.Whr().min(3).max(100).default(3),
    /** Pairs an inconclusive comparison may grow to (the block budget); every look is paid for in the error rate. */
    max_pairs: schemas/* int */.Whr().min(3).max(100).default(6),
    /** No pair is started once this many seconds have passed since the first block began. */
    time_budget_s: unset(schemas/* number */.aig().gt(0).max(bounds/* MAX_TIMER_S */.hu, bounds/* TIMER_LIMIT_REASON */.t5)),
    /** Seeds the order of base and head within each pair. */
    seed: schemas/* int */.Whr().default(0),
    /** False-alarm rate of the whole verdict: every gated metric at every look. */
    alpha: schemas/* number */.aig().gt(0).max(0.5).default(0.05),
    /** A change smaller than this (percent) counts as no change. */
    margin_pct: schemas/* number */.aig().gt(0).max(100).default(5),
});
/** The top-level settings; a section's defaults apply when the section is absent too (prefault). */
const resolvedShape = {
    /** Name the engine serves the model under (default: the model folder's name, which loadConfig knows). */
    model_name: schemas/* string */.YjP().min(1).optional(),
    /** Base URL of an endpoint already running (engine: external). */
    endpoint: unset(schemas/* string */.YjP().url()),
    /** Which OpenAI-compatible API to call. */
    api: schemas/* enum */.k5n(['chat', 'completions']).default('chat'),
    prompt: promptSettings.prefault({}),
    request: requestSettings.prefault({}),
    load: loadSettings.prefault({}),
    slo: sloSettings.prefault({}),
    percentiles: schemas/* array */.YOg(schemas/* number */.aig().gt(0).lt(100)).max(bounds/* MAX_PERCENTILES */.wg).default([50, 90, 95, 99]),
    dataset: datasetSettings.prefault({}),
    engine_options: engineOptionsSettings.prefault({}),
    telemetry: telemetrySettings.prefault({}),
    rouge: rougeSettings.prefault({}),
    mfu: mfuSettings.prefault({}),
    /** `infergate ab` only. */
    ab: abSettings.prefault({}),
};
/** The settings once merged, every default applied: the type the later stages read. */
const resolvedSettingsSchema = schemas/* strictObject */.rej(resolvedShape);
/** Every default, as one object (the resolution of no settings at all). */
const DEFAULT_SETTINGS = resolvedSettingsSchema.parse({});
function writtenField(field) {
    if (field instanceof schemas/* ZodDefault */.XiL) {
        const inner = field.unwrap();
        return field.def.defaultValue === null && inner instanceof schemas/* ZodNullable */.l1C ? inner.unwrap() : inner;
    }
    if (field instanceof schemas/* ZodPrefault */.xgV)
        return writtenForm(field.unwrap());
    return field;
}
/** A section of settings as a file writes it: the same keys and checks, no defaults. */
function writtenForm(section) {
    const shape = Object.fromEntries(Object.entries(section.shape).map(([key, field]) => [key, writtenField(field)]));
    return schemas/* strictObject */.rej(shape);
}
const promptSchema = writtenForm(promptSettings);
const requestSchema = writtenForm(requestSettings);
const loadSchema = writtenForm(loadSettings);
const sloSchema = writtenForm(sloSettings);
const datasetSchema = writtenForm(datasetSettings);
const engineOptionsSchema = writtenForm(engineOptionsSettings);
const telemetrySchema = writtenForm(telemetrySettings);
const rougeSchema = writtenForm(rougeSettings);
const mfuSchema = writtenForm(mfuSettings);
/** The top-level keys, each optional: how host.yaml, task.yaml and --set carry them. */
const optionalSettingsShape = Object.fromEntries(Object.entries(resolvedShape).map(([key, field]) => {
    const written = writtenField(field);
    return [key, (written instanceof schemas/* ZodObject */.bvH ? written.partial() : written).optional()];
}));
/** The names of the top-level settings. */
const SETTING_KEYS = Object.keys(resolvedShape);
const settingsSchema = schemas/* strictObject */.rej(optionalSettingsShape);


/***/ }),

/***/ 11862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ buildEngineEnvironment)
/* harmony export */ });
/* unused harmony export isForbiddenEngineVariable */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84537);


/**
 * The engine's environment is built, not inherited (SECURITY.md, "engine environment"). The engine is a
 * pull request's build or a model with remote code; the runner's environment holds the action's inputs
 * (the token arrives as `INPUT_GITHUB-TOKEN`), the runtime and OIDC tokens and whatever secrets the
 * workflow exported. Only what an engine needs to find its tools, libraries, accelerator and caches passes
 * (docs/engines.md lists it), plus what `engine_options.env` names; a secret reaches the engine only when
 * engine_options.env names it (`HF_TOKEN: ${HF_TOKEN}`).
 */
const ALLOWED_NAMES = new Set([
    'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'TMPDIR', 'TMP', 'TEMP', 'TZ', 'TERM', 'LANG', 'LANGUAGE',
    'LD_LIBRARY_PATH', 'LIBRARY_PATH', 'CPATH', 'PYTHONPATH', 'PYTHONHOME', 'VIRTUAL_ENV', 'CONDA_PREFIX', 'CONDA_DEFAULT_ENV',
    'OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'TOKENIZERS_PARALLELISM', 'XDG_CACHE_HOME',
    'HF_HOME', 'HF_HUB_CACHE', 'HF_HUB_OFFLINE', 'HF_DATASETS_CACHE', 'HF_HUB_ENABLE_HF_TRANSFER', 'TRANSFORMERS_CACHE', 'TRANSFORMERS_OFFLINE',
    'TORCH_HOME', 'TORCHINDUCTOR_CACHE_DIR', 'TRITON_CACHE_DIR', 'MODELSCOPE_CACHE',
]);
/** Locale, accelerator runtimes (NVIDIA, AMD, Huawei Ascend, Intel), collective libraries, engines' own settings. */
const ALLOWED_PREFIXES = [
    'LC_',
    'CUDA_', 'NVIDIA_', 'NCCL_', 'CUBLAS_', 'CUDNN_', 'HIP_', 'ROCR_', 'ROCM_', 'HSA_', 'ASCEND_', 'HCCL_', 'LCCL_', 'ATB_', 'ZE_', 'ONEAPI_',
    'PYTORCH_', 'TORCH_', 'TRITON_', 'VLLM_', 'SGLANG_', 'LMDEPLOY_', 'TLLM_', 'MINDIE_', 'MIES_', 'LLAMA_', 'GGML_',
];
/**
 * Never passed, even when named in engine_options.env: the action's inputs, the runner's runtime and OIDC
 * request tokens, the job's GitHub token, and the runner's own settings.
 */
const FORBIDDEN = /^(?:INPUT_|ACTIONS_|GITHUB_|RUNNER_)/i;
function isForbiddenEngineVariable(name) {
    return FORBIDDEN.test(name);
}
function inherited(name) {
    if (isForbiddenEngineVariable(name) || (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .eh)(name))
        return false;
    return ALLOWED_NAMES.has(name) || ALLOWED_PREFIXES.some((prefix) => name.startsWith(prefix));
}
/**
 * The environment the engine (and its version probe) is started with: the allowed part of `parent`, then
 * `configured` (the adapter's device variables and engine_options.env) over it. A configured value written
 * `${NAME}` is read from `parent`, so a token can be handed over without being written in a file; it is
 * registered as a secret when its name, or the name it is read from, looks like one. Throws InputError
 * (exit 2) for a forbidden name.
 */
function buildEngineEnvironment(parent, configured) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value !== undefined && inherited(name))
            env[name] = value;
    }
    for (const [name, raw] of Object.entries(configured)) {
        if (isForbiddenEngineVariable(name)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`engine_options.env: ${name} is never passed to the engine (INPUT_*, ACTIONS_*, GITHUB_* and RUNNER_* carry the action's inputs and the runner's tokens)`);
        }
        let secret = (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .eh)(name);
        const value = raw.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable) => {
            if (isForbiddenEngineVariable(variable))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`engine_options.env: ${name} reads \${${variable}}, which is never passed to the engine`);
            secret ||= (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .eh)(variable);
            return parent[variable] ?? '';
        });
        if (secret)
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(value);
        env[name] = value;
    }
    return env;
}


/***/ }),

/***/ 15672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ percentileKey),
/* harmony export */   WB: () => (/* binding */ percentileOfSorted),
/* harmony export */   Zd: () => (/* binding */ percentileBy),
/* harmony export */   j7: () => (/* binding */ DEFAULT_PERCENTILES),
/* harmony export */   mK: () => (/* binding */ summarizeInPlace),
/* harmony export */   xc: () => (/* binding */ percentileRanks)
/* harmony export */ });
/* unused harmony export summarize */
const DEFAULT_PERCENTILES = [50, 90, 95, 99];
/** "p99" for 99, "p99_9" for 99.9. */
function percentileKey(p) {
    return `p${String(p).replace('.', '_')}`;
}
/** The two ranks (0-based, in the ascending sample of n) that percentile p interpolates between. */
function percentileRanks(n, p) {
    if (n === 1)
        return { lo: 0, hi: 0, frac: 0 };
    const rank = (p / 100) * (n - 1);
    const lo = Math.floor(rank);
    return { lo, hi: Math.min(lo + 1, n - 1), frac: rank - lo };
}
/** Linear-interpolated percentile of a sample of n given by its k-th smallest value. */
function percentileBy(n, valueAt, p) {
    const { lo, hi, frac } = percentileRanks(n, p);
    const low = valueAt(lo);
    return frac === 0 ? low : low + frac * (valueAt(hi) - low);
}
/** Linear-interpolated percentile of an ascending sample. */
function percentileOfSorted(sorted, p) {
    return percentileBy(sorted.length, (k) => sorted[k], p);
}
function summarize(values, percentiles) {
    return summarizeSorted(Float64Array.from(values).sort(), percentiles);
}
/** Sorts `values` in place (no copy: the pooled ITL sample can be millions long) and summarizes it. */
function summarizeInPlace(values, percentiles) {
    return summarizeSorted(values.sort(), percentiles);
}
function summarizeSorted(sorted, percentiles) {
    const n = sorted.length;
    const keys = percentiles.map(percentileKey);
    if (n === 0) {
        return { count: 0, mean: null, median: null, std: null, min: null, max: null, percentiles: Object.fromEntries(keys.map((k) => [k, null])) };
    }
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += sorted[i];
    const mean = sum / n;
    let sq = 0;
    for (let i = 0; i < n; i++) {
        const d = sorted[i] - mean;
        sq += d * d;
    }
    return {
        count: n,
        mean,
        median: percentileOfSorted(sorted, 50),
        std: Math.sqrt(sq / n),
        min: sorted[0],
        max: sorted[n - 1],
        percentiles: Object.fromEntries(percentiles.map((p) => [percentileKey(p), percentileOfSorted(sorted, p)])),
    };
}


/***/ }),

/***/ 5974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ summarizePredictionsFile),
/* harmony export */   Og: () => (/* binding */ summarizingLines),
/* harmony export */   uU: () => (/* binding */ WORST_COUNT)
/* harmony export */ });
/* unused harmony exports FAILED_LISTED, PredictionSummaryBuilder */
/* harmony import */ var _util_typed_array_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76476);
/* harmony import */ var _predictions_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77505);
/**
 * What the report shows of predictions.jsonl, gathered a line at a time: per ROUGE type the documents' F
 * (a number a document), the lowest-scoring predictions (a few, whole), and the failed ones (id, error,
 * reference; the first FAILED_LISTED of them, and their count). The run builds it as it writes the file, so the report never reads the file back; `infergate
 * report` folds the file's rows into it. No list of every prediction's text is kept.
 */


/** Rows of the "lowest" table. */
const WORST_COUNT = 8;
/**
 * Failed predictions the report lists by name (the first, in file order); the rest are counted. A run
 * whose engine fails every request would otherwise hold, and print, one entry a request.
 */
const FAILED_LISTED = 50;
class PredictionSummaryBuilder {
    /** Per type, a column with room to grow and how many of its entries are used. */
    scores = new Map();
    lowest = new Map();
    failed = [];
    failedCount = 0;
    add(row) {
        const rouge = row.rouge ?? {};
        const types = Object.keys(rouge);
        for (const type of types) {
            const score = rouge[type];
            let column = this.scores.get(type);
            if (!column)
                this.scores.set(type, (column = { values: new Float64Array(1024), used: 0 }));
            if (column.used === column.values.length)
                column.values = (0,_util_typed_array_js__WEBPACK_IMPORTED_MODULE_1__/* .grownTo */ .p)(column.values, column.values.length * 2, column.used);
            column.values[column.used++] = score;
            let rank = this.lowest.get(type);
            if (!rank)
                this.lowest.set(type, (rank = { rows: [], keys: new Set() }));
            for (const t of types)
                rank.keys.add(t);
            // After every kept row of the same or a lower score: a stable sort's order.
            let at = rank.rows.length;
            while (at > 0 && rank.rows[at - 1].rouge[type] > score)
                at--;
            if (at < WORST_COUNT) {
                rank.rows.splice(at, 0, row);
                if (rank.rows.length > WORST_COUNT)
                    rank.rows.pop();
            }
        }
        if (row.error === null)
            return;
        this.failedCount += 1;
        if (this.failed.length < FAILED_LISTED)
            this.failed.push({ id: row.id, error: row.error, ...(row.reference !== undefined ? { reference: row.reference } : {}) });
    }
    build() {
        const keys = [...this.scores.keys()].sort();
        return {
            keys,
            scores: Object.fromEntries(keys.map((k) => [k, this.scores.get(k).values.slice(0, this.scores.get(k).used)])),
            lowest: Object.fromEntries(keys.map((k) => [k, { rows: this.lowest.get(k).rows, keys: [...this.lowest.get(k).keys].sort() }])),
            failed: this.failed,
            failedCount: this.failedCount,
        };
    }
}
/** The summary of a predictions.jsonl on disk (`infergate report`), a row at a time through the one reader's checks. */
function summarizePredictionsFile(path) {
    const builder = new PredictionSummaryBuilder();
    (0,_predictions_file_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachPredictionRow */ .GQ)(path, (row) => builder.add(row));
    return builder.build();
}
/**
 * predictions.jsonl's lines as they are written, each also folded into `builder` as the reader would
 * parse it. A line the reader would refuse leaves the summary unset (null): the report then reads the
 * file and says what is wrong with it, as it does for any folder.
 */
function* summarizingLines(lines, done) {
    const builder = new PredictionSummaryBuilder();
    let readable = true;
    for (const line of lines) {
        if (readable) {
            try {
                builder.add((0,_predictions_file_js__WEBPACK_IMPORTED_MODULE_0__/* .predictionRow */ .oJ)(JSON.parse(line)));
            }
            catch {
                readable = false;
            }
        }
        yield line;
    }
    done(readable ? builder.build() : null);
}


/***/ }),

/***/ 77505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ forEachPredictionRow),
/* harmony export */   jO: () => (/* binding */ readPredictionsFile),
/* harmony export */   oJ: () => (/* binding */ predictionRow)
/* harmony export */ });
/* unused harmony export parsePredictionsJsonl */
/* harmony import */ var _util_file_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24899);
/* harmony import */ var _util_jsonl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87142);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45201);
/* harmony import */ var _util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88253);




/**
 * The one reader of predictions.jsonl (UTF-8, a BOM allowed; no device or pipe, which might never end).
 * A line that is not a prediction is one InputError naming the file and line.
 */
function readPredictionsFile(path) {
    (0,_util_file_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .refuseSpecialFile */ .Iy)(path, 'predictions file');
    return parsePredictionsJsonl((0,_util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8Text */ .$y)((0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileOrFail */ ._)(path, { what: 'the predictions' }), path), path);
}
/**
 * readPredictionsFile's rows handed to `fn` one at a time, each line decoded from the file's bytes as it
 * is reached: neither the file's whole text nor a list of its rows is held (the report's summary of a
 * folder, `infergate report`). The same checks, in the same order, with the same errors.
 */
function forEachPredictionRow(path, fn) {
    (0,_util_file_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .refuseSpecialFile */ .Iy)(path, 'predictions file');
    const body = (0,_util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedUtf8Body */ .XR)((0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileOrFail */ ._)(path, { what: 'the predictions' }), path);
    const seen = new Set();
    let lineNumber = 0;
    // A newline byte never occurs inside a UTF-8 sequence: splitting the bytes splits the text.
    for (let from = 0; from <= body.length;) {
        const newline = body.indexOf(0x0a, from);
        const to = newline === -1 ? body.length : newline;
        const line = body.toString('utf8', from, to);
        lineNumber += 1;
        from = to + 1;
        if (line.trim() === '')
            continue;
        fn((0,_util_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonlObject */ .B)(line, lineNumber, path, (value) => uniqueRow(value, seen)));
    }
}
/** predictionRow of a line whose id no earlier line had. */
function uniqueRow(line, seen) {
    const row = predictionRow(line);
    if (seen.has(row.id))
        throw new Error(`id "${row.id}" appears twice`);
    seen.add(row.id);
    return row;
}
/** predictions.jsonl's text already in memory; `file` names it in any error. */
function parsePredictionsJsonl(text, file) {
    const seen = new Set();
    return (0,_util_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonlObjects */ .y)(text, file, (line) => uniqueRow(line, seen));
}
/** Checks one parsed line; throws a plain sentence that parseJsonlObjects places at its file and line. */
function predictionRow(line) {
    const { id, reference, prediction, error, rouge, finish_reason: finish } = line;
    if (typeof id !== 'string' || id === '')
        throw new Error('"id" must be a non-empty string');
    if (reference !== undefined && typeof reference !== 'string')
        throw new Error('"reference" must be a string');
    if (typeof prediction !== 'string')
        throw new Error('"prediction" must be a string');
    if (error !== undefined && error !== null && typeof error !== 'string')
        throw new Error('"error" must be a string or null');
    if (finish !== undefined && finish !== null && typeof finish !== 'string')
        throw new Error('"finish_reason" must be a string or null');
    const row = { id, prediction, error: error ?? null, rouge: rougeScores(rouge), finish_reason: finish ?? null };
    if (reference !== undefined)
        row.reference = reference;
    return row;
}
/** The per-document F-measures: each a number from 0 to 1, or `{fmeasure}` (the rouge-score convention, docs/report.md). */
function rougeScores(value) {
    if (value === undefined || value === null)
        return null;
    if (typeof value !== 'object' || Array.isArray(value))
        throw new Error('"rouge" must be an object of F-measures');
    // Built with fromEntries, not by assignment: a "__proto__" key stays a plain key.
    return Object.fromEntries(Object.entries(value).map(([type, entry]) => {
        const score = entry !== null && typeof entry === 'object' ? entry.fmeasure : entry;
        if (typeof score !== 'number' || !(score >= 0 && score <= 1))
            throw new Error(`"rouge.${type}" must be a number from 0 to 1`);
        return [type, score];
    }));
}


/***/ }),

/***/ 38499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ selectRows),
/* harmony export */   B8: () => (/* binding */ recordsForCounting),
/* harmony export */   Cj: () => (/* binding */ eventCount),
/* harmony export */   Kt: () => (/* binding */ failureKindOf),
/* harmony export */   Qx: () => (/* binding */ recordsOnEachWalk),
/* harmony export */   Xd: () => (/* binding */ orNull),
/* harmony export */   kt: () => (/* binding */ asColumns),
/* harmony export */   n$: () => (/* binding */ eachRecord),
/* harmony export */   si: () => (/* binding */ columnsFromRecords),
/* harmony export */   uP: () => (/* binding */ isCompletedRow),
/* harmony export */   w9: () => (/* binding */ RequestColumnsBuilder),
/* harmony export */   y2: () => (/* binding */ measuredRows)
/* harmony export */ });
/* unused harmony export readAllRecords */
/* harmony import */ var _util_typed_array_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76476);
/* harmony import */ var _request_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15647);
/**
 * A run's requests as typed columns: what every stage after the load draws its figures from, instead of a
 * RequestRecord object a request (about 550 bytes of heap each, 55 MB at 100,000 requests). A request is a
 * row; its numbers sit in Float64Array/Int32Array/Uint8Array columns (null is NaN), the arrival offsets of
 * all its text events in one Float64Array sliced by `eventStart`. Strings (id, generated text, finish
 * reason, error message) are not kept: `source` reads a row's whole record back when one is needed (the
 * line of requests.jsonl it came from, or the record it was built from), so memory after the load is a
 * few dozen bytes a request plus 8 bytes a text event.
 */


const NULL = Number.NaN;
const orNaN = (v) => (v === null || v === undefined ? NULL : v);
/** A column's value as the record carries it: NaN back to null. */
const orNull = (v) => (Number.isNaN(v) ? null : v);
function failureKindOf(columns, row) {
    const code = columns.errorKind[row];
    return code === 0 ? null : _request_record_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_KINDS */ .B[code - 1];
}
/** Completed: no error, with a first and a last text event (failed records are never measured). */
function isCompletedRow(columns, row) {
    return columns.errorKind[row] === 0 && !Number.isNaN(columns.ttftMs[row]) && !Number.isNaN(columns.e2elMs[row]);
}
function eventCount(columns, row) {
    return columns.eventStart[row + 1] - columns.eventStart[row];
}
/** Rows in order that pass `keep`, as row numbers (4 bytes a row). */
function selectRows(columns, keep) {
    const rows = new Uint32Array(columns.length);
    let n = 0;
    for (let row = 0; row < columns.length; row++)
        if (keep(row))
            rows[n++] = row;
    return rows.slice(0, n);
}
/** Every row that is not a warmup request. */
const measuredRows = (columns) => selectRows(columns, (row) => columns.warmup[row] === 0);
const KIND_CODE = new Map(_request_record_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_KINDS */ .B.map((kind, i) => [kind, i + 1]));
/** Fills the columns a record at a time, each column grown by doubling. */
class RequestColumnsBuilder {
    rows = 0;
    events = 0;
    capacity;
    eventCapacity;
    cols;
    eventData;
    constructor(expectedRows = 1024) {
        this.capacity = Math.max(16, expectedRows);
        this.eventCapacity = this.capacity * 4;
        this.cols = RequestColumnsBuilder.allocate(this.capacity);
        this.eventData = new Float64Array(this.eventCapacity);
    }
    static allocate(n) {
        return {
            index: new Float64Array(n), step: new Int32Array(n), trial: new Int32Array(n), warmup: new Uint8Array(n),
            sendMs: new Float64Array(n), ttftMs: new Float64Array(n), firstChoiceMs: new Float64Array(n), e2elMs: new Float64Array(n),
            closeMs: new Float64Array(n), promptTokens: new Float64Array(n), outputTokens: new Float64Array(n),
            outputEstimated: new Uint8Array(n), retries: new Int32Array(n), errorKind: new Uint8Array(n), eventStart: new Float64Array(n + 1),
        };
    }
    add(r) {
        if (this.rows === this.capacity)
            this.grow(this.capacity * 2);
        const c = this.cols;
        const row = this.rows++;
        c.index[row] = r.index;
        c.step[row] = r.step;
        c.trial[row] = r.trial ?? 0;
        c.warmup[row] = r.warmup ? 1 : 0;
        c.sendMs[row] = r.send_ms;
        c.ttftMs[row] = orNaN(r.ttft_ms);
        c.firstChoiceMs[row] = orNaN(r.first_choice_ms);
        c.e2elMs[row] = orNaN(r.e2el_ms);
        c.closeMs[row] = orNaN(r.close_ms);
        c.promptTokens[row] = orNaN(r.prompt_tokens);
        c.outputTokens[row] = orNaN(r.output_tokens);
        c.outputEstimated[row] = r.output_tokens_estimated ? 1 : 0;
        c.retries[row] = r.retries;
        c.errorKind[row] = r.error === null ? 0 : (KIND_CODE.get(r.error.kind) ?? KIND_CODE.get('other'));
        const times = r.text_event_ms;
        while (this.events + times.length > this.eventCapacity)
            this.growEvents(this.eventCapacity * 2);
        for (let i = 0; i < times.length; i++)
            this.eventData[this.events++] = times[i];
        c.eventStart[row + 1] = this.events;
    }
    grow(capacity) {
        const next = RequestColumnsBuilder.allocate(capacity);
        for (const key of Object.keys(next))
            next[key].set(this.cols[key]);
        this.cols = next;
        this.capacity = capacity;
    }
    growEvents(capacity) {
        this.eventData = (0,_util_typed_array_js__WEBPACK_IMPORTED_MODULE_1__/* .grownTo */ .p)(this.eventData, capacity, this.events);
        this.eventCapacity = capacity;
    }
    /** The columns, each cut to its length (cutTo: a view when nearly full, else a copy that frees the spare room). */
    build(source) {
        const n = this.rows;
        const cut = Object.fromEntries(Object.entries(this.cols).map(([key, col]) => [key, cutTo(col, key === 'eventStart' ? n + 1 : n)]));
        return { ...cut, length: n, events: cutTo(this.eventData, this.events), source };
    }
}
/**
 * The first `used` entries of a column. Three quarters full or more, a view over it: a copy would hold the
 * column twice while it is made (at a million requests, ~230 MB of columns become ~460 MB for a moment), to
 * free at most a quarter. Less full (a short run in a large first allocation), a copy.
 */
function cutTo(column, used) {
    return (used * 4 >= column.length * 3 ? column.subarray(0, used) : column.slice(0, used));
}
/** Columns over records already in memory (tests, a baseline's overlay): the source hands back the records. */
function columnsFromRecords(records) {
    const builder = new RequestColumnsBuilder(records.length);
    for (const record of records)
        builder.add(record);
    return builder.build({ open: () => ({ record: (row) => records[row], close: () => { } }) });
}
/** Every row's whole record, read back through the source: for the few consumers that need all of them at once. */
function readAllRecords(columns) {
    const reader = columns.source.open();
    try {
        return Array.from({ length: columns.length }, (_, row) => reader.record(row));
    }
    finally {
        reader.close();
    }
}
/**
 * Every row's record, read back whole from requests.jsonl a line at a time on each walk (the certification
 * criteria walk twice): one record is alive at a time, where readAllRecords holds them all.
 */
function recordsOnEachWalk(columns) {
    return { [Symbol.iterator]: () => eachRecord(columns) };
}
/**
 * Every row as a record, for a consumer that walks records once (the run's failure rule): a failed row's
 * record is read back whole (its id and message are the strings such a consumer reads), a completed row's
 * is built from its numbers with its strings left empty. One record is alive at a time.
 */
function* recordsForCounting(columns) {
    const reader = columns.source.open();
    try {
        for (let r = 0; r < columns.length; r++)
            yield columns.errorKind[r] === 0 ? numbersOnlyRecord(columns, r) : reader.record(r);
    }
    finally {
        reader.close();
    }
}
/** Row r's record from its numbers alone: id, text and finish reason empty, no error kept. */
function numbersOnlyRecord(columns, r) {
    return {
        id: '', index: columns.index[r], warmup: columns.warmup[r] === 1, step: columns.step[r], trial: columns.trial[r], send_ms: columns.sendMs[r],
        ttft_ms: orNull(columns.ttftMs[r]), first_choice_ms: orNull(columns.firstChoiceMs[r]), e2el_ms: orNull(columns.e2elMs[r]), close_ms: orNull(columns.closeMs[r]),
        text_event_ms: Array.from(columns.events.subarray(columns.eventStart[r], columns.eventStart[r + 1])),
        prompt_tokens: orNull(columns.promptTokens[r]), output_tokens: orNull(columns.outputTokens[r]), output_tokens_estimated: columns.outputEstimated[r] === 1,
        finish_reason: null, text: '', retries: columns.retries[r], error: null,
    };
}
function asColumns(requests) {
    return Array.isArray(requests) ? columnsFromRecords(requests) : requests;
}
/** Every row's whole record in order, read back one at a time (one alive at a time): for a single walk. */
function* eachRecord(columns) {
    const reader = columns.source.open();
    try {
        for (let r = 0; r < columns.length; r++)
            yield reader.record(r);
    }
    finally {
        reader.close();
    }
}


/***/ }),

/***/ 15647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ FAILURE_KINDS)
/* harmony export */ });
/** Why a request failed: the one list, which the load counts by and the requests.jsonl reader checks against. */
const FAILURE_KINDS = [
    'http_status', 'connection_reset', 'connection_refused', 'timeout', 'malformed_event', 'no_text', 'server_error_event', 'aborted', 'other',
];


/***/ }),

/***/ 72993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readRequestColumns),
/* harmony export */   o: () => (/* binding */ readRequestColumnsSync)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_typed_array_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76476);
/* harmony import */ var _request_columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38499);
/* harmony import */ var _requests_jsonl_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56011);
/**
 * requests.jsonl read into typed columns (request-columns.ts) in one streaming pass of the one reader
 * (requests-jsonl-reader.ts): each line is checked and parsed as every reader does, its numbers copied
 * into the columns, and the record dropped; where its line lies is kept (8 + 4 bytes) so a consumer that
 * needs a row's strings (the generated text of a prediction, an error message, an id) reads that one line
 * back. Memory after the read is the columns', not the records'.
 */






/** The columns of every record of `file`, the event loop given a turn after each 1 MiB chunk. */
async function readRequestColumns(file, options = {}, onRecord) {
    const reading = startColumns(file, options, onRecord);
    // Each record goes into the columns as its line is parsed; the chunks come out empty.
    for (const _chunk of reading.chunks)
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setImmediate)();
    return reading.result();
}
/** The same pass, synchronously (for callers that cannot wait: `infergate report`). */
function readRequestColumnsSync(file, options = {}) {
    const reading = startColumns(file, options);
    for (const _chunk of reading.chunks)
        ;
    return reading.result();
}
function startColumns(file, options, onRecord) {
    const builder = new _request_columns_js__WEBPACK_IMPORTED_MODULE_3__/* .RequestColumnsBuilder */ .w9(4096);
    let row = 0;
    const lines = new LinePositions();
    let truncated = false;
    const chunks = (0,_requests_jsonl_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .recordsByChunk */ .NI)(file, { ...options, onTruncatedTail: () => ((truncated = true), options.onTruncatedTail?.()) }, (record, start, bytes) => {
        builder.add(record);
        lines.add(start, bytes);
        onRecord?.(record, row++);
    });
    return { chunks, result: () => ({ columns: builder.build(lines.source(file)), truncated_tail: truncated }) };
}
/** Where each kept line lies in the file: offset and length, grown by doubling. */
class LinePositions {
    starts = new Float64Array(4096);
    lengths = new Uint32Array(4096);
    n = 0;
    add(start, bytes) {
        if (this.n === this.starts.length) {
            this.starts = (0,_util_typed_array_js__WEBPACK_IMPORTED_MODULE_5__/* .grownTo */ .p)(this.starts, this.n * 2);
            this.lengths = (0,_util_typed_array_js__WEBPACK_IMPORTED_MODULE_5__/* .grownTo */ .p)(this.lengths, this.n * 2);
        }
        this.starts[this.n] = start;
        this.lengths[this.n++] = bytes;
    }
    source(file) {
        const starts = this.starts.slice(0, this.n);
        const lengths = this.lengths.slice(0, this.n);
        return { open: () => lineReader(file, starts, lengths) };
    }
}
/**
 * Reads row `r`'s line back and parses it. The line was checked when the columns were read; a file
 * changed since (it is the run's own, but a user may touch it) is an InputError naming the line's offset.
 */
function lineReader(file, starts, lengths) {
    const fd = (0,_requests_jsonl_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(file);
    let buffer = Buffer.allocUnsafe(4096);
    return {
        record(row) {
            const bytes = lengths[row];
            if (buffer.length < bytes)
                buffer = Buffer.allocUnsafe(bytes * 2);
            let got;
            try {
                got = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buffer, 0, bytes, starts[row]);
            }
            catch (err) {
                throw (0,_requests_jsonl_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .cannotRead */ .U0)(file, err);
            }
            const text = buffer.toString('utf8', 0, got);
            try {
                return JSON.parse(text.endsWith('\r') ? text.slice(0, -1) : text);
            }
            catch {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .located */ .t4)(file, undefined, `the record at byte ${starts[row]} changed after it was read.`));
            }
        },
        close: () => node_fs__WEBPACK_IMPORTED_MODULE_1___default().closeSync(fd),
    };
}


/***/ }),

/***/ 56011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ readRequestsJsonl),
/* harmony export */   NI: () => (/* binding */ recordsByChunk),
/* harmony export */   U0: () => (/* binding */ cannotRead),
/* harmony export */   ZU: () => (/* binding */ openRegularFile)
/* harmony export */ });
/* unused harmony exports recordProblem, parseRequestsJsonl, requestRecords, readRequestsJsonlAsync */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88253);
/* harmony import */ var _request_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15647);
/**
 * The one reader of requests.jsonl: the pipeline's read-back after the load, `infergate report` on a run
 * folder and a baseline's overlay all go through it. Each line's shape is checked; a bad line is an
 * InputError naming the file and line. A last line cut short without its newline (the process died
 * mid-write) is reported as such, or skipped and flagged when the caller allows it.
 *
 * `requestRecords` is the reader: one streaming pass, a record at a time, the file read 1 MiB at a time
 * and never held whole, the event loop given a turn after each chunk. The other entries collect the
 * same pass: `readRequestsJsonlAsync`, `readRequestsJsonl` (synchronous), `parseRequestsJsonl` (text
 * already in memory); `readRequestColumns` (requests-jsonl-columns.ts: the pipeline and `infergate report`)
 * keeps typed columns and where each line lies instead of the records. A run parses the file once (test/run-folder/parsed-once.test.ts).
 */





const KINDS = new Set(_request_record_js__WEBPACK_IMPORTED_MODULE_4__/* .FAILURE_KINDS */ .B);
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v) => v === null || isNum(v);
/** Returns the name of the first field that does not fit the record contract, or null. */
function recordProblem(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return 'the line is not a JSON object';
    const r = v;
    if (typeof r.id !== 'string')
        return 'id must be a string';
    if (!Number.isInteger(r.index))
        return 'index must be an integer';
    if (typeof r.warmup !== 'boolean')
        return 'warmup must be true or false';
    if (!Number.isInteger(r.step))
        return 'step must be an integer';
    if (!isNum(r.send_ms))
        return 'send_ms must be a number';
    for (const k of ['ttft_ms', 'first_choice_ms', 'e2el_ms', 'close_ms', 'prompt_tokens', 'output_tokens']) {
        if (!isNumOrNull(r[k]))
            return `${k} must be a number or null`;
    }
    if (!Array.isArray(r.text_event_ms) || !r.text_event_ms.every(isNum))
        return 'text_event_ms must be an array of numbers';
    if (typeof r.output_tokens_estimated !== 'boolean')
        return 'output_tokens_estimated must be true or false';
    if (!(r.finish_reason === null || typeof r.finish_reason === 'string'))
        return 'finish_reason must be a string or null';
    if (typeof r.text !== 'string')
        return 'text must be a string';
    if (!Number.isInteger(r.retries))
        return 'retries must be an integer';
    if (r.error !== null) {
        if (typeof r.error !== 'object' || Array.isArray(r.error))
            return 'error must be an object or null';
        const e = r.error;
        if (!KINDS.has(e.kind))
            return `error.kind "${String(e.kind)}" is not a known failure kind`;
        if (typeof e.message !== 'string')
            return 'error.message must be a string';
    }
    return null;
}
/** Checks and parses one line (1-based `lineNo`); `isCutTail` marks a last line with no newline after it. */
function parseLine(raw, lineNo, isCutTail, file, options) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim().length === 0)
        return 'skip';
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        if (isCutTail) {
            if (options.allowTruncatedTail)
                return 'cut';
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .located */ .t4)(file, lineNo, 'the last line is cut short (the run stopped while writing it).'));
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .located */ .t4)(file, lineNo, 'the line is not valid JSON.'));
    }
    const problem = recordProblem(value);
    if (problem)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .located */ .t4)(file, lineNo, `${problem}.`));
    return value;
}
/** requests.jsonl's text already in memory (a leading byte-order mark is dropped). */
function parseRequestsJsonl(text, file, options = {}) {
    const records = [];
    const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
    const endsClean = text.length === 0 || text.endsWith('\n');
    let truncated = false;
    for (let i = 0; i < lines.length; i++) {
        const parsed = parseLine(lines[i], i + 1, i === lines.length - 1 && !endsClean, file, options);
        if (parsed === 'cut')
            truncated = true;
        else if (parsed !== 'skip')
            records.push(parsed);
    }
    return { records, truncated_tail: truncated };
}
/** Bytes read at a time: the file (110 MB for 100,000 requests) is never held whole. */
const READ_CHUNK = 1 << 20;
/**
 * The reader: every record of the file in order, one pass. A consumer that keeps only what it needs
 * keeps memory bounded; a signal is handled between chunks, not after the whole file.
 */
async function* requestRecords(file, options = {}) {
    for (const chunk of recordsByChunk(file, options)) {
        yield* chunk;
        await nextTurn();
    }
}
/**
 * All records, read in the same pass and chunks as `requestRecords`, the event loop given a turn after
 * each chunk. It collects a chunk at a time rather than awaiting each record: 100,000 awaits would
 * cost the run's read-back about a second.
 */
async function readRequestsJsonlAsync(file, options = {}) {
    const result = { records: [], truncated_tail: false };
    for (const chunk of recordsByChunk(file, withTailFlag(options, result))) {
        result.records.push(...chunk);
        await nextTurn();
    }
    return result;
}
/** All records, read synchronously in the same chunks (for callers that cannot wait: `infergate report`). */
function readRequestsJsonl(file, options = {}) {
    const result = { records: [], truncated_tail: false };
    for (const chunk of recordsByChunk(file, withTailFlag(options, result)))
        result.records.push(...chunk);
    return result;
}
function withTailFlag(options, result) {
    return {
        ...options,
        onTruncatedTail: () => {
            result.truncated_tail = true;
            options.onTruncatedTail?.();
        },
    };
}
/**
 * The reading loop: yields the records of each 1 MiB chunk (and closes the file when drained or failed).
 * Lines are cut at the newline byte before decoding, which is safe in UTF-8 (0x0A never occurs inside a
 * multi-byte character); each line's bytes are checked to be UTF-8 before they are decoded.
 */
function* recordsByChunk(file, options, sink) {
    const fd = openRegularFile(file);
    let lineNo = 0;
    // The file offset of the line being parsed: where a consumer can read its record back (readLineRecord).
    let lineStart = 0;
    const parseBytes = (bytes, isCutTail) => {
        lineNo += 1;
        const bom = lineNo === 1 && (0,_util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .hasBom */ .BH)(bytes) ? _util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .UTF8_BOM */ .hD.length : 0;
        const body = bom > 0 ? bytes.subarray(bom) : bytes;
        // A line cut short may end inside a character: it is judged as cut first, any other line as text.
        const bad = (0,_util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .firstInvalidUtf8 */ .vE)(body);
        if (bad >= 0 && !isCutTail)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .notUtf8Message */ .Uj)(file, body, bad, lineNo));
        const parsed = parseLine(body.toString('utf8'), lineNo, isCutTail, file, options);
        if (bad >= 0 && parsed !== 'cut')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .notUtf8Message */ .Uj)(file, body, bad, lineNo));
        if (parsed === 'cut')
            options.onTruncatedTail?.();
        if (parsed === 'skip' || parsed === 'cut')
            return null;
        if (!sink)
            return parsed;
        sink(parsed, lineStart + bom, body.length);
        return null;
    };
    try {
        const buf = Buffer.allocUnsafe(READ_CHUNK);
        let pending = [];
        let consumed = 0;
        for (let n = readChunk(fd, buf, file); n > 0; n = readChunk(fd, buf, file)) {
            const records = [];
            let start = 0;
            for (let nl = buf.indexOf(10, 0); nl >= 0 && nl < n; nl = buf.indexOf(10, start)) {
                const piece = buf.subarray(start, nl);
                const record = parseBytes(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece, false);
                pending = [];
                if (record)
                    records.push(record);
                lineStart = consumed + nl + 1;
                start = nl + 1;
            }
            if (start < n)
                pending.push(Buffer.from(buf.subarray(start, n)));
            consumed += n;
            yield records;
        }
        const tail = pending.length > 0 ? parseBytes(Buffer.concat(pending), true) : null;
        if (tail)
            yield [tail];
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().closeSync(fd);
    }
}
function cannotRead(file, err) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .located */ .t4)(file, undefined, `cannot read the requests log (${err.code ?? 'error'}).`));
}
/** Opens the file; a device or pipe may never end (a link to /dev/zero or /dev/full reads zeros forever). */
function openRegularFile(file) {
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_1___default().openSync(file, 'r');
    }
    catch (err) {
        throw cannotRead(file, err);
    }
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1___default().fstatSync(fd).isFile()) {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().closeSync(fd);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .located */ .t4)(file, undefined, 'the requests log is not a regular file.'));
    }
    return fd;
}
function readChunk(fd, buf, file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buf, 0, READ_CHUNK, null);
    }
    catch (err) {
        throw cannotRead(file, err);
    }
}


/***/ }),

/***/ 99258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ RESULTS_SCHEMA),
/* harmony export */   q: () => (/* binding */ RESULTS_SCHEMA_VERSION)
/* harmony export */ });
/**
 * results.json: the unit everything after the run reads (gate, reports, exports). Versioned: a reader
 * refuses a schema_version it does not know. See docs/results.md for every field.
 */
const RESULTS_SCHEMA = 'infergate/results';
const RESULTS_SCHEMA_VERSION = 1;


/***/ }),

/***/ 51207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ SEED_FIGURES)
/* harmony export */ });
/** The seed's lines in the seed's order; docs/metrics.md ("Console lines") states the same precisions. */
const SEED_FIGURES = [
    { name: 'TTFT', key: 'ttft_ms_mean', scale: 1 / 1000, precision: { decimals: 4 }, label: 'TTFT (mean)', output: 'ttft' },
    { name: 'Throughput', key: 'throughput_rps', scale: 1, precision: { decimals: 3 }, label: 'Throughput', output: 'throughput' },
    { name: 'Tps', key: 'output_tps', scale: 1, precision: { decimals: 1 }, label: 'Output tokens/s', output: 'tps' },
    { name: 'Time', key: 'duration_s', scale: 1, precision: { decimals: 2 }, label: 'Duration', output: 'time' },
    { name: 'MFU', key: 'mfu', scale: 1, precision: { significant: 3 }, label: 'MFU', output: 'mfu' },
    { name: 'ROUGE1', key: 'rouge1', scale: 1, precision: { decimals: 4 }, label: 'ROUGE-1 F', output: 'rouge1' },
    { name: 'ROUGE2', key: 'rouge2', scale: 1, precision: { decimals: 4 }, label: 'ROUGE-2 F', output: 'rouge2' },
    { name: 'ROUGEL', key: 'rougeL', scale: 1, precision: { decimals: 4 }, label: 'ROUGE-L F' },
];


/***/ }),

/***/ 95105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   xH: () => (/* binding */ writeChunksAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Writes a file so that a reader (or a crash at any point) sees either the previous file or the whole new
 * one: write a temporary sibling, flush it to disk, then rename over the target.
 */
function writeFileAtomic(path, content) {
    writeThroughTemporary(path, (fd) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content));
}
/**
 * writeFileAtomic for content given a piece at a time (the lines of a large JSONL file): pieces are
 * written in batches of about 64 KiB, so the whole text is never held at once, and a batch's pieces die
 * young (a larger batch outlives the young generation's passes and its pieces are promoted).
 */
const BATCH_CHARS = 1 << 16;
function writeChunksAtomic(path, pieces) {
    writeThroughTemporary(path, (fd) => {
        let batch = [];
        let size = 0;
        for (const piece of pieces) {
            batch.push(piece);
            size += piece.length;
            if (size < BATCH_CHARS)
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, batch.join(''));
            batch = [];
            size = 0;
        }
        if (batch.length > 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, batch.join(''));
    });
}
function writeJsonAtomic(path, value) {
    writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
/** The temporary sibling, flushed and renamed over `path`; removed again when any step fails. */
function writeThroughTemporary(path, write) {
    const temp = `${path}.${process.pid}.tmp`;
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temp, 'w');
        try {
            write(fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 24899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ specialKind),
/* harmony export */   Iy: () => (/* binding */ refuseSpecialFile),
/* harmony export */   N4: () => (/* binding */ unreachableReason)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/**
 * What a path in the data is, when it is not a regular file or a folder. Opening a named pipe blocks until
 * a writer comes (for ever, in CI), a socket or device cannot be read as data, and a link loop never
 * resolves: each is refused by its type before anything opens it.
 */
function specialKind(stats) {
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    return null;
}
/** The sentence for a path whose stat failed: a link loop, a broken link, a missing path. */
function unreachableReason(error) {
    const code = error.code;
    switch (code) {
        case 'ELOOP':
            return 'a symbolic link loop (the link leads back to itself)';
        case 'ENOENT':
            return 'no such file or folder';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOTDIR':
            return 'a path through something that is not a folder';
        default:
            return `cannot be read (${code ?? String(error)})`;
    }
}
/**
 * Refuses a path that is a pipe, socket or device before it is read: reading a named pipe blocks until
 * a writer comes. A path that cannot be stat'ed is left to the read, which reports it.
 */
function refuseSpecialFile(path, what) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        return;
    }
    const special = specialKind(stats);
    if (special !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${path}: the ${what} is ${special}, not a regular file`);
}


/***/ }),

/***/ 87142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseJsonlObject),
/* harmony export */   y: () => (/* binding */ parseJsonlObjects)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * Parses JSON Lines text: every non-blank line must be a JSON object, handed to `parse`, which may throw a
 * plain message. Any problem becomes one InputError naming the file and the line; `wording` names, for the
 * reader, what the file holds when a line is not JSON or not an object.
 */
function parseJsonlObjects(text, file, parse, wording = {}) {
    const out = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() !== '')
            out.push(parseJsonlObject(line, i + 1, file, parse, wording));
    });
    return out;
}
/** One non-blank line of parseJsonlObjects (line `lineNumber` of `file`), for a reader that goes a line at a time. */
function parseJsonlObject(line, lineNumber, file, parse, wording = {}) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, lineNumber, wording.notJson ?? 'this line is not valid JSON'));
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, lineNumber, wording.notObject ?? 'each line must be a JSON object'));
    }
    try {
        return parse(value);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, lineNumber, error instanceof Error ? error.message : String(error)));
    }
}


/***/ }),

/***/ 45201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ unreadableFileMessage),
/* harmony export */   _: () => (/* binding */ readFileOrFail)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/** The sentence for a file that could not be opened or read: "<path>: <missing>" or "<path>: cannot read <what> (<errno>)". */
function unreadableFileMessage(path, error, wording) {
    const code = error.code;
    if (code === 'ENOENT' && wording.missing !== undefined)
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(path, undefined, wording.missing);
    const reason = code === undefined ? String(error) : `${code}${ERRNO_WORDS[code] ? `: ${ERRNO_WORDS[code]}` : ''}`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(path, undefined, `cannot read ${wording.what} (${reason})`);
}
/** Plain words for the errors a person can fix by looking at the path. */
const ERRNO_WORDS = {
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
};
/** Reads a whole file; a failure is one InputError naming the file (unreadableFileMessage), never a stack trace. */
function readFileOrFail(path, wording) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(unreadableFileMessage(path, error, wording));
    }
}


/***/ }),

/***/ 91664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ seededUniform)
/* harmony export */ });
/**
 * mulberry32: a small, fast, seedable 32-bit generator, uniform in [0, 1). Same seed, same sequence: the
 * open-loop arrival schedule and the change-point permutation test are reproducible from their seed.
 */
function seededUniform(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ }),

/***/ 76476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ grownTo)
/* harmony export */ });
/** A typed array of the same kind with room for `capacity` elements, holding the first `used` of `array`. */
function grownTo(array, capacity, used = array.length) {
    const next = new array.constructor(capacity);
    next.set(array.subarray(0, used));
    return next;
}


/***/ }),

/***/ 88253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ decodeUtf8Text),
/* harmony export */   BH: () => (/* binding */ hasBom),
/* harmony export */   Dn: () => (/* binding */ countNewlines),
/* harmony export */   Uj: () => (/* binding */ notUtf8Message),
/* harmony export */   XR: () => (/* binding */ checkedUtf8Body),
/* harmony export */   hD: () => (/* binding */ UTF8_BOM),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/**
 * Text files are UTF-8. Decoding anything else with Node's 'utf8' turns each stray byte into U+FFFD
 * without a word (a Latin-1 CSV is then scored as mojibake), so readers check the bytes first and name
 * the line of the first byte that is not UTF-8. A leading byte-order mark is dropped by every reader.
 */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1 (RFC 3629). */
function firstInvalidUtf8(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return -1;
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        if (length === 0)
            return i;
        i += length;
    }
    return -1;
}
/** Length of the well-formed sequence starting at `i`, or 0 when it is not one (or is cut short). */
function sequenceLength(bytes, i) {
    const lead = bytes[i];
    if (lead < 0x80)
        return 1;
    // Second-byte ranges exclude overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    let length;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead === 0xe0)
            low = 0xa0;
        if (lead === 0xed)
            high = 0x9f;
    }
    else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead === 0xf0)
            low = 0x90;
        if (lead === 0xf4)
            high = 0x8f;
    }
    else
        return 0;
    if (i + length > bytes.length)
        return 0;
    const second = bytes[i + 1];
    if (second < low || second > high)
        return 0;
    for (let k = 2; k < length; k++) {
        const next = bytes[i + k];
        if (next < 0x80 || next > 0xbf)
            return 0;
    }
    return length;
}
/** Number of "\n" bytes in bytes[from, to). */
function countNewlines(bytes, from = 0, to = bytes.length) {
    let count = 0;
    // indexOf searches natively: a loop over every byte cost 3 % of reading a 100,000-row data file.
    for (let at = bytes.indexOf(0x0a, from); at !== -1 && at < to; at = bytes.indexOf(0x0a, at + 1))
        count++;
    return count;
}
/**
 * The sentence for a byte that is not UTF-8 at `offset` of `bytes`, whose first byte is on line
 * `firstLine`: the file, line and column (in bytes), and what to do about it.
 */
function notUtf8Message(file, bytes, offset, firstLine = 1) {
    const line = firstLine + countNewlines(bytes, 0, offset);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const byte = bytes[offset];
    const what = byte === undefined ? 'the file ends inside a multi-byte character' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at column ${offset - lineStart + 1}`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(file, line, `not UTF-8 text (${what}); save the file as UTF-8 (it may be Latin-1 or Windows-1252)`);
}
/** Decodes a whole file's bytes as UTF-8 without its BOM; InputError naming the line otherwise. */
function decodeUtf8Text(bytes, file) {
    return checkedUtf8Body(bytes, file).toString('utf8');
}
/**
 * The file's bytes past a BOM, checked to be UTF-8 (an InputError naming the file and line otherwise):
 * for a reader that decodes them a line at a time rather than whole (decodeUtf8Text).
 */
function checkedUtf8Body(bytes, file) {
    const body = bytes.subarray(hasBom(bytes) ? UTF8_BOM.length : 0);
    const bad = firstInvalidUtf8(body);
    if (bad >= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(notUtf8Message(file, body, bad));
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
function hasBom(bytes) {
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}


/***/ }),

/***/ 85445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ assertBoundedYaml)
/* harmony export */ });
/* unused harmony export MAX_YAML_VALUES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * YAML aliases (`*name`) make a parsed document a graph: js-yaml shares one object per anchor, so a few
 * kilobytes of nested aliases (an "alias bomb") load in a millisecond but stand for billions of values,
 * and every later step that walks the document (validation, merging, JSON encoding of a request body)
 * expands them, for minutes and gigabytes, with the event loop blocked. A self-referencing anchor
 * (`a: &a [*a]`) never ends at all. This counts the values the document stands for, each shared node
 * measured once, and refuses it beyond a bound no configuration file comes near.
 */
const MAX_YAML_VALUES = 100_000;
/** Refuses a parsed YAML document that expands to more than MAX_YAML_VALUES values or refers to itself. */
function assertBoundedYaml(document, file) {
    const sizes = new Map();
    const open = new Set();
    const sizeOf = (node, path) => {
        if (typeof node !== 'object' || node === null)
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        if (open.has(node))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, undefined, `${where(path)} refers to itself through a YAML alias`));
        open.add(node);
        let total = 1;
        const children = Array.isArray(node)
            ? node.map((child, i) => [`${path}[${i}]`, child])
            : Object.entries(node).map(([key, child]) => [path === '' ? key : `${path}.${key}`, child]);
        for (const [childPath, child] of children) {
            total += sizeOf(child, childPath);
            if (total > MAX_YAML_VALUES) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, undefined, `${where(path)} expands to more than ${MAX_YAML_VALUES} values through YAML aliases (an alias bomb?); write the values out or use fewer aliases`));
            }
        }
        open.delete(node);
        sizes.set(node, total);
        return total;
    };
    sizeOf(document, '');
}
function where(path) {
    return path === '' ? 'the document' : `key ${path}`;
}


/***/ })

};
