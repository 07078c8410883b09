export const id = 306;
export const ids = [306];
export const modules = {

/***/ 81306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(95105);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/run-folder/layout.ts
var layout = __webpack_require__(87460);
// EXTERNAL MODULE: ./src/pipeline/run-benchmark.ts + 67 modules
var run_benchmark = __webpack_require__(50649);
;// CONCATENATED MODULE: ./src/pipeline/late-signal.ts





/**
 * A signal that arrived after results.json was written (while the report was drawn or the run folder
 * uploaded) still ends the run as interrupted, exit 130: results.json is rewritten with that status and
 * the failure, which keeps the run's own failure when it had one. Every figure in it stays as measured.
 * Returns the outcome unchanged when no signal came or the run already says interrupted.
 */
async function settleLateSignal(outcome, signal, phase) {
    await (0,run_benchmark/* yieldToSignals */.Ab)();
    if (!signal.aborted || outcome.results.status === 'interrupted')
        return outcome;
    const earlier = outcome.error ? `; the run had failed: ${outcome.error.message}` : '; the run itself had completed';
    const error = (0,errors/* interruption */.YW)(signal, `during the ${phase}${earlier}`);
    const results = { ...outcome.results, status: 'interrupted', failure: { message: error.message, exit_code: error.exitCode } };
    (0,atomic_write/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(outcome.runDir, layout/* RUN_FILES */.al.results), results);
    return { ...outcome, results, exitCode: error.exitCode, error };
}

// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/util/workflow-commands.ts
var workflow_commands = __webpack_require__(5714);
// EXTERNAL MODULE: ./src/cli/console-hooks.ts + 1 modules
var console_hooks = __webpack_require__(30566);
// EXTERNAL MODULE: ./src/cli/interrupt.ts
var cli_interrupt = __webpack_require__(44741);
// EXTERNAL MODULE: ./src/cli/report-error.ts
var report_error = __webpack_require__(61001);
// EXTERNAL MODULE: ./src/cli/workspace-paths.ts
var workspace_paths = __webpack_require__(93510);
;// CONCATENATED MODULE: ./src/cli/actions/run.ts











/** What `infergate run` does once its arguments are parsed; resolves to the exit code. */
async function runCommand(options, observers = {}) {
    // Read before the engine starts: a baseline that cannot be read is bad input, not a wasted run.
    const gateReference = await gateReferenceOf(options);
    const interrupt = (0,cli_interrupt/* interruptOnSignals */.c)();
    try {
        const outcome = await (0,run_benchmark/* runBenchmark */.ff)({ hostPath: options.host, overrides: options.set ?? [], outDir: options.out, allowPathsOutsideWorkspace: (0,workspace_paths/* pathsMayLeaveWorkspace */.S)(options.allowPathsOutsideWorkspace), profile: options.profile }, (0,console_hooks/* consoleRunHooks */.V)(observers, interrupt.signal, 'infergate'));
        observers.onPhase?.('report');
        // The report (HTML, SVG, exports) and the gate are loaded once the load is over: start to first
        // request evaluates only what the run path needs (docs/metrics.md, "Start-up").
        const { writeRunReport } = await Promise.all(/* import() */[__webpack_require__.e(629), __webpack_require__.e(395)]).then(__webpack_require__.bind(__webpack_require__, 97395));
        // The same decision as the action's (pipeline/gate-step.ts), for failed runs too, before the report.
        const decision = gateReference ? (await Promise.all(/* import() */[__webpack_require__.e(645), __webpack_require__.e(629), __webpack_require__.e(395), __webpack_require__.e(697), __webpack_require__.e(237)]).then(__webpack_require__.bind(__webpack_require__, 76237))).decideGate(outcome.results, gateReference, outcome.runDir, (0,external_node_path_.join)(outcome.runDir, layout/* RUN_FILES */.al.results), outcome.columns) : null;
        writeRunReport(outcome, logger/* consoleLogger */.k, decision?.comparison);
        const settled = await settleLateSignal(outcome, interrupt.signal, 'report');
        // The report shows results.json's status: draw it again when a late signal changed that.
        if (settled !== outcome)
            writeRunReport(settled, logger/* consoleLogger */.k, decision?.comparison);
        // stderr: stdout keeps only the seed's lines for parsers.
        if (decision) {
            const { renderComparisonText } = await __webpack_require__.e(/* import() */ 101).then(__webpack_require__.bind(__webpack_require__, 15101));
            process.stderr.write((0,workflow_commands/* neutraliseWorkflowCommands */.WM)(renderComparisonText(decision.comparison)));
        }
        if (settled.error)
            (0,report_error/* reportError */.N)(settled.error);
        return exitCodeOf(settled, decision);
    }
    finally {
        interrupt.dispose();
    }
}
async function gateReferenceOf(options) {
    if (options.baseline === undefined) {
        if (options.thresholds !== undefined)
            throw new errors/* InputError */.dz('--thresholds: applies to the gate, which runs only with --baseline <file>');
        if (options.noiseProfile !== undefined)
            throw new errors/* InputError */.dz('--noise-profile: applies to the gate, which runs only with --baseline <file>');
        return null;
    }
    const { gateReferenceFromFiles } = await Promise.all(/* import() */[__webpack_require__.e(645), __webpack_require__.e(629), __webpack_require__.e(395), __webpack_require__.e(697), __webpack_require__.e(237)]).then(__webpack_require__.bind(__webpack_require__, 76237));
    return gateReferenceFromFiles({ baselineFile: options.baseline, thresholdsPath: options.thresholds, noiseProfile: options.noiseProfile });
}
/** As the action decides its exit: a failed run's own code first, then a regression (1), else 0. */
function exitCodeOf(settled, decision) {
    if (settled.error || decision === null)
        return settled.exitCode;
    return decision.exitCode;
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
