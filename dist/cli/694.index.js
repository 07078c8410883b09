export const id = 694;
export const ids = [694];
export const modules = {

/***/ 99694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  calibrateCommand: () => (/* binding */ calibrateCommand)
});

// EXTERNAL MODULE: ./src/gate/noise-profile.ts
var noise_profile = __webpack_require__(54793);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/pipeline/run-benchmark.ts + 67 modules
var run_benchmark = __webpack_require__(50649);
;// CONCATENATED MODULE: ./src/pipeline/calibrate.ts



function checkCalibrationRuns(runs) {
    if (!Number.isInteger(runs) || runs < noise_profile/* MIN_CALIBRATION_RUNS */.v8) {
        throw new errors/* InputError */.dz(`--runs: expected a whole number ≥ ${noise_profile/* MIN_CALIBRATION_RUNS */.v8} (the spread of fewer runs is too rough to gate on), got ${runs}`);
    }
}
async function runCalibration(plan, hooks) {
    checkCalibrationRuns(plan.runs);
    const results = [];
    const runDirs = [];
    for (let i = 1; i <= plan.runs; i++) {
        hooks.log.info(`calibration run ${i} of ${plan.runs}`);
        const outcome = await (0,run_benchmark/* runBenchmark */.ff)({ ...plan.run, outDir: undefined }, hooks);
        runDirs.push(outcome.runDir);
        if (outcome.error || outcome.results.status !== 'completed') {
            hooks.log.warn(`calibration stopped: run ${i} of ${plan.runs} did not complete (${outcome.runDir}); no noise profile written`);
            return { profile: null, runDirs, exitCode: outcome.exitCode, error: outcome.error };
        }
        results.push(outcome.results);
    }
    const profile = (0,noise_profile/* buildNoiseProfile */.Ed)(results, new Date());
    (0,noise_profile/* writeNoiseProfile */.xd)(plan.profilePath, profile);
    hooks.log.info(`noise profile of ${plan.runs} runs written to ${plan.profilePath} (${Object.keys(profile.metrics).length} metrics)`);
    return { profile, runDirs, exitCode: 0, error: null };
}

// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/cli/interrupt.ts
var cli_interrupt = __webpack_require__(44741);
// EXTERNAL MODULE: ./src/cli/report-error.ts
var report_error = __webpack_require__(61001);
// EXTERNAL MODULE: ./src/cli/workspace-paths.ts
var workspace_paths = __webpack_require__(93510);
;// CONCATENATED MODULE: ./src/cli/actions/calibrate.ts





/** What `infergate calibrate` does once its arguments are parsed; resolves to the exit code. */
async function calibrateCommand(options) {
    const runs = Number(options.runs);
    checkCalibrationRuns(runs);
    const interrupt = (0,cli_interrupt/* interruptOnSignals */.c)();
    try {
        const outcome = await runCalibration({
            run: { hostPath: options.host, overrides: options.set ?? [], allowPathsOutsideWorkspace: (0,workspace_paths/* pathsMayLeaveWorkspace */.S)(options.allowPathsOutsideWorkspace) },
            runs,
            profilePath: options.out,
        }, { log: logger/* consoleLogger */.k, printLine: (line) => process.stdout.write(`${line}\n`), signal: interrupt.signal });
        if (outcome.error)
            (0,report_error/* reportError */.N)(outcome.error);
        return outcome.exitCode;
    }
    finally {
        interrupt.dispose();
    }
}


/***/ }),

/***/ 21295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ fingerprintDifferences),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   g7: () => (/* binding */ describeDifferences),
/* harmony export */   x_: () => (/* binding */ FINGERPRINT_FIELDS)
/* harmony export */ });
/** The fields that must match for a baseline to be comparable with the current run (docs/gate.md). */
const FINGERPRINT_FIELDS = [
    'accelerator',
    'accelerator_count',
    'driver',
    'engine',
    'engine_version',
    'model',
    'dataset_rows',
    'load_shape',
    'infergate_version',
    'profile',
];
/** Fields that differ between two fingerprints, leaving out the ones the thresholds config ignores. */
function fingerprintDifferences(baseline, current, ignore = []) {
    const differences = [];
    for (const field of FINGERPRINT_FIELDS) {
        if (ignore.includes(field))
            continue;
        // Results written before a field existed lack it: absent and null mean the same ("none").
        if ((baseline[field] ?? null) !== (current[field] ?? null))
            differences.push({ field, baseline: baseline[field], current: current[field] });
    }
    return differences;
}
function describeDifferences(differences) {
    return differences
        .map((d) => `${d.field} (baseline ${JSON.stringify(d.baseline)}, current ${JSON.stringify(d.current)})`)
        .join(', ');
}
/** Picks the fingerprint fields out of a results document's environment block. */
function fingerprintOf(environment) {
    const out = {};
    for (const field of FINGERPRINT_FIELDS)
        out[field] = environment[field];
    return out;
}


/***/ }),

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

/***/ 72296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ studentTQuantile),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Jt: () => (/* binding */ studentTCdf),
/* harmony export */   LA: () => (/* binding */ robustSd),
/* harmony export */   dY: () => (/* binding */ predictionInterval),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   k7: () => (/* binding */ welchTTest),
/* harmony export */   kA: () => (/* binding */ mannWhitneyUTest),
/* harmony export */   kr: () => (/* binding */ hashSeed),
/* harmony export */   y4: () => (/* binding */ sampleVariance)
/* harmony export */ });
/* unused harmony exports incompleteBeta, normalCdf */
/**
 * The few statistics the noise model needs, written from their textbook definitions: sample mean and
 * variance, Student's t distribution (through the regularized incomplete beta function, evaluated by
 * its continued fraction), Welch's unequal-variance t-test, the Mann-Whitney U test, a prediction
 * interval for one new observation, and for the calibrated verdict the median, a robust SD (MAD) and the
 * seed of a run's bootstrap.
 */
function mean(values) {
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
/** Unbiased sample variance (n − 1 in the denominator); 0 for fewer than two values. */
function sampleVariance(values) {
    if (values.length < 2)
        return 0;
    const m = mean(values);
    let sum = 0;
    for (const v of values)
        sum += (v - m) ** 2;
    return sum / (values.length - 1);
}
function logGamma(x) {
    // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let a = c[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Continued fraction for the incomplete beta function (modified Lentz's method). */
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(a, b, x)) / a;
    return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional, as in Welch's test). */
function studentTCdf(t, df) {
    const x = df / (df + t * t);
    const tail = 0.5 * incompleteBeta(x, df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** The t value with P(T ≤ t) = p, found by bisection on the CDF (monotone, so this always converges). */
function studentTQuantile(p, df) {
    if (p <= 0 || p >= 1)
        throw new RangeError(`quantile probability must be in (0, 1), got ${p}`);
    let lo = -1e6;
    let hi = 1e6;
    for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (studentTCdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Welch's t-test (unequal variances, Welch-Satterthwaite degrees of freedom). Two-sided p-value.
 * When both samples have zero variance, the p-value is 1 for equal means and 0 otherwise.
 */
function welchTTest(a, b) {
    if (a.length < 2 || b.length < 2)
        throw new RangeError('Welch t-test needs at least two values per sample');
    const va = sampleVariance(a) / a.length;
    const vb = sampleVariance(b) / b.length;
    const diff = mean(b) - mean(a);
    const se2 = va + vb;
    if (se2 === 0)
        return { pValue: diff === 0 ? 1 : 0, statistic: diff === 0 ? 0 : Math.sign(diff) * Infinity };
    const t = diff / Math.sqrt(se2);
    const df = (se2 * se2) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
    const pValue = 2 * (1 - studentTCdf(Math.abs(t), df));
    return { pValue: Math.min(1, Math.max(0, pValue)), statistic: t };
}
/** Ranks with ties given their average rank (1-based). */
function averageRanks(values) {
    const order = values.map((v, i) => ({ v, i })).sort((x, y) => x.v - y.v);
    const ranks = new Array(values.length).fill(0);
    const tieGroups = [];
    let i = 0;
    while (i < order.length) {
        let j = i;
        while (j + 1 < order.length && order[j + 1].v === order[i].v)
            j++;
        const rank = (i + j + 2) / 2;
        for (let k = i; k <= j; k++)
            ranks[order[k].i] = rank;
        if (j > i)
            tieGroups.push(j - i + 1);
        i = j + 1;
    }
    return { ranks, tieGroups };
}
/** Number of ways to reach each U value for samples of sizes m and n (no ties): the exact null law. */
function exactUCounts(m, n) {
    // counts[k][u] over the recursion f(m, n, u) = f(m-1, n, u-n) + f(m, n-1, u), built up by m.
    let prev = [];
    for (let j = 0; j <= n; j++)
        prev.push([1]);
    for (let i = 1; i <= m; i++) {
        const cur = [[1]];
        for (let j = 1; j <= n; j++) {
            const size = i * j + 1;
            const row = new Array(size).fill(0);
            const left = prev[j]; // f(i-1, j, u - j)
            const down = cur[j - 1]; // f(i, j-1, u)
            for (let u = 0; u < size; u++)
                row[u] = (u - j >= 0 ? (left[u - j] ?? 0) : 0) + (down[u] ?? 0);
            cur.push(row);
        }
        prev = cur;
    }
    return prev[n];
}
/**
 * Mann-Whitney U test, two-sided. Exact null distribution when there are no ties and both samples are
 * small (m·n ≤ 400); otherwise the normal approximation with tie correction and continuity correction.
 * The statistic is U of sample `b` (large when b tends to exceed a).
 */
function mannWhitneyUTest(a, b) {
    const m = a.length;
    const n = b.length;
    if (m < 1 || n < 1)
        throw new RangeError('Mann-Whitney test needs at least one value per sample');
    const { ranks, tieGroups } = averageRanks([...a, ...b]);
    let rankSumB = 0;
    for (let k = m; k < m + n; k++)
        rankSumB += ranks[k];
    const uB = rankSumB - (n * (n + 1)) / 2;
    const uMin = Math.min(uB, m * n - uB);
    if (tieGroups.length === 0 && m * n <= 400) {
        const counts = exactUCounts(m, n);
        const total = counts.reduce((s, c) => s + c, 0);
        let below = 0;
        for (let u = 0; u <= Math.floor(uMin); u++)
            below += counts[u] ?? 0;
        return { pValue: Math.min(1, (2 * below) / total), statistic: uB };
    }
    const N = m + n;
    const tieTerm = tieGroups.reduce((s, t) => s + (t ** 3 - t), 0);
    const variance = ((m * n) / 12) * (N + 1 - tieTerm / (N * (N - 1)));
    if (variance <= 0)
        return { pValue: 1, statistic: uB };
    const z = (Math.abs(uB - (m * n) / 2) - 0.5) / Math.sqrt(variance);
    return { pValue: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))), statistic: uB };
}
/** Standard normal CDF through the complementary error function. */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
function erfc(x) {
    // Numerical Recipes' Chebyshev fit, relative error < 1.2e-7 everywhere.
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/**
 * Two-sided (1 − alpha) prediction interval for one new observation from the population the sample
 * came from: mean ± t(1 − alpha/2, n − 1) · s · sqrt(1 + 1/n).
 */
function predictionInterval(sample, alpha) {
    if (sample.length < 2)
        throw new RangeError('a prediction interval needs at least two values');
    const m = mean(sample);
    const s = Math.sqrt(sampleVariance(sample));
    const half = studentTQuantile(1 - alpha / 2, sample.length - 1) * s * Math.sqrt(1 + 1 / sample.length);
    return { low: m - half, high: m + half };
}
/** Median of a sample (the mean of the two middle values for an even count); NaN for an empty one. */
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * Median absolute deviation scaled by 1.4826, so it estimates the standard deviation of a normal sample
 * while one wild value moves it hardly at all (its breakdown point is 50%, the plain SD's is 0%).
 */
function robustSd(values) {
    if (values.length < 2)
        return 0;
    const m = median(values);
    return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}
/** A 32-bit FNV-1a hash of a string: the bootstrap seed of a run, from its run id. */
function hashSeed(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}


/***/ }),

/***/ 80019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readJsonFile),
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _file_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24899);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45201);
/* harmony import */ var _utf8_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88253);




function jsonErrorLine(text, error) {
    // V8 reports "... at position N" (and newer versions "(line L column C)"); turn the position into a line.
    const lineMatch = /line (\d+)/.exec(error.message);
    if (lineMatch)
        return Number(lineMatch[1]);
    const posMatch = /position (\d+)/.exec(error.message);
    if (!posMatch)
        return undefined;
    return text.slice(0, Number(posMatch[1])).split('\n').length;
}
/** Reads and parses a JSON file (UTF-8, a BOM allowed; no device or pipe), with the file (and line, for a syntax error) named in any error. */
function readJsonFile(path) {
    (0,_file_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .refuseSpecialFile */ .Iy)(path, 'file');
    return parseJsonText((0,_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8Text */ .$y)((0,_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileOrFail */ ._)(path, { what: 'the file', missing: 'file not found' }), path), path);
}
/** Parses JSON text read from elsewhere (a file at a git commit); `name` says where it came from in the error, with the line. */
function parseJsonText(text, name) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(name, jsonErrorLine(text, error), 'not valid JSON'));
    }
}


/***/ })

};
