export const id = 101;
export const ids = [101];
export const modules = {

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

/***/ 83178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ goodSign),
/* harmony export */   Dw: () => (/* binding */ ROUGE_METRICS),
/* harmony export */   LD: () => (/* binding */ builtInDirection),
/* harmony export */   td: () => (/* binding */ KNOWN_DIRECTIONS)
/* harmony export */ });
const LOWER_IS_BETTER = [
    'ttft_ms_mean',
    'ttft_ms_p50',
    'ttft_ms_p90',
    'ttft_ms_p99',
    'tpot_ms_mean',
    'tpot_ms_p99',
    'itl_ms_mean',
    'itl_ms_p99',
    'e2el_ms_mean',
    'e2el_ms_p99',
    'duration_s',
    'failed_requests',
    'energy_j',
];
const HIGHER_IS_BETTER = [
    'throughput_rps',
    'output_tps',
    'total_tps',
    'goodput_rps',
    'good_fraction',
    'mfu',
    'prefill_mfu',
    'decode_mfu',
    'mbu',
    'achieved_tflops',
    'rouge1',
    'rouge2',
    'rougeL',
    'rougeLsum',
    'tokens_per_joule',
    'capacity_rps',
];
const KNOWN_DIRECTIONS = new Map([
    ...LOWER_IS_BETTER.map((name) => [name, 'lower']),
    ...HIGHER_IS_BETTER.map((name) => [name, 'higher']),
]);
/** ROUGE headlines: their noise comes from the bootstrap intervals when the results carry them. */
const ROUGE_METRICS = new Set(['rouge1', 'rouge2', 'rougeL', 'rougeLsum']);
function builtInDirection(name) {
    return KNOWN_DIRECTIONS.get(name) ?? 'neutral';
}
/** +1 when a rise is good, -1 when a fall is good, 0 when neither. */
function goodSign(direction) {
    return direction === 'higher' ? 1 : direction === 'lower' ? -1 : 0;
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

/***/ 34562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   oz: () => (/* binding */ describeMetric),
/* harmony export */   qt: () => (/* binding */ headlineValue),
/* harmony export */   uF: () => (/* binding */ unitOf)
/* harmony export */ });
/* unused harmony export directionOf */
/* harmony import */ var _gate_metric_directions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83178);
/**
 * How the report names, units and orients a headline metric. The names are results.json's real headline
 * keys (src/metrics/latency/headline.ts, src/metrics/mfu/headline.ts, ROUGE, energy); directions come from
 * the gate's own table (src/gate/metric-directions.ts), so the report and the gate never disagree.
 */

/** The measured value of one headline key, or null when absent, null or not finite. */
function headlineValue(headline, key) {
    const v = headline[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** Units of the run-level headline names; latency names (<metric>_ms_<stat>) are in ms. */
const UNITS = {
    throughput_rps: 'req/s',
    goodput_rps: 'req/s',
    output_tps: 'tok/s',
    total_tps: 'tok/s',
    duration_s: 's',
    completed_requests: 'requests',
    failed_requests: 'requests',
    total_output_tokens: 'tokens',
    achieved_tflops: 'TFLOP/s',
    energy_j: 'J',
    tokens_per_joule: 'tok/J',
};
function unitOf(name) {
    if (name in UNITS)
        return UNITS[name];
    if (/^[a-z0-9]+(?:_vllm)?_ms_/.test(name))
        return 'ms';
    return '';
}
/** A latency statistic other than the spread: `ttft_ms_p95`, `e2el_ms_median`, `ttft_vllm_ms_max`, ... */
const LATENCY_STAT = /^[a-z0-9]+(?:_vllm)?_ms_(?:mean|median|min|max|p\d+(?:_\d+)?)$/;
/**
 * Which way is better, as the report's direction column says it: the gate's own table, and for a
 * latency statistic the gate does not judge (p95, median, ...; docs/gate.md says why it judges few) the
 * same truth, lower. Standard deviations and counts stay neutral.
 */
function directionOf(name) {
    const judged = (0,_gate_metric_directions_js__WEBPACK_IMPORTED_MODULE_0__/* .builtInDirection */ .LD)(name);
    if (judged !== 'neutral')
        return judged;
    return LATENCY_STAT.test(name) ? 'lower' : 'neutral';
}
function describeMetric(name) {
    return { label: name, unit: unitOf(name), direction: directionOf(name) };
}
/** Readable names of the run-level headline keys (latency statistics are named by `metricLabel`'s rule). */
const LABELS = {
    throughput_rps: 'Throughput',
    goodput_rps: 'Goodput',
    output_tps: 'Output tokens/s',
    total_tps: 'Total tokens/s',
    duration_s: 'Duration',
    good_fraction: 'Good fraction',
    completed_requests: 'Completed requests',
    failed_requests: 'Failed requests',
    total_output_tokens: 'Output tokens',
    mfu: 'MFU',
    prefill_mfu: 'Prefill MFU',
    decode_mfu: 'Decode MFU',
    mbu: 'MBU',
    achieved_tflops: 'Achieved TFLOP/s',
    rouge1: 'ROUGE-1',
    rouge2: 'ROUGE-2',
    rougeL: 'ROUGE-L',
    rougeLsum: 'ROUGE-Lsum',
    energy_j: 'Energy',
    tokens_per_joule: 'Tokens/J',
    capacity_rps: 'Capacity',
};
/**
 * How a reader names a headline key: "TTFT p50" for ttft_ms_p50, "E2EL mean (vLLM)" for e2el_vllm_ms_mean,
 * "Throughput" for throughput_rps; a name it does not know as it is.
 */
function metricLabel(name) {
    if (name in LABELS)
        return LABELS[name];
    const latency = /^([a-z0-9]+?)(_vllm)?_ms_([a-z0-9_]+)$/.exec(name);
    if (latency)
        return `${latency[1].toUpperCase()} ${latency[3].replace(/_/g, '.')}${latency[2] ? ' (vLLM)' : ''}`;
    return name;
}


/***/ }),

/***/ 21329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Kj: () => (/* binding */ changeArrow),
/* harmony export */   dd: () => (/* binding */ formatMetricValue),
/* harmony export */   jF: () => (/* binding */ changeSense),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   vy: () => (/* binding */ formatInterval)
/* harmony export */ });
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34562);

/**
 * The one number format of every place a figure is shown: the PR comment, the job summary, report.md,
 * report.html and `infergate compare`'s table. A reader who sees "22.65 ms" in the comment finds the same
 * "22.65 ms" in the report.
 */
/**
 * A figure to 4 significant digits: integers as they are, no exponent from 0.001 up to 10 million (where
 * a reader compares digits), an exponent outside it (MFU on a CPU is a few millionths); `absent` (—) without one.
 */
function formatValue(value, absent = '—') {
    if (value === null || value === undefined)
        return absent;
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value) && Math.abs(value) < 1e7)
        return String(value);
    const a = Math.abs(value);
    if (a < 1e-3 || a >= 1e7)
        return value.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e');
    return String(Number(value.toPrecision(4)));
}
/**
 * A headline figure in its unit: latency always in ms (results.json stores it in ms: "22.65 ms", never
 * "0.02265 s"), rates in req/s or tok/s, durations in s, ratios bare.
 */
function formatMetricValue(name, value) {
    const text = formatValue(value);
    if (value === null || value === undefined || !Number.isFinite(value))
        return text;
    const unit = (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .unitOf */ .uF)(name);
    return unit ? `${text} ${unit}` : text;
}
/** A change in percent: "+14.0%", "-6.0%"; a change that rounds to zero (float noise of a mean) unsigned. */
function formatPercent(value) {
    if (value === null)
        return '—';
    if (!Number.isFinite(value))
        return value > 0 ? '+∞%' : '−∞%';
    if (Math.abs(value) < 0.05)
        return '0.0%';
    return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}
/** The interval of a relative change, given as fractions (0.098 = +9.8%): "[+9.8, +19.1]" in percent. */
function formatInterval(interval) {
    const end = (fraction) => {
        const pct = fraction * 100;
        if (!Number.isFinite(pct))
            return pct > 0 ? '+∞' : '−∞';
        return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}`;
    };
    return `[${end(interval.low)}, ${end(interval.high)}]`;
}
function changeSense(deltaPct, direction) {
    if (deltaPct === null || Math.abs(deltaPct) < 0.05)
        return 'flat';
    if (direction === 'neutral')
        return 'neutral';
    return (deltaPct > 0) === (direction === 'higher') ? 'better' : 'worse';
}
/** "▲" for a rise, "▼" for a fall, nothing for no change. */
function changeArrow(deltaPct) {
    if (deltaPct === null || Math.abs(deltaPct) < 0.05)
        return '';
    return deltaPct > 0 ? '▲' : '▼';
}


/***/ }),

/***/ 55421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   _b: () => (/* binding */ mermaidLabel)
/* harmony export */ });
/* unused harmony export neutraliseAutolinks */
/* harmony import */ var _control_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51690);

/**
 * Escaping for every string that reaches HTML or Markdown: model text, references, ids, config values.
 * The one escaper of every rendered place: report.html/report.md, the job summary, the PR comment and the
 * matrix aggregate comment (SECURITY.md, threat 3).
 */
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for an HTML element body or a quoted attribute value (SVG included). */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
/**
 * Escapes text for a GitHub Markdown table cell or paragraph: control characters go and every line
 * break (a lone CR and U+2028/2029 too) becomes a space, so a cell stays one row and no forged line
 * starts; HTML is neutralised, inline Markdown characters are backslash-escaped, and a leading block
 * marker (list, heading, quote, numbered item) is escaped so it cannot start a block.
 */
function escapeMarkdown(text) {
    return neutraliseAutolinks(escapeHtml((0,_control_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .singleLine */ .p)(text))
        .replace(/([\\`*_{}[\]()#!|~])/g, '\\$1')
        .replace(/^(\s*)([-+>]|\d+\.)/, (_m, space, marker) => `${space}${marker.replace(/([-+>.])/, '\\$1')}`));
}
/** U+2060 WORD JOINER: invisible, and GitHub no longer sees a mention or a link where it sits. */
const JOINER = '\u2060';
/**
 * GitHub turns text into links after Markdown, where escaping cannot reach: `@name` notifies that user or
 * team, and bare `https://...` or `www.` become links. An invisible joiner after the @ and inside the
 * scheme separator breaks the patterns while the text reads the same.
 */
function neutraliseAutolinks(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${JOINER}`)
        .replace(/:\/\//g, `:${JOINER}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${JOINER}.`);
}
/**
 * Mermaid strings are double-quoted; a quote, bracket, backtick, semicolon or newline inside would end
 * them, and "%%" starts a comment, so those are removed.
 */
function mermaidLabel(text) {
    return text.replace(/%{2,}/g, '%').replace(/["[\]`\r\n;]/g, ' ').replace(/\s+/g, ' ').trim();
}


/***/ })

};
