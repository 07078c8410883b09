export const id = 829;
export const ids = [829];
export const modules = {

/***/ 12829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  abCommand: () => (/* binding */ abCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/load-config.ts + 6 modules
var load_config = __webpack_require__(81307);
// EXTERNAL MODULE: ./src/gate/paired-effect.ts
var paired_effect = __webpack_require__(70282);
// EXTERNAL MODULE: ./src/gate/statistics.ts
var statistics = __webpack_require__(72296);
;// CONCATENATED MODULE: ./src/gate/ab-effects.ts


/**
 * The metrics an A/B comparison gates, and which way is better. Medians, not means or tails: the
 * statistics of a block that one stalled request moves least (docs/gate.md, "A/B mode").
 */
const AB_METRICS = [
    { name: 'ttft_ms_median', higherIsBetter: false },
    { name: 'tpot_ms_median', higherIsBetter: false },
    { name: 'output_tps', higherIsBetter: true },
];
const asPct = (logRatio) => (Math.exp(logRatio) - 1) * 100;
// A bound from two noisy blocks can be astronomically wide (exp of a large log ratio): past ±9999% it reads
// as a bound, since toFixed would print an exponent ("+4.08e+29%") that says nothing more.
const signed = (value) => (value > 9999 ? '> +9999%' : `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`);
/**
 * Mean log ratio head/base over the pairs, with a Welch interval from each side's block-to-block spread.
 * The pairs' own spread would give only n − 1 degrees of freedom (2 at the first look, where the t
 * quantile is ~15 at these error rates); each side's spread gives up to 2n − 2. A drift that moves both
 * blocks of a pair cancels in the mean but adds to each side's spread, so this interval is then wider than
 * the paired one, never narrower: the error rate still holds (docs/gate.md, "A/B mode").
 */
function blockEffect(baseLogs, headLogs, alpha) {
    const n = baseLogs.length;
    if (n < 2 || headLogs.length !== n)
        throw new RangeError(`an A/B interval needs at least 2 pairs of blocks, got ${n}`);
    const estimate = (0,statistics/* mean */.i2)(headLogs) - (0,statistics/* mean */.i2)(baseLogs);
    const [vb, vh] = [(0,statistics/* sampleVariance */.y4)(baseLogs) / n, (0,statistics/* sampleVariance */.y4)(headLogs) / n];
    const se = Math.sqrt(vb + vh);
    // Welch–Satterthwaite; with no spread at all (a deterministic engine) the interval is the estimate.
    const df = se === 0 ? 1 : (vb + vh) ** 2 / ((vb * vb + vh * vh) / (n - 1));
    const halfWidth = se === 0 ? 0 : (0,statistics/* studentTQuantile */.$J)(1 - alpha / 2, df) * se;
    return { n, estimate, low: estimate - halfWidth, high: estimate + halfWidth, alpha };
}
function metricEffect(pairs, metric, alpha, marginPct) {
    // Logs make a +10% and a −9.1% change the same size; a pair counts where both blocks measured the metric.
    const measured = pairs.flatMap(({ base, head }) => {
        const b = base[metric.name];
        const h = head[metric.name];
        return typeof b === 'number' && typeof h === 'number' && b > 0 && h > 0 ? [[Math.log(b), Math.log(h)]] : [];
    });
    const base = { name: metric.name, higher_is_better: metric.higherIsBetter, pairs: measured.length };
    if (measured.length < 2) {
        return { ...base, effect_pct: null, low_pct: null, high_pct: null, decision: 'inconclusive', reason: `measured in ${measured.length} pair(s) of blocks; an interval needs 2` };
    }
    const effect = blockEffect(measured.map(([b]) => b), measured.map(([, h]) => h), alpha);
    const decision = (0,paired_effect/* decideEffect */.s5)(effect, Math.log(1 + marginPct / 100), metric.higherIsBetter);
    const [effectPct, lowPct, highPct] = [effect.estimate, effect.low, effect.high].map(asPct);
    const reason = `${signed(effectPct)} [${signed(lowPct)}, ${signed(highPct)}] over ${effect.n} pairs, margin ±${marginPct}% → ${decision}`;
    return { ...base, effect_pct: effectPct, low_pct: lowPct, high_pct: highPct, decision, reason };
}
/**
 * One look at the pairs run so far. Each metric's interval is taken at alpha / (metrics × looks), so the
 * chance that any interval at any look excludes a zero effect is at most alpha (Bonferroni over both): the
 * sequential rule may stop at the first conclusive look and still keeps the stated false-alarm rate.
 */
function abLook(pairs, rule, metrics = AB_METRICS) {
    const alphaPerInterval = rule.alpha / (metrics.length * rule.looks);
    const effects = metrics.map((metric) => metricEffect(pairs, metric, alphaPerInterval, rule.margin_pct));
    return { pairs: pairs.length, alpha_per_interval: alphaPerInterval, metrics: effects, verdict: (0,paired_effect/* combineDecisions */.dm)(effects.map((e) => e.decision)) };
}

// EXTERNAL MODULE: ./src/run-folder/predictions-file.ts
var predictions_file = __webpack_require__(77505);
// EXTERNAL MODULE: ./src/gate/quality-verdict.ts + 4 modules
var quality_verdict = __webpack_require__(94697);
// EXTERNAL MODULE: ./src/gate/greedy-decoding.ts
var greedy_decoding = __webpack_require__(4653);
// EXTERNAL MODULE: ./src/run-folder/results-file.ts
var results_file = __webpack_require__(69817);
// EXTERNAL MODULE: ./src/util/seeded-random.ts
var seeded_random = __webpack_require__(91664);
// EXTERNAL MODULE: ./src/run-folder/create-run-folder.ts
var create_run_folder = __webpack_require__(43039);
// EXTERNAL MODULE: ./src/run-folder/layout.ts
var layout = __webpack_require__(87460);
// EXTERNAL MODULE: ./src/run-folder/requests-jsonl-reader.ts
var requests_jsonl_reader = __webpack_require__(56011);
// EXTERNAL MODULE: ./src/run-folder/request-columns.ts
var request_columns = __webpack_require__(38499);
// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(95105);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(84537);
;// CONCATENATED MODULE: ./src/gate/ab-document.ts

const AB_SCHEMA = 'infergate/ab';
/** The A/B run folder's own file, beside blocks/ (docs/gate.md, "A/B mode"); the names live in the layout. */
const AB_FILE = layout/* AB_FOLDER */.H4.document;
const AB_BLOCKS_FOLDER = layout/* AB_FOLDER */.H4.blocks;

// EXTERNAL MODULE: ./src/util/deep-merge.ts
var deep_merge = __webpack_require__(94517);
;// CONCATENATED MODULE: ./src/pipeline/ab-settings.ts

/**
 * The `--set` assignments that turn the head's configuration into the base's: one per leaf of `ab.base`
 * (a list is one leaf and replaces the head's; a mapping such as engine_options.env is merged key by key).
 * Values are written as JSON, which the --set reader (YAML) reads back unchanged.
 */
function baseAssignments(base) {
    const out = [];
    const walk = (value, path) => {
        if ((0,deep_merge/* isPlainObject */.Q)(value)) {
            for (const [key, child] of Object.entries(value))
                walk(child, [...path, key]);
            return;
        }
        out.push(`${path.join('.')}=${JSON.stringify(value)}`);
    };
    walk(base, []);
    return out;
}

// EXTERNAL MODULE: ./src/pipeline/run-benchmark.ts + 67 modules
var run_benchmark = __webpack_require__(50649);
// EXTERNAL MODULE: ./src/pipeline/secrets.ts
var pipeline_secrets = __webpack_require__(88099);
// EXTERNAL MODULE: ./src/pipeline/report-step.ts + 1 modules
var report_step = __webpack_require__(97395);
;// CONCATENATED MODULE: ./src/pipeline/ab-run.ts






















/**
 * Same-runner A/B: pairs of blocks, base and head in a seeded random order within each pair, each block a
 * whole `infergate run` (the engine launched and stopped, the same seeded prompts and load) in its own run
 * folder under blocks/. After min_pairs, every pair is a look; an inconclusive look runs another pair until
 * max_pairs or the time budget. ab.json is rewritten after each block (docs/gate.md, "A/B mode").
 */
async function runAb(plan, hooks) {
    const config = (0,load_config/* loadConfig */.Z)(plan.hostPath, plan.overrides, { allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace });
    const base = [...baseAssignments(config.ab.base), ...plan.baseOverrides];
    checkAbSettings(config, base);
    // The base's configuration is read once before any block, so a bad ab.base is bad input, not a failed block.
    const baseConfig = (0,load_config/* loadConfig */.Z)(plan.hostPath, [...plan.overrides, ...base], { allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace });
    // Before ab.json or a log line can carry them: an --api-key value or URL password of either side.
    for (const side of [config, baseConfig])
        (0,pipeline_secrets/* registerConfigSecrets */.BR)(side, hooks.mask ?? (() => { }));
    const abDir = (0,create_run_folder/* createRunFolder */.kg)(config.log_path, 'ab', (0,create_run_folder/* newRunId */.F$)(), plan.outDir);
    const { ab } = config;
    const looks = ab.max_pairs - ab.min_pairs + 1;
    const document = {
        schema: AB_SCHEMA, schema_version: 1, status: 'running', failure: null,
        rule: { alpha: ab.alpha, margin_pct: ab.margin_pct, min_pairs: ab.min_pairs, max_pairs: ab.max_pairs, time_budget_s: ab.time_budget_s, looks, seed: ab.seed },
        base_settings: [...baseAssignments((0,pipeline_secrets/* redactConfig */.ql)(config.ab.base)), ...plan.baseOverrides], blocks: [], looks: [], quality: null, verdict: null, stopped: null,
    };
    const state = { plan, hooks, abDir, base, document, pairs: [], firstBlocks: {} };
    writeDocument(state);
    hooks.log.info(`A/B: ${ab.min_pairs} to ${ab.max_pairs} pairs of blocks, order seeded with ${ab.seed}; folder ${abDir}`);
    const failure = (await runPairs(state, config)) ?? (hooks.signal?.aborted ? (0,errors/* interruption */.YW)(hooks.signal) : null);
    if (failure)
        return finishWith(state, failure);
    decideQuality(state);
    const verdict = (0,paired_effect/* combineDecisions */.dm)([document.looks.at(-1)?.verdict ?? 'inconclusive', document.quality?.decision ?? 'pass']);
    document.verdict = verdict;
    document.status = 'completed';
    writeDocument(state);
    printVerdict(state);
    return { abDir, document, exitCode: verdict === 'regression' ? errors/* ExitCode */.yU.regression : errors/* ExitCode */.yU.ok, error: null };
}
function checkAbSettings(config, base) {
    if (config.ab.max_pairs < config.ab.min_pairs) {
        throw new errors/* InputError */.dz(`ab.max_pairs (${config.ab.max_pairs}) is less than ab.min_pairs (${config.ab.min_pairs}) in ${config.files.host}, its task.yaml or --set`);
    }
    if (base.length === 0) {
        throw new errors/* InputError */.dz(`${config.files.host}: A/B needs a base that differs from the head: set ab.base (engine_options, endpoint or model_name) in host.yaml or task.yaml, or give --base-set`);
    }
}
/** Runs pairs until a look is conclusive or the budget is spent; returns the failure that stopped a block, if any. */
async function runPairs(state, config) {
    const { ab } = config;
    const random = (0,seeded_random/* seededUniform */.L)(ab.seed);
    const started = Date.now();
    for (let pair = 1; pair <= ab.max_pairs; pair++) {
        if (pair > ab.min_pairs && ab.time_budget_s !== null && (Date.now() - started) / 1000 >= ab.time_budget_s) {
            state.document.stopped = `the time budget of ${ab.time_budget_s} s was spent after ${pair - 1} pairs`;
            return null;
        }
        const order = random() < 0.5 ? ['base', 'head'] : ['head', 'base'];
        const headlines = {};
        for (const side of order) {
            if (state.hooks.signal?.aborted)
                return (0,errors/* interruption */.YW)(state.hooks.signal);
            let outcome;
            try {
                outcome = await runBlock(state, pair, side);
            }
            catch (error) {
                // A block that could not even begin (its run folder refused): the A/B folder still says so.
                if (error instanceof errors/* InfergateError */.IC)
                    return error;
                throw error;
            }
            if (outcome.error)
                return outcome.error;
            headlines[side] = outcome.results.headline;
        }
        state.pairs.push({ base: headlines.base ?? {}, head: headlines.head ?? {} });
        if (pair < ab.min_pairs)
            continue;
        const look = abLook(state.pairs, { alpha: ab.alpha, margin_pct: ab.margin_pct, looks: state.document.rule.looks });
        state.document.looks.push(look);
        writeDocument(state);
        state.hooks.log.info(`A/B look after ${pair} pairs: ${look.verdict}`);
        if (look.verdict !== 'inconclusive') {
            state.document.stopped = `conclusive after ${pair} pairs`;
            return null;
        }
    }
    state.document.stopped = `the block budget of ${ab.max_pairs} pairs was spent`;
    return null;
}
async function runBlock(state, pair, side) {
    const { plan, hooks, document } = state;
    const index = document.blocks.length + 1;
    const folder = (0,external_node_path_.join)(AB_BLOCKS_FOLDER, `${String(index).padStart(2, '0')}-${side}`);
    hooks.log.info(`A/B block ${index}: ${side} (pair ${pair})`);
    const outcome = await (0,run_benchmark/* runBenchmark */.ff)({ hostPath: plan.hostPath, overrides: side === 'head' ? plan.overrides : [...plan.overrides, ...state.base], outDir: (0,external_node_path_.join)(state.abDir, folder), allowPathsOutsideWorkspace: plan.allowPathsOutsideWorkspace }, { ...hooks, printLine: (line) => hooks.log.info(`block ${index} (${side}) ${line}`) });
    // Each block's folder gets its report and its secret sweep, as an `infergate run` folder does.
    (0,report_step.writeRunReport)(outcome, hooks.log);
    document.blocks.push({ index, pair, side, folder, status: outcome.results.status });
    state.firstBlocks[side] ??= outcome.runDir;
    if (side === 'head')
        state.firstHeadRequests ??= outcome.columns;
    writeDocument(state);
    return outcome;
}
/** The first head block's outputs against the first base block's: greedy decoding makes later blocks repeat them. */
function decideQuality(state) {
    const { base, head } = state.firstBlocks;
    if (!base || !head)
        return;
    const requests = (0,external_node_path_.join)(head, layout/* RUN_FILES */.al.requests);
    const quality = (0,quality_verdict/* assessQuality */.yK)({
        current: (0,predictions_file/* readPredictionsFile */.jO)((0,external_node_path_.join)(head, layout/* RUN_FILES */.al.predictions)),
        baseline: (0,predictions_file/* readPredictionsFile */.jO)((0,external_node_path_.join)(base, layout/* RUN_FILES */.al.predictions)),
        currentRecords: state.firstHeadRequests ? (0,request_columns/* eachRecord */.n$)(state.firstHeadRequests) : ((0,external_node_fs_.existsSync)(requests) ? (0,requests_jsonl_reader/* readRequestsJsonl */.N9)(requests, { allowTruncatedTail: true }).records : null),
        // A base set to sample (request.temperature) writes other text by chance: then nothing is paired.
        sampling: { current: (0,greedy_decoding/* samplingOf */.v)((0,results_file/* readResultsFile */.B)((0,external_node_path_.join)(head, layout/* RUN_FILES */.al.results))), baseline: (0,greedy_decoding/* samplingOf */.v)((0,results_file/* readResultsFile */.B)((0,external_node_path_.join)(base, layout/* RUN_FILES */.al.results))) },
    });
    const integrity = quality.integrity;
    const integrityDecision = integrity && !(integrity.length.within && integrity.degenerate.within) ? 'regression' : 'pass';
    const rougeDecision = quality.rouge.compared ? quality.rouge.decision : 'pass';
    state.document.quality = { ...quality, decision: (0,paired_effect/* combineDecisions */.dm)([rougeDecision, integrityDecision]) };
}
function finishWith(state, failure) {
    state.document.status = failure.exitCode === errors/* ExitCode */.yU.interrupted ? 'interrupted' : 'failed';
    state.document.failure = { message: failure.message, exit_code: failure.exitCode };
    writeDocument(state);
    return { abDir: state.abDir, document: state.document, exitCode: failure.exitCode, error: failure };
}
function writeDocument(state) {
    (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.join)(state.abDir, AB_FILE), (0,secrets/* redactSecrets */.fp)(`${JSON.stringify(state.document, null, 2)}\n`));
}
function printVerdict(state) {
    const { document, hooks } = state;
    for (const metric of document.looks.at(-1)?.metrics ?? [])
        hooks.printLine(`A/B ${metric.name}: ${metric.reason}`);
    const rouge = document.quality?.rouge;
    if (rouge?.compared)
        hooks.printLine(`A/B ${rouge.type} paired: ${rouge.estimate.toFixed(4)} [${rouge.low.toFixed(4)}, ${rouge.high.toFixed(4)}] → ${rouge.decision}`);
    const tokens = document.quality?.tokens;
    if (tokens && tokens.mismatched > 0)
        hooks.log.warn(`head: usage.completion_tokens disagrees with the streamed text events in ${tokens.mismatched} of ${tokens.checked} requests`);
    hooks.printLine(`A/B verdict: ${document.verdict} (${document.stopped}; ${document.blocks.length} blocks in ${state.abDir})`);
}

// EXTERNAL MODULE: ./src/cli/console-hooks.ts + 1 modules
var console_hooks = __webpack_require__(30566);
// EXTERNAL MODULE: ./src/cli/interrupt.ts
var cli_interrupt = __webpack_require__(44741);
// EXTERNAL MODULE: ./src/cli/report-error.ts
var report_error = __webpack_require__(61001);
// EXTERNAL MODULE: ./src/cli/workspace-paths.ts
var workspace_paths = __webpack_require__(93510);
;// CONCATENATED MODULE: ./src/cli/actions/ab.ts





/** What `infergate ab` does once its arguments are parsed; resolves to the exit code. */
async function abCommand(options, observers = {}) {
    const interrupt = (0,cli_interrupt/* interruptOnSignals */.c)();
    try {
        const outcome = await runAb({ hostPath: options.host, overrides: options.set ?? [], baseOverrides: options.baseSet ?? [], outDir: options.out, allowPathsOutsideWorkspace: (0,workspace_paths/* pathsMayLeaveWorkspace */.S)(options.allowPathsOutsideWorkspace) }, (0,console_hooks/* consoleRunHooks */.V)(observers, interrupt.signal, 'infergate ab'));
        if (outcome.error)
            (0,report_error/* reportError */.N)(outcome.error);
        return outcome.exitCode;
    }
    finally {
        interrupt.dispose();
    }
}


/***/ }),

/***/ 30566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ consoleRunHooks)
});

;// CONCATENATED MODULE: ./src/report/progress-line.ts
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return '--';
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const ss = String(s % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
/**
 * "label 120/500 (24%) | 3.100 req/s | 410.0 tok/s | errors 2 | ETA 2:03", the rates at the precision of
 * the `Throughput:` and `Tps:` lines.
 */
function formatProgress(label, total, s) {
    const spanS = s.spanMs / 1000;
    const reqRate = spanS > 0 ? s.completed / spanS : 0;
    const tokRate = spanS > 0 ? s.outputTokens / spanS : 0;
    const pct = total > 0 ? Math.floor((100 * s.done) / total) : 0;
    const eta = s.done >= total ? 0 : reqRate > 0 ? (total - s.done) / reqRate : Number.NaN;
    return `${label} ${s.done}/${total} (${pct}%) | ${reqRate.toFixed(3)} req/s | ${tokRate.toFixed(1)} tok/s | errors ${s.errors} | ETA ${formatDuration(eta)}`;
}
class ProgressReporter {
    options;
    now;
    lastWrite = Number.NEGATIVE_INFINITY;
    last = { done: 0, errors: 0, completed: 0, outputTokens: 0, spanMs: 0 };
    finished = false;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? (() => performance.now());
    }
    update(snapshot) {
        if (this.finished)
            return;
        const t = this.now();
        this.last = snapshot;
        const period = this.options.isTTY ? (this.options.ttyIntervalMs ?? 200) : (this.options.intervalMs ?? 10_000);
        if (t - this.lastWrite < period)
            return;
        this.lastWrite = t;
        this.emit();
    }
    /** Writes the final state once and, on a terminal, ends the line. */
    finish() {
        if (this.finished)
            return;
        this.finished = true;
        this.emit();
        if (this.options.isTTY)
            this.options.write('\n');
    }
    emit() {
        const line = formatProgress(this.options.label ?? 'requests', this.options.total, this.last);
        if (this.options.isTTY)
            this.options.write(`\r${line}\x1b[K`);
        else
            this.options.write(`${line}\n`);
    }
}

// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(96618);
;// CONCATENATED MODULE: ./src/cli/console-hooks.ts


/**
 * The hooks a CLI command runs the pipeline with: log lines to the console, the seed's result lines to
 * stdout, and a live progress line to stderr (stdout keeps only the result lines, for parsers), one per
 * load (`infergate ab` runs several), labelled with the command.
 */
function consoleRunHooks(observers, signal, label) {
    let progress;
    return {
        ...observers,
        log: logger/* consoleLogger */.k,
        printLine: (line) => process.stdout.write(`${line}\n`),
        signal,
        onProgress: (update) => {
            observers.onProgress?.(update);
            progress ??= new ProgressReporter({ total: update.total, isTTY: process.stderr.isTTY === true, write: (text) => process.stderr.write(text), label });
            progress.update(update);
        },
        onLoadEnd: () => {
            progress?.finish();
            progress = undefined;
        },
    };
}


/***/ })

};
