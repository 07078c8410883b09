export const id = 629;
export const ids = [629];
export const modules = {

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

/***/ 23687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ REPORT_CSS)
/* harmony export */ });
/** The report's only stylesheet, inlined; colours chosen to stay distinct for common colour blindness. */
const REPORT_CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--card:#f6f8fa;--s0:#0969da;--s1:#bc4c00;--s2:#1a7f37;--s3:#8250df;--s4:#bf3989;--s5:#4d2d00;--base:#59636e;--pass:#1a7f37;--warn:#9a6700;--fail:#d1242f}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1180px;margin:0 auto;padding:20px 24px 48px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
.meta{color:var(--muted);margin:0 0 14px}.meta span{margin-right:14px}
.verdict{display:inline-block;font-weight:600;padding:4px 12px;border-radius:14px;color:#fff;background:var(--base);margin:6px 0 12px}
.verdict.pass{background:var(--pass)}.verdict.warn{background:var(--warn)}.verdict.fail{background:var(--fail)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(128px,1fr));gap:10px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px}.card .name{color:var(--muted);font-size:12px}.card .value{font-size:20px;font-weight:600}.card .unit{font-size:12px;color:var(--muted);margin-left:3px}
.card .delta{font-size:12px}.card.fail{border-color:var(--fail)}.card.warn{border-color:var(--warn)}.delta.fail{color:var(--fail)}.delta.warn{color:var(--warn)}.delta.pass{color:var(--pass)}.delta.improved{color:var(--pass)}.better,.delta.better{color:var(--pass)}.worse,.delta.worse{color:var(--fail)}
.charts{display:flex;flex-wrap:wrap;gap:12px}figure.chart{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px}figure.chart figcaption{color:var(--muted);font-size:12px;padding:0 6px 4px}
figure.no-data{padding:12px;min-width:300px;color:var(--muted)}
svg text{font:11px -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;fill:var(--fg)}svg .tick{fill:var(--muted)}svg .chart-title{font-weight:600;font-size:12px}svg .legend-label{fill:var(--muted)}
svg .grid{stroke:#eaeef2}svg .axis{stroke:#8c959f}svg .line{fill:none;stroke-width:2}svg .legend{stroke-width:3}
svg .bar{stroke:none;opacity:.85}svg .dot{stroke:#fff;stroke-width:1.5}
.s0{stroke:var(--s0);fill:var(--s0)}.s1{stroke:var(--s1);fill:var(--s1)}.s2{stroke:var(--s2);fill:var(--s2)}.s3{stroke:var(--s3);fill:var(--s3)}.s4{stroke:var(--s4);fill:var(--s4)}.s5{stroke:var(--s5);fill:var(--s5)}.baseline{stroke:var(--base);fill:var(--base)}
svg path.line{fill:none}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}th{background:var(--card)}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.fail{color:var(--fail);font-weight:600}td.warn{color:var(--warn);font-weight:600}td.pass{color:var(--pass)}td.improved{color:var(--pass);font-weight:600}td.reason{font-size:12px;color:#555}
td.text{max-width:440px;white-space:pre-wrap;word-break:break-word}.note{color:var(--muted);font-size:12px}
details>summary{cursor:pointer;margin:8px 0;color:var(--muted);font-size:13px}
`;


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

/***/ 81634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   Vo: () => (/* binding */ AXIS_TICKS),
/* harmony export */   _h: () => (/* binding */ noData)
/* harmony export */ });
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55421);
/* harmony import */ var _scale_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12273);


const MARGIN = { top: 42, right: 16, bottom: 44, left: 58 };
/** Intervals the x axis aims for; a chart that bins its data on the axis's round ends uses the same. */
const AXIS_TICKS = 6;
function frame(spec, marks) {
    const width = spec.width ?? 540;
    const height = spec.height ?? 260;
    const xd = (0,_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .niceDomain */ .O)(spec.x[0], spec.x[1], AXIS_TICKS);
    const yd = (0,_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .niceDomain */ .O)(Math.min(0, spec.y[0]), spec.y[1], 4);
    const sx = (0,_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .linearScale */ .om)(xd.domain, [MARGIN.left, width - MARGIN.right]);
    const sy = (0,_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .linearScale */ .om)(yd.domain, [height - MARGIN.bottom, MARGIN.top]);
    const parts = [];
    for (const t of yd.ticks) {
        const y = sy(t).toFixed(1);
        parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${y}" y2="${y}"/>`);
        parts.push(`<text class="tick" x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${(0,_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTick */ .T0)(t)}</text>`);
    }
    for (const t of xd.ticks) {
        const x = sx(t).toFixed(1);
        parts.push(`<line class="axis" x1="${x}" x2="${x}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom + 4}"/>`);
        parts.push(`<text class="tick" x="${x}" y="${height - MARGIN.bottom + 16}" text-anchor="middle">${(0,_scale_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTick */ .T0)(t)}</text>`);
    }
    parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom}"/>`);
    parts.push(`<text class="axis-label" x="${(MARGIN.left + width - MARGIN.right) / 2}" y="${height - 8}" text-anchor="middle">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(spec.xLabel)}</text>`);
    parts.push(`<text class="axis-label" transform="translate(14 ${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)" text-anchor="middle">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(spec.yLabel)}</text>`);
    parts.push(`<text class="chart-title" x="${MARGIN.left}" y="18">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(spec.title)}</text>`);
    // The legend sits on its own row under the title, left to right, so it never overlaps the title.
    let lx = MARGIN.left;
    for (const entry of spec.legend ?? []) {
        const dash = entry.dashed ? ' stroke-dasharray="4 3"' : '';
        parts.push(`<line class="legend ${entry.cls}" x1="${lx}" x2="${lx + 14}" y1="30" y2="30"${dash}/>`);
        parts.push(`<text class="legend-label" x="${lx + 18}" y="34">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(entry.label)}</text>`);
        lx += entry.label.length * 6.2 + 34;
    }
    const clip = `clip-${spec.id}`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(spec.title)}">` +
        `<defs><clipPath id="${clip}"><rect x="${MARGIN.left}" y="${MARGIN.top - 2}" width="${width - MARGIN.left - MARGIN.right}" height="${height - MARGIN.top - MARGIN.bottom + 2}"/></clipPath></defs>` +
        parts.join('') +
        `<g class="marks" clip-path="url(#${clip})">${marks(sx, sy)}</g></svg>`;
    const caption = spec.caption ? `<figcaption>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(spec.caption)}</figcaption>` : '';
    return `<figure class="chart" id="${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(spec.id)}" data-chart="${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(spec.id)}">${svg}${caption}</figure>`;
}
/** Shown where a chart has nothing measured to draw; says why instead of drawing an empty frame. */
function noData(id, title, reason) {
    return `<figure class="chart no-data" data-chart-empty="${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(id)}"><div class="chart-title">${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(title)}</div><p>${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(reason)}</p></figure>`;
}


/***/ }),

/***/ 40896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ pathData)
/* harmony export */ });
/** SVG path data through points; `step` draws a staircase (hold the value until the next point). */
function pathData(points, sx, sy, step = false) {
    let d = '';
    let prevY = null;
    for (const [x, y] of points) {
        const px = sx(x).toFixed(1);
        const py = sy(y).toFixed(1);
        if (d === '')
            d = `M${px} ${py}`;
        else if (step && prevY !== null)
            d += `H${px}V${py}`;
        else
            d += `L${px} ${py}`;
        prevY = y;
    }
    return d;
}


/***/ }),

/***/ 12273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ stableNiceDomain),
/* harmony export */   O: () => (/* binding */ niceDomain),
/* harmony export */   T0: () => (/* binding */ formatTick),
/* harmony export */   om: () => (/* binding */ linearScale)
/* harmony export */ });
/* unused harmony export niceStep */
/** Linear scales and round tick values for the SVG charts. */
function linearScale(domain, range) {
    const [d0, d1] = domain;
    const [r0, r1] = range;
    const span = d1 - d0 || 1;
    return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}
/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over [lo, hi]. */
function niceStep(lo, hi, count) {
    const raw = (hi - lo || Math.abs(hi) || 1) / count;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const norm = raw / mag;
    return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}
/** Widens [lo, hi] to round ends and lists the ticks in between. */
function niceDomain(lo, hi, count = 5) {
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
        return { domain: [0, 1], ticks: [0, 1] };
    if (lo === hi) {
        hi = lo + (lo === 0 ? 1 : Math.abs(lo) * 0.1);
    }
    const step = niceStep(lo, hi, count);
    const start = Math.floor(lo / step) * step;
    const end = Math.ceil(hi / step) * step;
    const ticks = [];
    for (let v = start; v <= end + step / 2; v += step)
        ticks.push(Number(v.toPrecision(12)));
    return { domain: [start, end], ticks };
}
/**
 * niceDomain applied until it no longer moves: a domain the frame's own niceDomain call leaves as it is,
 * so data binned on it ends exactly where the drawn axis ends.
 */
function stableNiceDomain(lo, hi, count) {
    let domain = niceDomain(lo, hi, count).domain;
    for (let i = 0; i < 4; i++) {
        const next = niceDomain(domain[0], domain[1], count).domain;
        if (next[0] === domain[0] && next[1] === domain[1])
            break;
        domain = next;
    }
    return domain;
}
/** Short tick labels: 1200 → 1.2k, 0.25 → 0.25. */
function formatTick(v) {
    const a = Math.abs(v);
    if (a >= 1e6)
        return `${Number((v / 1e6).toPrecision(3))}M`;
    if (a >= 1e4)
        return `${Number((v / 1e3).toPrecision(3))}k`;
    return String(Number(v.toPrecision(4)));
}


/***/ }),

/***/ 13003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ firstHeadlineProblem),
/* harmony export */   M: () => (/* binding */ isHeadlineName),
/* harmony export */   V8: () => (/* binding */ headlineValueProblem),
/* harmony export */   rP: () => (/* binding */ headlineNameExamples)
/* harmony export */ });
/* unused harmony export COUNT_METRICS */
/**
 * Every name results.json's `headline` can carry, and what its value can be. The stages that write the
 * headline own the names (metrics/latency/headline.ts, metrics/mfu/headline.ts, pipeline/rouge-metrics.ts,
 * pipeline/compute-metrics.ts for energy, pipeline/capacity-probe.ts for capacity); test/run-folder/headline-names.test.ts checks this list against
 * what they write. The gate uses it to refuse a thresholds entry for a metric that does not exist, and
 * the results reader (results-file.ts) to refuse values no run can produce.
 */
const LATENCY_NAME = /^(?:ttft_ms|ttft_vllm_ms|tpot_ms|itl_ms|e2el_ms)_(?:mean|median|std|min|max|p\d+(?:_\d+)?)$/;
const LATENCY_FAMILIES = ['ttft_ms', 'ttft_vllm_ms', 'tpot_ms', 'itl_ms', 'e2el_ms'];
const LATENCY_STATS = ['mean', 'median', 'std', 'min', 'max', 'p50', 'p90', 'p95', 'p99'];
/** Whole numbers of requests or tokens. */
const COUNT_METRICS = new Set(['completed_requests', 'failed_requests', 'total_output_tokens']);
/** Fractions in [0, 1]. */
const FRACTION_METRICS = new Set(['good_fraction', 'rouge1', 'rouge2', 'rougeL', 'rougeLsum']);
const OTHER_METRICS = [
    'throughput_rps', 'output_tps', 'total_tps', 'duration_s', 'goodput_rps', 'good_fraction',
    ...COUNT_METRICS,
    'mfu', 'prefill_mfu', 'decode_mfu', 'mbu', 'achieved_tflops',
    'rouge1', 'rouge2', 'rougeL', 'rougeLsum',
    'energy_j', 'tokens_per_joule',
    // Under a capacity profile (pipeline/capacity-probe.ts).
    'capacity_rps',
];
const OTHER_SET = new Set(OTHER_METRICS);
function isHeadlineName(name) {
    return OTHER_SET.has(name) || LATENCY_NAME.test(name);
}
/** The names a default run writes, for "did you mean" suggestions. */
function headlineNameExamples() {
    return [...LATENCY_FAMILIES.flatMap((family) => LATENCY_STATS.map((stat) => `${family}_${stat}`)), ...new Set(OTHER_METRICS)];
}
/**
 * Why `value` cannot be the headline value `name` (a negative time or rate, a fractional or negative
 * count, a fraction above 1), or null when it can. Names this version does not know are not judged.
 * `averaged`: the headline is the mean of repeated trials, where a count may be fractional.
 */
function headlineValueProblem(name, value, averaged = false) {
    if (!isHeadlineName(name))
        return null;
    if (!Number.isFinite(value))
        return `must be a finite number, got ${value}`;
    if (value < 0)
        return `cannot be negative, got ${value}`;
    if (COUNT_METRICS.has(name) && !averaged && !Number.isInteger(value))
        return `must be a whole number, got ${value}`;
    if (FRACTION_METRICS.has(name) && value > 1)
        return `is a fraction and cannot exceed 1, got ${value}`;
    return null;
}
/** The first impossible value of a headline, as "headline.<name> <problem>", or null. */
function firstHeadlineProblem(headline, key, averaged = false) {
    for (const [name, value] of Object.entries(headline)) {
        if (typeof value !== 'number')
            continue;
        const problem = headlineValueProblem(name, value, averaged);
        if (problem !== null)
            return `${key}.${name} ${problem}`;
    }
    return null;
}


/***/ }),

/***/ 69817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readResultsFile),
/* harmony export */   L: () => (/* binding */ parseResultsDocument)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_json_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80019);
/* harmony import */ var _headline_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13003);
/* harmony import */ var _results_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99258);





/**
 * The one reader of results.json, for the gate, the report, the exports, history and the GitHub stage.
 * Validates what they rely on (schema and version, the fingerprint, headline, trials, intervals, steps);
 * other blocks pass through untouched.
 */
const headlineSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable());
const fingerprintSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    accelerator: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    accelerator_count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    driver: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    engine: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    engine_version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    dataset_rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    load_shape: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    infergate_version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
})
    .passthrough();
const intervalSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    low: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    mid: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    high: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    confidence: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().gt(0).lt(1),
});
const resultsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(_results_document_js__WEBPACK_IMPORTED_MODULE_4__/* .RESULTS_SCHEMA */ .B),
    schema_version: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(),
    infergate_version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    run_id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['completed', 'failed', 'interrupted']),
    failure: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ message: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), exit_code: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig() }).nullable(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    finished_at: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    config: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
    environment: fingerprintSchema,
    dataset: zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J(),
    definitions: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    metrics: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
    headline: headlineSchema,
    headline_intervals: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), intervalSchema).optional(),
    trials: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(headlineSchema).optional(),
    request_samples: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ ttft_ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative()), tpot_ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative()), e2el_ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative()) })
        .optional(),
    steps: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()).optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
})
    .passthrough();
/** Validates a parsed results document; `where` names it in the error (a file, or "history.json run 3"). */
function parseResultsDocument(value, where) {
    if (typeof value === 'object' && value !== null) {
        const record = value;
        if (record.schema !== _results_document_js__WEBPACK_IMPORTED_MODULE_4__/* .RESULTS_SCHEMA */ .B) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(where, undefined, `not an infergate results document (schema is ${JSON.stringify(record.schema)}, expected "${_results_document_js__WEBPACK_IMPORTED_MODULE_4__/* .RESULTS_SCHEMA */ .B}")`));
        }
        if (record.schema_version !== _results_document_js__WEBPACK_IMPORTED_MODULE_4__/* .RESULTS_SCHEMA_VERSION */ .q) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(where, undefined, `results schema_version ${JSON.stringify(record.schema_version)} is not supported (this infergate reads version ${_results_document_js__WEBPACK_IMPORTED_MODULE_4__/* .RESULTS_SCHEMA_VERSION */ .q})`));
        }
    }
    const parsed = resultsSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue.path.length > 0 ? issue.path.join('.') : '(document)';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(where, undefined, `key ${key}: ${issue.message}`));
    }
    const problem = impossibleValue(parsed.data);
    if (problem !== null)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(where, undefined, `key ${problem}`));
    return parsed.data;
}
/** The first headline (or trial, or interval) value no run can produce, named by its key. */
function impossibleValue(document) {
    const averaged = (document.trials?.length ?? 0) > 1;
    const trialProblems = (document.trials ?? []).map((trial, i) => (0,_headline_names_js__WEBPACK_IMPORTED_MODULE_2__/* .firstHeadlineProblem */ .I3)(trial, `trials[${i}]`));
    const intervalProblems = Object.entries(document.headline_intervals ?? {}).flatMap(([name, interval]) => ['low', 'mid', 'high'].map((end) => {
        const problem = (0,_headline_names_js__WEBPACK_IMPORTED_MODULE_2__/* .headlineValueProblem */ .V8)(name, interval[end], true);
        return problem === null ? null : `headline_intervals.${name}.${end} ${problem}`;
    }));
    return [(0,_headline_names_js__WEBPACK_IMPORTED_MODULE_2__/* .firstHeadlineProblem */ .I3)(document.headline, 'headline', averaged), ...trialProblems, ...intervalProblems].find((p) => p !== null) ?? null;
}
/** Reads and validates a results.json; every error names the file (and line, for a syntax error). */
function readResultsFile(path) {
    return parseResultsDocument((0,_util_json_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonFile */ .J)(path), path);
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
