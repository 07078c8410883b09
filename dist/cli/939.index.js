export const id = 939;
export const ids = [939];
export const modules = {

/***/ 19606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyAppend: () => (/* binding */ historyAppend),
  historyPage: () => (/* binding */ historyPage),
  historySummary: () => (/* binding */ historySummary)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/run-folder/results-file.ts
var results_file = __webpack_require__(69817);
// EXTERNAL MODULE: ./src/history/history-entry.ts + 1 modules
var history_entry = __webpack_require__(62456);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/jsonl.ts
var jsonl = __webpack_require__(87142);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
;// CONCATENATED MODULE: ./src/history/history-store.ts
/** Stable series order for listSeries: nulls first, then by text, field by field. */
function compareSeries(a, b) {
    for (const field of ['accelerator', 'engine', 'model', 'profile']) {
        const x = a[field];
        const y = b[field];
        if (x === y)
            continue;
        if (x === null)
            return -1;
        if (y === null)
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/history/file-store.ts






/**
 * The embedded history: one JSON line per run in one file (`history.jsonl`), kept in a branch or carried
 * by artifacts. Appending adds lines only, so a file in git grows by one line a night and merges cleanly.
 * Every line is read back through the same schema; a bad line is an error naming the file and line.
 */
class FileHistoryStore {
    path;
    description;
    constructor(path) {
        this.path = path;
        this.description = `history file ${path}`;
    }
    async append(entries) {
        const known = new Set(this.readAll().map((e) => e.run_id));
        const fresh = entries.filter((e) => {
            if (known.has(e.run_id))
                return false;
            known.add(e.run_id);
            return true;
        });
        if (fresh.length > 0) {
            const parsed = fresh.map((e) => history_entry/* historyEntrySchema */.Gv.parse(e));
            // One write call: a reader never sees half a batch, and O_APPEND keeps writers from overwriting each other.
            try {
                (0,external_node_fs_.appendFileSync)(this.path, parsed.map((e) => `${JSON.stringify(e)}\n`).join(''));
            }
            catch (error) {
                throw new errors/* InputError */.dz(`${this.path}: cannot append to the history file (${error.code ?? String(error)})`);
            }
        }
        return fresh.length;
    }
    async listSeries() {
        const series = [];
        for (const entry of this.readAll())
            if (!series.some((s) => (0,history_entry/* sameSeries */.UK)(s, entry.series)))
                series.push(entry.series);
        return series.sort(compareSeries);
    }
    async runs(series, options = {}) {
        const runs = this.readAll().filter((e) => (0,history_entry/* sameSeries */.UK)(e.series, series)).sort(history_entry/* compareEntries */.wD);
        return options.last === undefined ? runs : runs.slice(Math.max(0, runs.length - options.last));
    }
    async close() { }
    /** Every run in the file, the first line of a run_id winning; a missing file is an empty history. */
    readAll() {
        if (!(0,external_node_fs_.existsSync)(this.path))
            return [];
        return parseHistoryLines((0,read_file/* readFileOrFail */._)(this.path, { what: 'the history file' }).toString('utf8'), this.path);
    }
}
/** Parses history.jsonl text; blank lines are allowed, anything else that is not an entry is an error. The first line of a run_id wins. */
function parseHistoryLines(text, path) {
    const entries = (0,jsonl/* parseJsonlObjects */.y)(text, path, toHistoryEntry, {
        notJson: 'not a JSON line (a history file holds one run per line)',
        notObject: 'not a history entry: the line is not a JSON object (a history file holds one run per line)',
    });
    const seen = new Set();
    return entries.filter((entry) => !seen.has(entry.run_id) && seen.add(entry.run_id));
}
function toHistoryEntry(row) {
    const result = history_entry/* historyEntrySchema */.Gv.safeParse(row);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    throw new Error(`not a history entry: ${issue ? `${issue.path.join('.') || 'the line'}: ${issue.message}` : 'invalid'}`);
}

;// CONCATENATED MODULE: ./src/history/open-store.ts


/**
 * `--store` → a store: `postgres://…` / `postgresql://…` is a database; `env:NAME` reads the connection
 * string from the environment variable NAME (so a password never sits on a command line or in a log);
 * anything else is the path of a history.jsonl file.
 */
async function openHistoryStore(spec, env = process.env) {
    let target = spec;
    if (spec.startsWith('env:')) {
        const name = spec.slice('env:'.length);
        const value = env[name];
        if (!value)
            throw new errors/* InputError */.dz(`--store ${spec}: the environment variable ${name} is not set`);
        target = value;
    }
    if (/^postgres(ql)?:\/\//.test(target)) {
        // pg is loaded only for a database store: every other command starts without evaluating it.
        const { PostgresHistoryStore } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(618)]).then(__webpack_require__.bind(__webpack_require__, 84237));
        return PostgresHistoryStore.open(target);
    }
    if (spec.startsWith('env:'))
        throw new errors/* InputError */.dz(`--store ${spec}: the environment variable holds no postgres:// connection string`);
    return new FileHistoryStore(target);
}

// EXTERNAL MODULE: ./src/run-folder/layout.ts
var layout = __webpack_require__(87460);
// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(55421);
// EXTERNAL MODULE: ./src/report/html/style.ts
var style = __webpack_require__(23687);
// EXTERNAL MODULE: ./src/report/metric-catalog.ts
var metric_catalog = __webpack_require__(34562);
// EXTERNAL MODULE: ./src/report/number-format.ts
var number_format = __webpack_require__(21329);
// EXTERNAL MODULE: ./src/report/svg/frame.ts
var svg_frame = __webpack_require__(81634);
// EXTERNAL MODULE: ./src/report/svg/path.ts
var path = __webpack_require__(40896);
;// CONCATENATED MODULE: ./src/history/trend-page.ts







/** Figures in the report's one number format; an absent one says so. */
const formatValue = (v) => (0,number_format/* formatValue */.Fl)(v, 'not measured');
/** Only web links become links: a run_url is data from whoever appended the run. */
function safeRunUrl(url) {
    return url !== null && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}
const TREND_CSS = `svg .change{stroke:var(--fail);stroke-width:1.5}svg .change-label{fill:var(--fail);font-size:10px}svg a .dot:hover{stroke:var(--fg)}svg .dot.uncertified{fill:#fff;stroke:var(--s0);stroke-width:2}`;
function trendChart(trend, id) {
    const n = trend.points.length;
    const values = trend.points.map((p) => p.value);
    const unit = (0,metric_catalog/* unitOf */.uF)(trend.metric);
    const caption = trend.changes.length === 0
        ? `${n} runs; no change point at significance 0.01.`
        : `${n} runs; ${trend.changes.length} change point${trend.changes.length > 1 ? 's' : ''} (E-divisive means, permutation test, significance 0.01): ${trend.changes.map((c) => `${formatValue(c.mean_before)} → ${formatValue(c.mean_after)} from run ${c.run_id} (p = ${c.p_value.toFixed(3)})`).join('; ')}.`;
    return (0,svg_frame/* frame */.Gt)({ id, title: trend.metric, xLabel: 'run, oldest → newest', yLabel: unit ? `${trend.metric} (${unit})` : trend.metric, x: [0, Math.max(1, n - 1)], y: [Math.min(...values), Math.max(...values)], width: 560, caption }, (sx, sy) => {
        const line = n > 1 ? `<path class="line s0" d="${(0,path/* pathData */.m)(trend.points.map((p, i) => [i, p.value]), sx, sy)}"/>` : '';
        const changes = trend.changes.map((c) => {
            // Between the last run before the change and the first after it.
            const x = sx(c.position - 0.5).toFixed(1);
            return `<line class="change" data-change-run="${(0,util_escape/* escapeHtml */.ZD)(c.run_id)}" x1="${x}" x2="${x}" y1="0" y2="1000" stroke-dasharray="4 3"/><text class="change-label" x="${x}" y="52" dx="3">change</text>`;
        });
        const dots = trend.points.map((p, i) => {
            const title = `<title>${(0,util_escape/* escapeHtml */.ZD)(`${p.run_id} · ${p.recorded_at} · ${formatValue(p.value)}${unit ? ` ${unit}` : ''}${p.certified === false ? ' · not certified' : ''}`)}</title>`;
            const dot = `<circle class="dot s0${p.certified === false ? ' uncertified' : ''}" data-point-run="${(0,util_escape/* escapeHtml */.ZD)(p.run_id)}" cx="${sx(i).toFixed(1)}" cy="${sy(p.value).toFixed(1)}" r="3.5">${title}</circle>`;
            const url = safeRunUrl(p.run_url);
            return url ? `<a href="${(0,util_escape/* escapeHtml */.ZD)(url)}" target="_blank" rel="noopener noreferrer">${dot}</a>` : dot;
        });
        return line + changes.join('') + dots.join('');
    });
}
function seriesSection(key, trends, index) {
    const charts = trends.map((t) => trendChart(t, `trend-${index}-${t.metric}`)).join('');
    const profile = key.profile ? `<span>profile hash ${(0,util_escape/* escapeHtml */.ZD)(key.profile.split('@')[1] ?? '')}</span>` : '';
    return `<section class="series" data-series="${(0,util_escape/* escapeHtml */.ZD)((0,history_entry/* seriesLabel */.Ym)(key))}"><h2>${(0,util_escape/* escapeHtml */.ZD)((0,history_entry/* seriesLabel */.Ym)(key))}</h2><p class="meta">${profile}</p><div class="charts">${charts}</div></section>`;
}
/**
 * The trend page: self-contained HTML (inline CSS and SVG, no script, no network), one section per series
 * (accelerator · engine · model · profile) with one chart per metric; each point links to its run and
 * each change point is drawn between the runs it separates.
 */
function buildTrendPage(groups, source, generatedAt) {
    const sections = groups.filter((g) => g.trends.length > 0).map((g, i) => seriesSection(g.series, g.trends, i));
    const body = sections.length > 0 ? sections.join('') : '<p class="note">The history holds no completed run with a measured metric.</p>';
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>infergate history</title><style>${style/* REPORT_CSS */.r}${TREND_CSS}</style></head><body><main><h1>infergate history</h1><p class="meta"><span>${(0,util_escape/* escapeHtml */.ZD)(source)}</span><span>generated ${(0,util_escape/* escapeHtml */.ZD)(generatedAt.toISOString())}</span><span>hollow points: runs not certified under their profile</span></p>${body}</main></body></html>\n`;
}

;// CONCATENATED MODULE: ./src/history/trend-summary.ts




/** Figures in the report's one number format; an absent one says so. */
const trend_summary_formatValue = (v) => (0,number_format/* formatValue */.Fl)(v, 'not measured');
const BARS = '▁▂▃▄▅▆▇█';
/** A sparkline of values: one block character per run, scaled between the window's min and max. */
function sparkline(values) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return values.map((v) => (hi === lo ? BARS[3] : BARS[Math.min(7, Math.floor(((v - lo) / (hi - lo)) * 8))])).join('');
}
/**
 * The job summary's compact trend: per series, one row per metric with a sparkline of the last runs, the
 * latest value, and the newest change point found over the whole history (if it falls in the window).
 */
function buildTrendSummary(groups, lastRuns) {
    const out = [`### infergate history: the last ${lastRuns} runs`, ''];
    for (const group of groups) {
        if (group.trends.length === 0)
            continue;
        out.push(`**${(0,util_escape/* escapeMarkdown */.FV)((0,history_entry/* seriesLabel */.Ym)(group.series))}**`, '', '| metric | trend | latest | change point |', '|---|---|---:|---|');
        for (const trend of group.trends) {
            const window = trend.points.slice(-lastRuns);
            const first = trend.points.length - window.length;
            const latest = window[window.length - 1];
            const change = [...trend.changes].reverse().find((c) => c.position >= first);
            const unit = (0,metric_catalog/* unitOf */.uF)(trend.metric);
            const changeCell = change ? `${trend_summary_formatValue(change.mean_before)} → ${trend_summary_formatValue(change.mean_after)} at ${(0,util_escape/* escapeMarkdown */.FV)(change.run_id)}` : '—';
            out.push(`| ${(0,util_escape/* escapeMarkdown */.FV)(trend.metric)} | ${sparkline(window.map((p) => p.value))} | ${latest ? `${trend_summary_formatValue(latest.value)}${unit ? ` ${unit}` : ''}` : '—'} | ${changeCell} |`);
        }
        out.push('');
    }
    if (out.length === 2)
        out.push('The history holds no completed run with a measured metric.', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/util/seeded-random.ts
var seeded_random = __webpack_require__(91664);
;// CONCATENATED MODULE: ./src/history/e-divisive.ts

/** Best split of `x` by the E-divisive statistic: the index where the right part begins, and its value. */
function bestSplit(x, minSegment) {
    const n = x.length;
    if (n < 2 * minSegment)
        return null;
    // Sums of |x_i − x_j| over pairs: all pairs, pairs left of each split and pairs right of it, O(n²) in all.
    let total = 0;
    for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
            total += Math.abs(x[i] - x[j]);
    const withinLeft = new Float64Array(n + 1);
    for (let t = 1; t <= n; t++) {
        let add = 0;
        for (let i = 0; i < t - 1; i++)
            add += Math.abs(x[i] - x[t - 1]);
        withinLeft[t] = withinLeft[t - 1] + add;
    }
    const withinRight = new Float64Array(n + 1);
    for (let t = n - 1; t >= 0; t--) {
        let add = 0;
        for (let j = t + 1; j < n; j++)
            add += Math.abs(x[t] - x[j]);
        withinRight[t] = withinRight[t + 1] + add;
    }
    let best = null;
    for (let t = minSegment; t <= n - minSegment; t++) {
        const m = t;
        const k = n - t;
        const wl = withinLeft[t];
        const wr = withinRight[t];
        const between = total - wl - wr;
        const energy = (2 * between) / (m * k) - (2 * wl) / (m * (m - 1)) - (2 * wr) / (k * (k - 1));
        const statistic = ((m * k) / n) * energy;
        if (best === null || statistic > best.statistic)
            best = { index: t, statistic };
    }
    return best;
}
function shuffled(x, u) {
    const out = [...x];
    for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(u() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
function permutationPValue(segment, observed, minSegment, permutations, u) {
    let asLarge = 0;
    for (let r = 0; r < permutations; r++) {
        const split = bestSplit(shuffled(segment, u), minSegment);
        if (split && split.statistic >= observed)
            asLarge++;
    }
    return (1 + asLarge) / (1 + permutations);
}
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
/** Every accepted change point of the series, in index order. Non-finite values are not allowed. */
function findChangePoints(series, options = {}) {
    const significance = options.significance ?? 0.01;
    const permutations = options.permutations ?? 199;
    const minSegment = Math.max(2, options.minSegment ?? 4);
    const u = (0,seeded_random/* seededUniform */.L)(options.seed ?? 1);
    const cuts = [];
    // Hierarchical: split the segment whose best split is most divergent; stop at the first rejected one.
    for (;;) {
        const bounds = [0, ...cuts.map((c) => c.index).sort((a, b) => a - b), series.length];
        let candidate = null;
        for (let s = 0; s + 1 < bounds.length; s++) {
            const start = bounds[s];
            const end = bounds[s + 1];
            const split = bestSplit(series.slice(start, end), minSegment);
            if (split && (candidate === null || split.statistic > candidate.statistic))
                candidate = { start, end, index: start + split.index, statistic: split.statistic };
        }
        if (candidate === null || candidate.statistic <= 0)
            break;
        const p = permutationPValue(series.slice(candidate.start, candidate.end), candidate.statistic, minSegment, permutations, u);
        if (p > significance)
            break;
        cuts.push({ index: candidate.index, p_value: p });
    }
    const sorted = cuts.sort((a, b) => a.index - b.index);
    return sorted.map((cut, i) => {
        const before = series.slice(i === 0 ? 0 : sorted[i - 1].index, cut.index);
        const after = series.slice(cut.index, i + 1 < sorted.length ? sorted[i + 1].index : series.length);
        return { index: cut.index, p_value: cut.p_value, mean_before: mean(before), mean_after: mean(after) };
    });
}

;// CONCATENATED MODULE: ./src/history/trend.ts


/**
 * The trend of each metric over a series' completed runs (failed and interrupted runs measured too little
 * to place a point). Runs where the metric was not measured are left out of that metric's line.
 */
function metricTrends(series, runs, metrics, options = {}) {
    const completed = runs.filter((r) => r.status === 'completed');
    return metrics.flatMap((metric) => {
        const points = completed.flatMap((r) => {
            const value = r.headline[metric];
            return typeof value === 'number' && Number.isFinite(value) ? [{ run_id: r.run_id, recorded_at: r.recorded_at, value, run_url: r.run_url, certified: r.certified }] : [];
        });
        if (points.length === 0)
            return [];
        const changes = findChangePoints(points.map((p) => p.value), options).map((c) => {
            const at = points[c.index];
            return { run_id: at.run_id, recorded_at: at.recorded_at, position: c.index, p_value: c.p_value, mean_before: c.mean_before, mean_after: c.mean_after };
        });
        return [{ series, metric, points, changes }];
    });
}
/** Every series of a store with its metric trends, change points computed over each series' whole history. */
async function trendGroups(store, metrics) {
    const groups = [];
    for (const series of await store.listSeries())
        groups.push({ series, trends: metricTrends(series, await store.runs(series), metrics) });
    return groups;
}

// EXTERNAL MODULE: ./src/history/trend-metrics.ts
var trend_metrics = __webpack_require__(93531);
// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(95105);
// EXTERNAL MODULE: ./src/util/parse-value.ts
var parse_value = __webpack_require__(52607);
;// CONCATENATED MODULE: ./src/cli/actions/history.ts












/** A run folder (its results.json) or a results.json path. */
function resultsPathOf(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory() ? (0,external_node_path_.join)(path, layout/* RUN_FILES */.al.results) : path;
    }
    catch {
        throw new errors/* InputError */.dz(`${path}: no such run folder or results file`);
    }
}
/** The workflow run this process belongs to, when it runs in GitHub Actions. */
function originFromEnv(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_SHA: sha } = env;
    return { run_url: server && repo && id ? `${server}/${repo}/actions/runs/${id}` : null, commit: sha ?? null };
}
async function withStore(spec, use) {
    const store = await openHistoryStore(spec);
    try {
        return await use(store);
    }
    finally {
        await store.close();
    }
}
function positive(value, name) {
    const n = (0,parse_value/* parseWholeNumber */.oA)(value, 1);
    if (n === undefined)
        throw new errors/* InputError */.dz(`${name} ${value}: expected a whole number ≥ 1`);
    return n;
}
/** `infergate history append`: adds the runs to the store; a run already there is left as it is. */
async function historyAppend(runs, opts) {
    const fromEnv = originFromEnv(process.env);
    const origin = { run_url: opts.runUrl ?? fromEnv.run_url, commit: opts.commit ?? fromEnv.commit };
    const entries = runs.map((run) => {
        const path = resultsPathOf(run);
        return (0,history_entry/* entryFromResults */.VL)((0,results_file/* readResultsFile */.B)(path), origin, path);
    });
    const added = await withStore(opts.store, (store) => store.append(entries));
    process.stdout.write(`history: ${added} of ${entries.length} runs added\n`);
    return errors/* ExitCode */.yU.ok;
}
/** `infergate history page`: writes the trend page. */
async function historyPage(opts) {
    const { groups, source } = await withStore(opts.store, async (store) => ({ groups: await trendGroups(store, opts.metric ?? trend_metrics/* DEFAULT_TREND_METRICS */.w), source: store.description }));
    try {
        (0,atomic_write/* writeFileAtomic */.Zf)(opts.out, buildTrendPage(groups, source, new Date()));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`--out ${opts.out}: cannot write the trend page (${error.code ?? String(error)})`);
    }
    process.stdout.write(`wrote ${opts.out}\n`);
    return errors/* ExitCode */.yU.ok;
}
/** `infergate history summary`: prints the compact trend as Markdown. */
async function historySummary(opts) {
    const last = positive(opts.last, '--last');
    const groups = await withStore(opts.store, (store) => trendGroups(store, opts.metric ?? trend_metrics/* DEFAULT_TREND_METRICS */.w));
    process.stdout.write(buildTrendSummary(groups, last));
    return errors/* ExitCode */.yU.ok;
}


/***/ }),

/***/ 62456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wD: () => (/* binding */ compareEntries),
  VL: () => (/* binding */ entryFromResults),
  Gv: () => (/* binding */ historyEntrySchema),
  UK: () => (/* binding */ sameSeries),
  Ym: () => (/* binding */ seriesLabel)
});

// UNUSED EXPORTS: seriesKeySchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/history/history-entry.ts


/**
 * One run in the certification history: who ran what (the series it belongs to), when, whether it was
 * certified, and its headline figures. Small on purpose: the store keeps every night for years, and the
 * run folder (linked by `run_url`) keeps the rest. docs/certification.md describes every field.
 */
const seriesKeySchema = schemas/* strictObject */.rej({
    accelerator: schemas/* string */.YjP().nullable(),
    engine: schemas/* string */.YjP(),
    model: schemas/* string */.YjP(),
    /** `<profile id>@<hash>`, or null for a run under no profile. */
    profile: schemas/* string */.YjP().nullable(),
});
const historyEntrySchema = schemas/* strictObject */.rej({
    run_id: schemas/* string */.YjP().min(1),
    /** When the run finished (ISO 8601, UTC): the order of a series. */
    recorded_at: datetime({ offset: true }),
    series: seriesKeySchema,
    engine_version: schemas/* string */.YjP().nullable(),
    status: schemas/* enum */.k5n(['completed', 'failed', 'interrupted']),
    /** null when the run was under no profile. */
    certified: schemas/* boolean */.zMY().nullable(),
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'incomplete']).nullable(),
    /** Where the run's folder or workflow run can be seen; each point of the trend page links to it. */
    run_url: schemas/* string */.YjP().nullable(),
    commit: schemas/* string */.YjP().nullable(),
    headline: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().nullable()),
});
/** The history entry of a results document; `where` names the file in the error when its finish time is not a date. */
function entryFromResults(doc, origin = {}, where = 'results') {
    const env = doc.environment;
    const finished = Date.parse(doc.finished_at);
    if (Number.isNaN(finished))
        throw new errors/* InputError */.dz(`${where}: key finished_at: ${JSON.stringify(doc.finished_at)} is not a date and time (ISO 8601)`);
    return {
        run_id: doc.run_id,
        recorded_at: new Date(finished).toISOString(),
        series: { accelerator: env.accelerator, engine: env.engine, model: env.model, profile: env.profile ?? null },
        engine_version: env.engine_version,
        status: doc.status,
        certified: doc.certification ? doc.certification.certified : null,
        verdict: doc.certification ? doc.certification.verdict : null,
        run_url: origin.run_url ?? null,
        commit: origin.commit ?? null,
        headline: { ...doc.headline },
    };
}
/** A series as one readable label: `H100 · vllm · llama-3-8b · xsum-latency-v1`. */
function seriesLabel(key) {
    return [key.accelerator ?? 'no accelerator', key.engine, key.model, key.profile ? key.profile.split('@')[0] : 'no profile'].join(' · ');
}
/** Equality of series keys, field by field (null equals null). */
function sameSeries(a, b) {
    return a.accelerator === b.accelerator && a.engine === b.engine && a.model === b.model && a.profile === b.profile;
}
/** History order: by recorded_at, then run_id (run ids sort by time too). */
function compareEntries(a, b) {
    const t = Date.parse(a.recorded_at) - Date.parse(b.recorded_at);
    return t !== 0 ? t : a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : 0;
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


/***/ })

};
