export const id = 395;
export const ids = [395];
export const modules = {

/***/ 41001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WX: () => (/* binding */ readComparisonFile),
/* harmony export */   xV: () => (/* binding */ writeComparisonFile)
/* harmony export */ });
/* unused harmony export COMPARISON_SCHEMA */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_json_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80019);



const COMPARISON_SCHEMA = 'infergate/comparison';
/**
 * comparison.json in the run folder: the gate's decision, kept so a matrix aggregate job can show
 * every job's verdict without re-reading their baselines.
 */
function writeComparisonFile(path, comparison) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, `${JSON.stringify({ schema: COMPARISON_SCHEMA, schema_version: 1, ...comparison }, null, 2)}\n`);
}
function readComparisonFile(path) {
    const raw = (0,_util_json_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readJsonFile */ .J)(path);
    if (raw === null || typeof raw !== 'object' || raw.schema !== COMPARISON_SCHEMA || !Array.isArray(raw.metrics) || typeof raw.verdict !== 'string') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(path, undefined, `not an infergate comparison file (expected schema "${COMPARISON_SCHEMA}" with verdict and metrics)`));
    }
    return raw;
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

/***/ 97395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeRunReport: () => (/* binding */ writeRunReport)
});

// EXTERNAL MODULE: ./src/report/write-report.ts + 5 modules
var write_report = __webpack_require__(48963);
// EXTERNAL MODULE: ./src/report/html/build-report-html.ts + 3 modules
var build_report_html = __webpack_require__(28248);
// EXTERNAL MODULE: ./src/report/markdown/build-markdown.ts + 2 modules
var build_markdown = __webpack_require__(4185);
// EXTERNAL MODULE: ./src/report/export/vllm-bench-result.ts
var vllm_bench_result = __webpack_require__(18709);
// EXTERNAL MODULE: ./src/report/export/github-action-benchmark.ts
var github_action_benchmark = __webpack_require__(11183);
// EXTERNAL MODULE: ./src/report/export/requests-csv.ts
var requests_csv = __webpack_require__(15014);
// EXTERNAL MODULE: ./src/report/markdown/comparison-markdown.ts
var comparison_markdown = __webpack_require__(69707);
// EXTERNAL MODULE: ./src/report/comparison-text.ts
var comparison_text = __webpack_require__(15101);
;// CONCATENATED MODULE: ./src/report/index.ts
/** The report stage's public API (see docs/report.md). */











// EXTERNAL MODULE: ./src/util/redact-folder.ts
var redact_folder = __webpack_require__(9032);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(84537);
;// CONCATENATED MODULE: ./src/pipeline/report-step.ts



/**
 * Writes report.html, report.md and the exports into the run folder and returns the Mermaid charts for
 * the job summary and PR comment. A report that cannot be drawn is a warning: the measured results are
 * already written and must not be lost to it. The report is drawn from the run's columns as read back
 * and the predictions' summary gathered as they were written, and the results document the run wrote, not
 * from a second parse of any of those files.
 */
function writeRunReport(run, log, comparison) {
    const { runDir, columns: requests, predictions, results } = run;
    try {
        // results.json is the text `results` was parsed from (late-signal.ts rewrites both together): not read back.
        const written = (0,write_report/* writeReport */.u5)(runDir, { requests, results, ...(predictions ? { predictions } : {}), ...(comparison ? { comparison } : {}) });
        return { charts: (0,secrets/* redactSecrets */.fp)((0,build_markdown/* buildChartsMarkdown */.n)(written.input)) };
    }
    catch (error) {
        log.warn(`the report could not be written: ${error instanceof Error ? error.message : String(error)}`);
        return {};
    }
    finally {
        // The report is the last file the run writes: no secret value stays in any file of the folder.
        sweepSecrets(runDir, log);
    }
}
function sweepSecrets(runDir, log) {
    try {
        (0,redact_folder/* redactFolder */.m)(runDir);
    }
    catch (error) {
        log.warn(`the run folder could not be swept for secrets: ${error.code ?? String(error)}`);
    }
}


/***/ }),

/***/ 15101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderComparisonText: () => (/* binding */ renderComparisonText)
/* harmony export */ });
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34562);
/* harmony import */ var _number_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21329);
/* harmony import */ var _markdown_comparison_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69707);



const ARROW = { lower: '↓', higher: '↑', neutral: '·' };
/** The comparison as a plain-text table for the terminal (`infergate compare`). */
function renderComparisonText(c) {
    const lines = [];
    lines.push(`verdict: ${(0,_markdown_comparison_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictLabel */ .Id)(c.verdict)} (mode: ${c.mode})`);
    // The same deciding metric the comment's heading names.
    const worst = (0,_markdown_comparison_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .worstMetric */ .s1)(c);
    if (worst)
        lines.push(`decided by: ${(0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .metricLabel */ .B)(worst.name)} (${worst.name}) ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(worst.delta_pct)}${worst.changeInterval ? ` ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInterval */ .vy)(worst.changeInterval)}` : ''}`);
    lines.push(`baseline: ${c.baseline.source}, ${c.baseline.runs} run(s); current: ${c.current.run_id}`);
    for (const notice of c.notices)
        lines.push(`note: ${notice}`);
    if (c.metrics.length > 0) {
        const rows = [
            ['metric', 'better', 'baseline', 'current', 'change', 'status', 'noise'],
            ...c.metrics.map((m) => [m.name, ARROW[m.direction], (0,_number_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(m.baseline), (0,_number_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(m.current), `${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(m.delta_pct)}${m.changeInterval ? ` ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInterval */ .vy)(m.changeInterval)}` : ''}`, m.status, m.noise.method]),
        ];
        const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => [...r[col]].length)));
        for (const row of rows)
            lines.push(row.map((cell, col) => cell + ' '.repeat(widths[col] - [...cell].length)).join('  ').trimEnd());
    }
    for (const m of c.metrics)
        if (m.status === 'fail' || m.status === 'warn' || m.status === 'inconclusive')
            lines.push(`${m.status}: ${m.name}: ${m.reason}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 11183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ toGithubActionBenchmark)
/* harmony export */ });
/* harmony import */ var _gate_metric_directions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83178);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34562);


function toGithubActionBenchmark(results) {
    const env = results.environment;
    const extra = [env?.model, env?.engine && `${env.engine} ${env.engine_version ?? ''}`.trim(), env?.accelerator, env?.load_shape].filter(Boolean).join(' · ');
    const files = { smallerIsBetter: [], biggerIsBetter: [] };
    const trials = results.trials ?? [];
    for (const [name, value] of Object.entries(results.headline)) {
        if (value === null || !Number.isFinite(value))
            continue;
        // The metrics the gate judges, split by its directions: the tool charts what the gate watches.
        const direction = (0,_gate_metric_directions_js__WEBPACK_IMPORTED_MODULE_0__/* .builtInDirection */ .LD)(name);
        if (direction === 'neutral')
            continue;
        const entry = { name, unit: (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .unitOf */ .uF)(name) || 'ratio', value };
        // With repeated trials the spread is shown as the tool's free-form range, e.g. "± 3.1".
        const samples = trials.map((t) => t[name]).filter((v) => typeof v === 'number');
        if (samples.length > 1)
            entry.range = `± ${Number(((Math.max(...samples) - Math.min(...samples)) / 2).toPrecision(3))}`;
        if (extra)
            entry.extra = extra;
        (direction === 'lower' ? files.smallerIsBetter : files.biggerIsBetter).push(entry);
    }
    return files;
}


/***/ }),

/***/ 7239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ jsonPieces),
/* harmony export */   ZR: () => (/* binding */ withNewline),
/* harmony export */   cp: () => (/* binding */ StreamedList)
/* harmony export */ });
/**
 * JSON.stringify(value) (compact, no indentation) handed out a piece at a time, so a large export (vLLM's
 * result with a list entry per request) is written without its whole text in memory: each top-level
 * field, and each element of a top-level array, is stringified on its own. The pieces joined are
 * JSON.stringify's text byte for byte (undefined fields left out, undefined array elements as null).
 * A top-level StreamedList is written as the array of the elements it produces, one at a time.
 */
function* jsonPieces(value) {
    yield '{';
    let first = true;
    for (const [key, field] of Object.entries(value)) {
        if (field === undefined || typeof field === 'function' || typeof field === 'symbol')
            continue;
        yield `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        if (Array.isArray(field) || field instanceof StreamedList)
            yield* arrayPieces(field);
        else
            yield JSON.stringify(field);
    }
    yield '}';
}
function* arrayPieces(items) {
    yield '[';
    let i = 0;
    for (const item of items)
        yield `${i++ > 0 ? ',' : ''}${JSON.stringify(item) ?? 'null'}`;
    yield ']';
}
/**
 * A list an export writes element by element without holding it (a per-request list drawn from the run's
 * columns, or read back from requests.jsonl): `items` makes a fresh pass each time it is iterated.
 */
class StreamedList {
    length;
    items;
    constructor(length, items) {
        this.length = length;
        this.items = items;
    }
    [Symbol.iterator]() {
        return this.items()[Symbol.iterator]();
    }
    toArray() {
        return [...this];
    }
}
/** The pieces, then a final newline (the exports end with one). */
function* withNewline(pieces) {
    yield* pieces;
    yield '\n';
}


/***/ }),

/***/ 15014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ requestsCsvLines)
/* harmony export */ });
/* unused harmony exports REQUEST_CSV_COLUMNS, toRequestsCsv */
/* harmony import */ var _request_series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82953);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68621);


/** One row per request (warmup included, flagged), RFC 4180 quoting, times in ms as recorded. */
const REQUEST_CSV_COLUMNS = [
    'index',
    'id',
    'step',
    'warmup',
    'send_ms',
    'ttft_ms',
    'first_choice_ms',
    'tpot_ms',
    'e2el_ms',
    'close_ms',
    'text_events',
    'itl_max_ms',
    'prompt_tokens',
    'output_tokens',
    'output_tokens_estimated',
    'finish_reason',
    'retries',
    'error_kind',
    'http_status',
    'error_message',
];
/**
 * Quotes a cell when needed; a text cell starting with = + - @ gets a leading ' so spreadsheet
 * programs do not run it as a formula (server error messages are untrusted text).
 */
function cell(value, text = false) {
    if (value === null)
        return '';
    let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
    if (text && /^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function toRequestsCsv(records) {
    return [...requestsCsvLines(records)].join('');
}
/**
 * The CSV a line at a time (each ending in CRLF), for writing a large run without its whole text: a row
 * of the run's columns is read back whole from its line of requests.jsonl as its CSV line is written.
 */
function* requestsCsvLines(requests) {
    yield `${REQUEST_CSV_COLUMNS.join(',')}\r\n`;
    if (Array.isArray(requests)) {
        for (const r of requests)
            yield `${csvRow(r)}\r\n`;
        return;
    }
    const columns = requests;
    const reader = columns.source.open();
    try {
        for (let r = 0; r < columns.length; r++)
            yield `${csvRow(reader.record(r))}\r\n`;
    }
    finally {
        reader.close();
    }
}
function csvRow(r) {
    const itl = (0,_request_series_js__WEBPACK_IMPORTED_MODULE_0__/* .itlsOf */ .Gm)(r);
    const round = (v) => (v === null ? null : Math.round(v * 1000) / 1000);
    return [
        cell(r.index),
        cell(r.id, true),
        cell(r.step),
        cell(r.warmup),
        cell(r.send_ms),
        cell(r.ttft_ms),
        cell(r.first_choice_ms),
        cell(round((0,_request_series_js__WEBPACK_IMPORTED_MODULE_0__/* .tpotOf */ .JX)(r))),
        cell(r.e2el_ms),
        cell(r.close_ms),
        cell(r.text_event_ms.length),
        cell(itl.length > 0 ? round((0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .maxOf */ ._)(itl)) : null),
        cell(r.prompt_tokens),
        cell(r.output_tokens),
        cell(r.output_tokens_estimated),
        cell(r.finish_reason, true),
        cell(r.retries),
        cell(r.error?.kind ?? null, true),
        cell(r.error?.status ?? null),
        cell(r.error?.message ?? null, true),
    ].join(',');
}


/***/ }),

/***/ 18709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ vllmBenchResultOfRows),
/* harmony export */   x0: () => (/* binding */ vllmBenchResultsPerStepOfRows)
/* harmony export */ });
/* unused harmony exports toVllmBenchResult, toVllmBenchResultsPerStep */
/* harmony import */ var _run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38499);
/* harmony import */ var _request_series_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82953);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68621);
/* harmony import */ var _json_pieces_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7239);




/** vLLM formats the run date as %Y%m%d-%H%M%S. */
function vllmDate(iso) {
    const d = iso ? new Date(iso) : new Date(0);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}
const pctName = (p) => (Number.isInteger(p) ? String(p) : String(p));
function loadSetting(config, key) {
    const load = config.load;
    return load && typeof load === 'object' ? load[key] : undefined;
}
const PER_REQUEST_LISTS = (/* unused pure expression or super */ null && (['input_lens', 'output_lens', 'ttfts', 'itls', 'start_times', 'generated_texts', 'errors']));
/** The export as one object, its lists held (for tests and callers that want the value). */
function toVllmBenchResult(results, requests, options = {}) {
    const columns = asColumns(requests);
    return materialize(vllmBenchResultOfRows(results, columns, measured(columns), options));
}
function materialize(streamed) {
    const out = { ...streamed };
    for (const key of PER_REQUEST_LISTS)
        out[key] = streamed[key].toArray();
    return out;
}
/**
 * The export of the given measured rows: figures from the columns, the per-request lists produced a
 * request at a time as they are written (generated texts and error messages read back from requests.jsonl).
 */
function vllmBenchResultOfRows(results, c, rows, options = {}) {
    // Send order; rows that were sent at the same instant keep the file's order.
    const rs = Uint32Array.from(rows).sort((a, b) => c.sendMs[a] - c.sendMs[b] || a - b);
    const ok = rs.filter((r) => (0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletedRow */ .uP)(c, r));
    // rs.map would give a Uint32Array: the times are read through a generator instead.
    const start = (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .minOf */ ._h)(valuesOf(rs, (r) => c.sendMs[r]), 0);
    const end = (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .maxOf */ ._)(valuesOf(rs, (r) => (0,_request_series_js__WEBPACK_IMPORTED_MODULE_1__/* .endMs */ .MO)(c, r)), 0);
    const duration = (end - start) / 1000;
    const outputLen = (r) => ((0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletedRow */ .uP)(c, r) ? orZero(c.outputTokens[r]) : 0);
    let totalIn = 0;
    let totalOut = 0;
    for (const r of ok) {
        totalIn += orZero(c.promptTokens[r]);
        totalOut += outputLen(r);
    }
    const per = (x) => (duration > 0 ? x / duration : 0);
    const list = (item) => new _json_pieces_js__WEBPACK_IMPORTED_MODULE_2__/* .StreamedList */ .cp(rs.length, function* () {
        for (const r of rs)
            yield item(r);
    });
    const record = (pick) => new _json_pieces_js__WEBPACK_IMPORTED_MODULE_2__/* .StreamedList */ .cp(rs.length, () => readBack(c, rs, pick));
    const config = results.config ?? {};
    const shape = loadSetting(config, 'shape');
    const sweep = Array.isArray(loadSetting(config, 'sweep'));
    // The config's load (src/config/settings-schema.ts): shape "rate" is open loop at `rate` (capped by
    // max_concurrency); "concurrency" is a closed loop of `concurrency` streams (vLLM: rate inf). A sweep's
    // whole-run result has no single setting; toVllmBenchResultsPerStep passes each step's.
    const rate = shape === 'rate' && !sweep ? numberSetting(config, 'rate') : null;
    const concurrency = shape === 'concurrency' && !sweep ? numberSetting(config, 'concurrency') : shape === 'rate' ? numberSetting(config, 'max_concurrency') : null;
    const out = {
        date: vllmDate(results.started_at),
        backend: 'openai-chat',
        model_id: results.environment?.model ?? '',
        tokenizer_id: results.environment?.model ?? '',
        num_prompts: rs.length,
        request_rate: typeof options.requestRate === 'number' ? options.requestRate : (rate ?? 'inf'),
        burstiness: 1.0,
        max_concurrency: options.maxConcurrency !== undefined ? options.maxConcurrency : concurrency,
        duration,
        completed: ok.length,
        failed: rs.length - ok.length,
        total_input_tokens: totalIn,
        total_output_tokens: totalOut,
        request_throughput: per(ok.length),
        request_goodput: null,
        output_throughput: per(totalOut),
        total_token_throughput: per(totalIn + totalOut),
        input_lens: list((r) => orZero(c.promptTokens[r])),
        output_lens: list(outputLen),
        ttfts: list((r) => ((0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletedRow */ .uP)(c, r) ? c.ttftMs[r] / 1000 : 0)),
        itls: list((r) => {
            const gaps = [];
            if ((0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletedRow */ .uP)(c, r))
                (0,_request_series_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachItl */ .OC)(c, r, (g) => gaps.push(g / 1000));
            return gaps;
        }),
        start_times: list((r) => (c.sendMs[r] - start) / 1000),
        generated_texts: record((r) => ((0,_request_series_js__WEBPACK_IMPORTED_MODULE_1__/* .isCompleted */ .Yw)(r) ? r.text : '')),
        errors: record((r) => (r.error ? `${r.error.kind}: ${r.error.message}` : '')),
        max_output_tokens_per_s: peakTokensPerSecond(c, ok, start, outputLen),
        max_concurrent_requests: (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .maxOf */ ._)((0,_request_series_js__WEBPACK_IMPORTED_MODULE_1__/* .concurrencyStepFunction */ .ky)(c, rs).levels, 0),
    };
    Object.assign(out, statistics(c, ok, options.percentiles ?? [99]));
    return out;
}
const orZero = (v) => (Number.isNaN(v) ? 0 : v);
function* valuesOf(rows, value) {
    for (const r of rows)
        yield value(r);
}
/** Each row's record read back, in `rows`' order, only where `pick` needs more than the columns hold. */
function* readBack(c, rows, pick) {
    const reader = c.source.open();
    try {
        for (const r of rows)
            yield pick(reader.record(r));
    }
    finally {
        reader.close();
    }
}
/** Peak tokens/s over 1 s buckets of text events, as vLLM buckets its own token arrivals. */
function peakTokensPerSecond(c, ok, start, outputLen) {
    const buckets = new Map();
    for (const r of ok) {
        const events = (0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .eventCount */ .Cj)(c, r);
        const perEvent = events > 0 ? outputLen(r) / events : 0;
        for (let i = c.eventStart[r]; i < c.eventStart[r + 1]; i++) {
            const b = Math.floor((c.sendMs[r] + c.events[i] - start) / 1000);
            buckets.set(b, (buckets.get(b) ?? 0) + perEvent);
        }
    }
    return (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .maxOf */ ._)(buckets.values(), 0);
}
/** mean/median/std/percentiles of TTFT, TPOT, ITL and E2EL over the completed rows, in vLLM's field names. */
function statistics(c, ok, percentiles) {
    const out = {};
    const finite = (v) => (Number.isFinite(v) ? v : 0);
    for (const name of ['ttft', 'tpot', 'itl', 'e2el']) {
        const values = sample(c, ok, name);
        // Mean and std over the values in request order (the order vLLM sums in), then sorted in place, once:
        // the median and every percentile read the same 8 bytes a value.
        const average = (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .mean */ .i2)(values);
        const spread = (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .std */ .wi)(values);
        const sorted = values.sort();
        out[`mean_${name}_ms`] = finite(average);
        out[`median_${name}_ms`] = finite((0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .quantileSorted */ .Z4)(sorted, 0.5));
        out[`std_${name}_ms`] = finite(spread);
        for (const p of percentiles)
            out[`p${pctName(p)}_${name}_ms`] = finite((0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .quantileSorted */ .Z4)(sorted, p / 100));
    }
    return out;
}
/** One metric's values over the completed rows, in request order, in a Float64Array of their exact count. */
function sample(c, ok, name) {
    if (name === 'ttft')
        return Float64Array.from(ok, (r) => c.ttftMs[r]);
    if (name === 'e2el')
        return Float64Array.from(ok, (r) => c.e2elMs[r]);
    if (name === 'tpot') {
        const tpot = [];
        for (const r of ok) {
            const t = (0,_request_series_js__WEBPACK_IMPORTED_MODULE_1__/* .rowTpot */ .IV)(c, r);
            if (t !== null)
                tpot.push(t);
        }
        return Float64Array.from(tpot);
    }
    let gaps = 0;
    for (const r of ok)
        gaps += Math.max(0, (0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .eventCount */ .Cj)(c, r) - 1);
    const itl = new Float64Array(gaps);
    let at = 0;
    for (const r of ok)
        (0,_request_series_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachItl */ .OC)(c, r, (g) => (itl[at++] = g));
    return itl;
}
/**
 * A sweep step's load setting: step i ran at `config.load.sweep[i]`, a concurrency when
 * `config.load.shape` is "concurrency", a request rate when it is "rate" (src/pipeline/stage-settings.ts).
 */
function stepLoad(config, index, key) {
    const sweep = loadSetting(config, 'sweep');
    if (loadSetting(config, 'shape') !== key || !Array.isArray(sweep))
        return null;
    const v = sweep[index];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/**
 * One vLLM result per sweep step (vLLM writes one file per concurrency or rate), from the requests
 * recorded with that step number. Empty when the run is not a sweep.
 */
function toVllmBenchResultsPerStep(results, requests, options = {}) {
    const columns = asColumns(requests);
    return vllmBenchResultsPerStepOfRows(results, columns, options).map(({ label, result }) => ({ label, result: materialize(result) }));
}
/** toVllmBenchResultsPerStep with the per-request lists streamed (what the report writes). */
function vllmBenchResultsPerStepOfRows(results, c, options = {}) {
    const steps = results.steps ?? [];
    if (steps.length < 2)
        return [];
    const config = results.config ?? {};
    const rows = (0,_request_series_js__WEBPACK_IMPORTED_MODULE_1__/* .measured */ .jh)(c);
    return steps.map((step, i) => {
        const concurrency = stepLoad(config, i, 'concurrency');
        const rate = stepLoad(config, i, 'rate');
        return {
            label: step.label,
            result: vllmBenchResultOfRows(results, c, rows.filter((r) => c.step[r] === i), 
            // A rate step runs open loop: its concurrency cap is the config's max_concurrency, if any.
            { ...options, maxConcurrency: concurrency ?? (rate !== null ? numberSetting(config, 'max_concurrency') : (options.maxConcurrency ?? null)), requestRate: rate ?? options.requestRate }),
        };
    });
}
function numberSetting(config, key) {
    const v = loadSetting(config, key);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}


/***/ }),

/***/ 28248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ buildReportHtml)
});

// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/report/html/cards.ts
var cards = __webpack_require__(88093);
// EXTERNAL MODULE: ./src/run-folder/request-columns.ts
var request_columns = __webpack_require__(38499);
// EXTERNAL MODULE: ./src/run-folder/layout.ts
var layout = __webpack_require__(87460);
// EXTERNAL MODULE: ./src/report/request-series.ts
var request_series = __webpack_require__(82953);
// EXTERNAL MODULE: ./src/report/stats.ts
var stats = __webpack_require__(68621);
// EXTERNAL MODULE: ./src/report/svg/frame.ts
var svg_frame = __webpack_require__(81634);
// EXTERNAL MODULE: ./src/report/svg/scale.ts
var scale = __webpack_require__(12273);
// EXTERNAL MODULE: ./src/report/svg/path.ts
var path = __webpack_require__(40896);
;// CONCATENATED MODULE: ./src/report/svg/distribution-chart.ts




/** Shares of each bin (so runs with different request counts overlay fairly). */
function shares(counts, total) {
    return counts.map((c) => (total > 0 ? c / total : 0));
}
/**
 * A histogram (share of requests per bin) with the baseline's histogram as an outline, and beside it
 * the empirical CDFs of both. Returns two figures.
 */
function distributionCharts(spec) {
    if (spec.current.length === 0)
        return (0,svg_frame/* noData */._h)(spec.id, spec.title, 'No completed request measured this quantity.');
    const base = spec.baseline && spec.baseline.length > 0 ? spec.baseline : null;
    const pool = (0,stats/* pooled */.IE)(spec.current, base);
    const q = spec.clipQuantile ?? 0.995;
    // The bins span the axis the frame draws (its round ends), so the last bin ends where the axis does and
    // the caption's bound is the axis end a reader sees.
    const [lo, hi] = spec.range ?? (0,scale/* stableNiceDomain */.FN)((0,stats/* minOf */._h)(pool), Math.max((0,stats/* minOf */._h)(pool) + 1e-9, (0,stats/* quantile */.YV)(pool, q)), svg_frame/* AXIS_TICKS */.Vo);
    const binCount = spec.bins ?? 30;
    const cur = (0,stats/* histogram */.JW)(spec.current, lo, hi, binCount);
    const curShare = shares(cur.counts, spec.current.length);
    const baseShare = base ? shares((0,stats/* histogram */.JW)(base, lo, hi, binCount).counts, base.length) : null;
    const maxShare = Math.max((0,stats/* maxOf */._)(curShare, 0), (0,stats/* maxOf */._)(baseShare ?? [], 0));
    const clipped = (0,stats/* countAbove */.d2)(pool, hi);
    const noun = spec.noun ?? 'requests';
    const caption = `${spec.current.length} ${noun}` +
        (base ? `, baseline ${base.length}` : '') +
        (clipped > 0 && !spec.range ? `; ${clipped === 1 ? '1 value' : `${clipped} values`} above ${(0,scale/* formatTick */.T0)(hi)} ${spec.unit}, the axis end, ${clipped === 1 ? 'is' : 'are'} counted in the last bin` : '');
    const legend = base
        ? [
            { label: 'current', cls: 's0' },
            { label: 'baseline', cls: 'baseline', dashed: true },
        ]
        : [];
    const hist = (0,svg_frame/* frame */.Gt)({ id: `${spec.id}-hist`, title: `${spec.title}: histogram`, xLabel: spec.unit, yLabel: `share of ${noun}`, x: [lo, hi], y: [0, maxShare], legend, caption, width: 540 }, (sx, sy) => {
        const bars = curShare
            .map((s, i) => {
            if (s === 0)
                return '';
            const x0 = sx(cur.edges[i]);
            const x1 = sx(cur.edges[i + 1]);
            const y = sy(s);
            return `<rect class="bar s0" x="${x0.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0.5, x1 - x0 - 1).toFixed(1)}" height="${(sy(0) - y).toFixed(1)}"><title>${cur.edges[i].toPrecision(4)}–${cur.edges[i + 1].toPrecision(4)} ${spec.unit}: ${cur.counts[i]}</title></rect>`;
        })
            .join('');
        if (!baseShare)
            return bars;
        const outline = [[lo, 0]];
        baseShare.forEach((s, i) => {
            outline.push([cur.edges[i], s]);
        });
        outline.push([hi, baseShare[baseShare.length - 1]], [hi, 0]);
        return bars + `<path class="line baseline" d="${(0,path/* pathData */.m)(outline, sx, sy, true)}" stroke-dasharray="5 4"/>`;
    });
    // A CDF of thousands of requests is thinned to 600 points: no visible change, a much smaller file.
    const curCdf = (0,stats/* thinnedEcdf */.LE)(spec.current, 600).map(([x, y]) => [Math.min(x, hi), y]);
    const baseCdf = base ? (0,stats/* thinnedEcdf */.LE)(base, 600).map(([x, y]) => [Math.min(x, hi), y]) : null;
    const cdf = (0,svg_frame/* frame */.Gt)({ id: `${spec.id}-cdf`, title: `${spec.title}: CDF`, xLabel: spec.unit, yLabel: 'fraction ≤ x', x: [lo, hi], y: [0, 1], legend, width: 540 }, (sx, sy) => `<path class="line s0" d="${(0,path/* pathData */.m)([[lo, 0], ...curCdf], sx, sy, true)}"/>` +
        (baseCdf ? `<path class="line baseline" d="${(0,path/* pathData */.m)([[lo, 0], ...baseCdf], sx, sy, true)}" stroke-dasharray="5 4"/>` : ''));
    return hist + cdf;
}

;// CONCATENATED MODULE: ./src/report/svg/line-chart.ts




/** Lines (or staircases) over a shared x axis; null points must be removed by the caller. */
function lineChart(spec) {
    const all = spec.series.flatMap((s) => s.points).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    if (all.length === 0)
        return (0,svg_frame/* noData */._h)(spec.id, spec.title, 'Nothing was measured for this chart.');
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    const x0 = spec.xFromZero ? 0 : (0,stats/* minOf */._h)(xs);
    return (0,svg_frame/* frame */.Gt)({
        id: spec.id,
        title: spec.title,
        xLabel: spec.xLabel,
        yLabel: spec.yLabel,
        x: [x0, (0,stats/* maxOf */._)(xs)],
        y: [Math.min(0, (0,stats/* minOf */._h)(ys)), (0,stats/* maxOf */._)(ys)],
        legend: spec.series.length > 1 ? spec.series.map((s) => ({ label: s.label, cls: s.cls, dashed: s.dashed })) : [],
        caption: spec.caption,
        width: spec.width,
    }, (sx, sy) => spec.series
        .map((s) => {
        const dash = s.dashed ? ' stroke-dasharray="5 4"' : '';
        const line = s.points.length > 1 ? `<path class="line ${s.cls}" d="${(0,path/* pathData */.m)(s.points, sx, sy, s.step)}"${dash}/>` : '';
        const dots = s.markers
            ? s.points
                .map(([x, y], i) => `<circle class="dot ${s.cls}" cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="4"><title>${(0,util_escape/* escapeHtml */.ZD)(s.markers?.[i] ?? '')}</title></circle>`)
                .join('')
            : '';
        return line + dots;
    })
        .join(''));
}

// EXTERNAL MODULE: ./src/report/metric-catalog.ts
var metric_catalog = __webpack_require__(34562);
// EXTERNAL MODULE: ./src/report/html/tables.ts
var tables = __webpack_require__(61117);
;// CONCATENATED MODULE: ./src/report/html/sections.ts








const section = (title, id, body) => `<section id="${id}"><h2>${title}</h2>${body}</section>`;
const charts = (...figures) => `<div class="charts">${figures.join('')}</div>`;
const PALETTE = ['s0', 's1', 's2', 's3', 's4', 's5'];
function latencySection(requests, baseline) {
    if (!requests)
        return section('Latency distributions', 'latency', (0,svg_frame/* noData */._h)('latency', 'Latency', `This run folder has no ${layout/* RUN_FILES */.al.requests}.`));
    const cur = (0,request_series/* requestSeries */.x$)(requests);
    const base = baseline ? (0,request_series/* requestSeries */.x$)(baseline) : null;
    const note = base ? '' : `<p class="note">No baseline ${layout/* RUN_FILES */.al.requests} was given, so no baseline overlay.</p>`;
    return section('Latency distributions', 'latency', note +
        charts(distributionCharts({ id: 'ttft', title: 'TTFT', unit: 'ms', current: cur.ttftMs, baseline: base?.ttftMs }), distributionCharts({ id: 'tpot', title: 'TPOT', unit: 'ms', current: cur.tpotMs, baseline: base?.tpotMs }), distributionCharts({ id: 'e2el', title: 'E2EL', unit: 'ms', current: cur.e2elMs, baseline: base?.e2elMs })));
}
function timelineSection(requests) {
    if (!requests)
        return '';
    const { binS, bins } = (0,request_series/* timeline */.IO)(requests);
    const pts = (f) => bins.flatMap((b) => {
        const v = f(b);
        return v === null ? [] : [[b.startS + binS / 2, v]];
    });
    const caption = `Counted in ${binS} s bins by completion time; warmup requests excluded.`;
    return section('Over the run', 'timeline', charts(lineChart({ id: 'throughput-req', title: 'Request throughput', xLabel: 'time since start (s)', yLabel: 'req/s', xFromZero: true, series: [{ label: 'req/s', cls: 's0', points: pts((b) => b.reqPerS) }], caption }), lineChart({ id: 'throughput-tok', title: 'Output token throughput', xLabel: 'time since start (s)', yLabel: 'tok/s', xFromZero: true, series: [{ label: 'tok/s', cls: 's2', points: pts((b) => b.tokensPerS) }], caption: `Tokens spread over each request's text events, ${binS} s bins.` }), lineChart({
        id: 'latency-time',
        title: 'Latency over time (median per bin)',
        xLabel: 'time since start (s)',
        yLabel: 'ms',
        xFromZero: true,
        series: [
            { label: 'TTFT p50', cls: 's1', points: pts((b) => b.ttftP50Ms) },
            { label: 'E2EL p50', cls: 's3', points: pts((b) => b.e2elP50Ms) },
        ],
        caption,
    }), inFlightChart(requests, binS)));
}
/** One chart per field the sampler reported at all (a field null in every sample is left out). */
const TELEMETRY_CHARTS = [
    { id: 'power', title: 'Power draw', unit: 'W', pick: (s) => s.power_w },
    { id: 'utilization', title: 'Utilization', unit: '%', pick: (s) => s.utilization_pct },
    { id: 'memory', title: 'Memory used', unit: 'MiB', pick: (s) => s.memory_used_mib },
    { id: 'sm-clock', title: 'SM clock', unit: 'MHz', pick: (s) => s.sm_clock_mhz },
];
function telemetrySection(samples) {
    if (!samples || samples.length === 0)
        return '';
    const devices = [...new Set(samples.map((s) => s.device))];
    const seriesOf = (pick) => devices.map((device, i) => ({
        label: `device ${device}`,
        cls: PALETTE[i % PALETTE.length],
        points: samples.filter((s) => s.device === device && pick(s) !== null).map((s) => [s.t_ms / 1000, pick(s)]),
    }));
    const figures = TELEMETRY_CHARTS.filter((c) => samples.some((s) => c.pick(s) !== null)).map((c) => lineChart({ id: c.id, title: c.title, xLabel: 'time since sampling started (s)', yLabel: c.unit, xFromZero: true, series: seriesOf(c.pick), caption: `From ${layout/* RUN_FILES */.al.telemetry}, as sampled.` }));
    if (figures.length === 0)
        return '';
    return section('Accelerator', 'telemetry', charts(...figures));
}
/** Throughput vs latency per sweep step; the baseline's steps overlaid dashed when it has them. */
function sweepSection(results, baseline) {
    const steps = results.steps ?? [];
    if (steps.length < 2)
        return '';
    const xKey = 'output_tps';
    const latencyPairs = [
        ['TTFT p99 (ms)', 'ttft_ms_p99'],
        ['E2EL p99 (ms)', 'e2el_ms_p99'],
        ['TPOT mean (ms)', 'tpot_ms_mean'],
    ];
    const toPoints = (doc, yKey) => {
        const points = [];
        const labels = [];
        for (const step of doc.steps ?? []) {
            const x = (0,metric_catalog/* headlineValue */.qt)(step.headline, xKey);
            const y = (0,metric_catalog/* headlineValue */.qt)(step.headline, yKey);
            if (x === null || y === null)
                continue;
            points.push([x, y]);
            labels.push(`${step.label}: ${x.toPrecision(4)} ${xKey}, ${y.toPrecision(4)} ${yKey}`);
        }
        return { points, labels };
    };
    const figures = latencyPairs.map(([title, key]) => {
        const cur = toPoints(results, key);
        const series = [{ label: 'current', cls: 's0', points: cur.points, markers: cur.labels }];
        if (baseline?.steps && baseline.steps.length > 1) {
            const b = toPoints(baseline, key);
            if (b.points.length > 0)
                series.push({ label: 'baseline', cls: 'baseline', points: b.points, markers: b.labels, dashed: true });
        }
        const id = `pareto-${key.replace(/_/g, '-')}`;
        return lineChart({ id, title: `Throughput vs ${title}`, xLabel: 'output tok/s (output_tps)', yLabel: title, series, caption: 'One point per sweep step, in step order.', width: 360 });
    });
    return section('Sweep: throughput vs latency', 'sweep', charts(...figures));
}
function rougeSection(predictions) {
    if (!predictions)
        return '';
    const key = (0,tables/* rankingScore */.Lj)(predictions.keys);
    if (!key) {
        return section('ROUGE', 'rouge', `<p class="note">${layout/* RUN_FILES */.al.predictions} carries no per-document ROUGE scores (no <code>rouge</code> field), so there is no distribution or ranking to show.</p>` +
            (0,tables/* failedPredictionsTable */.kE)(predictions.failed, predictions.failedCount));
    }
    const figures = predictions.keys.map((k) => distributionCharts({ id: `rouge-${k.toLowerCase()}`, title: `${k} F per document`, unit: 'F-measure', current: predictions.scores[k], range: [0, 1], bins: 20, noun: 'documents' }));
    const lowest = predictions.lowest[key];
    return section('ROUGE per document', 'rouge', charts(...figures) + `<h2>Lowest ${key} predictions</h2>` + (0,tables/* worstPredictionsTable */.G9)(lowest.rows, key, undefined, lowest.keys) + (0,tables/* failedPredictionsTable */.kE)(predictions.failed, predictions.failedCount));
}
/** Requests in flight per timeline bin: the time-weighted mean, and the most at once, as two step lines. */
function inFlightChart(requests, binS) {
    const columns = (0,request_columns/* asColumns */.kt)(requests);
    const bins = (0,request_series/* inFlightBins */.YM)((0,request_series/* concurrencyStepFunction */.ky)(columns, (0,request_series/* measured */.jh)(columns)), binS);
    const stepPoints = (pick) => bins.flatMap((b) => [[b.startS, pick(b)], [b.startS + binS, pick(b)]]);
    return lineChart({
        id: 'concurrency',
        title: 'Requests in flight',
        xLabel: 'time since start (s)',
        yLabel: 'requests',
        xFromZero: true,
        series: [
            { label: 'mean in flight', cls: 's4', points: stepPoints((b) => b.mean) },
            { label: 'most at once', cls: 's1', points: stepPoints((b) => b.max), dashed: true },
        ],
        caption: `Per ${binS} s bin, from each request's send to its stream close: the time-weighted mean and the most in flight at once; warmup requests excluded.`,
    });
}

// EXTERNAL MODULE: ./src/report/html/style.ts
var style = __webpack_require__(23687);
;// CONCATENATED MODULE: ./src/report/html/build-report-html.ts





/**
 * report.html as one string: inline CSS and SVG only, no script, and a Content-Security-Policy that
 * forbids every fetch, so the file shows the same offline as in an artifact viewer.
 */
function buildReportHtml(input) {
    const { results } = input.run;
    const env = results.environment ?? {};
    const meta = [
        ['run', results.run_id],
        ['model', env.model],
        ['engine', `${env.engine ?? ''} ${env.engine_version ?? ''}`.trim()],
        ['accelerator', env.accelerator ? `${env.accelerator_count ?? 1} × ${env.accelerator}` : null],
        ['started', results.started_at],
        ['status', results.status],
    ]
        .filter(([, v]) => v)
        .map(([k, v]) => `<span><b>${k}</b> ${(0,util_escape/* escapeHtml */.ZD)(String(v))}</span>`)
        .join('');
    const failure = results.failure ? `<p class="note">Run failed: ${(0,util_escape/* escapeHtml */.ZD)(results.failure.message)}</p>` : '';
    const comparison = input.comparison && input.comparison.metrics.length > 0 ? `<h2>Against the baseline</h2>${(0,tables/* comparisonTable */.Qv)(input.comparison)}` : '';
    const body = [
        `<h1>infergate report</h1><p class="meta">${meta}</p>${failure}`,
        (0,cards/* verdictBadge */.h)(input.comparison),
        (0,cards/* headlineCards */.Uh)(results.headline, input.comparison),
        comparison,
        latencySection(input.run.requests, input.baseline?.requests ?? null),
        timelineSection(input.run.requests),
        telemetrySection(input.run.telemetry),
        sweepSection(results, input.baseline?.results ?? null),
        rougeSection(input.run.predictions),
        `<section id="all-metrics"><h2>All headline metrics</h2>${(0,tables/* headlineTable */.xR)(results.headline)}</section>`,
        `<p class="note">Definitions: docs/report.md and docs/metrics.md of infergate ${(0,util_escape/* escapeHtml */.ZD)(results.infergate_version ?? '')}. Warmup requests are excluded from every chart.</p>`,
    ].join('\n');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>infergate report: ${(0,util_escape/* escapeHtml */.ZD)(results.run_id ?? '')}</title>
<style>${style/* REPORT_CSS */.r}</style></head>
<body><main>
${body}
</main></body></html>
`;
}


/***/ }),

/***/ 88093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uh: () => (/* binding */ headlineCards),
/* harmony export */   h: () => (/* binding */ verdictBadge),
/* harmony export */   k0: () => (/* binding */ changeText)
/* harmony export */ });
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55421);
/* harmony import */ var _run_folder_seed_figures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51207);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34562);
/* harmony import */ var _number_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21329);




/** The seed's console metrics as cards, each with the gate's change and status when compared. */
function headlineCards(headline, comparison) {
    const cards = _run_folder_seed_figures_js__WEBPACK_IMPORTED_MODULE_1__/* .SEED_FIGURES */ .E.map((m) => {
        const value = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .headlineValue */ .qt)(headline, m.key);
        const row = comparison?.metrics.find((r) => r.name === m.key);
        const status = row?.status ?? '';
        const delta = row && row.delta_pct !== null ? `<div class="delta ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(status)} ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSense */ .jF)(row.delta_pct, row.direction)}">${changeText(row)} vs baseline${status && status !== 'info' ? ` (${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(status)})` : ''}</div>` : '';
        // The stored unit (TTFT in ms), the same figure the comment and the summary show.
        const unit = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .unitOf */ .uF)(m.key);
        const shown = value !== null ? `${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(value)}<span class="unit">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(unit)}</span>` : '<span class="unit">not measured</span>';
        return `<div class="card ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(status)}" data-seed="${m.name}" data-key="${m.key}"><div class="name">${m.label === m.name ? m.name : `${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(m.label)} · ${m.name}`}</div><div class="value">${shown}</div>${delta}</div>`;
    });
    return `<div class="cards">${cards.join('')}</div>`;
}
/** "▲ +14.0% [+9.8, +19.1]": the move, its size and, when the gate formed one, its interval. */
function changeText(row) {
    const arrow = (0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .changeArrow */ .Kj)(row.delta_pct);
    const interval = row.changeInterval ? ` ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInterval */ .vy)(row.changeInterval)}` : '';
    return `${arrow ? `${arrow} ` : ''}${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(row.delta_pct)}${interval}`;
}
/** The gate's verdict; "no-baseline" when the run was not compared at all. */
function verdictBadge(comparison) {
    const verdict = comparison?.verdict ?? 'no-baseline';
    const text = {
        pass: 'PASS: no regression past the thresholds',
        warn: 'WARN: changes past the warning threshold',
        fail: `FAIL: regression past the fail threshold (${(comparison?.regressed ?? []).join(', ')})`,
        inconclusive: 'INCONCLUSIVE: the data can neither show a regression nor rule one out',
        'not-compared': 'NOT COMPARED: the baseline ran in another environment',
        skipped: 'SKIPPED: the baseline is not comparable with this run',
        'no-baseline': 'No baseline: nothing compared',
    };
    const notices = (comparison?.notices ?? []).map((n) => `<p class="note notice">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(n)}</p>`).join('');
    return `<div class="verdict ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(verdict)}" data-verdict="${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(verdict)}">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(text[verdict] ?? verdict)}</div>${notices}`;
}


/***/ }),

/***/ 61117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ worstPredictionsTable),
/* harmony export */   Lj: () => (/* binding */ rankingScore),
/* harmony export */   Qv: () => (/* binding */ comparisonTable),
/* harmony export */   f_: () => (/* binding */ orderedMetrics),
/* harmony export */   kE: () => (/* binding */ failedPredictionsTable),
/* harmony export */   xR: () => (/* binding */ headlineTable)
/* harmony export */ });
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55421);
/* harmony import */ var _run_folder_prediction_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5974);
/* harmony import */ var _run_folder_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87460);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34562);
/* harmony import */ var _number_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21329);
/* harmony import */ var _cards_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88093);






/** Judged metrics first (fail, warn, improved, pass), then the ones only reported (info, missing). */
const STATUS_ORDER = { fail: 0, warn: 1, inconclusive: 2, improved: 3, pass: 4, info: 5, missing: 6 };
function orderedMetrics(comparison) {
    return [...comparison.metrics].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9));
}
function comparisonRowsHtml(rows) {
    const body = rows
        .map((r) => {
        const status = (0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.status);
        const label = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(r.name);
        const name = label === r.name ? (0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.name) : `${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(label)} <code>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.name)}</code>`;
        return `<tr><td>${name}</td><td class="num">${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMetricValue */ .dd)(r.name, r.baseline)}</td><td class="num">${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMetricValue */ .dd)(r.name, r.current)}</td><td class="num ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_4__/* .changeSense */ .jF)(r.delta_pct, r.direction)}">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)((0,_cards_js__WEBPACK_IMPORTED_MODULE_5__/* .changeText */ .k0)(r))}</td><td class="${status}">${status}</td><td class="reason">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.reason)}</td></tr>`;
    })
        .join('');
    return `<table class="comparison"><thead><tr><th>metric</th><th>baseline</th><th>current</th><th>change</th><th>status</th><th>why</th></tr></thead><tbody>${body}</tbody></table>`;
}
/** The metrics the gate judged, then (folded) the ones it only reported: info (no direction) and missing. */
function comparisonTable(comparison) {
    const rows = orderedMetrics(comparison);
    const judged = rows.filter((r) => r.status !== 'info' && r.status !== 'missing');
    const reported = rows.filter((r) => r.status === 'info' || r.status === 'missing');
    const folded = reported.length > 0 ? `<details><summary>${reported.length} more metrics, reported but not judged</summary>${comparisonRowsHtml(reported)}</details>` : '';
    return (judged.length > 0 ? comparisonRowsHtml(judged) : '') + folded;
}
function headlineTable(headline) {
    const rows = Object.entries(headline)
        .map(([name, v]) => {
        const info = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .describeMetric */ .oz)(name);
        return `<tr><td>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(name)}</td><td class="num">${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatValue */ .Fl)(v, 'not measured')}</td><td>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(info.unit)}</td><td>${info.direction === 'neutral' ? '' : `${info.direction} is better`}</td></tr>`;
    })
        .join('');
    return `<table class="headline"><thead><tr><th>headline metric</th><th>value</th><th>unit</th><th>direction</th></tr></thead><tbody>${rows}</tbody></table>`;
}
/** The score the "worst" ranking uses: ROUGE-2 when present (most sensitive on XSum), else the first. */
function rankingScore(keys) {
    if (keys.includes('rouge2'))
        return 'rouge2';
    return [...keys].sort()[0] ?? null;
}
/**
 * The `count` rows of lowest `key` score; `keys`: the columns (by default the types the scored rows carry;
 * the run's summary passes those of every scored row, of which `rows` are the lowest few).
 */
function worstPredictionsTable(rows, key, count = _run_folder_prediction_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .WORST_COUNT */ .uU, keys) {
    const scoreOf = (r) => r.rouge?.[key];
    const scored = rows.filter((r) => scoreOf(r) !== undefined);
    const worst = [...scored].sort((a, b) => scoreOf(a) - scoreOf(b)).slice(0, count);
    keys ??= [...new Set(scored.flatMap((r) => Object.keys(r.rouge ?? {})))].sort();
    const head = keys.map((k) => `<th>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(k)}</th>`).join('');
    const body = worst
        .map((r) => `<tr><td>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.id)}</td>${keys.map((k) => `<td class="num">${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatValue */ .Fl)(r.rouge?.[k])}</td>`).join('')}<td class="text">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.prediction)}${r.error ? `<div class="note">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.error)}</div>` : ''}</td><td class="text">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.reference ?? '')}</td></tr>`)
        .join('');
    return `<table class="worst"><thead><tr><th>id</th>${head}<th>prediction</th><th>reference</th></tr></thead><tbody>${body}</tbody></table>`;
}
/**
 * Predictions whose request failed: they score 0 in ROUGE, so the reader sees why (escaped). `rows` are
 * the first few of `count` (prediction-summary.ts FAILED_LISTED); the rest are counted, not listed.
 */
function failedPredictionsTable(rows, count = rows.length) {
    const failed = rows.filter((r) => r.error !== null);
    if (failed.length === 0)
        return '';
    const body = failed.map((r) => `<tr><td>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.id)}</td><td class="text">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.error ?? '')}</td><td class="text">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.reference ?? '')}</td></tr>`).join('');
    const total = Math.max(count, failed.length);
    const more = total > failed.length ? `<p class="note">The first ${failed.length} are listed; ${_run_folder_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_FILES */ .al.predictions} carries every one with its error.</p>` : '';
    return `<h2>Failed predictions (${total})</h2>${more}<table class="failed"><thead><tr><th>id</th><th>error</th><th>reference</th></tr></thead><tbody>${body}</tbody></table>`;
}


/***/ }),

/***/ 4185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ buildChartsMarkdown),
  O: () => (/* binding */ buildMarkdown)
});

// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/run-folder/seed-figures.ts
var seed_figures = __webpack_require__(51207);
// EXTERNAL MODULE: ./src/report/html/cards.ts
var cards = __webpack_require__(88093);
// EXTERNAL MODULE: ./src/report/html/tables.ts
var tables = __webpack_require__(61117);
// EXTERNAL MODULE: ./src/report/metric-catalog.ts
var metric_catalog = __webpack_require__(34562);
// EXTERNAL MODULE: ./src/report/number-format.ts
var number_format = __webpack_require__(21329);
// EXTERNAL MODULE: ./src/report/request-series.ts
var request_series = __webpack_require__(82953);
// EXTERNAL MODULE: ./src/report/stats.ts
var stats = __webpack_require__(68621);
;// CONCATENATED MODULE: ./src/report/markdown/certification-markdown.ts


const formatValue = (v) => (0,number_format/* formatValue */.Fl)(v, 'not measured');
const VERDICT = { pass: '✅ pass', fail: '❌ fail', incomplete: '⚪ incomplete' };
const CRITERION = { pass: '✅', fail: '❌ fail', not_evaluated: 'not evaluated' };
/**
 * The certification lines of the job summary: whether the run held its profile's definition (and why
 * not), the pass-criteria verdict, and the criteria folded below. Null for a run under no profile.
 */
function certificationMarkdown(results) {
    const c = results.certification;
    if (!c)
        return null;
    const held = c.certified ? 'certified run' : `**not certified**: ${c.not_certified_reasons.map(util_escape/* escapeMarkdown */.FV).join('; ')}`;
    const head = `**Certification** — profile ${(0,util_escape/* escapeMarkdown */.FV)(c.profile)}: ${held}; pass criteria ${VERDICT[c.verdict] ?? (0,util_escape/* escapeMarkdown */.FV)(c.verdict)}`;
    if (c.criteria.length === 0)
        return head;
    const rows = c.criteria.map((k) => `| ${(0,util_escape/* escapeMarkdown */.FV)(k.name)} | ${formatValue(k.measured)} | ${(0,util_escape/* escapeMarkdown */.FV)(k.bound)} | ${CRITERION[k.status] ?? (0,util_escape/* escapeMarkdown */.FV)(k.status)} | ${(0,util_escape/* escapeMarkdown */.FV)(k.detail)} |`);
    return `${head}\n\n<details><summary>${c.criteria.length} pass criteria</summary>\n\n| criterion | measured | bound | | |\n|---|--:|---|---|---|\n${rows.join('\n')}\n\n</details>`;
}

// EXTERNAL MODULE: ./src/report/markdown/comparison-markdown.ts
var comparison_markdown = __webpack_require__(69707);
;// CONCATENATED MODULE: ./src/report/markdown/mermaid.ts

/** GitHub's own green and red (Primer success / danger), readable on light and dark themes. */
const GOOD_COLOUR = '#1a7f37';
const BAD_COLOUR = '#cf222e';
/**
 * Mermaid's xychart lexer reads numbers as [+-]?digits[.digits] only: no exponent, so tiny or huge
 * values are written out in plain decimals.
 */
function mermaidNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    const s = String(Number(v.toPrecision(4)));
    if (!/e/i.test(s))
        return s;
    if (Math.abs(v) < 1)
        return v.toFixed(12).replace(/\.?0+$/, '') || '0';
    return BigInt(Math.round(v)).toString();
}
const fmt = mermaidNumber;
function xyChart(chart) {
    const values = chart.series.flatMap((s) => s.values);
    let [lo, hi] = chart.yRange ?? [Math.min(0, ...values), Math.max(0, ...values)];
    if (!chart.yRange) {
        const pad = (hi - lo || 1) * 0.1;
        hi = hi > 0 ? hi + pad : hi;
        lo = lo < 0 ? lo - pad : lo;
    }
    const cats = chart.categories.map((c) => `"${(0,util_escape/* mermaidLabel */._b)(c)}"`).join(', ');
    const xLabel = chart.xLabel ? `"${(0,util_escape/* mermaidLabel */._b)(chart.xLabel)}" ` : '';
    // Colours are ours (hex only), never text from a run: the init directive carries nothing untrusted.
    const palette = (chart.palette ?? []).filter((c) => /^#[0-9a-fA-F]{6}$/.test(c));
    const init = palette.length > 0 ? [`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.join(', ')}"}}}}%%`] : [];
    const lines = [
        '```mermaid',
        ...init,
        'xychart-beta',
        `    title "${(0,util_escape/* mermaidLabel */._b)(chart.title)}"`,
        `    x-axis ${xLabel}[${cats}]`,
        `    y-axis "${(0,util_escape/* mermaidLabel */._b)(chart.yLabel)}" ${fmt(lo)} --> ${fmt(hi)}`,
        ...chart.series.map((s) => `    ${s.kind} [${s.values.map(fmt).join(', ')}]`),
        '```',
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown/build-markdown.ts











/** The comparison's verdict labels, and the report's own state when there was nothing to compare with. */
const VERDICT_TEXT = { ...comparison_markdown/* VERDICT_LABEL */.j, 'no-baseline': 'no baseline' };
const STATUS_TEXT = { pass: '✅', warn: '⚠️ warn', fail: '❌ fail', inconclusive: '❔ inconclusive', improved: '🟢 improved', info: '', missing: 'missing' };
function comparisonRows(rows) {
    const head = '| metric | baseline | current | change | |\n|---|--:|--:|--:|---|';
    const body = rows.map((r) => `| ${(0,util_escape/* escapeMarkdown */.FV)((0,metric_catalog/* metricLabel */.B)(r.name))} | ${(0,number_format/* formatMetricValue */.dd)(r.name, r.baseline)} | ${(0,number_format/* formatMetricValue */.dd)(r.name, r.current)} | ${(0,cards/* changeText */.k0)(r)} | ${STATUS_TEXT[r.status] ?? (0,util_escape/* escapeMarkdown */.FV)(r.status)} |`);
    return [head, ...body].join('\n');
}
/**
 * The change of each judged metric as bars, green where the move is good for that metric (lower latency,
 * higher throughput) and red where it is bad: two series on one axis, each bar in one of them.
 */
function changeChart(rows) {
    const charted = rows.filter((r) => r.status !== 'info' && r.status !== 'missing' && r.delta_pct !== null && Number.isFinite(r.delta_pct)).slice(0, 16);
    if (charted.length === 0)
        return null;
    const bad = (r) => (0,number_format/* changeSense */.jF)(r.delta_pct, r.direction) === 'worse';
    return xyChart({
        title: 'Change vs baseline (%): green better, red worse',
        categories: charted.map((r) => (0,metric_catalog/* metricLabel */.B)(r.name)),
        yLabel: 'change %',
        series: [
            { kind: 'bar', values: charted.map((r) => (bad(r) ? 0 : r.delta_pct)) },
            { kind: 'bar', values: charted.map((r) => (bad(r) ? r.delta_pct : 0)) },
        ],
        palette: [GOOD_COLOUR, BAD_COLOUR],
    });
}
/** A histogram of current vs baseline on shared bins, in percent of each run's requests. */
function distributionShift(name, current, baseline, bins) {
    if (current.length === 0)
        return null;
    const pool = (0,stats/* pooled */.IE)(current, baseline);
    const lo = (0,stats/* minOf */._h)(pool);
    const hi = Math.max(lo + 1e-9, (0,stats/* quantile */.YV)(pool, 0.99));
    const cur = (0,stats/* histogram */.JW)(current, lo, hi, bins);
    const pct = (counts, n) => counts.map((c) => (100 * c) / n);
    const series = [{ kind: 'bar', values: pct(cur.counts, current.length) }];
    if (baseline && baseline.length > 0)
        series.push({ kind: 'line', values: pct((0,stats/* histogram */.JW)(baseline, lo, hi, bins).counts, baseline.length) });
    const categories = cur.counts.map((_, i) => String(Math.round((cur.edges[i] + cur.edges[i + 1]) / 2)));
    const title = baseline ? `${name} distribution (bars: this run, line: baseline)` : `${name} distribution`;
    return xyChart({ title, xLabel: `${name} (ms, bin centre)`, categories, yLabel: '% of requests', series });
}
/**
 * The job summary and PR comment body: verdict, the seed metrics, the comparison table, and Mermaid
 * charts of the headline changes and the TTFT / E2EL distribution shift. Only measured numbers appear.
 */
function buildMarkdown(input, options = {}) {
    const { results } = input.run;
    const env = results.environment;
    const verdict = input.comparison?.verdict ?? 'no-baseline';
    const out = [];
    out.push(`### infergate: ${VERDICT_TEXT[verdict] ?? (0,util_escape/* escapeMarkdown */.FV)(verdict)}`);
    const meta = [results.run_id, env?.model, env?.engine && `${env.engine} ${env.engine_version ?? ''}`.trim(), env?.accelerator && `${env.accelerator_count ?? 1} × ${env.accelerator}`]
        .filter((v) => typeof v === 'string' && v !== '')
        .map(util_escape/* escapeMarkdown */.FV);
    out.push(meta.join(' · '));
    if (options.reportUrl)
        out.push(`[Full report with charts](${encodeURI(options.reportUrl).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29"))})`);
    if (results.failure)
        out.push(`**Run failed:** ${(0,util_escape/* escapeMarkdown */.FV)(results.failure.message)}`);
    const certification = certificationMarkdown(results);
    if (certification)
        out.push(certification);
    const seedCells = seed_figures/* SEED_FIGURES */.E.map((m) => {
        const value = (0,metric_catalog/* headlineValue */.qt)(results.headline, m.key);
        return { head: m.name, cell: value !== null ? (0,number_format/* formatMetricValue */.dd)(m.key, value) : 'not measured' };
    });
    out.push(`| ${seedCells.map((c) => c.head).join(' | ')} |\n|${seedCells.map(() => '--:').join('|')}|\n| ${seedCells.map((c) => c.cell).join(' | ')} |`);
    for (const notice of input.comparison?.notices ?? [])
        out.push(`**Note:** ${(0,util_escape/* escapeMarkdown */.FV)(notice)}`);
    const rows = input.comparison ? (0,tables/* orderedMetrics */.f_)(input.comparison) : [];
    if (rows.length > 0) {
        const flagged = rows.filter((r) => r.status === 'fail' || r.status === 'warn');
        if (flagged.length > 0)
            out.push(`**Past a threshold:**\n\n${comparisonRows(flagged)}`);
        // The judged metrics (a direction the gate knows), finite changes only: ±∞ has no bar height.
        const chart = changeChart(rows);
        if (chart)
            out.push(chart);
        out.push(`<details><summary>All ${rows.length} compared metrics</summary>\n\n${comparisonRows(rows)}\n\n</details>`);
    }
    else {
        const head = '| metric | value | unit |\n|---|--:|---|';
        const body = Object.entries(results.headline).map(([k, v]) => `| ${(0,util_escape/* escapeMarkdown */.FV)(k)} | ${(0,number_format/* formatValue */.Fl)(v)} | ${(0,metric_catalog/* unitOf */.uF)(k)} |`);
        out.push(`<details><summary>All headline metrics</summary>\n\n${[head, ...body].join('\n')}\n\n</details>`);
    }
    out.push(...distributionCharts(input, options));
    return out.join('\n\n') + '\n';
}
/** The TTFT / E2EL distribution shift and the sweep's throughput, as Mermaid charts. */
function distributionCharts(input, options) {
    const out = [];
    const { results } = input.run;
    if (input.run.requests) {
        const cur = (0,request_series/* requestSeries */.x$)(input.run.requests);
        const base = input.baseline?.requests ? (0,request_series/* requestSeries */.x$)(input.baseline.requests) : null;
        const bins = options.bins ?? 12;
        for (const chart of [distributionShift('TTFT', cur.ttftMs, base?.ttftMs ?? null, bins), distributionShift('E2EL', cur.e2elMs, base?.e2elMs ?? null, bins)]) {
            if (chart)
                out.push(chart);
        }
    }
    const steps = results.steps ?? [];
    if (steps.length > 1) {
        const tps = steps.map((s) => (0,metric_catalog/* headlineValue */.qt)(s.headline, 'output_tps'));
        if (tps.every((v) => v !== null)) {
            out.push(xyChart({ title: 'Output tokens/s per sweep step', categories: steps.map((s) => s.label), yLabel: 'tok/s', series: [{ kind: 'bar', values: tps }] }));
        }
    }
    return out;
}
/**
 * Only the charts, for the gate's job summary and PR comment (which carry their own verdict and table):
 * the change of each judged metric, then the distribution shift and sweep charts.
 */
function buildChartsMarkdown(input, options = {}) {
    const out = [];
    const rows = input.comparison ? (0,tables/* orderedMetrics */.f_)(input.comparison) : [];
    const chart = changeChart(rows);
    if (chart)
        out.push(chart);
    out.push(...distributionCharts(input, options));
    return out.join('\n\n');
}


/***/ }),

/***/ 69707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ verdictLabel),
/* harmony export */   hm: () => (/* binding */ renderComparisonMarkdown),
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL),
/* harmony export */   s1: () => (/* binding */ worstMetric)
/* harmony export */ });
/* harmony import */ var _gate_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21295);
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55421);
/* harmony import */ var _html_cards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88093);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34562);
/* harmony import */ var _number_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21329);





/** How each verdict reads in a heading: the comment's, the job summary's and report.md's. */
const VERDICT_LABEL = {
    pass: '✅ pass',
    warn: '⚠️ warn',
    fail: '❌ fail',
    inconclusive: '❔ inconclusive',
    'not-compared': '⏭️ not compared',
    skipped: '⏭️ skipped',
};
const STATUS_LABEL = {
    fail: '❌ fail',
    warn: '⚠️ warn',
    pass: '✅ pass',
    improved: '🟢 improved',
    inconclusive: '❔ inconclusive',
    info: 'ℹ️ info',
    missing: '➖ missing',
};
/** Which way is better for the metric: the reader sees at a glance whether a rise is good. */
const BETTER = { lower: '↓', higher: '↑', neutral: '·' };
/**
 * A judged change coloured by what it means for the metric (a red rise of latency, a red fall of
 * throughput, green the other way); a change the gate let pass keeps its arrow but no colour, so the eye
 * goes to what decided.
 */
function senseMark(m) {
    if (m.status !== 'fail' && m.status !== 'warn' && m.status !== 'improved' && m.status !== 'inconclusive')
        return '';
    const sense = (0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .changeSense */ .jF)(m.delta_pct, m.direction);
    return sense === 'worse' ? '🔴' : sense === 'better' ? '🟢' : '';
}
/** What the heading calls the verdict, after the worst metric: "TTFT p50 +14.7% [+9.8, +19.1] → regression". */
const VERDICT_WORD = {
    fail: 'regression',
    warn: 'warning',
    inconclusive: 'inconclusive',
    pass: 'pass',
    'not-compared': 'not compared',
    skipped: 'skipped',
};
function verdictLabel(verdict) {
    return VERDICT_LABEL[verdict];
}
/** The metric that decided the verdict: of those with the verdict's own status, the largest change. */
function worstMetric(c) {
    const status = c.verdict === 'fail' ? 'fail' : c.verdict === 'warn' ? 'warn' : c.verdict === 'inconclusive' ? 'inconclusive' : null;
    if (status === null)
        return null;
    const candidates = c.metrics.filter((m) => m.status === status && m.delta_pct !== null);
    return candidates.sort((a, b) => Math.abs(b.delta_pct) - Math.abs(a.delta_pct))[0] ?? null;
}
/** The heading after the title: the verdict and, when a metric decided it, that metric with its numbers. */
function headline(c) {
    const worst = worstMetric(c);
    if (worst !== null) {
        const others = c.metrics.filter((m) => m.status === worst.status).length - 1;
        const more = others > 0 ? ` (and ${others} more)` : '';
        const interval = worst.changeInterval ? ` ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInterval */ .vy)(worst.changeInterval)}` : '';
        return `${VERDICT_LABEL[c.verdict].split(' ')[0]} ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .metricLabel */ .B)(worst.name))} ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(worst.delta_pct)}${interval} → ${VERDICT_WORD[c.verdict]}${more}`;
    }
    if (c.verdict === 'not-compared') {
        const fields = c.fingerprint.differences.map((d) => d.field).join(', ');
        return `${VERDICT_LABEL[c.verdict]} — the baseline ran in another environment${fields ? ` (${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(fields)})` : ''}`;
    }
    if (c.verdict === 'skipped')
        return `${VERDICT_LABEL[c.verdict]} — no comparison`;
    return `${VERDICT_LABEL[c.verdict]} — no regression`;
}
function metricRow(m) {
    const label = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .metricLabel */ .B)(m.name);
    const name = label === m.name ? (0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.name) : `${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(label)} <sub>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.name)}</sub>`;
    const mark = senseMark(m);
    const change = `${mark ? `${mark} ` : ''}${(0,_html_cards_js__WEBPACK_IMPORTED_MODULE_1__/* .changeText */ .k0)(m)}`;
    return `| ${name} | ${BETTER[m.direction]} | ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMetricValue */ .dd)(m.name, m.baseline)} | ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMetricValue */ .dd)(m.name, m.current)} | ${change} | ${STATUS_LABEL[m.status]} |`;
}
const TABLE_HEAD = '| Metric | Better | Baseline | Current | Change | Status |\n|---|:-:|--:|--:|--:|---|';
/** Judged rows first, in order of importance, so a truncated table keeps the failures and warnings. */
const RANK = { fail: 0, warn: 1, inconclusive: 2, improved: 3, pass: 4, info: 5, missing: 6 };
function byImportance(metrics) {
    return [...metrics].sort((a, b) => RANK[a.status] - RANK[b.status]);
}
const isReportedOnly = (m) => m.status === 'info' || m.status === 'missing';
/** The judged metrics as the table, the ones only reported (info, missing) folded under it. */
function metricTables(c) {
    if (c.metrics.length === 0)
        return '';
    const judged = byImportance(c.metrics.filter((m) => !isReportedOnly(m)));
    const reported = c.metrics.filter(isReportedOnly);
    const table = judged.length > 0 ? `${TABLE_HEAD}\n${judged.map(metricRow).join('\n')}\n` : '';
    const folded = reported.length > 0
        ? `\n<details><summary>${reported.length} more metric${reported.length === 1 ? '' : 's'} reported, not judged (no direction, or missing on one side)</summary>\n\n${TABLE_HEAD}\n${reported.map(metricRow).join('\n')}\n\n</details>\n`
        : '';
    return table + folded;
}
function detailsBlock(c) {
    const rows = byImportance(c.metrics.filter((m) => !isReportedOnly(m))).map((m) => `| ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.name)} | ${m.threshold.warn_pct}% / ${m.threshold.fail_pct}% (floor ${(0,_number_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(m.threshold.abs_floor)}) | ${m.noise.method === 'threshold-only' ? 'threshold-only' : `${m.noise.method}: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.noise.detail)}`} | ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(m.reason)} |`);
    return [
        '<details><summary>Why each metric got its status (levels, noise test)</summary>',
        '',
        '| Metric | Warn / fail level | Noise test | Reason |',
        '|---|---|---|---|',
        ...rows,
        '',
        '</details>',
    ].join('\n');
}
function fingerprintBlock(c) {
    const baseline = c.baseline.fingerprint;
    const current = c.current.fingerprint;
    const cell = (v) => (v === null || v === undefined ? '—' : (0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(String(v)));
    const differing = new Set(c.fingerprint.differences.map((d) => d.field));
    const rows = _gate_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .FINGERPRINT_FIELDS */ .x_.map((f) => `| ${f}${differing.has(f) ? ' ⚠️' : ''} | ${baseline ? cell(baseline[f]) : '—'} | ${cell(current[f])} |`);
    return ['<details><summary>Environment fingerprint</summary>', '', '| Field | Baseline | Current |', '|---|---|---|', ...rows, '', '</details>'].join('\n');
}
function headBlock(c, opts) {
    const level = '#'.repeat(opts.headingLevel ?? 3);
    const top = [];
    if (opts.marker)
        top.push(opts.marker);
    top.push(`${level} ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(opts.title ?? 'infergate')}: ${headline(c)}`);
    top.push('');
    const runs = `${c.baseline.runs} run${c.baseline.runs === 1 ? '' : 's'}`;
    top.push(`Baseline: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.baseline.source)} (${runs}) · current run \`${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.current.run_id)}\` · thresholds: ${c.thresholds_source ? (0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.thresholds_source) : 'built-in'} · mode: ${c.mode}`);
    for (const notice of c.notices)
        top.push('', `> ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(notice)}`);
    top.push('');
    return top.join('\n');
}
/**
 * The comparison as Markdown (the PR comment and the job summary): a heading that names the verdict and
 * the metric that decided it with its change and interval, notices, the judged metrics (values in their
 * units, latency in ms; the change with its arrow, coloured by the metric's direction), the metrics only
 * reported folded under it, then folded details (reasons, noise tests, the fingerprint) and links. Under
 * `maxChars` the folded details go first, then the least important table rows.
 */
function renderComparisonMarkdown(c, opts = {}) {
    const head = headBlock(c, opts);
    const links = [];
    if (opts.artifactUrl)
        links.push(`[run folder artifact](${opts.artifactUrl})`);
    if (opts.runUrl)
        links.push(`[workflow run](${opts.runUrl})`);
    const footer = links.length > 0 ? `\nArtifacts: ${links.join(' · ')}\n` : '';
    const tables = metricTables(c);
    const details = c.metrics.some((m) => !isReportedOnly(m)) && c.verdict !== 'skipped' && c.verdict !== 'not-compared' ? `\n${detailsBlock(c)}\n` : '';
    const fingerprint = `\n${fingerprintBlock(c)}\n`;
    const full = `${head}\n${tables}${details}${fingerprint}${footer}`;
    const max = opts.maxChars;
    if (max === undefined || full.length <= max)
        return full;
    const note = '\n_Details left out to stay under the size limit; see the job summary and the run folder artifact._\n';
    const withoutDetails = `${head}\n${tables}${fingerprint}${note}${footer}`;
    if (withoutDetails.length <= max)
        return withoutDetails;
    return truncatedTable(c, head, note, footer, max);
}
/** Still too long: the most important rows that fit, and a row saying how many were left out. */
function truncatedTable(c, head, note, footer, max) {
    const ordered = byImportance(c.metrics).map(metricRow);
    const fixed = `${head}\n${TABLE_HEAD}\n`.length + note.length + footer.length + 80;
    const kept = [];
    let used = fixed;
    for (const row of ordered) {
        if (used + row.length + 1 > max)
            break;
        kept.push(row);
        used += row.length + 1;
    }
    const omitted = `| … ${ordered.length - kept.length} more rows left out | | | | | |`;
    const result = `${head}\n${TABLE_HEAD}\n${kept.join('\n')}\n${omitted}\n${note}${footer}`;
    return result.length <= max ? result : result.slice(0, max);
}


/***/ }),

/***/ 82953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ itlsOf),
/* harmony export */   IO: () => (/* binding */ timeline),
/* harmony export */   IV: () => (/* binding */ rowTpot),
/* harmony export */   JX: () => (/* binding */ tpotOf),
/* harmony export */   MO: () => (/* binding */ endMs),
/* harmony export */   OC: () => (/* binding */ forEachItl),
/* harmony export */   YM: () => (/* binding */ inFlightBins),
/* harmony export */   Yw: () => (/* binding */ isCompleted),
/* harmony export */   jh: () => (/* binding */ measured),
/* harmony export */   ky: () => (/* binding */ concurrencyStepFunction),
/* harmony export */   x$: () => (/* binding */ requestSeries)
/* harmony export */ });
/* unused harmony exports binWidthS, concurrencySteps */
/* harmony import */ var _run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38499);

/** The rows that are not warmup requests, in file order. */
const measured = (columns) => (0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .measuredRows */ .y2)(columns);
function isCompleted(r) {
    return r.error === null && r.ttft_ms !== null && r.e2el_ms !== null;
}
function tpotOf(r) {
    if (!isCompleted(r) || r.output_tokens === null || r.output_tokens < 2)
        return null;
    return (r.e2el_ms - r.ttft_ms) / (r.output_tokens - 1);
}
/** tpotOf of row r: the report's TPOT needs the server's output token count (no estimate). */
function rowTpot(c, r) {
    const out = c.outputTokens[r];
    if (!(0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletedRow */ .uP)(c, r) || Number.isNaN(out) || out < 2)
        return null;
    return (c.e2elMs[r] - c.ttftMs[r]) / (out - 1);
}
function itlsOf(r) {
    const out = [];
    for (let i = 1; i < r.text_event_ms.length; i++)
        out.push(r.text_event_ms[i] - r.text_event_ms[i - 1]);
    return out;
}
/** Calls `fn` with each gap between row r's consecutive text events. */
function forEachItl(c, r, fn) {
    for (let i = c.eventStart[r] + 1; i < c.eventStart[r + 1]; i++)
        fn(c.events[i] - c.events[i - 1]);
}
/** A run's series, drawn once for the HTML and the Markdown that both chart it. */
const seriesOf = new WeakMap();
function requestSeries(requests) {
    const c = (0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .asColumns */ .kt)(requests);
    const drawn = seriesOf.get(c);
    if (drawn)
        return drawn;
    const s = drawSeries(c);
    seriesOf.set(c, s);
    return s;
}
function drawSeries(c) {
    const rows = measured(c);
    const ttftMs = new Float64Array(rows.length);
    const tpotMs = new Float64Array(rows.length);
    const e2elMs = new Float64Array(rows.length);
    let completed = 0;
    let tpots = 0;
    for (const r of rows) {
        if (!(0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletedRow */ .uP)(c, r))
            continue;
        ttftMs[completed] = c.ttftMs[r];
        e2elMs[completed] = c.e2elMs[r];
        completed += 1;
        const tpot = rowTpot(c, r);
        if (tpot !== null)
            tpotMs[tpots++] = tpot;
    }
    const s = { ttftMs: ttftMs.subarray(0, completed), tpotMs: tpotMs.subarray(0, tpots), e2elMs: e2elMs.subarray(0, completed), completed, failed: rows.length - completed };
    // Every gap of every request (15 a request at 16 tokens): drawn when asked for, not kept with the series.
    return Object.defineProperty(s, 'itlMs', {
        enumerable: true,
        get: () => {
            const gaps = [];
            for (const r of rows)
                if ((0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletedRow */ .uP)(c, r))
                    forEachItl(c, r, (gap) => gaps.push(gap));
            return gaps;
        },
    });
}
/** When a request stopped occupying a slot: stream close, else last text event, else send time. */
function endMs(c, r) {
    const close = c.closeMs[r];
    const e2el = c.e2elMs[r];
    return c.sendMs[r] + (!Number.isNaN(close) ? close : !Number.isNaN(e2el) ? e2el : 0);
}
/** A bin width that gives roughly `target` bins and is a round number of seconds. */
function binWidthS(spanS, target = 40) {
    const raw = Math.max(spanS / target, 0.1);
    const steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600];
    return steps.find((s) => s >= raw) ?? Math.ceil(raw / 600) * 600;
}
function median(xs) {
    if (xs.length === 0)
        return null;
    const s = [...xs].sort((a, b) => a - b);
    const mid = (s.length - 1) / 2;
    return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
}
/**
 * Throughput and latency over the run: completions and output tokens counted in fixed bins. A
 * request's tokens are spread evenly over its text events, so token throughput follows the stream.
 */
function timeline(requests) {
    const c = (0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .asColumns */ .kt)(requests);
    const rs = measured(c);
    if (rs.length === 0)
        return { binS: 1, bins: [] };
    let spanMs = 0;
    for (const r of rs)
        spanMs = Math.max(spanMs, endMs(c, r));
    const binS = binWidthS(spanMs / 1000);
    const n = Math.max(1, Math.ceil(spanMs / 1000 / binS));
    const done = new Array(n).fill(0);
    const tokens = new Array(n).fill(0);
    const errors = new Array(n).fill(0);
    const ttft = Array.from({ length: n }, () => []);
    const e2el = Array.from({ length: n }, () => []);
    const binOf = (ms) => Math.min(n - 1, Math.max(0, Math.floor(ms / 1000 / binS)));
    for (const r of rs) {
        const b = binOf(endMs(c, r));
        if (!(0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .isCompletedRow */ .uP)(c, r)) {
            errors[b] += 1;
            continue;
        }
        done[b] += 1;
        ttft[b].push(c.ttftMs[r]);
        e2el[b].push(c.e2elMs[r]);
        const events = (0,_run_folder_request_columns_js__WEBPACK_IMPORTED_MODULE_0__/* .eventCount */ .Cj)(c, r);
        const out = c.outputTokens[r];
        const perEvent = !Number.isNaN(out) && events > 0 ? out / events : 0;
        for (let i = c.eventStart[r]; i < c.eventStart[r + 1]; i++)
            tokens[binOf(c.sendMs[r] + c.events[i])] += perEvent;
    }
    const bins = done.map((d, i) => ({
        startS: i * binS,
        reqPerS: d / binS,
        tokensPerS: tokens[i] / binS,
        ttftP50Ms: median(ttft[i]),
        e2elP50Ms: median(e2el[i]),
        errors: errors[i],
    }));
    return { binS, bins };
}
/** The step function as [seconds, count] pairs (tests, and callers that want pairs). */
function concurrencySteps(requests) {
    const c = asColumns(requests);
    const { times, levels } = concurrencyStepFunction(c, measured(c));
    return Array.from(times, (t, i) => [t, levels[i]]);
}
/** The step function of the given rows. */
function concurrencyStepFunction(c, rows) {
    const times = new Float64Array(rows.length * 2);
    const deltas = new Int8Array(rows.length * 2);
    // Times are compared at microsecond resolution: a send computed as "previous send + close" must tie
    // with that close, not miss it by a floating-point rounding error.
    const us = (ms) => Math.round(ms * 1000) / 1000;
    rows.forEach((r, i) => {
        times[2 * i] = us(c.sendMs[r]);
        deltas[2 * i] = 1;
        times[2 * i + 1] = us(endMs(c, r));
        deltas[2 * i + 1] = -1;
    });
    // Ends before sends at the same instant, so a slot handed straight to the next request is not double-counted.
    const order = new Uint32Array(times.length).map((_, i) => i).sort((a, b) => times[a] - times[b] || deltas[a] - deltas[b] || a - b);
    const out = { times: new Float64Array(order.length + 1), levels: new Int32Array(order.length + 1) };
    let level = 0;
    order.forEach((i, k) => {
        level += deltas[i];
        out.times[k + 1] = times[i] / 1000;
        out.levels[k + 1] = level;
    });
    return out;
}
/**
 * Requests in flight per bin, from the exact step function of concurrencySteps. Drawn step by step, a
 * closed loop that hands each slot straight to the next request flickers between N and N − 1 at every
 * completion and reads as a barcode; the per-bin mean and maximum read as the load it was.
 */
function inFlightBins(steps, binS) {
    const { times, levels } = Array.isArray(steps)
        ? { times: Float64Array.from(steps, ([t]) => t), levels: Float64Array.from(steps, ([, n]) => n) }
        : steps;
    const endS = times.length > 0 ? times[times.length - 1] : 0;
    const n = Math.max(1, Math.ceil(endS / binS));
    const area = new Array(n).fill(0);
    const max = new Array(n).fill(0);
    for (let i = 0; i + 1 < times.length; i++) {
        const from = times[i];
        const level = levels[i];
        const to = times[i + 1];
        if (!(to > from))
            continue;
        for (let b = Math.floor(from / binS); b < n && b * binS < to; b++) {
            const overlap = Math.min(to, (b + 1) * binS) - Math.max(from, b * binS);
            if (overlap <= 0)
                continue;
            area[b] += overlap * level;
            max[b] = Math.max(max[b], level);
        }
    }
    return area.map((a, b) => {
        const width = Math.min(binS, endS - b * binS);
        return { startS: b * binS, mean: width > 0 ? a / width : 0, max: max[b] };
    });
}


/***/ }),

/***/ 68621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ pooled),
/* harmony export */   JW: () => (/* binding */ histogram),
/* harmony export */   LE: () => (/* binding */ thinnedEcdf),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   Z4: () => (/* binding */ quantileSorted),
/* harmony export */   _: () => (/* binding */ maxOf),
/* harmony export */   _h: () => (/* binding */ minOf),
/* harmony export */   d2: () => (/* binding */ countAbove),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   wi: () => (/* binding */ std)
/* harmony export */ });
/* unused harmony exports ecdf, thin */
/** Small descriptive statistics used by the charts (definitions in docs/report.md). */
/** Linear-interpolation quantile (numpy's default, the same as vLLM's percentiles) of sorted values. */
function quantileSorted(sorted, q) {
    if (sorted.length === 0)
        return Number.NaN;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
/** Sorted into a Float64Array (8 bytes a value, a numeric sort without a comparator call a pair). */
function quantile(values, q) {
    return quantileSorted(Float64Array.from(values).sort(), q);
}
/** `a` then `b` in one Float64Array (a chart's current and baseline values pooled for its axis). */
function pooled(a, b) {
    if (b === null)
        return a;
    const out = new Float64Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
}
/** How many values lie above `bound`. */
function countAbove(values, bound) {
    let count = 0;
    for (const v of values)
        if (v > bound)
            count++;
    return count;
}
function mean(values) {
    if (values.length === 0)
        return Number.NaN;
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
/** Population standard deviation (numpy's np.std default, which vLLM's std_* fields use). */
function std(values) {
    if (values.length === 0)
        return Number.NaN;
    const m = mean(values);
    let sum = 0;
    for (const v of values)
        sum += (v - m) ** 2;
    return Math.sqrt(sum / values.length);
}
/**
 * Equal-width bins over [lo, hi]; the last bin is closed on the right. Values outside are clamped to
 * the end bins so no measured request disappears from a chart.
 */
function histogram(values, lo, hi, binCount) {
    const width = hi > lo ? (hi - lo) / binCount : 1;
    const edges = Array.from({ length: binCount + 1 }, (_, i) => lo + i * width);
    const counts = new Array(binCount).fill(0);
    for (const v of values) {
        const i = Math.min(binCount - 1, Math.max(0, Math.floor((v - lo) / width)));
        counts[i] += 1;
    }
    return { edges, counts };
}
/** Empirical CDF as step points (x, fraction of values ≤ x). */
function ecdf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.map((v, i) => [v, (i + 1) / sorted.length]);
}
/**
 * Smallest and largest value by a loop: Math.min(...xs) overflows the call stack past ~100k values,
 * and a long run has that many requests.
 */
function minOf(values, empty = Number.NaN) {
    let m = Number.POSITIVE_INFINITY;
    for (const v of values)
        if (v < m)
            m = v;
    return m === Number.POSITIVE_INFINITY ? empty : m;
}
function maxOf(values, empty = Number.NaN) {
    let m = Number.NEGATIVE_INFINITY;
    for (const v of values)
        if (v > m)
            m = v;
    return m === Number.NEGATIVE_INFINITY ? empty : m;
}
/** At most `limit` points of a sorted step curve, evenly spaced by index, first and last kept. */
function thin(points, limit) {
    if (points.length <= limit)
        return [...points];
    const out = [];
    const step = (points.length - 1) / (limit - 1);
    for (let i = 0; i < limit; i++)
        out.push(points[Math.round(i * step)]);
    return out;
}
/**
 * thin(ecdf(values), limit) without the pairs of every value: the values sorted in a Float64Array (8 bytes
 * each), then only the `limit` kept points built. A CDF of a million inter-token gaps costs 8 MB, not the
 * ~60 MB of a pair per value.
 */
function thinnedEcdf(values, limit) {
    const sorted = Float64Array.from(values).sort();
    const n = sorted.length;
    const pointAt = (i) => [sorted[i], (i + 1) / n];
    if (n <= limit)
        return Array.from({ length: n }, (_, i) => pointAt(i));
    const step = (n - 1) / (limit - 1);
    return Array.from({ length: limit }, (_, i) => pointAt(Math.round(i * step)));
}


/***/ }),

/***/ 48963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u5: () => (/* binding */ writeReport)
});

// UNUSED EXPORTS: REPORT_FILES, reportInputFromFolder

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/html/build-report-html.ts + 3 modules
var build_report_html = __webpack_require__(28248);
// EXTERNAL MODULE: ./src/report/markdown/build-markdown.ts + 2 modules
var build_markdown = __webpack_require__(4185);
;// CONCATENATED MODULE: ./src/report/export/bencher-metric-format.ts
/** Bencher measure slugs are lower-case kebab-case. */
function measureSlug(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
function measures(headline, trials) {
    const out = {};
    for (const [name, value] of Object.entries(headline)) {
        if (value === null || !Number.isFinite(value))
            continue;
        const metric = { value };
        const samples = trials.map((t) => t[name]).filter((v) => typeof v === 'number' && Number.isFinite(v));
        if (samples.length > 1) {
            metric.lower_value = Math.min(...samples);
            metric.upper_value = Math.max(...samples);
        }
        out[measureSlug(name)] = metric;
    }
    return out;
}
function benchmarkName(results) {
    const env = results.environment;
    return [env?.model, env?.engine, env?.load_shape].filter(Boolean).join(' ') || results.run_id;
}
function toBmf(results) {
    const name = benchmarkName(results);
    const bmf = { [name]: measures(results.headline, results.trials ?? []) };
    for (const step of results.steps ?? [])
        bmf[`${name} [${step.label}]`] = measures(step.headline, []);
    return bmf;
}

// EXTERNAL MODULE: ./src/report/export/github-action-benchmark.ts
var github_action_benchmark = __webpack_require__(11183);
// EXTERNAL MODULE: ./src/run-folder/request-columns.ts
var request_columns = __webpack_require__(38499);
// EXTERNAL MODULE: ./src/report/request-series.ts
var request_series = __webpack_require__(82953);
// EXTERNAL MODULE: ./src/report/stats.ts
var stats = __webpack_require__(68621);
;// CONCATENATED MODULE: ./src/report/export/llm-d-benchmark-report.ts



/**
 * llm-d's Benchmark Report, schema version 0.2 (llm-d/llm-d-benchmark, workload/report/
 * benchmark_report_v0_2.py; the standard report format asked for in inference-perf#321): `run`, the
 * workload in `scenario.load`, and aggregate request performance in `results.request_performance`.
 * Every object there forbids unknown fields, so only the schema's names are written, and a figure
 * infergate did not measure is left out rather than written as 0. `scenario.stack` (the serving stack's
 * components) is left out: its standardized component format is not one infergate can fill honestly.
 */
const LLM_D_REPORT_VERSION = '0.2';
/** llm-d names the percentiles it knows p0p1 … p99p9; ours are p<N> with _ for the point. */
const LLM_D_PERCENTILES = new Set(['p0p1', 'p1', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'p99', 'p99p9']);
function toStatistics(d, units) {
    if (!d || d.mean === null || !Number.isFinite(d.mean))
        return undefined;
    const s = { units, mean: d.mean };
    if (d.std !== null)
        s.stddev = d.std;
    if (d.min !== null)
        s.min = d.min;
    if (d.max !== null)
        s.max = d.max;
    for (const [key, value] of Object.entries(d.percentiles ?? {})) {
        const name = key.replace('_', 'p');
        if (value !== null && LLM_D_PERCENTILES.has(name))
            s[name] = value;
    }
    return s;
}
const rate = (value, units) => (typeof value === 'number' && Number.isFinite(value) ? { units, mean: value } : undefined);
/** Drops undefined fields, so the JSON holds only what was measured. */
function defined(object) {
    return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}
/** ISO-8601 duration, e.g. PT12.345S. */
function isoDuration(seconds) {
    return `PT${Number(seconds.toFixed(3))}S`;
}
function inputLengths(requests) {
    if (!requests)
        return [];
    const c = (0,request_columns/* asColumns */.kt)(requests);
    const lengths = [];
    for (const r of (0,request_series/* measured */.jh)(c)) {
        if (!(0,request_columns/* isCompletedRow */.uP)(c, r))
            continue;
        // Without the server's count for every completed request there is no input length.
        if (Number.isNaN(c.promptTokens[r]))
            return [];
        lengths.push(c.promptTokens[r]);
    }
    return lengths;
}
function loadOf(results, lengths) {
    // input_seq_len is required by the schema: without the server's prompt token counts there is no load block.
    if (lengths.length === 0)
        return undefined;
    const load = (results.config.load ?? {});
    const profile = results.environment.profile ?? null;
    return {
        metadata: defined({ schema_version: '0.0.1', cfg_id: profile ?? undefined, description: `infergate ${results.environment.load_shape} over ${results.environment.dataset_rows} XSum articles` }),
        standardized: defined({
            tool: 'infergate',
            tool_version: results.infergate_version,
            input_seq_len: { distribution: 'other', value: (0,stats/* mean */.i2)(lengths), min: (0,stats/* minOf */._h)(lengths), max: (0,stats/* maxOf */._)(lengths) },
            rate_qps: load.shape === 'rate' ? load.rate : undefined,
            concurrency: load.shape === 'concurrency' ? load.concurrency : undefined,
        }),
        Native: { config: results.config },
    };
}
/** The report for one run, from results.json (and requests.jsonl, for the input lengths, when present). */
function toLlmdBenchmarkReport(results, records = null) {
    const latency = (results.metrics.latency ?? {});
    const dist = (key) => latency[key];
    const lengths = inputLengths(records);
    const completed = latency.completed_requests ?? 0;
    const failed = latency.failed_requests ?? 0;
    const load = loadOf(results, lengths);
    return {
        version: LLM_D_REPORT_VERSION,
        run: defined({
            uid: results.run_id,
            eid: results.environment.profile ?? undefined,
            time: defined({ start: results.started_at, end: results.finished_at, duration: typeof latency.duration_s === 'number' ? isoDuration(latency.duration_s) : undefined }),
        }),
        ...(load ? { scenario: { load } } : {}),
        results: {
            request_performance: {
                aggregate: {
                    requests: defined({
                        total: completed + failed,
                        failures: failed,
                        input_length: toStatistics(lengths.length > 0 ? { mean: (0,stats/* mean */.i2)(lengths), std: null, min: (0,stats/* minOf */._h)(lengths), max: (0,stats/* maxOf */._)(lengths) } : null, 'count'),
                        output_length: toStatistics(dist('output_tokens'), 'count'),
                    }),
                    latency: defined({
                        time_to_first_token: toStatistics(dist('ttft_ms'), 'ms'),
                        time_per_output_token: toStatistics(dist('tpot_ms'), 'ms/token'),
                        inter_token_latency: toStatistics(dist('itl_ms'), 'ms/token'),
                        request_latency: toStatistics(dist('e2el_ms'), 'ms'),
                    }),
                    throughput: defined({
                        output_token_rate: rate(latency.output_tps, 'token/s'),
                        total_token_rate: rate(latency.total_tps, 'token/s'),
                        requests_rate: rate(latency.throughput_rps, 'qps'),
                    }),
                },
            },
        },
    };
}

// EXTERNAL MODULE: ./src/report/export/requests-csv.ts
var requests_csv = __webpack_require__(15014);
// EXTERNAL MODULE: ./src/report/export/json-pieces.ts
var json_pieces = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(95105);
// EXTERNAL MODULE: ./src/report/export/vllm-bench-result.ts
var vllm_bench_result = __webpack_require__(18709);
// EXTERNAL MODULE: ./src/run-folder/layout.ts
var layout = __webpack_require__(87460);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/run-folder/results-file.ts
var results_file = __webpack_require__(69817);
// EXTERNAL MODULE: ./src/run-folder/requests-jsonl-columns.ts
var requests_jsonl_columns = __webpack_require__(72993);
// EXTERNAL MODULE: ./src/run-folder/prediction-summary.ts
var prediction_summary = __webpack_require__(5974);
// EXTERNAL MODULE: ./src/util/utf8-text.ts
var utf8_text = __webpack_require__(88253);
// EXTERNAL MODULE: ./src/util/jsonl.ts
var jsonl = __webpack_require__(87142);
;// CONCATENATED MODULE: ./src/report/input/read-jsonl.ts




/**
 * Reads a JSON Lines file and hands every non-blank line's object to `parse`, which may throw a plain
 * message; it becomes an InputError naming the file and line. Returns null when the file is absent.
 */
function readJsonl(file, parse) {
    if (!(0,external_node_fs_.existsSync)(file))
        return null;
    // A device or pipe in a run folder (a link to /dev/full, say) would never end: refuse anything else.
    if (!(0,external_node_fs_.statSync)(file).isFile())
        throw new errors/* InputError */.dz(`${file}: not a regular file`);
    return (0,jsonl/* parseJsonlObjects */.y)((0,utf8_text/* decodeUtf8Text */.$y)((0,external_node_fs_.readFileSync)(file), file), file, parse);
}
/** Field checks that throw one plain sentence (readJsonl adds the location). */
function num(row, key) {
    const v = row[key];
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new Error(`"${key}" must be a number`);
    return v;
}
function numOrNull(row, key) {
    const v = row[key];
    if (v === null || v === undefined)
        return null;
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new Error(`"${key}" must be a number or null`);
    return v;
}
function str(row, key) {
    const v = row[key];
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return String(v);
    throw new Error(`"${key}" must be a string`);
}

;// CONCATENATED MODULE: ./src/report/input/load-telemetry.ts

/**
 * telemetry.jsonl as the engine stage's sampler writes it (src/engine/telemetry/telemetry-sampler.ts):
 * one TelemetrySample per device per tick; `t_ms` counts from the sampler's start, a null field was not
 * reported by the tool.
 */
function loadTelemetry(file) {
    return readJsonl(file, (row) => ({
        t_ms: num(row, 't_ms'),
        time: str(row, 'time'),
        device: str(row, 'device'),
        power_w: numOrNull(row, 'power_w'),
        utilization_pct: numOrNull(row, 'utilization_pct'),
        memory_used_mib: numOrNull(row, 'memory_used_mib'),
        memory_total_mib: numOrNull(row, 'memory_total_mib'),
        sm_clock_mhz: numOrNull(row, 'sm_clock_mhz'),
        mem_clock_mhz: numOrNull(row, 'mem_clock_mhz'),
    }));
}

// EXTERNAL MODULE: ./src/gate/comparison-file.ts
var comparison_file = __webpack_require__(41001);
;// CONCATENATED MODULE: ./src/report/input/load-run-folder.ts









/** requests.jsonl through the one reader, into columns, or null when the folder has none. */
function loadRequests(file) {
    return (0,external_node_fs_.existsSync)(file) ? (0,requests_jsonl_columns/* readRequestColumnsSync */.o)(file).columns : null;
}
/** What the report shows of predictions.jsonl (through the one reader), or null when the folder has none. */
function loadPredictions(file) {
    return (0,external_node_fs_.existsSync)(file) ? (0,prediction_summary/* summarizePredictionsFile */.Gf)(file) : null;
}
/**
 * Reads a run folder for the report. `given.requests`: the columns the pipeline already read back from this
 * folder's requests.jsonl, so a run parses the file once; without them the file is read here. Likewise
 * `given.results`: the document the run just wrote (its per-request samples are not parsed a second time).
 */
function loadRunFolder(dir, given = {}) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
        throw new errors/* InputError */.dz(`${dir}: run folder not found`);
    const resultsFile = (0,layout/* runFilePath */.N3)(dir, 'results');
    if (!(0,external_node_fs_.existsSync)(resultsFile))
        throw new errors/* InputError */.dz(`${dir}: no ${layout/* RUN_FILES */.al.results} in this run folder`);
    const results = given.results ?? (0,results_file/* readResultsFile */.B)(resultsFile);
    const comparisonFile = (0,external_node_path_.join)(dir, layout/* GATE_FILES */.Y8.comparison);
    return {
        dir,
        results,
        requests: given.requests ?? loadRequests((0,layout/* listedFilePath */.zX)(dir, results.files, 'requests')),
        predictions: given.predictions ?? loadPredictions((0,layout/* listedFilePath */.zX)(dir, results.files, 'predictions')),
        telemetry: loadTelemetry((0,layout/* listedFilePath */.zX)(dir, results.files, 'telemetry')),
        comparison: (0,external_node_fs_.existsSync)(comparisonFile) ? (0,comparison_file/* readComparisonFile */.WX)(comparisonFile) : null,
    };
}
function loadBaseline(file) {
    const results = (0,results_file/* readResultsFile */.B)(file);
    const dir = (0,external_node_path_.dirname)(file);
    return { file, results, requests: loadRequests((0,layout/* listedFilePath */.zX)(dir, results.files, 'requests')) };
}

;// CONCATENATED MODULE: ./src/report/write-report.ts















/** Assembles the report's input from a run folder (what `infergate report` and the pipeline both use). */
function reportInputFromFolder(runDir, options = {}) {
    const { requests, predictions, results } = options;
    const run = loadRunFolder(runDir, { ...(requests ? { requests } : {}), ...(predictions ? { predictions } : {}), ...(results ? { results } : {}) });
    const baseline = options.baselineFile ? loadBaseline(options.baselineFile) : null;
    return { run, baseline, comparison: options.comparison ?? run.comparison };
}
/** Writes report.html, report.md and every export into the run folder; returns their paths. */
function writeReport(runDir, options = {}) {
    const input = reportInputFromFolder(runDir, options);
    const path = (rel) => (0,external_node_path_.join)(runDir, rel);
    (0,external_node_fs_.mkdirSync)(path(layout/* EXPORTS_FOLDER */.H1), { recursive: true });
    const markdown = (0,build_markdown/* buildMarkdown */.O)(input, options);
    (0,external_node_fs_.writeFileSync)(path(layout/* REPORT_FILES */.JL.html), (0,build_report_html/* buildReportHtml */.U)(input));
    (0,external_node_fs_.writeFileSync)(path(layout/* REPORT_FILES */.JL.markdown), markdown);
    const bench = (0,github_action_benchmark/* toGithubActionBenchmark */.o)(input.run.results);
    (0,external_node_fs_.writeFileSync)(path(layout/* REPORT_FILES */.JL.smallerIsBetter), JSON.stringify(bench.smallerIsBetter, null, 2) + '\n');
    (0,external_node_fs_.writeFileSync)(path(layout/* REPORT_FILES */.JL.biggerIsBetter), JSON.stringify(bench.biggerIsBetter, null, 2) + '\n');
    (0,external_node_fs_.writeFileSync)(path(layout/* REPORT_FILES */.JL.bmf), JSON.stringify(toBmf(input.run.results), null, 2) + '\n');
    const requests = input.run.requests;
    (0,external_node_fs_.writeFileSync)(path(layout/* REPORT_FILES */.JL.llmd), JSON.stringify(toLlmdBenchmarkReport(input.run.results, requests ?? null), null, 2) + '\n');
    const stepFiles = [];
    if (requests) {
        // The per-request exports are written a piece at a time: their text grows with the run's requests.
        (0,atomic_write/* writeChunksAtomic */.xH)(path(layout/* REPORT_FILES */.JL.vllm), (0,json_pieces/* withNewline */.ZR)((0,json_pieces/* jsonPieces */.Mx)((0,vllm_bench_result/* vllmBenchResultOfRows */.B1)(input.run.results, requests, (0,request_series/* measured */.jh)(requests)))));
        (0,atomic_write/* writeChunksAtomic */.xH)(path(layout/* REPORT_FILES */.JL.requestsCsv), (0,requests_csv/* requestsCsvLines */.Gs)(requests));
        (0,vllm_bench_result/* vllmBenchResultsPerStepOfRows */.x0)(input.run.results, requests).forEach(({ result }, i) => {
            const rel = (0,layout/* vllmBenchStepFile */.UM)(i);
            (0,atomic_write/* writeChunksAtomic */.xH)(path(rel), (0,json_pieces/* withNewline */.ZR)((0,json_pieces/* jsonPieces */.Mx)(result)));
            stepFiles.push(path(rel));
        });
    }
    const files = Object.fromEntries(Object.entries(layout/* REPORT_FILES */.JL).map(([k, rel]) => [k, !requests && (k === 'vllm' || k === 'requestsCsv') ? null : path(rel)]));
    return { files, stepFiles, markdown, input };
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ redactFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84537);



/**
 * The last sweep before a run folder is kept or uploaded: every regular file in it (results.json,
 * output.txt, console.log, report.*, exports, comparison.json, ...) is rewritten with each known secret
 * value replaced by ***. Each writer already redacts what it writes; this catches a value registered
 * after a line was written (a results.json from the start of the run, an engine line before the
 * configuration's secrets were known) and any file a later stage adds. Bytes are compared as latin1 so
 * a binary file (an image) is left byte for byte unless it holds a secret. Links are not followed.
 * Files are read in chunks, so a large requests.jsonl costs a chunk of memory, not its size; only a file
 * that holds a secret is written again (to a sibling, then renamed). Returns the files rewritten.
 */
const CHUNK_BYTES = 1 << 20;
function redactFolder(dir) {
    const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretValues */ .VX)().map((secret) => Buffer.from(secret, 'utf8').toString('latin1'));
    if (secrets.length === 0)
        return [];
    const rewritten = [];
    const visit = (folder) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true })) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, entry.name);
            if (entry.isDirectory())
                visit(path);
            else if (entry.isFile() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isFile() && redactFile(path, secrets))
                rewritten.push(path);
        }
    };
    visit(dir);
    return rewritten;
}
function redactFile(path, secrets) {
    if (!streamRedacted(path, secrets, null))
        return false;
    const temporary = `${path}.redacting`;
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temporary, 'w');
    try {
        streamRedacted(path, secrets, (text) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(out, Buffer.from(text, 'latin1')));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(out);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    return true;
}
/**
 * Reads `path` chunk by chunk with every secret replaced, handing each finished piece to `write` (when
 * given). A secret cut by a chunk boundary is whole in the next round: only matches that start before the
 * last (longest secret - 1) characters are replaced, the rest is held back. Returns whether any secret
 * was found.
 */
function streamRedacted(path, secrets, write) {
    const keep = Math.max(...secrets.map((s) => s.length)) - 1;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let found = false;
    let carry = '';
    try {
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, CHUNK_BYTES, null);
            const text = carry + buffer.toString('latin1', 0, read);
            const cut = read === 0 ? text.length : Math.max(0, text.length - keep);
            const { out, next, replaced } = redactBefore(text, secrets, cut);
            found ||= replaced;
            if (found && write === null)
                return true;
            write?.(out);
            if (read === 0)
                return found;
            carry = text.slice(next);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * `text` up to `cut` with every secret that starts before `cut` replaced (the earliest first, the longest
 * where two start together); such a secret is whole, since none is longer than the part held back.
 * `next` is where the unprocessed rest begins: `cut`, or the end of a secret that reached past it.
 */
function redactBefore(text, secrets, cut) {
    let out = '';
    let at = 0;
    let replaced = false;
    while (at < cut) {
        let start = -1;
        let length = 0;
        for (const secret of secrets) {
            const p = text.indexOf(secret, at);
            if (p !== -1 && p < cut && (start === -1 || p < start || (p === start && secret.length > length))) {
                start = p;
                length = secret.length;
            }
        }
        if (start === -1) {
            out += text.slice(at, cut);
            return { out, next: cut, replaced };
        }
        out += `${text.slice(at, start)}***`;
        at = start + length;
        replaced = true;
    }
    return { out, next: at, replaced };
}


/***/ })

};
