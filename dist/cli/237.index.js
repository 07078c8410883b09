export const id = 237;
export const ids = [237];
export const modules = {

/***/ 54793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ readNoiseProfile),
/* harmony export */   Ed: () => (/* binding */ buildNoiseProfile),
/* harmony export */   IE: () => (/* binding */ profileMismatch),
/* harmony export */   jW: () => (/* binding */ parseNoiseProfile),
/* harmony export */   v8: () => (/* binding */ MIN_CALIBRATION_RUNS),
/* harmony export */   xd: () => (/* binding */ writeNoiseProfile)
/* harmony export */ });
/* unused harmony exports NOISE_PROFILE_SCHEMA, NOISE_PROFILE_SCHEMA_VERSION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95105);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21295);
/* harmony import */ var _util_json_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80019);
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72296);






/**
 * A noise profile: how much each metric moves from one run to the next on one environment, measured by
 * `infergate calibrate` (k runs of the same configuration), keyed by the environment fingerprint. The gate
 * uses it as the between-run noise of a comparison on the same fingerprint (docs/gate.md, "Calibration").
 */
const NOISE_PROFILE_SCHEMA = 'infergate/noise-profile';
const NOISE_PROFILE_SCHEMA_VERSION = 1;
const profileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(NOISE_PROFILE_SCHEMA),
    schema_version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(NOISE_PROFILE_SCHEMA_VERSION),
    created_at: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* ["null"] */ .chJ()])),
    runs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(2),
    run_ids: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    /** Per metric: robust SD of ln(value) over the runs, and the median value (for the report). */
    metrics: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ sd_log: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative().finite(), median: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().finite() }).strict()),
})
    .strict();
/** Minimum runs for a profile: the MAD of fewer than five values is too rough to stand for a runner's noise. */
const MIN_CALIBRATION_RUNS = 5;
/** The profile of k completed runs of one configuration; every run must share the first one's fingerprint. */
function buildNoiseProfile(runs, createdAt) {
    if (runs.length < MIN_CALIBRATION_RUNS)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`calibration needs at least ${MIN_CALIBRATION_RUNS} completed runs, got ${runs.length}`);
    const fingerprint = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintOf */ .ax)(runs[0].environment);
    for (const run of runs) {
        const differences = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintDifferences */ .$x)(fingerprint, (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintOf */ .ax)(run.environment));
        if (differences.length > 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`calibration run ${run.run_id}: its environment fingerprint differs from the first run's in ${differences.map((d) => d.field).join(', ')}`);
    }
    const metrics = {};
    for (const name of Object.keys(runs[0].headline)) {
        const values = runs.map((r) => r.headline[name]);
        if (!values.every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0))
            continue;
        metrics[name] = { sd_log: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_5__/* .robustSd */ .LA)(values.map(Math.log)), median: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_5__/* .median */ .JZ)(values) };
    }
    return {
        schema: NOISE_PROFILE_SCHEMA,
        schema_version: NOISE_PROFILE_SCHEMA_VERSION,
        created_at: createdAt.toISOString(),
        fingerprint: fingerprint,
        runs: runs.length,
        run_ids: runs.map((r) => r.run_id),
        metrics,
    };
}
function writeNoiseProfile(path, profile) {
    (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeJsonAtomic */ .ZJ)(path, profile);
}
/** Reads and checks a noise profile file; bad input names the file and key (exit 2). */
function readNoiseProfile(path) {
    return checkNoiseProfile((0,_util_json_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readJsonFile */ .J)(path), path);
}
/** Checks a noise profile's text read from elsewhere (a file at a trusted commit); `name` says where in errors. */
function parseNoiseProfile(text, name) {
    return checkNoiseProfile((0,_util_json_file_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .l)(text, name), name);
}
function checkNoiseProfile(raw, name) {
    if (raw === null || typeof raw !== 'object' || raw.schema !== NOISE_PROFILE_SCHEMA) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(name, undefined, `not an infergate noise profile (expected schema "${NOISE_PROFILE_SCHEMA}")`));
    }
    const parsed = profileSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(name, undefined, `key ${issue.path.length > 0 ? issue.path.join('.') : '(document)'}: ${issue.message}`));
    }
    return parsed.data;
}
/** Fingerprint fields where the profile's environment differs from the run's (empty: the profile applies). */
function profileMismatch(profile, current, ignore) {
    return (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintDifferences */ .$x)(profile.fingerprint, current, ignore).map((d) => d.field);
}


/***/ }),

/***/ 76237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decideGate: () => (/* binding */ decideGate),
  gateReferenceFromFiles: () => (/* binding */ gateReferenceFromFiles),
  publishForkComment: () => (/* binding */ publishForkComment),
  readGateFiles: () => (/* binding */ readGateFiles),
  runGateStep: () => (/* binding */ runGateStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/run-folder/layout.ts
var layout = __webpack_require__(87460);
// EXTERNAL MODULE: ./src/run-folder/requests-jsonl-reader.ts
var requests_jsonl_reader = __webpack_require__(56011);
// EXTERNAL MODULE: ./src/run-folder/predictions-file.ts
var predictions_file = __webpack_require__(77505);
// EXTERNAL MODULE: ./src/gate/quality-verdict.ts + 4 modules
var quality_verdict = __webpack_require__(94697);
// EXTERNAL MODULE: ./src/gate/greedy-decoding.ts
var greedy_decoding = __webpack_require__(4653);
// EXTERNAL MODULE: ./src/run-folder/results-file.ts
var results_file = __webpack_require__(69817);
;// CONCATENATED MODULE: ./src/gate/baseline-predictions.ts








/**
 * Where the predictions of a results file live: predictions.jsonl in the same run folder for a
 * results.json, `<name>.predictions.jsonl` beside any other name (a committed baseline file such as
 * baselines/main.json keeps its predictions in baselines/main.predictions.jsonl).
 */
function predictionsBeside(resultsPath) {
    const name = (0,external_node_path_.basename)(resultsPath);
    if (name === layout/* RUN_FILES */.al.results)
        return (0,external_node_path_.join)((0,external_node_path_.dirname)(resultsPath), layout/* RUN_FILES */.al.predictions);
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(resultsPath), `${name.replace(/\.json$/, '')}.predictions.jsonl`);
}
/** The baseline's predictions file when there is one to read, else undefined. */
function baselinePredictionsFor(resultsPath) {
    const path = predictionsBeside(resultsPath);
    return (0,external_node_fs_.existsSync)(path) ? path : undefined;
}
/**
 * Adds paired ROUGE, output integrity and token reconciliation to a comparison when the baseline's
 * predictions reached the gate and the current run's are beside its results; otherwise a notice says why
 * quality was not compared. Only a single baseline run has predictions to pair (a history does not).
 */
function withBaselineQuality(comparison, baseline, currentResultsPath, current = {}) {
    if (baseline.documents.length === 0)
        return comparison;
    const predictions = predictionsBeside(currentResultsPath);
    if (!baseline.predictions || !(0,external_node_fs_.existsSync)(predictions)) {
        const why = baseline.predictions ? `the current run has no ${predictions}` : `the baseline (${baseline.source}) came without its predictions`;
        return { ...comparison, notices: [...comparison.notices, `Quality (paired ROUGE, output integrity) not compared: ${why}.`] };
    }
    const requests = (0,external_node_path_.join)((0,external_node_path_.dirname)(predictions), layout/* RUN_FILES */.al.requests);
    const quality = (0,quality_verdict/* assessQuality */.yK)({
        current: (0,predictions_file/* readPredictionsFile */.jO)(predictions),
        baseline: (0,predictions_file/* readPredictionsFile */.jO)(baseline.predictions),
        currentRecords: current.records ?? ((0,external_node_fs_.existsSync)(requests) ? (0,requests_jsonl_reader/* readRequestsJsonl */.N9)(requests, { allowTruncatedTail: true }).records : null),
        ...(current.settings ? { settings: current.settings } : {}),
        sampling: { current: (0,greedy_decoding/* samplingOf */.v)(current.results ?? (0,results_file/* readResultsFile */.B)(currentResultsPath)), baseline: (0,greedy_decoding/* samplingOf */.v)(baseline.documents[0]) },
    });
    return (0,quality_verdict/* withQuality */.eN)(comparison, quality);
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/json-file.ts
var json_file = __webpack_require__(80019);
;// CONCATENATED MODULE: ./src/gate/baseline-set.ts






const HISTORY_SCHEMA = 'infergate/history';
const HISTORY_SCHEMA_VERSION = 1;
function baselineFromFile(path) {
    const predictions = baselinePredictionsFor(path);
    return { source: `file ${path}`, documents: [(0,results_file/* readResultsFile */.B)(path)], ...(predictions ? { predictions } : {}) };
}
/** Reads a history file and keeps its last `lastN` runs (all when lastN is undefined). */
function baselineFromHistory(path, lastN) {
    const runs = readHistoryRuns(path);
    if (runs.length === 0)
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(path, undefined, 'history file holds no runs'));
    const kept = lastN === undefined ? runs : runs.slice(-lastN);
    return { source: `history ${path}`, documents: kept };
}
/**
 * A baseline file given on the command line: a results.json, or a history file (told apart by its schema).
 * A results file brings the predictions beside it, as the action's baseline file does, so the local gate
 * pairs quality exactly as the action's.
 */
function baselineFromAnyFile(path, lastN) {
    const raw = (0,json_file/* readJsonFile */.J)(path);
    if (raw !== null && typeof raw === 'object' && raw.schema === HISTORY_SCHEMA)
        return baselineFromHistory(path, lastN);
    const predictions = baselinePredictionsFor(path);
    return { source: `file ${path}`, documents: [(0,results_file/* parseResultsDocument */.L)(raw, path)], ...(predictions ? { predictions } : {}) };
}
function readHistoryRuns(path) {
    return historyRunsOf((0,json_file/* readJsonFile */.J)(path), path);
}
function historyRunsOf(value, path) {
    const raw = value;
    if (raw === null || typeof raw !== 'object' || raw.schema !== HISTORY_SCHEMA) {
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(path, undefined, `not an infergate history file (expected schema "${HISTORY_SCHEMA}")`));
    }
    if (raw.schema_version !== HISTORY_SCHEMA_VERSION) {
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(path, undefined, `history schema_version ${JSON.stringify(raw.schema_version)} is not supported (this infergate reads version ${HISTORY_SCHEMA_VERSION})`));
    }
    if (!Array.isArray(raw.runs))
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(path, undefined, 'key runs: expected an array of results documents'));
    return raw.runs.map((run, i) => (0,results_file/* parseResultsDocument */.L)(run, `${path} runs[${i}]`));
}
/**
 * The parts of a results document the gate needs later; the rest (config, detailed metric blocks)
 * is dropped so a history of many runs stays small.
 */
function trimForHistory(doc) {
    return { ...doc, config: {}, metrics: {}, steps: undefined, files: {} };
}
/**
 * Appends a completed run to a history file, keeping the last `keep` runs. Only a run on the default
 * branch may do this: `onDefaultBranch` must be true, so a pull request can never write history.
 */
function appendToHistory(path, current, keep, onDefaultBranch) {
    if (!onDefaultBranch)
        throw new errors/* InputError */.dz(`${path}: history is only written by runs on the default branch, never by pull requests`);
    if (current.status !== 'completed')
        throw new errors/* InputError */.dz(`${path}: run ${current.run_id} did not complete (status ${current.status}), so it is not added to the history`);
    const runs = (0,external_node_fs_.existsSync)(path) ? readHistoryRuns(path) : [];
    runs.push(trimForHistory(current));
    const kept = runs.slice(-keep);
    const file = { schema: HISTORY_SCHEMA, schema_version: HISTORY_SCHEMA_VERSION, runs: kept };
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(file, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(tmp, path);
    return kept.length;
}

// EXTERNAL MODULE: ./src/gate/metric-directions.ts
var metric_directions = __webpack_require__(83178);
;// CONCATENATED MODULE: ./src/gate/gated-metrics.ts

/**
 * A percentile is gated only with at least this many requests above it (p90: 200 requests, p99: 2,000).
 * With 10 above it (the p90 of 100 requests), a stall on three requests moves it, and bench:gate's A/A
 * comparisons raised most of their false alarms on p90s (docs/gate.md).
 */
const MIN_REQUESTS_ABOVE_PERCENTILE = 20;
const GATED_PERCENTILES = new Set([50, 90, 99]);
const RATES = new Set(['throughput_rps', 'output_tps', 'goodput_rps']);
const LEVELS_ONLY = new Set(['failed_requests', 'good_fraction', ...metric_directions/* ROUGE_METRICS */.Dw]);
const LATENCY = /^(ttft_ms|tpot_ms|e2el_ms)_p(\d+(?:_\d+)?)$/;
/** Requests a percentile needs before it is gated: enough that MIN_REQUESTS_ABOVE_PERCENTILE lie above it. */
function minRequestsFor(percentile) {
    return Math.ceil(MIN_REQUESTS_ABOVE_PERCENTILE / (1 - percentile / 100) - 1e-9);
}
/** The role of one metric, given the fewest completed requests among the runs compared. */
function gateRole(name, direction, requests) {
    const latency = LATENCY.exec(name);
    if (latency) {
        const percentile = Number(latency[2].replace('_', '.'));
        if (!GATED_PERCENTILES.has(percentile))
            return { kind: 'reported', why: 'percentiles other than p50, p90 and p99 are reported only' };
        const needed = minRequestsFor(percentile);
        if (requests < needed)
            return { kind: 'reported', why: `p${percentile} is gated from ${needed} requests on (this comparison has ${requests})` };
        return { kind: 'latency', samples: latency[1], percentile, direction: direction === 'neutral' ? 'lower' : direction };
    }
    if (RATES.has(name))
        return { kind: 'rate', direction };
    if (LEVELS_ONLY.has(name))
        return { kind: 'levels' };
    if (direction === 'neutral')
        return { kind: 'reported', why: 'neutral direction: reported, not judged' };
    if (/_mean$/.test(name))
        return { kind: 'reported', why: 'means follow a few slow requests; the median and p90 are gated instead' };
    return { kind: 'reported', why: 'follows a gated metric (throughput, latency percentiles); reported only' };
}

// EXTERNAL MODULE: ./src/metrics/latency/distribution.ts
var distribution = __webpack_require__(15672);
// EXTERNAL MODULE: ./src/util/seeded-random.ts
var seeded_random = __webpack_require__(91664);
// EXTERNAL MODULE: ./src/gate/statistics.ts
var statistics = __webpack_require__(72296);
;// CONCATENATED MODULE: ./src/gate/block-bootstrap.ts



/**
 * Within-run sampling noise of a percentile, by the moving-block bootstrap (Künsch 1989). Requests of one
 * run share the engine's state: a stall, a batch that happened to be full, a slow minute of the runner
 * touches several requests sent close together. Resampling request by request treats them as independent
 * and understates the noise; resampling runs of consecutive requests (in the order they were sent) keeps
 * that dependence inside each block (docs/gate.md, "The change and its noise").
 */
/** Replicates per bootstrap: enough for a standard error within a few percent of its limit. */
const BOOTSTRAP_REPLICATES = 400;
/** Block length for n requests: n^(1/3), the usual order for a variance estimate, at least 2. */
function blockLength(n) {
    return Math.max(2, Math.round(Math.cbrt(n)));
}
/** Variance of ln(percentile p) of `samples` (in send order) over moving-block bootstrap replicates. */
function logPercentileVariance(samples, p, seed, replicates = BOOTSTRAP_REPLICATES) {
    return logStatisticVariance(samples, (sorted) => (0,distribution/* percentileOfSorted */.WB)(sorted, p), seed, replicates);
}
/** The same for the mean (throughput's within-run floor: a closed loop completes c / mean(E2EL) requests a second). */
function logMeanVariance(samples, seed, replicates = BOOTSTRAP_REPLICATES) {
    return logStatisticVariance(samples, (sorted) => sorted.reduce((sum, v) => sum + v, 0) / sorted.length, seed, replicates);
}
/**
 * Variance of ln(statistic) over moving-block bootstrap replicates of `samples` (in send order); the
 * statistic gets each replicate sorted. Seeded: the same run gives the same figure. Samples must be
 * positive (latencies in ms); NaN for fewer than two.
 */
function logStatisticVariance(samples, statistic, seed, replicates) {
    const n = samples.length;
    if (n < 2)
        return Number.NaN;
    const length = Math.min(blockLength(n), n);
    const starts = n - length + 1;
    // Seeded: the same run gives the same figure, so verdicts are reproducible.
    const random = (0,seeded_random/* seededUniform */.L)(seed);
    const replicate = new Float64Array(n);
    const estimates = [];
    for (let b = 0; b < replicates; b++) {
        let filled = 0;
        while (filled < n) {
            const start = Math.floor(random() * starts);
            for (let k = 0; k < length && filled < n; k++)
                replicate[filled++] = samples[start + k];
        }
        replicate.sort();
        estimates.push(Math.log(Math.max(statistic(replicate), Number.MIN_VALUE)));
    }
    return (0,statistics/* sampleVariance */.y4)(estimates);
}

;// CONCATENATED MODULE: ./src/gate/robust-change.ts



function positive(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
// A run's bootstrap is the same every time (seeded by its run id): computed once per run and metric, since a
// history's runs are compared again with every new run (and the bench compares each run hundreds of times).
const withinRunCache = new WeakMap();
/** Within-run variance of ln(metric) from the run's per-request samples; null without them. */
function withinRunVariance(doc, role) {
    const key = role.kind === 'latency' ? `${role.samples}:${role.percentile}` : role.kind;
    let cached = withinRunCache.get(doc);
    if (!cached)
        withinRunCache.set(doc, (cached = new Map()));
    if (!cached.has(key))
        cached.set(key, bootstrapVariance(doc, role));
    return cached.get(key);
}
function bootstrapVariance(doc, role) {
    const samples = doc.request_samples;
    if (!samples)
        return null;
    const seed = (0,statistics/* hashSeed */.kr)(doc.run_id);
    if (role.kind === 'latency') {
        const values = samples[role.samples].filter((v) => v > 0);
        return values.length >= 2 ? logPercentileVariance(values, role.percentile, seed) : null;
    }
    if (role.kind === 'rate')
        return samples.e2el_ms.length >= 2 ? logMeanVariance(samples.e2el_ms.filter((v) => v > 0), seed) : null;
    return null;
}
/** Spread of the baseline runs, when there are enough of them (minHistory), as a between-run noise. */
function historyNoise(logs, minHistory) {
    if (logs.length < minHistory)
        return null;
    return { sdLog: (0,statistics/* robustSd */.LA)(logs), df: logs.length - 1, source: `robust SD (MAD) of ${logs.length} baseline runs` };
}
/** Beyond this many degrees of freedom Student's t is the normal distribution to within the figures printed. */
const MAX_DF = 1000;
/**
 * Welch–Satterthwaite degrees of freedom of the run-to-run variance: the part the block bootstrap explains
 * is known well (hundreds of replicates of hundreds of requests), the excess over it is estimated from only
 * `df` + 1 runs. When the runs spread no more than their sampling explains, the t distribution is the normal
 * one; when the excess dominates, it has the runs' own df, as a prediction interval from k runs would.
 */
function effectiveDf(runVariance, withinVariance, runsDf) {
    const excess = Math.max(0, runVariance - withinVariance);
    if (excess === 0)
        return Infinity;
    return Math.min(MAX_DF, runVariance ** 2 / (excess ** 2 / runsDf));
}
/**
 * Variance of the baseline's median of k runs around the true value: σ²/k for one or two runs (the median
 * is then the mean), (π/2)·σ²/k from three on (the median's large-sample efficiency against the mean).
 */
function medianVariance(variance, k) {
    return (k >= 3 ? Math.PI / 2 : 1) * (variance / k);
}
function robustChange(name, role, baseline, current, between, failPct) {
    const baseValues = baseline.map((d) => d.headline[name]);
    const currentValue = current.headline[name];
    if (!positive(currentValue) || !baseValues.every(positive))
        return null;
    const logs = baseValues.map(Math.log);
    const baseLog = (0,statistics/* median */.JZ)(logs);
    const k = logs.length;
    const withinBase = baseline.map((d) => withinRunVariance(d, role)).filter((v) => v !== null && Number.isFinite(v));
    const withinCurrent = withinRunVariance(current, role);
    const withinFloor = withinBase.length > 0 ? (0,statistics/* median */.JZ)(withinBase) : 0;
    let variance;
    let margin = 0;
    let df = Infinity;
    let noiseSource;
    if (between) {
        const runVariance = Math.max(between.sdLog ** 2, withinFloor);
        variance = Math.max(runVariance, withinCurrent ?? 0) + medianVariance(runVariance, k);
        df = effectiveDf(runVariance, withinFloor, between.df);
        noiseSource = between.source;
    }
    else {
        if (withinCurrent === null || withinBase.length === 0)
            return null;
        variance = withinCurrent + medianVariance(withinFloor, k);
        margin = Math.log(1 + failPct / 100);
        noiseSource = 'within-run sampling only (no history or calibration): tested against the fail level';
    }
    const sd = Math.sqrt(variance);
    const logChange = Math.log(currentValue) - baseLog;
    const adverseSign = -(0,metric_directions/* goodSign */.D9)(role.direction);
    const upperTail = (value) => (sd > 0 ? 1 - (0,statistics/* studentTCdf */.Jt)(value / sd, Math.min(df, MAX_DF)) : value > 0 ? 0 : 1);
    return {
        logChange,
        sd,
        df,
        margin,
        pAdverse: upperTail(adverseSign * logChange - margin),
        pFavourable: upperTail(-adverseSign * logChange - margin),
        baselineValue: Math.exp(baseLog),
        baselineRuns: k,
        noiseSource,
    };
}

// EXTERNAL MODULE: ./src/gate/thresholds-config.ts + 1 modules
var thresholds_config = __webpack_require__(11964);
;// CONCATENATED MODULE: ./src/gate/calibrated-metrics.ts




/** The fewest completed requests among the runs compared: what a percentile's minimum sample size is checked against. */
function fewestRequests(docs) {
    return Math.min(...docs.map((d) => d.request_samples?.ttft_ms.length ?? 0));
}
function betweenRunNoise(name, baseline, profile, minHistory) {
    const calibrated = profile?.metrics[name];
    if (profile && calibrated)
        return { sdLog: calibrated.sd_log, df: profile.runs - 1, source: `calibration profile of ${profile.runs} runs` };
    const logs = baseline.map((d) => d.headline[name]).filter((v) => typeof v === 'number' && v > 0).map(Math.log);
    return historyNoise(logs, minHistory);
}
const fmtPct = (fraction) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)}%`;
function reportedRow(name, threshold, baseline, current, why) {
    const values = baseline.map((d) => d.headline[name]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    const base = values.length === 0 ? null : (0,statistics/* median */.JZ)(values);
    const cur = current.headline[name] ?? null;
    const delta = base === null || cur === null ? null : cur - base;
    const deltaPct = delta === null || base === null ? null : base !== 0 ? (delta / Math.abs(base)) * 100 : delta === 0 ? 0 : Math.sign(delta) * Infinity;
    const missing = base === null || cur === null;
    return {
        name,
        direction: threshold.direction,
        threshold,
        baseline: base,
        current: cur,
        delta,
        delta_pct: deltaPct,
        status: missing ? 'missing' : 'info',
        noise: { method: 'threshold-only', outside: null, baseline_n: values.length, current_n: cur === null ? 0 : 1, detail: why },
        reason: missing ? (base === null ? 'no baseline value' : 'not measured in this run') : `reported, not gated: ${why}`,
    };
}
/** Status of one gated metric from its Bonferroni-adjusted adverse p-value and its levels. */
function gatedStatus(g, adjusted, alpha, family, current) {
    const { change, threshold } = g;
    const fraction = Math.expm1(change.logChange);
    const pastFloor = Math.abs(current - change.baselineValue) > threshold.abs_floor;
    const adverse = change.pAdverse < change.pFavourable;
    const pct = Math.abs(fraction) * 100;
    const p = `p = ${adjusted.toPrecision(2)}, corrected for ${family} gated metrics`;
    // Outside the noise, the levels say how much it matters: past fail fails, past warn warns, below passes.
    if (adverse && adjusted <= alpha && pastFloor) {
        if (change.margin > 0 || pct > threshold.fail_pct)
            return { status: 'fail', reason: `${fmtPct(fraction)} is a regression past the fail level (${threshold.fail_pct}%), outside the noise (${p})` };
        if (pct > threshold.warn_pct)
            return { status: 'warn', reason: `${fmtPct(fraction)} is past the warn level (${threshold.warn_pct}%), outside the noise (${p})` };
        return { status: 'pass', reason: `${fmtPct(fraction)} is outside the noise but within the warn level (${threshold.warn_pct}%)` };
    }
    if (adverse && pastFloor && pct > threshold.fail_pct) {
        return { status: 'inconclusive', reason: `${fmtPct(fraction)} is past the fail level (${threshold.fail_pct}%) but inside the noise: cannot tell (${p})` };
    }
    if (!adverse && pastFloor && pct > threshold.warn_pct && Math.min(1, change.pFavourable * family) <= alpha) {
        return { status: 'improved', reason: `${fmtPct(fraction)} improvement outside the noise` };
    }
    if (!adverse || fraction === 0)
        return { status: 'pass', reason: 'no regression' };
    // The floor decided, whatever the noise said: the reason names it.
    if (!pastFloor)
        return { status: 'pass', reason: `${fmtPct(fraction)}, but the change (${Math.abs(current - change.baselineValue).toPrecision(3)}) is within the absolute floor (${threshold.abs_floor})` };
    // With one baseline and no profile the test was against the fail level, not against no change.
    if (change.margin > 0)
        return { status: 'pass', reason: `${fmtPct(fraction)} is not shown past the fail level (${threshold.fail_pct}%) by one baseline run (${p})` };
    return { status: 'pass', reason: `${fmtPct(fraction)} is inside the noise (${p})` };
}
function gatedRow(g, adjusted, alpha, family, current) {
    const cur = current.headline[g.name];
    const { change } = g;
    // Each end is a one-sided (1 − alpha/m) bound: the end on the bad side lies past the margin exactly when
    // the corrected test rejects, so the interval a reader sees is what decided.
    const z = (0,statistics/* studentTQuantile */.$J)(1 - alpha / family, Math.min(change.df, MAX_DF));
    const changeInterval = { low: Math.expm1(change.logChange - z * change.sd), high: Math.expm1(change.logChange + z * change.sd) };
    // The smallest change the bad way that would be flagged: a rise for lower-is-better, a fall for higher.
    const limitLog = change.margin + z * change.sd;
    const limit = Math.expm1(g.role.direction === 'higher' ? -limitLog : limitLog);
    const { status, reason } = gatedStatus(g, adjusted, alpha, family, cur);
    const noise = {
        method: 'robust-interval',
        outside: adjusted <= alpha,
        p_value: adjusted,
        baseline_n: change.baselineRuns,
        current_n: 1,
        detail: `change ${fmtPct(Math.expm1(change.logChange))} [${fmtPct(changeInterval.low)}, ${fmtPct(changeInterval.high)}]; between runs: ${change.noiseSource}; detects a change past ${fmtPct(limit)} at a ${(alpha * 100).toPrecision(2)}% false-alarm rate over ${family} metrics`,
    };
    const delta = cur - change.baselineValue;
    return {
        name: g.name,
        direction: g.role.direction,
        threshold: { ...g.threshold, direction: g.role.direction },
        baseline: change.baselineValue,
        current: cur,
        delta,
        delta_pct: change.baselineValue !== 0 ? (delta / Math.abs(change.baselineValue)) * 100 : 0,
        status,
        noise,
        changeInterval,
        reason,
    };
}
/** Goodput is throughput counted again when no request missed the SLO (or none was set): gating it twice spends power. */
function goodputFollowsThroughput(name, docs) {
    return name === 'goodput_rps' && docs.every((d) => (d.headline.good_fraction ?? 1) === 1);
}
/** Every metric's row under the calibrated verdict, in the order of `names`. */
function calibratedMetrics(input) {
    const { baseline, current, thresholds, profile } = input;
    const requests = fewestRequests([...baseline, current]);
    const rows = new Map();
    const gated = [];
    for (const name of input.names) {
        const threshold = (0,thresholds_config/* thresholdFor */.De)(thresholds, name);
        if (threshold.skip)
            continue;
        const role = goodputFollowsThroughput(name, [...baseline, current])
            ? { kind: 'reported', why: 'every request met the SLO in every run, so goodput equals throughput, which is gated' }
            : gateRole(name, threshold.direction, requests);
        if (role.kind === 'levels')
            rows.set(name, input.judgeByLevels(name));
        else if (role.kind === 'reported')
            rows.set(name, reportedRow(name, threshold, baseline, current, role.why));
        else {
            const between = betweenRunNoise(name, baseline, profile, thresholds.noise.min_history);
            const change = robustChange(name, role, baseline, current, between, threshold.fail_pct);
            if (change === null)
                rows.set(name, reportedRow(name, threshold, baseline, current, 'no noise model: a value is missing or not positive, or no run has per-request samples'));
            else
                gated.push({ name, threshold, role, change });
        }
    }
    const alpha = thresholds.noise.false_alarm_rate;
    for (const g of gated)
        rows.set(g.name, gatedRow(g, Math.min(1, g.change.pAdverse * gated.length), alpha, gated.length, current));
    return input.names.filter((n) => rows.has(n)).map((n) => rows.get(n));
}

// EXTERNAL MODULE: ./src/gate/fingerprint.ts
var fingerprint = __webpack_require__(21295);
;// CONCATENATED MODULE: ./src/gate/noise-model.ts


/**
 * Decides whether a change lies outside the baseline's run-to-run noise (docs/gate.md, "Noise test"):
 *  1. ROUGE with a bootstrap interval on the baseline: outside when the current value leaves that interval.
 *  2. Repeated values on both sides (trials, or a history against trials): a two-sided Welch t-test
 *     (or Mann-Whitney U, if configured); outside when p < alpha.
 *  3. One current value and ≥ min_history baseline values: outside when the current value leaves the
 *     (1 − alpha) prediction interval of the baseline values.
 *  4. Otherwise: threshold-only (no statement about noise).
 */
function finite(values) {
    return values.filter((v) => typeof v === 'number' && Number.isFinite(v));
}
/** Baseline values of one metric: one per run when there is a history, else the run's trials. */
function baselineSamples(name, documents) {
    if (documents.length >= 2)
        return finite(documents.map((d) => d.headline[name]));
    const only = documents[0];
    if (!only)
        return [];
    const trials = finite((only.trials ?? []).map((t) => t[name]));
    return trials.length >= 2 ? trials : finite([only.headline[name]]);
}
function currentSamples(name, current) {
    const trials = finite((current.trials ?? []).map((t) => t[name]));
    return trials.length >= 2 ? trials : finite([current.headline[name]]);
}
function fmt(value) {
    return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}
function assessNoise(name, baselineDocs, current, currentValue, config) {
    const alpha = config.noise.alpha;
    const base = baselineSamples(name, baselineDocs);
    const cur = currentSamples(name, current);
    const latest = baselineDocs[baselineDocs.length - 1];
    const bootstrap = metric_directions/* ROUGE_METRICS */.Dw.has(name) ? latest?.headline_intervals?.[name] : undefined;
    if (bootstrap) {
        const outside = currentValue < bootstrap.low || currentValue > bootstrap.high;
        const pct = Math.round(bootstrap.confidence * 100);
        return {
            method: 'bootstrap-interval',
            outside,
            interval: { low: bootstrap.low, high: bootstrap.high },
            baseline_n: 1,
            current_n: 1,
            detail: `current ${fmt(currentValue)} is ${outside ? 'outside' : 'inside'} the baseline's ${pct}% bootstrap interval [${fmt(bootstrap.low)}, ${fmt(bootstrap.high)}]`,
        };
    }
    if (cur.length >= 2 && base.length >= 2) {
        const test = config.noise.test === 'mann-whitney' ? (0,statistics/* mannWhitneyUTest */.kA)(base, cur) : (0,statistics/* welchTTest */.k7)(base, cur);
        const method = config.noise.test === 'mann-whitney' ? 'mann-whitney' : 'welch-t';
        const outside = test.pValue < alpha;
        return {
            method,
            outside,
            p_value: test.pValue,
            baseline_n: base.length,
            current_n: cur.length,
            detail: `${method === 'welch-t' ? "Welch's t-test" : 'Mann-Whitney U test'} on ${base.length} baseline vs ${cur.length} current values: p = ${test.pValue.toPrecision(3)} ${outside ? '<' : '≥'} ${alpha}`,
        };
    }
    if (base.length >= config.noise.min_history) {
        const band = (0,statistics/* predictionInterval */.dY)(base, alpha);
        const outside = currentValue < band.low || currentValue > band.high;
        const pct = Math.round((1 - alpha) * 100);
        return {
            method: 'prediction-interval',
            outside,
            interval: band,
            baseline_n: base.length,
            current_n: 1,
            detail: `current ${fmt(currentValue)} is ${outside ? 'outside' : 'inside'} the ${pct}% prediction interval [${fmt(band.low)}, ${fmt(band.high)}] of ${base.length} baseline values`,
        };
    }
    return {
        method: 'threshold-only',
        outside: null,
        baseline_n: base.length,
        current_n: cur.length,
        detail: `threshold-only: ${base.length} baseline value${base.length === 1 ? '' : 's'} and ${cur.length} current value${cur.length === 1 ? '' : 's'} are too few for a noise model`,
    };
}

// EXTERNAL MODULE: ./src/gate/noise-profile.ts
var noise_profile = __webpack_require__(54793);
;// CONCATENATED MODULE: ./src/gate/compare-results.ts







/** Metric order in reports: the known headline names in their documented order, then the rest by name. */
function metricNames(baseline, current) {
    const names = new Set(Object.keys(current.headline));
    for (const doc of baseline)
        for (const name of Object.keys(doc.headline))
            names.add(name);
    const known = [...metric_directions/* KNOWN_DIRECTIONS */.td.keys()].filter((n) => names.has(n));
    const others = [...names].filter((n) => !metric_directions/* KNOWN_DIRECTIONS */.td.has(n)).sort();
    return [...known, ...others];
}
/** The baseline's value of a metric: the run's headline, or the mean over the runs of a history. */
function baselineValue(name, documents) {
    const values = documents.map((d) => d.headline[name]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (values.length === 0)
        return null;
    return documents.length === 1 ? values[0] : (0,statistics/* mean */.i2)(values);
}
function pct(value) {
    if (!Number.isFinite(value))
        return value > 0 ? '+∞%' : '−∞%';
    return `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
}
/** Applies the levels and the noise assessment to one metric. */
function judgeMetric(name, threshold, baseline, current, noise) {
    const base = { name, direction: threshold.direction, threshold, baseline, current, noise };
    if (baseline === null || current === null) {
        return { ...base, delta: null, delta_pct: null, status: 'missing', reason: baseline === null ? 'no baseline value' : 'not measured in this run' };
    }
    const delta = current - baseline;
    const deltaPct = baseline !== 0 ? (delta / Math.abs(baseline)) * 100 : delta === 0 ? 0 : Math.sign(delta) * Infinity;
    const result = (status, reason) => ({ ...base, delta, delta_pct: deltaPct, status, reason });
    const sign = (0,metric_directions/* goodSign */.D9)(threshold.direction);
    if (sign === 0)
        return result('info', 'neutral direction: reported, not judged');
    const magnitude = Math.abs(deltaPct);
    const beyond = (levelPct) => magnitude > levelPct && Math.abs(delta) > threshold.abs_floor;
    const adverse = sign * delta < 0;
    const noiseNote = noise.outside === null ? '' : noise.outside ? ', outside noise' : '';
    if (adverse && beyond(threshold.warn_pct)) {
        const level = beyond(threshold.fail_pct) ? 'fail' : 'warn';
        const levelPct = level === 'fail' ? threshold.fail_pct : threshold.warn_pct;
        if (noise.outside === false)
            return result('pass', `${pct(deltaPct)} is past the ${level} level (${levelPct}%) but inside run-to-run noise (${noise.detail})`);
        return result(level, `${pct(deltaPct)} is past the ${level} level (${levelPct}%)${noiseNote}`);
    }
    if (!adverse && delta !== 0 && beyond(threshold.warn_pct) && noise.outside !== false) {
        return result('improved', `${pct(deltaPct)} improvement${noiseNote}`);
    }
    if (!adverse || delta === 0)
        return result('pass', 'no regression');
    // The reason names what decided: past the warn percentage, a change within the absolute floor passes.
    if (magnitude > threshold.warn_pct)
        return result('pass', `${pct(deltaPct)} is past the warn level (${threshold.warn_pct}%) but the change (${Math.abs(delta).toPrecision(3)}) is within the absolute floor (${threshold.abs_floor})`);
    return result('pass', `${pct(deltaPct)} is within the warn level (${threshold.warn_pct}%)`);
}
/**
 * Step 1: keep the completed baseline runs whose fingerprint matches the current run's (all completed ones
 * when fingerprint.allow_mismatch is set).
 */
function usableBaseline(baseline, current, thresholds) {
    const notices = [];
    const currentFingerprint = (0,fingerprint/* fingerprintOf */.ax)(current.environment);
    const completed = baseline.documents.filter((d) => d.status === 'completed');
    if (completed.length < baseline.documents.length) {
        notices.push(`${baseline.documents.length - completed.length} baseline run(s) that did not complete were left out.`);
    }
    const { ignore, allow_mismatch: allowMismatch } = thresholds.fingerprint;
    const matching = completed.filter((doc) => allowMismatch || (0,fingerprint/* fingerprintDifferences */.$x)((0,fingerprint/* fingerprintOf */.ax)(doc.environment), currentFingerprint, ignore).length === 0);
    // The differences reported are those of the baseline run the report shows: the latest one used, or
    // (when none could be used) the latest completed one.
    const reference = matching[matching.length - 1] ?? completed[completed.length - 1];
    const differences = reference ? (0,fingerprint/* fingerprintDifferences */.$x)((0,fingerprint/* fingerprintOf */.ax)(reference.environment), currentFingerprint, ignore) : [];
    const dropped = completed.length - matching.length;
    if (matching.length > 0 && dropped > 0)
        notices.push(`${dropped} baseline run(s) with a different environment fingerprint were left out.`);
    if (matching.length > 0 && allowMismatch && differences.length > 0) {
        notices.push(`Warning: compared although the environment fingerprint differs in ${(0,fingerprint/* describeDifferences */.g7)(differences)} (fingerprint.allow_mismatch is set).`);
    }
    return { completed, matching, differences, notices };
}
function skeletonOf(current, thresholds, differences) {
    return {
        current: { run_id: current.run_id, fingerprint: (0,fingerprint/* fingerprintOf */.ax)(current.environment), status: current.status },
        fingerprint: { differences, allowed_mismatch: thresholds.fingerprint.allow_mismatch, on_mismatch: thresholds.fingerprint.on_mismatch },
        thresholds_source: thresholds.source,
    };
}
/**
 * Step 2, when no baseline run is usable: "skipped" when there was none to use, "not-compared" when a
 * completed baseline exists on another environment (its outcome is fingerprint.on_mismatch). The current
 * values are still listed, each "missing" a baseline, so the report shows what was measured.
 */
function withoutComparison(baseline, current, thresholds, usable) {
    const notices = [...usable.notices];
    const latest = usable.completed[usable.completed.length - 1];
    const mismatch = latest !== undefined;
    if (baseline.documents.length === 0)
        notices.unshift(`No comparison: no baseline was found (${baseline.source}); this run's values are shown alone.`);
    else if (!mismatch)
        notices.unshift(`No comparison: the baseline (${baseline.source}) holds no completed run.`);
    else {
        const outcome = thresholds.fingerprint.on_mismatch;
        notices.unshift(`No comparison: the baseline's environment fingerprint differs from this run in ${(0,fingerprint/* describeDifferences */.g7)(usable.differences)}. ` +
            'Runs on different hardware, engines, models or load shapes are not comparable; set fingerprint.allow_mismatch or fingerprint.ignore in the thresholds file to compare anyway. ' +
            `This ${outcome === 'fail' ? 'fails the job' : outcome === 'warn' ? 'is a warning' : 'passes'} (on-mismatch: ${outcome}).`);
    }
    const unjudged = { method: 'threshold-only', outside: null, baseline_n: 0, current_n: 0, detail: 'no comparable baseline' };
    return {
        ...skeletonOf(current, thresholds, usable.differences),
        alpha: thresholds.noise.alpha,
        verdict: mismatch ? 'not-compared' : 'skipped',
        mode: 'none',
        baseline: { source: baseline.source, runs: 0, run_ids: [], fingerprint: latest ? (0,fingerprint/* fingerprintOf */.ax)(latest.environment) : null },
        metrics: metricNames([], current).map((name) => judgeMetric(name, (0,thresholds_config/* thresholdFor */.De)(thresholds, name), null, current.headline[name] ?? null, unjudged)),
        regressed: [],
        warned: [],
        notices: [...notices, ...(baseline.notices ?? [])],
    };
}
/** Step 3a, the classic path (a run without per-request samples): levels, vetoed by the noise test where there is one. */
function judgeByLevels(name, matching, current, thresholds) {
    const threshold = (0,thresholds_config/* thresholdFor */.De)(thresholds, name);
    const baseValue = baselineValue(name, matching);
    const curValue = current.headline[name] ?? null;
    const noise = baseValue === null || curValue === null || threshold.direction === 'neutral'
        ? { method: 'threshold-only', outside: null, baseline_n: 0, current_n: 0, detail: 'not judged' }
        : assessNoise(name, matching, current, curValue, thresholds);
    return judgeMetric(name, threshold, baseValue, curValue, noise);
}
/** The calibrated verdict needs per-request samples on every run compared; older results take the classic path. */
function hasSamples(docs) {
    return docs.every((d) => d.request_samples !== undefined && d.request_samples.ttft_ms.length > 0);
}
/** The profile when it was measured on the current run's environment; otherwise null and a notice why. */
function applicableProfile(profile, current, thresholds, notices) {
    if (!profile)
        return null;
    const differs = (0,noise_profile/* profileMismatch */.IE)(profile, (0,fingerprint/* fingerprintOf */.ax)(current.environment), thresholds.fingerprint.ignore);
    if (differs.length === 0)
        return profile;
    notices.push(`The noise profile was measured on another environment (${differs.join(', ')} differ), so it is not used.`);
    return null;
}
/** Step 4: the verdict from the metric rows. A possible regression the data cannot settle ranks above a small one. */
function verdictOf(metrics) {
    const has = (status) => metrics.some((m) => m.status === status);
    return has('fail') ? 'fail' : has('inconclusive') ? 'inconclusive' : has('warn') ? 'warn' : 'pass';
}
function modeNotices(mode, thresholds, matching, profile) {
    if (mode === 'calibrated') {
        if (profile || matching.length >= thresholds.noise.min_history)
            return [];
        return [
            `Calibrated verdict from ${matching.length} baseline run${matching.length === 1 ? '' : 's'} and no noise profile: only the noise within each run is known, so a change counts as a regression only when it is surely past its fail level, and one past it but inside the noise is inconclusive. Keep a history of ${thresholds.noise.min_history} runs or run \`infergate calibrate\` to detect smaller changes.`,
        ];
    }
    if (mode === 'threshold-only' || mode === 'mixed') {
        return [
            `Verdict is threshold-only${mode === 'mixed' ? ' for some metrics' : ''}: without repeated trials or at least ${thresholds.noise.min_history} baseline runs, run-to-run noise is not taken into account.`,
        ];
    }
    return [];
}
function classicMode(metrics) {
    const judged = metrics.filter((m) => m.status !== 'info' && m.status !== 'missing');
    const thresholdOnly = judged.filter((m) => m.noise.method === 'threshold-only').length;
    return judged.length === 0 ? 'none' : thresholdOnly === judged.length ? 'threshold-only' : thresholdOnly === 0 ? 'noise-aware' : 'mixed';
}
/**
 * Compares the current run with a baseline (docs/gate.md). Baseline runs that did not complete, or whose
 * fingerprint differs, are dropped; with none left the verdict is "skipped" (no baseline) or "not-compared"
 * (a baseline on another environment). Runs that all carry per-request samples get the calibrated verdict;
 * older results the classic one (levels and a per-metric noise test).
 */
function compareResults(baseline, current, thresholds, options = {}) {
    const usable = usableBaseline(baseline, current, thresholds);
    if (usable.matching.length === 0)
        return withoutComparison(baseline, current, thresholds, usable);
    const { matching } = usable;
    const notices = [...usable.notices];
    const names = metricNames(matching, current);
    const byLevels = (name) => judgeByLevels(name, matching, current, thresholds);
    const calibrated = hasSamples([...matching, current]);
    const profile = calibrated ? applicableProfile(options.profile, current, thresholds, notices) : null;
    const metrics = calibrated
        ? calibratedMetrics({ names, baseline: matching, current, thresholds, profile, judgeByLevels: byLevels })
        : names.filter((name) => !(0,thresholds_config/* thresholdFor */.De)(thresholds, name).skip).map(byLevels);
    const mode = calibrated ? 'calibrated' : classicMode(metrics);
    notices.push(...modeNotices(mode, thresholds, matching, profile));
    const latest = matching[matching.length - 1];
    return {
        ...skeletonOf(current, thresholds, usable.differences),
        alpha: calibrated ? thresholds.noise.false_alarm_rate : thresholds.noise.alpha,
        verdict: verdictOf(metrics),
        mode,
        baseline: { source: baseline.source, runs: matching.length, run_ids: matching.map((d) => d.run_id), fingerprint: (0,fingerprint/* fingerprintOf */.ax)(latest.environment) },
        metrics,
        regressed: metrics.filter((m) => m.status === 'fail').map((m) => m.name),
        warned: metrics.filter((m) => m.status === 'warn').map((m) => m.name),
        notices: [...notices, ...(baseline.notices ?? [])],
    };
}

// EXTERNAL MODULE: ./src/gate/comparison.ts
var gate_comparison = __webpack_require__(9342);
// EXTERNAL MODULE: ./src/gate/comparison-file.ts
var comparison_file = __webpack_require__(41001);
// EXTERNAL MODULE: ./src/report/markdown/comparison-markdown.ts
var comparison_markdown = __webpack_require__(69707);
;// CONCATENATED MODULE: ./src/github/job-summary.ts

/** GitHub shows at most 1 MiB of summary per step; keep well under it. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 4096;
/** Cuts text to a UTF-8 byte budget without splitting a character. */
function truncateToBytes(text, maxBytes, note) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = maxBytes - Buffer.byteLength(note, 'utf8');
    let cut = text.slice(0, budget);
    while (Buffer.byteLength(cut, 'utf8') > budget)
        cut = cut.slice(0, Math.floor(cut.length * 0.95));
    return cut + note;
}
/** Appends Markdown to the job summary; returns false (with a log line) outside GitHub Actions. */
async function writeJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* info */.pq('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return false;
    }
    const text = truncateToBytes(markdown, SUMMARY_MAX_BYTES, '\n\n_Summary cut at the 1 MiB limit; see the run folder artifact._\n');
    await core/* summary */.z.addRaw(text, true).write();
    return true;
}

;// CONCATENATED MODULE: ./src/github/pr-comment.ts
/** Hidden marker that identifies infergate's comment on a pull request, so it is updated, not duplicated. */
const GATE_COMMENT_MARKER = '<!-- infergate:gate -->';
const AGGREGATE_COMMENT_MARKER = '<!-- infergate:aggregate -->';
/** GitHub rejects issue comments of 65,536 characters or more. */
const COMMENT_MAX_CHARS = 65_000;
/**
 * The token's own account: GraphQL `viewer` answers for every kind of token (the job's GITHUB_TOKEN acts
 * as github-actions[bot]); REST `GET /user` is the fallback for a personal token. null when neither
 * answers: then no existing comment is ever updated.
 */
async function tokenIdentity(octokit) {
    try {
        const answer = await octokit.graphql('query { viewer { databaseId login } }');
        if (typeof answer.viewer?.databaseId === 'number')
            return { id: answer.viewer.databaseId, login: answer.viewer.login };
    }
    catch {
        // GHES without GraphQL, or a token GraphQL refuses: try REST.
    }
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { id: data.id, login: data.login };
    }
    catch {
        return null;
    }
}
/**
 * Creates the comment, or updates the one already carrying `marker` that the token's own account wrote.
 * Anyone can paste the marker into a comment, and a token that may edit others' comments (a maintainer's
 * personal token, an app with wide rights) would otherwise write the report into a stranger's comment,
 * whose author could then edit the verdict: a marked comment by anyone else is never touched. When the
 * token's identity cannot be read, a new comment is created each time rather than guessing.
 */
async function upsertPrComment(octokit, target, body, marker) {
    if (!body.includes(marker))
        throw new Error('comment body must carry its marker');
    const identity = await tokenIdentity(octokit);
    const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
    let ours = null;
    if (identity !== null) {
        search: for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, params)) {
            for (const c of page.data) {
                if (c.user?.id === identity.id && typeof c.body === 'string' && c.body.includes(marker)) {
                    ours = c.id;
                    break search;
                }
            }
        }
    }
    if (ours !== null) {
        try {
            const res = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: ours, body });
            return { action: 'updated', id: res.data.id, url: res.data.html_url };
        }
        catch (error) {
            // Deleted between the listing and the update: write a new one.
            if (error.status !== 404)
                throw error;
        }
    }
    const res = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    return { action: 'created', id: res.data.id, url: res.data.html_url };
}

// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/util/control-characters.ts
var control_characters = __webpack_require__(51690);
;// CONCATENATED MODULE: ./src/github/annotations.ts


/**
 * Annotations for the worst regressions only (fails first, then warnings, biggest change first):
 * a wall of annotations hides the one that matters, and GitHub shows only 10 per step anyway.
 */
function annotateRegressions(comparison, max = 5) {
    if (comparison.verdict === 'not-compared')
        return annotateNotCompared(comparison);
    const flagged = comparison.metrics
        .filter((m) => m.status === 'fail' || m.status === 'warn')
        .sort((a, b) => (a.status === b.status ? Math.abs(b.delta_pct ?? 0) - Math.abs(a.delta_pct ?? 0) : a.status === 'fail' ? -1 : 1))
        .slice(0, max);
    for (const m of flagged) {
        // Annotations are plain text, not Markdown: the metric name comes from a results file, so it is shown
        // on one line without control characters (the same cleaning escapeMarkdown starts with).
        const message = (0,control_characters/* singleLine */.p)(`${m.name}: ${m.reason} (baseline ${m.baseline}, current ${m.current})`);
        const props = { title: (0,control_characters/* singleLine */.p)(`infergate: ${m.name} ${m.status === 'fail' ? 'regressed' : 'worsened'}`) };
        if (m.status === 'fail')
            core/* error */.z3(message, props);
        else
            core/* warning */.$e(message, props);
    }
    return flagged.length;
}
/** A baseline on another environment: one annotation (on-mismatch warn or fail), so a green job cannot hide it. */
function annotateNotCompared(comparison) {
    const outcome = comparison.fingerprint.on_mismatch ?? 'warn';
    if (outcome === 'pass')
        return 0;
    const fields = comparison.fingerprint.differences.map((d) => d.field).join(', ');
    const message = (0,control_characters/* singleLine */.p)(`not compared: the baseline ran on another environment (${fields} differ${comparison.fingerprint.differences.length === 1 ? 's' : ''}); on-mismatch: ${outcome}`);
    const props = { title: 'infergate: baseline not comparable' };
    if (outcome === 'fail')
        core/* error */.z3(message, props);
    else
        core/* warning */.$e(message, props);
    return 1;
}

;// CONCATENATED MODULE: ./src/github/fork-policy.ts

/**
 * Events whose workflow file comes from the base repository's default branch: an input set there is the
 * maintainers' word. Under `pull_request` the workflow file is the pull request's own, so a fork could set
 * any input it likes, allow-fork-on-self-hosted included.
 */
const BASE_WORKFLOW_EVENTS = new Set(['pull_request_target', 'issue_comment', 'workflow_run']);
/**
 * Decides whether a run acting for a fork's pull request may start an engine; fails closed. A fork's code
 * (its engine build, its configuration) runs only on a runner known to be GitHub-hosted (a fresh machine
 * per job), or where the maintainers opted in with allow-fork-on-self-hosted in a workflow a fork cannot
 * edit (pull_request_target, issue_comment, workflow_run). A runner that does not say what it is counts as
 * self-hosted. Under `pull_request_target` the job holds secrets and a write token: the engine is launched
 * only from the base commit's configuration (host.yaml's checkout at GITHUB_SHA), never from a
 * checkout of the pull request's head, whatever the runner. GitHub's own advice is to never run untrusted
 * pull requests on self-hosted runners of a public repository.
 */
async function assertForkRunAllowed(ctx, policy) {
    const pr = ctx.pullRequest;
    if (!pr?.isFork)
        return;
    const who = `pull request #${pr.number} from ${pr.headRepo === null ? 'a fork (or a head it cannot tell)' : `fork ${pr.headRepo}`}`;
    if (ctx.eventName === 'pull_request_target') {
        const checkedOut = await policy.checkedOutCommit();
        if (checkedOut === null || checkedOut !== ctx.sha) {
            throw new RunError(`refusing to run ${who} under pull_request_target from ${checkedOut === null ? 'a workspace that is not a git checkout' : `commit ${checkedOut.slice(0, 12)}`}: ` +
                `this job holds secrets and a write token, so the engine starts only from the base commit's configuration (${ctx.sha.slice(0, 12) || 'GITHUB_SHA'}); ` +
                'benchmark the pull request under pull_request and comment from a workflow_run workflow (docs/gate.md)');
        }
    }
    if (ctx.runnerEnvironment === 'github-hosted')
        return;
    if (policy.allowForkOnSelfHosted && BASE_WORKFLOW_EVENTS.has(ctx.eventName))
        return;
    const runner = ctx.runnerEnvironment === 'self-hosted' ? 'a self-hosted runner' : 'a runner that is not known to be GitHub-hosted (RUNNER_ENVIRONMENT is not set)';
    const optIn = BASE_WORKFLOW_EVENTS.has(ctx.eventName)
        ? 'require approval for fork workflows and set allow-fork-on-self-hosted: true if you accept that risk'
        : `under ${ctx.eventName || 'this event'} the workflow file is the pull request's own, so allow-fork-on-self-hosted is not taken from it; run forks on GitHub-hosted runners, or behind a label or an environment with required reviewers in a pull_request_target / workflow_run workflow (SECURITY.md)`;
    throw new RunError(`refusing to run ${who} on ${runner}: the fork's code would run on your machine with its accelerator and network access; ${optIn}`);
}
/**
 * A fork's pull request never gets a comment: under `pull_request` its GITHUB_TOKEN is read-only (a comment
 * would fail with 403), and under `pull_request_target` the token can write while the text comes from the
 * fork's code, so infergate will not post with it (docs/gate.md: comment from a workflow_run workflow).
 */
function commentBlockedByFork(ctx) {
    return ctx.pullRequest?.isFork === true;
}
/** Why a fork's comment was skipped, for the notice. */
function forkCommentReason(ctx) {
    return ctx.eventName === 'pull_request' ? 'whose token is read-only' : 'and infergate does not comment on a fork\'s pull request with a write token';
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/github/octokit.ts

/** An Octokit for the run's API (GITHUB_API_URL, so GHES and the test mock work alike). */
function makeOctokit(token, ctx) {
    return (0,github/* getOctokit */.Q)(token, { baseUrl: ctx.apiUrl });
}

;// CONCATENATED MODULE: ./src/github/outputs.ts

/** The action's outputs (action.yml): verdict, regressed metrics (comma-separated), results path, baseline source. */
function setGateOutputs(comparison, resultsPath, commentUrl) {
    const outputs = {
        verdict: comparison.verdict,
        regressed: comparison.regressed.join(','),
        'results-path': resultsPath,
        'baseline-source': comparison.baseline.source,
        'comment-url': commentUrl ?? '',
    };
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
    return outputs;
}

;// CONCATENATED MODULE: ./src/github/run-context.ts


/** Events that run a pull request's code (or react to one) and so fall under the fork policy. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
function isGhesUrl(serverUrl) {
    const host = new URL(serverUrl).hostname.toLowerCase();
    return host !== 'github.com' && !host.endsWith('.ghe.com');
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        // A missing or unreadable event file only loses PR details; the run itself can go on.
        return {};
    }
}
function readRunContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new errors/* InputError */.dz('GITHUB_REPOSITORY is not set to owner/name: the GitHub features need to run inside GitHub Actions');
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const pullRequest = pullRequestOf(eventName, payload, repository);
    const defaultBranch = payload.repository?.default_branch ?? null;
    const ref = env.GITHUB_REF ?? '';
    const runner = env.RUNNER_ENVIRONMENT;
    return {
        owner,
        repo,
        runId: Number(env.GITHUB_RUN_ID ?? 0),
        eventName,
        ref,
        sha: env.GITHUB_SHA ?? '',
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        defaultBranch,
        pullRequest,
        runnerEnvironment: runner === 'github-hosted' || runner === 'self-hosted' ? runner : 'unknown',
        isGhes: isGhesUrl(serverUrl),
        onDefaultBranch: defaultBranch !== null && ref === `refs/heads/${defaultBranch}` && ['push', 'schedule', 'workflow_dispatch'].includes(eventName),
        triggeringRun: triggeringRunOf(eventName, payload),
    };
}
/**
 * The pull request a run acts for, from the event payload. Where the payload cannot say whether the head
 * is a fork, it is taken for one: an `issue_comment` payload has no head, a `workflow_run` from a fork has
 * an empty `pull_requests` list, and a pull request event whose payload is missing says nothing at all.
 */
function pullRequestOf(eventName, payload, repository) {
    const pr = payload.pull_request;
    if (pr && typeof pr.number === 'number') {
        const headRepo = pr.head?.repo?.full_name ?? null;
        const baseRepo = pr.base?.repo?.full_name ?? repository;
        return { number: pr.number, headRepo, baseRepo, isFork: headRepo === null || !sameRepo(headRepo, baseRepo), baseSha: pr.base?.sha ?? null };
    }
    if (eventName === 'issue_comment' && payload.issue?.pull_request !== undefined) {
        return { number: payload.issue.number ?? 0, headRepo: null, baseRepo: repository, isFork: true, baseSha: null };
    }
    const run = payload.workflow_run;
    if (eventName === 'workflow_run' && run && PULL_REQUEST_EVENTS.has(run.event ?? '')) {
        const headRepo = run.head_repository?.full_name ?? null;
        return { number: run.pull_requests?.[0]?.number ?? 0, headRepo, baseRepo: repository, isFork: headRepo === null || !sameRepo(headRepo, repository), baseSha: null };
    }
    if (PULL_REQUEST_EVENTS.has(eventName))
        return { number: 0, headRepo: null, baseRepo: repository, isFork: true, baseSha: null };
    return null;
}
function triggeringRunOf(eventName, payload) {
    const run = payload.workflow_run;
    if (eventName !== 'workflow_run' || !run || typeof run.id !== 'number')
        return null;
    return { id: run.id, event: run.event ?? '', headSha: run.head_sha ?? '', headBranch: run.head_branch ?? '', headRepo: run.head_repository?.full_name ?? null };
}
function sameRepo(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function runUrl(ctx) {
    return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}

;// CONCATENATED MODULE: ./src/github/publish.ts













/**
 * Everything the gate shows on GitHub: job summary (always), one PR comment updated in place (not for
 * fork PRs, whose token is read-only: a notice instead), annotations for the top regressions, outputs.
 * It is handed the gate's decision (pipeline/gate-step.ts wrote comparison.json) and compares nothing.
 * Also writes github/pr-comment.md (+ pr-number.txt) into the run folder, for commenting from a trusted
 * workflow_run.
 * Problems with the comment are warnings: publishing never fails the job; the verdict does.
 */
async function publishToGitHub(options) {
    const ctx = options.ctx ?? readRunContext();
    const { comparison, runDir } = options;
    const resultsPath = options.resultsPath ?? (0,external_node_path_.join)(runDir, layout/* RUN_FILES */.al.results);
    const links = { runUrl: runUrl(ctx), ...(options.artifactUrl ? { artifactUrl: options.artifactUrl } : {}) };
    const title = options.title ?? 'infergate';
    // Charts come after the verdict and table, and are the first thing dropped when the limit is near.
    const withCharts = (markdown, max) => options.charts && markdown.length + options.charts.length + 2 <= max ? `${markdown}\n\n${options.charts}\n` : markdown;
    const summaryMarkdown = withCharts(withRunStatus((0,comparison_markdown/* renderComparisonMarkdown */.hm)(comparison, { ...links, title, maxChars: 250_000 }), options.current), 1_000_000);
    const summary = await writeJobSummary(summaryMarkdown);
    const body = withCharts(withRunStatus((0,comparison_markdown/* renderComparisonMarkdown */.hm)(comparison, { ...links, title, marker: GATE_COMMENT_MARKER, maxChars: COMMENT_MAX_CHARS }), options.current), COMMENT_MAX_CHARS);
    const commentFile = keepCommentBody(runDir, body, ctx);
    const comment = await postComment(ctx, options, body);
    const annotations = annotateRegressions(comparison, options.maxAnnotations ?? 5);
    const outputs = setGateOutputs(comparison, resultsPath, 'url' in comment ? comment.url : null);
    return { summary, comment, annotations, outputs, commentFile };
}
/**
 * github/pr-comment.md (+ pr-number.txt) written before the run folder is uploaded, so the artifact carries
 * the comment for the workflow_run pattern; publishToGitHub rewrites it with the artifact's link.
 */
function writeCommentFile(runDir, comparison, ctx, title) {
    const body = (0,comparison_markdown/* renderComparisonMarkdown */.hm)(comparison, { marker: GATE_COMMENT_MARKER, runUrl: runUrl(ctx), maxChars: COMMENT_MAX_CHARS, ...(title ? { title } : {}) });
    return keepCommentBody(runDir, body, ctx);
}
function keepCommentBody(runDir, body, ctx) {
    const commentFile = (0,external_node_path_.join)(runDir, layout/* GATE_FILES */.Y8.prComment);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(commentFile), { recursive: true });
    (0,external_node_fs_.writeFileSync)(commentFile, body);
    if (ctx.pullRequest)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(runDir, layout/* GATE_FILES */.Y8.prNumber), `${ctx.pullRequest.number}\n`);
    return commentFile;
}
async function postComment(ctx, options, body) {
    const pr = ctx.pullRequest;
    if (options.comment === false)
        return { action: 'skipped', reason: 'commenting is turned off' };
    if (!pr)
        return { action: 'skipped', reason: 'not a pull request' };
    if (commentBlockedByFork(ctx)) {
        const reason = `pull request #${pr.number} comes from fork ${pr.headRepo ?? '(deleted)'}, ${forkCommentReason(ctx)}: no comment posted; the results are in the job summary (see docs/gate.md for commenting from a workflow_run workflow)`;
        core/* notice */.lm(reason, { title: 'infergate: PR comment skipped' });
        return { action: 'skipped', reason };
    }
    if (!options.octokit && !options.token) {
        const reason = 'no token given: no PR comment posted';
        core/* warning */.$e(reason);
        return { action: 'skipped', reason };
    }
    try {
        const octokit = options.octokit ?? makeOctokit(options.token, ctx);
        const result = await upsertPrComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number }, body, GATE_COMMENT_MARKER);
        core/* info */.pq(`PR comment ${result.action}: ${result.url}`);
        return result;
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 ? ' (the token needs `pull-requests: write`)' : '';
        const reason = `the PR comment could not be posted: ${error.message}${hint}`;
        core/* warning */.$e(reason);
        return { action: 'skipped', reason };
    }
}
/**
 * A run that failed or was interrupted says so right under the heading: the comparison alone (often
 * "skipped — no comparison" for a run that measured nothing) would read as if the run had been fine.
 */
function withRunStatus(markdown, current) {
    if (current.status === 'completed')
        return markdown;
    const what = current.status === 'interrupted' ? 'Run interrupted' : 'Run failed';
    const line = `> **${what}** (exit ${current.failure?.exit_code ?? '?'}): ${(0,util_escape/* escapeMarkdown */.FV)(current.failure?.message ?? 'no reason recorded')}`;
    const lines = markdown.split('\n');
    const heading = lines.findIndex((l) => l.startsWith('#'));
    lines.splice(heading + 1, 0, '', line);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 303 modules
var artifact = __webpack_require__(9645);
;// CONCATENATED MODULE: ./src/github/artifact-client.ts

/** The real client (async so callers need not change if it ever loads lazily). */
async function defaultArtifactClient() {
    return new artifact/* DefaultArtifactClient */.t9();
}
/** True for the error the client throws on GitHub Enterprise Server, by name (it is not exported stably). */
function isGhesArtifactError(error) {
    return error instanceof Error && (error.name === 'GHESNotSupportedError' || /GHES/.test(error.message));
}
function isArtifactNotFound(error) {
    return error instanceof Error && (error.name === 'ArtifactNotFoundError' || /not found/i.test(error.message));
}

;// CONCATENATED MODULE: ./src/github/download-baseline.ts






/**
 * Downloads results.json from the artifact of the latest successful run of `workflow` on the default
 * branch: the REST API finds the run, the artifact client (`getArtifact` and `downloadArtifact` with
 * `findBy`) fetches the artifact from it.
 */
async function downloadBaseline(options) {
    const { ctx, octokit } = options;
    if (ctx.isGhes) {
        return {
            baseline: null,
            notice: 'No baseline artifact: GitHub Enterprise Server does not support downloading artifacts of other runs with @actions/artifact; use a baseline file or a history file in the repository instead.',
        };
    }
    const branch = options.branch ?? ctx.defaultBranch;
    if (!branch)
        return { baseline: null, notice: 'No baseline artifact: the default branch is unknown (no repository in the event payload); set the baseline branch.' };
    let runs;
    try {
        runs = await octokit.rest.actions.listWorkflowRuns({
            owner: ctx.owner,
            repo: ctx.repo,
            workflow_id: options.workflow,
            branch,
            status: 'success',
            per_page: 1,
        });
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return { baseline: null, notice: `No baseline artifact: workflow ${options.workflow} was not found in ${ctx.owner}/${ctx.repo}.` };
        if (status === 403)
            return { baseline: null, notice: 'No baseline artifact: the token may not read workflow runs; grant `actions: read` in the workflow permissions.' };
        throw error;
    }
    const run = runs.data.workflow_runs[0];
    if (!run)
        return { baseline: null, notice: `No baseline artifact: workflow ${options.workflow} has no successful run on ${branch} yet.` };
    const findBy = { token: options.token, workflowRunId: run.id, repositoryOwner: ctx.owner, repositoryName: ctx.repo };
    try {
        const client = options.client ?? (await defaultArtifactClient());
        const { artifact } = await client.getArtifact(options.artifactName, { findBy });
        const path = (0,external_node_path_.join)(options.destDir, `baseline-${run.id}`);
        (0,external_node_fs_.mkdirSync)(path, { recursive: true });
        const res = await client.downloadArtifact(artifact.id, { path, findBy });
        const resultsPath = (0,external_node_path_.join)(res.downloadPath ?? path, layout/* RUN_FILES */.al.results);
        if (!(0,external_node_fs_.existsSync)(resultsPath)) {
            return { baseline: null, notice: `No baseline: artifact ${options.artifactName} of run ${run.id} holds no ${layout/* RUN_FILES */.al.results}.` };
        }
        const predictions = baselinePredictionsFor(resultsPath);
        return {
            baseline: { source: `artifact ${options.artifactName} of ${options.workflow} run ${run.id} on ${branch}`, documents: [(0,results_file/* readResultsFile */.B)(resultsPath)], ...(predictions ? { predictions } : {}) },
            notice: null,
        };
    }
    catch (error) {
        if (isGhesArtifactError(error)) {
            return { baseline: null, notice: 'No baseline artifact: the artifact service is not available on this GitHub Enterprise Server; use a baseline file or history file.' };
        }
        if (isArtifactNotFound(error)) {
            return { baseline: null, notice: `No baseline: run ${run.id} of ${options.workflow} has no artifact named ${options.artifactName}.` };
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/github/resolve-baseline.ts



/**
 * Tries each source in order. A file that does not exist yet (first run) is skipped with a notice; a file
 * that exists but is not valid is bad input and throws. When no source yields, the baseline is an empty
 * set, which the comparison reports as "no baseline was found".
 */
async function resolveBaseline(sources, artifactDeps) {
    const notices = [];
    for (const source of sources) {
        if (source.kind === 'file' || source.kind === 'history') {
            if (!(0,external_node_fs_.existsSync)(source.path)) {
                notices.push(`No baseline ${source.kind} at ${source.path} yet.`);
                continue;
            }
            const set = source.kind === 'file' ? baselineFromFile(source.path) : baselineFromHistory(source.path, source.last);
            return { baseline: { ...set, notices }, notices };
        }
        if (!artifactDeps) {
            notices.push(`Baseline artifact of ${source.workflow} skipped: not running in GitHub Actions (no token).`);
            continue;
        }
        const result = await downloadBaseline({ ...artifactDeps, workflow: source.workflow, artifactName: source.artifactName, branch: source.branch });
        if (result.baseline)
            return { baseline: { ...result.baseline, notices }, notices };
        notices.push(result.notice);
    }
    const tried = sources.map((s) => (s.kind === 'artifact' ? `artifact of ${s.workflow}` : `${s.kind} ${s.path}`)).join(', ');
    return { baseline: { source: tried || 'none configured', documents: [], notices }, notices };
}

;// CONCATENATED MODULE: ./src/github/fork-comment.ts












/** The triggering run, and its results.json read through the results parser (never its Markdown). */
function readForkRun(resultsDir, ctx) {
    const run = ctx.triggeringRun;
    if (run === null)
        throw new errors/* InputError */.dz('mode fork-comment: this is not a workflow_run run (on: workflow_run), so there is no pull request run to comment for');
    const resultsPath = (0,external_node_path_.join)(resultsDir, layout/* RUN_FILES */.al.results);
    // The artifact is the fork's: a link there could lead to a file of this runner.
    if ((0,external_node_fs_.existsSync)(resultsPath) && (0,external_node_fs_.lstatSync)(resultsPath).isSymbolicLink())
        throw new errors/* InputError */.dz(`${resultsPath}: a symbolic link in the triggering run's artifact is not read`);
    return { run, current: (0,results_file/* readResultsFile */.B)(resultsPath) };
}
/** The baseline as this (trusted) checkout configures it, artifacts downloaded with the token. */
async function forkBaseline(options, ctx, octokit) {
    const artifactDeps = octokit && options.token ? { octokit, ctx, token: options.token, destDir: options.workDir } : null;
    return (await resolveBaseline(options.baselineSources, artifactDeps)).baseline;
}
/** Publishes the decision made here for the fork's run: the job summary and the comment on its pull request. */
async function commentForFork(comparison, current, run, ctx, octokit, title) {
    const runLink = { runUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${run.id}`, ...(title ? { title } : {}) };
    await writeJobSummary(withRunStatus((0,comparison_markdown/* renderComparisonMarkdown */.hm)(comparison, { ...runLink, maxChars: 250_000 }), current));
    const body = withRunStatus((0,comparison_markdown/* renderComparisonMarkdown */.hm)(comparison, { ...runLink, marker: GATE_COMMENT_MARKER, maxChars: COMMENT_MAX_CHARS }), current);
    return postFor(run, ctx, octokit, body);
}
async function postFor(run, ctx, octokit, body) {
    if (!PULL_REQUEST_EVENTS.has(run.event))
        return { action: 'skipped', reason: `the triggering run was started by ${run.event || 'an unknown event'}, not a pull request` };
    if (!octokit)
        return { action: 'skipped', reason: 'no token given: no PR comment posted' };
    try {
        const number = await fork_comment_pullRequestOf(octokit, ctx, run);
        if (number === null) {
            const reason = `no open pull request has head ${run.headRepo ?? '(deleted fork)'}:${run.headBranch} at ${run.headSha.slice(0, 12)}: no comment posted`;
            core/* notice */.lm(reason);
            return { action: 'skipped', reason };
        }
        const result = await upsertPrComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: number }, body, GATE_COMMENT_MARKER);
        core/* info */.pq(`PR comment ${result.action}: ${result.url}`);
        return result;
    }
    catch (error) {
        const reason = `the PR comment could not be posted: ${error.message}`;
        core/* warning */.$e(reason);
        return { action: 'skipped', reason };
    }
}
/** The open pull request whose head is the triggering run's head commit, found by the API, not the artifact. */
async function fork_comment_pullRequestOf(octokit, ctx, run) {
    if (run.headRepo === null || run.headSha === '' || run.headBranch === '')
        return null;
    const owner = run.headRepo.split('/')[0];
    const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner: ctx.owner, repo: ctx.repo, state: 'open', head: `${owner}:${run.headBranch}`, per_page: 100 });
    return pulls.find((pr) => pr.head.sha === run.headSha)?.number ?? null;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/engine/engine-environment.ts
var engine_environment = __webpack_require__(11862);
;// CONCATENATED MODULE: ./src/github/git.ts



/**
 * The two questions the gate asks git about the checkout: which commit is checked out (the fork policy
 * under pull_request_target), and what a file held at a trusted commit (the gate's own files read from
 * the base branch, not from the pull request). git is started with an argument array and the same built
 * environment as the engine: never a shell, never the action's inputs or tokens.
 */
const GIT_TIMEOUT_MS = 30_000;
function git(args, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: 256 << 20, env: (0,engine_environment/* buildEngineEnvironment */.w)(process.env, {}), encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error)
                resolve({ ok: false, error: (stderr.trim().split('\n')[0] ?? '') || error.message });
            else
                resolve({ ok: true, stdout });
        });
    });
}
/** The commit checked out in `cwd`, or null when it is not a git checkout (or git is missing). */
async function checkedOutCommit(cwd) {
    const result = await git(['rev-parse', '--verify', 'HEAD^{commit}'], cwd);
    return result.ok ? result.stdout.trim() : null;
}
/** A ref a user may give: a branch, tag, remote ref or commit id; never an option (`-...`), never `..`. */
function isPlainRef(ref) {
    return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(ref) && !ref.includes('..') && !ref.endsWith('/') && !ref.endsWith('.lock');
}
/** The commit id `ref` names in the checkout at `cwd`, or an error sentence. */
async function resolveCommit(ref, cwd) {
    if (!isPlainRef(ref))
        return { ok: false, error: `"${ref}" is not a branch, tag or commit name` };
    const result = await git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], cwd);
    return result.ok ? { ok: true, commit: result.stdout.trim() } : { ok: false, error: result.error };
}
/**
 * The text of `path` (relative to `cwd`, or absolute inside it) at `commit`, or null when that commit has
 * no such file. `git cat-file blob`, not `git show`: no text conversion filter the checkout configures.
 */
async function fileAtCommit(commit, path, cwd) {
    const rel = (0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(cwd, path) : path;
    const result = await git(['cat-file', 'blob', `${commit}:./${rel.split('\\').join('/')}`], cwd);
    return result.ok ? result.stdout : null;
}

;// CONCATENATED MODULE: ./src/github/trusted-gate-files.ts






/** null when there is nothing to read from another commit: `base` outside a pull request reads the checkout. */
async function readTrustedGateFiles(options) {
    const { ref, ctx, cwd } = options;
    let name = ref;
    if (ref === 'base') {
        if (ctx.pullRequest === null)
            return null;
        if (ctx.pullRequest.baseSha === null)
            throw new errors/* InputError */.dz(`input trusted-ref: "base" needs a pull request event's payload (under ${ctx.eventName || 'this event'} there is none); give the base branch's name`);
        name = ctx.pullRequest.baseSha;
    }
    const resolved = await resolveCommit(name, cwd);
    if (!resolved.ok) {
        throw new errors/* InputError */.dz(`input trusted-ref: ${name} is not a commit of the checkout (${resolved.error}); check out with fetch-depth: 0, or fetch it first`);
    }
    const commit = resolved.commit;
    const described = `${ref === 'base' ? 'base commit' : ref} ${commit.slice(0, 12)}`;
    let thresholds;
    if (options.thresholdsPath !== undefined) {
        const text = await fileAtCommit(commit, options.thresholdsPath, cwd);
        if (text === null)
            throw new errors/* InputError */.dz(`${options.thresholdsPath} at ${described}: thresholds file not found`);
        thresholds = (0,thresholds_config/* parseThresholds */.S)(text, `${options.thresholdsPath} at ${described}`);
    }
    const profileText = options.noiseProfilePath === undefined ? null : await fileAtCommit(commit, options.noiseProfilePath, cwd);
    const profile = profileText === null ? null : (0,noise_profile/* parseNoiseProfile */.jW)(profileText, `${options.noiseProfilePath} at ${described}`);
    const dir = (0,external_node_path_.join)(options.tempDir, `infergate-trusted-${commit.slice(0, 12)}`);
    const baselineSources = [];
    for (const [i, source] of options.baselineSources.entries()) {
        if (source.kind === 'artifact') {
            baselineSources.push(source);
            continue;
        }
        // A file missing at the trusted commit is passed on as missing (a first run), with its own name.
        const text = await fileAtCommit(commit, source.path, cwd);
        const copy = (0,external_node_path_.join)(dir, String(i), (0,external_node_path_.basename)(source.path));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, String(i)), { recursive: true });
        if (text !== null)
            (0,external_node_fs_.writeFileSync)(copy, text);
        baselineSources.push({ ...source, path: copy });
    }
    return { thresholds, baselineSources, profile, described };
}

// EXTERNAL MODULE: ./src/util/redact-folder.ts
var redact_folder = __webpack_require__(9032);
;// CONCATENATED MODULE: ./src/github/upload-run-folder.ts





/** Every regular file under the folder (symlinks are left out: they could point outside it). */
function listRunFiles(dir) {
    const files = [];
    const walk = (current) => {
        for (const entry of (0,external_node_fs_.readdirSync)(current, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(current, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (entry.isFile())
                files.push(path);
        }
    };
    walk(dir);
    return files.sort();
}
/**
 * Uploads the run folder (results.json, requests.jsonl, predictions.jsonl, output.txt, telemetry,
 * report) as one artifact. Called on success and after a failure midway alike, so it never throws:
 * a failed upload is a warning, and the run's own verdict stands.
 */
async function uploadRunFolder(runDir, name, options = {}) {
    let files;
    try {
        // No secret value the run knows leaves in the artifact, whichever file a stage wrote it into.
        (0,redact_folder/* redactFolder */.m)(runDir);
        files = listRunFiles(runDir);
    }
    catch (error) {
        core/* warning */.$e(`run folder ${runDir} could not be read for upload: ${error.message}`);
        return null;
    }
    if (files.length === 0) {
        core/* warning */.$e(`run folder ${runDir} is empty: no artifact uploaded`);
        return null;
    }
    try {
        const client = options.client ?? (await defaultArtifactClient());
        const res = await client.uploadArtifact(name, files, runDir, options.retentionDays ? { retentionDays: options.retentionDays } : {});
        const id = res.id ?? 0;
        core/* info */.pq(`uploaded ${files.length} file(s) of ${runDir} as artifact "${name}" (${res.size ?? 0} bytes)`);
        return { id, size: res.size ?? 0, files: files.length, url: options.runUrl && id ? `${options.runUrl}/artifacts/${id}` : null };
    }
    catch (error) {
        const reason = isGhesArtifactError(error)
            ? 'the artifact service is not available on GitHub Enterprise Server with @actions/artifact v2+; use actions/upload-artifact@v3 (GHES) on the run folder instead'
            : error.message;
        core/* warning */.$e(`artifact "${name}" was not uploaded: ${reason}`);
        return null;
    }
}

// EXTERNAL MODULE: ./src/run-folder/request-columns.ts
var request_columns = __webpack_require__(38499);
// EXTERNAL MODULE: ./src/util/workflow-commands.ts
var workflow_commands = __webpack_require__(5714);
// EXTERNAL MODULE: ./src/pipeline/report-step.ts + 1 modules
var report_step = __webpack_require__(97395);
;// CONCATENATED MODULE: ./src/pipeline/gate-step.ts























/**
 * Compares `current` with the baseline under the thresholds. With a run folder, the comparison is kept
 * there as comparison.json — the only place it is written — so the report, the artifact and a matrix
 * aggregate job all read the same decision.
 */
function decideGate(current, reference, runDir, currentResultsPath, currentRequests) {
    const measured = compareResults(reference.baseline, current, reference.thresholds, { profile: reference.profile ?? null });
    // Quality (paired ROUGE, output integrity) needs the current run's predictions, found beside its results
    // file, and its records: read back a line at a time through the columns the run read when it has them
    // (requests.jsonl is parsed once per run).
    const comparison = currentResultsPath
        ? withBaselineQuality(measured, reference.baseline, currentResultsPath, { results: current, settings: reference.thresholds.quality, ...(currentRequests ? { records: (0,request_columns/* eachRecord */.n$)(currentRequests) } : {}) })
        : measured;
    if (runDir !== null)
        (0,comparison_file/* writeComparisonFile */.xV)((0,external_node_path_.join)(runDir, layout/* GATE_FILES */.Y8.comparison), comparison);
    return { comparison, exitCode: (0,gate_comparison/* comparisonFails */.T)(comparison) ? errors/* ExitCode */.yU.regression : errors/* ExitCode */.yU.ok };
}
/** The gate's reference read from local files, as the CLI names them (--baseline, --last, --config). */
function gateReferenceFromFiles(files) {
    return {
        thresholds: (0,thresholds_config/* loadThresholds */.HP)(files.thresholdsPath),
        baseline: baselineFromAnyFile(files.baselineFile, files.last),
        profile: files.noiseProfile ? (0,noise_profile/* readNoiseProfile */.AQ)(files.noiseProfile) : null,
    };
}
/**
 * The action's gate, top to bottom: the gate's reference from the trusted commit and GitHub artifacts, the
 * decision (decideGate, comparison.json kept in the run folder), the report drawn with it, the
 * run folder uploaded, the decision published (summary, comment, annotations, outputs), and on the default
 * branch only, the history / baseline file updated.
 */
async function runGateStep(options) {
    const ctx = options.ctx ?? readRunContext();
    const octokit = options.octokit ?? (options.token ? makeOctokit(options.token, ctx) : undefined);
    const decision = decideGate(options.current, await gateReferenceFromGitHub(options, ctx, octokit), options.runDir, options.resultsPath ?? (0,external_node_path_.join)(options.runDir, layout/* RUN_FILES */.al.results), options.report?.run.columns);
    const { comparison } = decision;
    // Kept in the run folder before the upload, so the artifact carries it (the workflow_run comment pattern).
    writeCommentFile(options.runDir, comparison, ctx, options.title);
    const charts = options.report ? (0,report_step.writeRunReport)(options.report.run, options.report.log, comparison).charts : undefined;
    const upload = options.artifactName
        ? await uploadRunFolder(options.runDir, options.artifactName, {
            runUrl: runUrl(ctx),
            ...(options.artifactClient ? { client: options.artifactClient } : {}),
            ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
        })
        : null;
    const publish = await publishToGitHub({
        comparison,
        current: options.current,
        runDir: options.runDir,
        resultsPath: options.resultsPath ?? (0,external_node_path_.join)(options.runDir, layout/* RUN_FILES */.al.results),
        ctx,
        artifactUrl: upload?.url ?? null,
        ...(octokit ? { octokit } : {}),
        ...(options.comment !== undefined ? { comment: options.comment } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(charts ? { charts } : {}),
    });
    const baselineWrites = ctx.onDefaultBranch && options.current.status === 'completed' ? updateDefaultBranchBaseline(options) : [];
    return { ...decision, publish, upload, baselineWrites };
}
/**
 * Thresholds, baseline sources and noise profile as the action reads them: from the trusted commit when
 * `trusted-ref` is set (a pull request must not grade itself with its own thresholds.yaml), else from the
 * checkout. The action reads them before the benchmark, so a malformed one ends the job before the engine
 * starts (exit 2), not after the run.
 */
async function readGateFiles(options) {
    const trusted = options.trustedRef
        ? await readTrustedGateFiles({
            ref: options.trustedRef,
            thresholdsPath: options.thresholdsPath,
            baselineSources: options.baselineSources,
            noiseProfilePath: options.noiseProfilePath,
            ctx: options.ctx ?? readRunContext(),
            cwd: options.cwd ?? process.cwd(),
            tempDir: process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
        })
        : null;
    if (trusted)
        core/* info */.pq(`thresholds, baseline and noise profile files read from the ${trusted.described}, not from the checkout`);
    const configured = trusted ? (trusted.thresholds ?? thresholds_config/* DEFAULT_THRESHOLDS */.JJ) : (0,thresholds_config/* loadThresholds */.HP)(options.thresholdsPath);
    const thresholds = options.onMismatch ? { ...configured, fingerprint: { ...configured.fingerprint, on_mismatch: options.onMismatch } } : configured;
    return { thresholds, baselineSources: trusted?.baselineSources ?? [...options.baselineSources], profile: actionNoiseProfile(options.noiseProfilePath, trusted) };
}
/** The gate's reference: its files (read before the benchmark, or now), the baseline resolved, artifacts downloaded with the token. */
async function gateReferenceFromGitHub(options, ctx, octokit) {
    const files = options.files ?? (await readGateFiles({ ...options, ctx }));
    const artifactDeps = octokit && options.token
        ? { octokit, ctx, token: options.token, destDir: (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'infergate-baseline'), ...(options.artifactClient ? { client: options.artifactClient } : {}) }
        : null;
    const { baseline } = await resolveBaseline(files.baselineSources, artifactDeps);
    return { thresholds: files.thresholds, baseline, profile: files.profile };
}
/**
 * The noise profile the action's gate uses: the one at the trusted commit when there is one (a profile
 * decides how wide the noise is, so a pull request must not widen its own), else the checkout's. A file
 * that is not there is a gate without a profile (docs/gate.md, "Calibration"), said in one line.
 */
function actionNoiseProfile(path, trusted) {
    if (path === undefined)
        return null;
    const where = trusted ? `${path} at ${trusted.described}` : path;
    const profile = trusted ? trusted.profile : (0,external_node_fs_.existsSync)(path) ? (0,noise_profile/* readNoiseProfile */.AQ)(path) : null;
    const line = profile
        ? `noise profile ${where}: ${profile.runs} calibration runs, used as the between-run noise where its environment fingerprint matches the run's`
        : `no noise profile at ${where}: the between-run noise comes from the baseline history, or with one baseline run only the noise within each run is known`;
    // The path is the workflow's input: printed as text, never as a workflow command.
    for (const text of (0,workflow_commands/* untrustedLogLines */.WU)(line))
        core/* info */.pq(text);
    return profile;
}
/** A completed default-branch run becomes the baseline: appended to the history, copied to the baseline file. */
function updateDefaultBranchBaseline(options) {
    const writes = [];
    if (options.history) {
        appendToHistory(options.history.path, options.current, options.history.keep, true);
        writes.push(options.history.path);
    }
    if (options.baselineFileToUpdate) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(options.baselineFileToUpdate), { recursive: true });
        const resultsPath = options.resultsPath ?? (0,external_node_path_.join)(options.runDir, layout/* RUN_FILES */.al.results);
        (0,external_node_fs_.copyFileSync)(resultsPath, options.baselineFileToUpdate);
        writes.push(options.baselineFileToUpdate);
        // The predictions go beside it, so the next pull request's quality checks pair against them.
        if ((0,external_node_fs_.existsSync)(predictionsBeside(resultsPath))) {
            (0,external_node_fs_.copyFileSync)(predictionsBeside(resultsPath), predictionsBeside(options.baselineFileToUpdate));
            writes.push(predictionsBeside(options.baselineFileToUpdate));
        }
    }
    if (writes.length > 0)
        core/* info */.pq(`default-branch run: updated ${writes.join(', ')}`);
    return writes;
}
/**
 * `mode: fork-comment` (docs/gate.md): the fork's results.json judged here, with this checkout's thresholds,
 * baseline and noise profile, by the same decision; the comment rendered and posted here. Nothing is written into the
 * fork's artifact folder.
 */
async function publishForkComment(options) {
    const ctx = options.ctx ?? readRunContext();
    const { run, current } = readForkRun(options.resultsDir, ctx);
    const octokit = options.octokit ?? (options.token ? makeOctokit(options.token, ctx) : undefined);
    const reference = { thresholds: (0,thresholds_config/* loadThresholds */.HP)(options.thresholdsPath), baseline: await forkBaseline(options, ctx, octokit), profile: actionNoiseProfile(options.noiseProfilePath, null) };
    const { comparison } = decideGate(current, reference, null);
    return { comparison, comment: await commentForFork(comparison, current, run, ctx, octokit, options.title) };
}


/***/ })

};
