export const id = 697;
export const ids = [697];
export const modules = {

/***/ 9342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ comparisonFails),
/* harmony export */   x: () => (/* binding */ MISMATCH_OUTCOMES)
/* harmony export */ });
/** What a "not-compared" verdict does to the job: pass silently, warn with an annotation, or fail. */
const MISMATCH_OUTCOMES = ['pass', 'warn', 'fail'];
/** Whether a comparison fails the job (exit 1): a regression, or a fingerprint mismatch set to fail. */
function comparisonFails(c) {
    return c.verdict === 'fail' || (c.verdict === 'not-compared' && c.fingerprint.on_mismatch === 'fail');
}


/***/ }),

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ notGreedyReason),
/* harmony export */   v: () => (/* binding */ samplingOf)
/* harmony export */ });
/* harmony import */ var _config_settings_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42151);

// The setting's default, declared once in the settings schema: what the configuration would have resolved.
const DEFAULT_TEMPERATURE = _config_settings_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SETTINGS */ .a$.request.temperature;
function field(object, key) {
    return typeof object === 'object' && object !== null ? object[key] : undefined;
}
/** A recorded value as the reason shows it: a baseline file is untrusted, so a long one is cut. */
function shown(value) {
    const text = typeof value === 'number' ? String(value) : String(JSON.stringify(value));
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
function samplingOf(results) {
    const request = field(results.config, 'request');
    const recorded = field(request, 'temperature');
    const temperature = recorded === undefined ? DEFAULT_TEMPERATURE : recorded;
    const topK = field(field(request, 'extra_body'), 'top_k');
    if (temperature === 0 || topK === 1)
        return { greedy: true };
    const described = `temperature ${shown(temperature)}`;
    return { greedy: false, described: topK === undefined ? described : `${described}, top_k ${shown(topK)}` };
}
/** Why the two runs' outputs are not paired, or null when both decoded greedily. */
function notGreedyReason(current, baseline) {
    const sides = [current.greedy ? null : `${current.described} in the current run`, baseline.greedy ? null : `${baseline.described} in the baseline`].filter((s) => s !== null);
    return sides.length === 0 ? null : `not paired: sampling was not greedy (${sides.join('; ')})`;
}


/***/ }),

/***/ 70282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dm: () => (/* binding */ combineDecisions),
/* harmony export */   hw: () => (/* binding */ pairedEffect),
/* harmony export */   s5: () => (/* binding */ decideEffect)
/* harmony export */ });
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72296);

/** Mean and t-interval of paired differences; needs at least two pairs (one gives no spread). */
function pairedEffect(differences, alpha) {
    const n = differences.length;
    if (n < 2)
        throw new RangeError(`a paired interval needs at least 2 pairs, got ${n}`);
    const estimate = (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .i2)(differences);
    const halfWidth = (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTQuantile */ .$J)(1 - alpha / 2, n - 1) * Math.sqrt((0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleVariance */ .y4)(differences) / n);
    return { n, estimate, low: estimate - halfWidth, high: estimate + halfWidth, alpha };
}
/**
 * The interval is first turned so that positive means worse ("badness": a higher latency, a lower ROUGE or
 * throughput; `higherIsBetter` says which). Then, in this order:
 * regression: the whole interval lies on the bad side of zero and reaches the margin (a real change that
 *   may be as large as the margin; one that is surely smaller passes);
 * improved: the whole interval lies on the good side of zero and reaches past −margin;
 * pass: the interval rules out a regression as large as the margin (its bad end is below it);
 * inconclusive: none of these — the interval holds zero and reaches the margin, and more pairs would tell.
 */
function decideEffect(effect, margin, higherIsBetter) {
    const [badLow, badHigh] = higherIsBetter ? [-effect.high, -effect.low] : [effect.low, effect.high];
    if (badLow > 0 && badHigh >= margin)
        return 'regression';
    if (badHigh < 0 && badLow <= -margin)
        return 'improved';
    if (badHigh < margin)
        return 'pass';
    return 'inconclusive';
}
/** The verdict over several decisions: any regression, else any inconclusive, else any improvement, else pass. */
function combineDecisions(decisions) {
    for (const decision of ['regression', 'inconclusive', 'improved'])
        if (decisions.includes(decision))
            return decision;
    return 'pass';
}


/***/ }),

/***/ 94697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yK: () => (/* binding */ assessQuality),
  eN: () => (/* binding */ withQuality)
});

// UNUSED EXPORTS: qualityRows

// EXTERNAL MODULE: ./src/gate/greedy-decoding.ts
var greedy_decoding = __webpack_require__(4653);
;// CONCATENATED MODULE: ./src/gate/repetition-loop.ts
/** Longest repeated unit looked for, in words: loops of a phrase up to this long are caught. */
const MAX_PERIOD_WORDS = 8;
/** A loop covers at least this many words, and its unit repeats at least REPEATS times. */
const MIN_LOOP_WORDS = 12;
const REPEATS = 4;
/**
 * Whether a text ends up in a repetition loop: some unit of 1 to 8 words repeated back to back at least
 * 4 times over at least 12 words ("the the the …", "and the cat and the cat …"), the way a greedy decoder
 * that has lost the thread fails. Words are whitespace-separated (docs/metrics.md, "Output integrity").
 */
function hasRepetitionLoop(text) {
    const words = text.split(/\s+/).filter((word) => word !== '');
    for (let period = 1; period <= MAX_PERIOD_WORDS; period++) {
        // `run` counts words equal to the one `period` places before: a unit repeated r times gives (r − 1)·period.
        const needed = Math.max((REPEATS - 1) * period, MIN_LOOP_WORDS - period);
        let run = 0;
        for (let i = period; i < words.length; i++) {
            run = words[i] === words[i - period] ? run + 1 : 0;
            if (run >= needed)
                return true;
        }
    }
    return false;
}

// EXTERNAL MODULE: ./src/gate/thresholds-config.ts + 1 modules
var thresholds_config = __webpack_require__(11964);
;// CONCATENATED MODULE: ./src/gate/output-integrity.ts


function wordCount(text) {
    return text.split(/\s+/).filter((word) => word !== '').length;
}
/** Why an output is degenerate, given the other run's output for the same document (null: it is not). */
function degeneracy(row, other) {
    if (row.prediction.trim() === '')
        return 'empty';
    if (hasRepetitionLoop(row.prediction))
        return 'loop';
    if (row.finish_reason === 'length' && other.finish_reason === 'stop')
        return 'no_stop';
    return null;
}
const meanOf = (values) => values.reduce((a, b) => a + b, 0) / values.length;
/** Null when the two runs share no document id (nothing to compare). */
function outputIntegrity(current, baseline, options = thresholds_config/* DEFAULT_THRESHOLDS */.JJ.quality) {
    const baseById = new Map(baseline.map((row) => [row.id, row]));
    const pairs = current.flatMap((row) => {
        const base = baseById.get(row.id);
        return base ? [[row, base]] : [];
    });
    if (pairs.length === 0)
        return null;
    const currentWords = meanOf(pairs.map(([row]) => wordCount(row.prediction)));
    const baselineWords = meanOf(pairs.map(([, base]) => wordCount(base.prediction)));
    const ratio = baselineWords === 0 ? (currentWords === 0 ? 1 : Infinity) : currentWords / baselineWords;
    const currentKinds = pairs.map(([row, base]) => degeneracy(row, base));
    const baselineShare = pairs.filter(([row, base]) => degeneracy(base, row) !== null).length / pairs.length;
    const currentShare = currentKinds.filter((kind) => kind !== null).length / pairs.length;
    const count = (kind) => currentKinds.filter((k) => k === kind).length;
    return {
        paired: pairs.length,
        length: { baseline_mean_words: baselineWords, current_mean_words: currentWords, ratio, margin: options.output_length_margin, within: Math.abs(ratio - 1) <= options.output_length_margin },
        degenerate: {
            baseline_share: baselineShare,
            current_share: currentShare,
            empty: count('empty'),
            loops: count('loop'),
            no_stop: count('no_stop'),
            margin: options.degenerate_margin,
            within: currentShare <= baselineShare + options.degenerate_margin,
        },
        identical_share: pairs.filter(([row, base]) => row.error === null && base.error === null && row.prediction === base.prediction).length / pairs.length,
    };
}

// EXTERNAL MODULE: ./src/gate/paired-effect.ts
var paired_effect = __webpack_require__(70282);
;// CONCATENATED MODULE: ./src/gate/paired-rouge.ts


/** The F-measure paired and the interval's error rate; the margin is thresholds.yaml's quality.rouge_margin. */
const PAIRED_ROUGE_TYPE = 'rougeL';
const PAIRED_ROUGE_ALPHA = 0.05;
const DEFAULT_PAIRED_ROUGE = { type: PAIRED_ROUGE_TYPE, alpha: PAIRED_ROUGE_ALPHA, margin: thresholds_config/* DEFAULT_THRESHOLDS */.JJ.quality.rouge_margin };
/**
 * Per-document ROUGE of the current run paired with the baseline's on the same document ids: the mean
 * paired difference (current − baseline) and its t-interval decide against the margin (docs/gate.md).
 * A document scored on one side only is left out of the pairs and counted in the reason when nothing pairs.
 */
function pairedRouge(current, baseline, options = DEFAULT_PAIRED_ROUGE) {
    const { type } = options;
    const baselineScore = new Map();
    for (const row of baseline) {
        const score = row.rouge?.[type];
        if (score !== undefined)
            baselineScore.set(row.id, score);
    }
    const differences = [];
    for (const row of current) {
        const score = row.rouge?.[type];
        const base = baselineScore.get(row.id);
        if (score !== undefined && base !== undefined)
            differences.push(score - base);
    }
    if (differences.length < 2) {
        return { compared: false, type, reason: `${differences.length} document(s) carry a per-document ${type} in both runs; pairing needs at least 2 with the same ids` };
    }
    const effect = (0,paired_effect/* pairedEffect */.hw)(differences, options.alpha);
    return { compared: true, type, margin: options.margin, decision: (0,paired_effect/* decideEffect */.s5)(effect, options.margin, true), ...effect };
}

;// CONCATENATED MODULE: ./src/gate/token-reconciliation.ts
function reconcileTokens(records) {
    let checked = 0;
    let mismatched = 0;
    const examples = [];
    for (const record of records) {
        if (record.warmup || record.error !== null || record.output_tokens === null || record.output_tokens_estimated)
            continue;
        checked += 1;
        const chunks = record.text_event_ms.length;
        if (record.output_tokens >= chunks && record.output_tokens <= chunks + 1)
            continue;
        mismatched += 1;
        if (examples.length < 5)
            examples.push(`${record.id}: usage ${record.output_tokens}, ${chunks} text events`);
    }
    return { checked, mismatched, examples };
}

;// CONCATENATED MODULE: ./src/gate/quality-verdict.ts





function assessQuality(input) {
    const settings = input.settings ?? thresholds_config/* DEFAULT_THRESHOLDS */.JJ.quality;
    const unpaired = input.sampling ? (0,greedy_decoding/* notGreedyReason */.Y)(input.sampling.current, input.sampling.baseline) : null;
    return {
        // With sampling, the documents' texts differ by chance: per-document ROUGE is not paired, and the
        // headline ROUGE rows (compared unpaired, by their bootstrap interval) decide alone.
        rouge: unpaired ? { compared: false, type: PAIRED_ROUGE_TYPE, reason: unpaired } : pairedRouge(input.current, input.baseline, { type: PAIRED_ROUGE_TYPE, alpha: PAIRED_ROUGE_ALPHA, margin: settings.rouge_margin }),
        integrity: outputIntegrity(input.current, input.baseline, settings),
        tokens: input.currentRecords ? reconcileTokens(input.currentRecords) : null,
        unpaired,
        identical_min_share: settings.identical_outputs_min_share,
    };
}
const EFFECT_STATUS = { pass: 'pass', improved: 'improved', regression: 'fail', inconclusive: 'warn' };
const pct = (value) => `${(value * 100).toFixed(1)}%`;
function row(name, direction, baseline, current, status, reason, detail) {
    const delta = baseline !== null && current !== null ? current - baseline : null;
    const deltaPct = delta === null || baseline === null ? null : baseline === 0 ? (delta === 0 ? 0 : delta > 0 ? Infinity : -Infinity) : (delta / Math.abs(baseline)) * 100;
    return {
        name,
        direction,
        threshold: { direction, warn_pct: 0, fail_pct: 0, abs_floor: 0, skip: false },
        baseline,
        current,
        delta,
        delta_pct: deltaPct,
        status,
        noise: { method: 'paired-difference', outside: null, baseline_n: 0, current_n: 0, detail },
        reason,
    };
}
function rougeRow(rouge, unpaired) {
    const name = `${rouge.type}_paired_delta`;
    if (unpaired)
        return row(name, 'higher', null, null, 'info', `${unpaired}: ROUGE is compared unpaired, on the headline rows`, 'per-document ROUGE paired by id');
    if (!rouge.compared)
        return row(name, 'higher', null, null, 'missing', rouge.reason, 'per-document ROUGE paired by id');
    const interval = `mean paired difference ${rouge.estimate.toFixed(4)} [${rouge.low.toFixed(4)}, ${rouge.high.toFixed(4)}] over ${rouge.n} documents`;
    return row(name, 'higher', 0, rouge.estimate, EFFECT_STATUS[rouge.decision], `${interval}, margin ±${rouge.margin} → ${rouge.decision}`, `paired t-interval at ${pct(1 - rouge.alpha)}`);
}
/** Identical outputs: reported, or judged against quality.identical_outputs_min_share; never paired under sampling. */
function identicalRow(integrity, unpaired, minShare) {
    const name = 'identical_output_share';
    const detail = 'greedy outputs compared character for character';
    if (unpaired)
        return row(name, 'neutral', null, null, 'info', unpaired, detail);
    const share = `${pct(integrity.identical_share)} of outputs identical to the baseline's`;
    if (minShare === null)
        return row(name, 'neutral', 1, integrity.identical_share, 'info', share, detail);
    const within = integrity.identical_share >= minShare;
    return row(name, 'higher', 1, integrity.identical_share, within ? 'pass' : 'fail', `${share}, expected at least ${pct(minShare)}`, detail);
}
function integrityRows(integrity) {
    const { length, degenerate } = integrity;
    const lengthReason = `mean output ${length.current_mean_words.toFixed(1)} words against ${length.baseline_mean_words.toFixed(1)} (×${length.ratio.toFixed(3)}), allowed ±${pct(length.margin)}`;
    const degenerateReason = `${pct(degenerate.current_share)} degenerate (${degenerate.empty} empty, ${degenerate.loops} loops, ${degenerate.no_stop} no stop where the baseline stopped) against ${pct(degenerate.baseline_share)}, allowed +${pct(degenerate.margin)}`;
    return [
        row('output_words_mean', 'neutral', length.baseline_mean_words, length.current_mean_words, length.within ? 'pass' : 'fail', lengthReason, `${integrity.paired} documents in both runs`),
        row('degenerate_share', 'lower', degenerate.baseline_share, degenerate.current_share, degenerate.within ? 'pass' : 'fail', degenerateReason, `${integrity.paired} documents in both runs`),
    ];
}
function tokenRow(tokens) {
    const share = tokens.checked === 0 ? 0 : tokens.mismatched / tokens.checked;
    const reason = tokens.mismatched === 0
        ? `usage.completion_tokens matches the streamed text events in all ${tokens.checked} requests`
        : `usage.completion_tokens disagrees with the streamed text events in ${tokens.mismatched} of ${tokens.checked} requests (${tokens.examples.join('; ')}): token rates rest on these counts`;
    return row('token_count_mismatch_share', 'lower', null, share, tokens.mismatched === 0 ? 'pass' : 'warn', reason, 'chunks ≤ completion_tokens ≤ chunks + 1');
}
function qualityRows(quality) {
    const unpaired = quality.unpaired ?? null;
    const integrity = quality.integrity ? [...integrityRows(quality.integrity), identicalRow(quality.integrity, unpaired, quality.identical_min_share ?? null)] : [];
    return [rougeRow(quality.rouge, unpaired), ...integrity, ...(quality.tokens ? [tokenRow(quality.tokens)] : [])];
}
/**
 * The comparison with the quality rows added: a failed row fails the verdict, a warning row makes a pass a
 * warn. A skipped comparison (fingerprints differ) keeps its verdict and shows the rows.
 */
function withQuality(comparison, quality) {
    const rows = qualityRows(quality);
    const regressed = [...comparison.regressed, ...rows.filter((r) => r.status === 'fail').map((r) => r.name)];
    const warned = [...comparison.warned, ...rows.filter((r) => r.status === 'warn').map((r) => r.name)];
    let verdict = comparison.verdict;
    if (verdict !== 'skipped')
        verdict = regressed.length > 0 ? 'fail' : warned.length > 0 && verdict === 'pass' ? 'warn' : verdict;
    return { ...comparison, verdict, metrics: [...comparison.metrics, ...rows], regressed, warned };
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

/***/ 11964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
  HP: () => (/* binding */ loadThresholds),
  S: () => (/* binding */ parseThresholds),
  De: () => (/* binding */ thresholdFor)
});

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/config/key-lines.ts
var key_lines = __webpack_require__(36123);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/file-kind.ts
var file_kind = __webpack_require__(24899);
// EXTERNAL MODULE: ./src/util/utf8-text.ts
var utf8_text = __webpack_require__(88253);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
// EXTERNAL MODULE: ./src/util/yaml-expansion.ts
var yaml_expansion = __webpack_require__(85445);
// EXTERNAL MODULE: ./src/gate/metric-directions.ts
var metric_directions = __webpack_require__(83178);
;// CONCATENATED MODULE: ./src/gate/default-thresholds.ts

// Latency: 4% warns, 8% fails; floors keep sub-millisecond jitter on fast engines from counting.
const LATENCY_MS = { warn_pct: 4, fail_pct: 8, abs_floor: 1 };
const THROUGHPUT = { warn_pct: 4, fail_pct: 8, abs_floor: 0 };
const UTILISATION = { warn_pct: 4, fail_pct: 8, abs_floor: 0.001 };
// ROUGE F in [0, 1]: half a point (0.005) is below what a different sampling of XSum moves.
const ROUGE = { warn_pct: 2, fail_pct: 5, abs_floor: 0.005 };
const BUILT_IN = {
    ttft_ms_mean: LATENCY_MS,
    ttft_ms_p50: LATENCY_MS,
    ttft_ms_p90: LATENCY_MS,
    ttft_ms_p99: LATENCY_MS,
    tpot_ms_mean: { ...LATENCY_MS, abs_floor: 0.2 },
    tpot_ms_p99: { ...LATENCY_MS, abs_floor: 0.2 },
    itl_ms_mean: { ...LATENCY_MS, abs_floor: 0.2 },
    itl_ms_p99: { ...LATENCY_MS, abs_floor: 0.2 },
    e2el_ms_mean: { ...LATENCY_MS, abs_floor: 5 },
    e2el_ms_p99: { ...LATENCY_MS, abs_floor: 5 },
    duration_s: { warn_pct: 5, fail_pct: 10, abs_floor: 0.5 },
    throughput_rps: THROUGHPUT,
    output_tps: THROUGHPUT,
    total_tps: THROUGHPUT,
    goodput_rps: THROUGHPUT,
    good_fraction: { warn_pct: 2, fail_pct: 5, abs_floor: 0.01 },
    // Three or more new failed requests warn; failing also needs more than twice as many as before.
    failed_requests: { warn_pct: 0, fail_pct: 100, abs_floor: 2.5 },
    mfu: UTILISATION,
    prefill_mfu: UTILISATION,
    decode_mfu: UTILISATION,
    mbu: UTILISATION,
    achieved_tflops: THROUGHPUT,
    rouge1: ROUGE,
    rouge2: ROUGE,
    rougeL: ROUGE,
    rougeLsum: ROUGE,
    energy_j: { warn_pct: 5, fail_pct: 10, abs_floor: 0 },
    tokens_per_joule: { warn_pct: 5, fail_pct: 10, abs_floor: 0 },
};
/** Levels for metrics without built-in ones (neutral metrics never fail, whatever their levels). */
const FALLBACK_LEVELS = { warn_pct: 5, fail_pct: 10, abs_floor: 0 };
function builtInThreshold(name) {
    const levels = BUILT_IN[name] ?? FALLBACK_LEVELS;
    return { direction: (0,metric_directions/* builtInDirection */.LD)(name), ...levels, skip: false };
}

// EXTERNAL MODULE: ./src/gate/fingerprint.ts
var fingerprint = __webpack_require__(21295);
// EXTERNAL MODULE: ./src/gate/comparison.ts
var comparison = __webpack_require__(9342);
// EXTERNAL MODULE: ./src/run-folder/headline-names.ts
var headline_names = __webpack_require__(13003);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/gate/thresholds-config.ts













/**
 * Quality beside speed: the margins of the comparison with the baseline's outputs (docs/gate.md, "Quality
 * beside speed"), each declared once here with its default; `quality:` in thresholds.yaml overrides them.
 */
const qualitySchema = schemas/* object */.Ikc({
    /** Paired per-document ROUGE-L (F, 0–1): a change smaller than this counts as unchanged; one ROUGE point. */
    rouge_margin: schemas/* number */.aig().gt(0).max(1).default(0.01),
    /** The mean output length may differ from the baseline's by this fraction at most (0.1: ±10%). */
    output_length_margin: schemas/* number */.aig().min(0).max(10).default(0.1),
    /** The share of degenerate outputs may exceed the baseline's by this much at most (0.02: 2 points). */
    degenerate_margin: schemas/* number */.aig().min(0).max(1).default(0.02),
    /** Under greedy decoding on both sides, at least this share of outputs identical to the baseline's; null: reported, not judged. */
    identical_outputs_min_share: schemas/* number */.aig().min(0).max(1).nullable().default(null),
})
    .strict();
const DEFAULT_THRESHOLDS = {
    source: null,
    noise: { test: 'welch', alpha: 0.05, min_history: 3, false_alarm_rate: 0.01 },
    fingerprint: { ignore: [], allow_mismatch: false, on_mismatch: 'warn' },
    metrics: {},
    quality: qualitySchema.parse({}),
};
const metricSchema = schemas/* object */.Ikc({
    direction: schemas/* enum */.k5n(['lower', 'higher', 'neutral']).optional(),
    warn_pct: schemas/* number */.aig().nonnegative().optional(),
    fail_pct: schemas/* number */.aig().nonnegative().optional(),
    abs_floor: schemas/* number */.aig().nonnegative().optional(),
    skip: schemas/* boolean */.zMY().optional(),
})
    .strict();
const configSchema = schemas/* object */.Ikc({
    noise: schemas/* object */.Ikc({
        test: schemas/* enum */.k5n(['welch', 'mann-whitney']).optional(),
        alpha: schemas/* number */.aig().gt(0).lt(0.5).optional(),
        min_history: schemas/* number */.aig().int().min(2).optional(),
        false_alarm_rate: schemas/* number */.aig().gt(0).lt(0.5).optional(),
    })
        .strict()
        .optional(),
    fingerprint: schemas/* object */.Ikc({
        ignore: schemas/* array */.YOg(schemas/* enum */.k5n(fingerprint/* FINGERPRINT_FIELDS */.x_)).optional(),
        allow_mismatch: schemas/* boolean */.zMY().optional(),
        on_mismatch: schemas/* enum */.k5n(comparison/* MISMATCH_OUTCOMES */.x).optional(),
    })
        .strict()
        .optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricSchema.nullable()).optional(),
    quality: qualitySchema.optional(),
})
    .strict();
/** Effective threshold of one metric: the built-in one with the config's overrides on top. */
function thresholdFor(config, name) {
    const base = builtInThreshold(name);
    const override = config.metrics[name] ?? {};
    return { ...base, ...override };
}
/** Parses thresholds YAML text; `file` names it in errors. */
function parseThresholds(text, file) {
    let raw;
    try {
        raw = js_yaml/* default.load */.Ay.load(text, { filename: file }) ?? {};
    }
    catch (error) {
        const mark = error.mark;
        const reason = error.reason ?? 'invalid YAML';
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(file, mark?.line === undefined ? undefined : mark.line + 1, `not valid YAML (${reason})`));
    }
    (0,yaml_expansion/* assertBoundedYaml */.n)(raw, file);
    const lines = (0,key_lines/* keyLines */.r)(text);
    const parsed = configSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // An unknown key is reported on the key itself, not on its parent object.
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const path = [...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), ...keys.slice(0, 1)];
        const key = path.length > 0 ? path.join('.') : '(document)';
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(file, (0,key_lines/* lineOf */.c)(lines, path), `key ${key}: ${issue.message}`));
    }
    const value = parsed.data;
    const metrics = {};
    for (const [name, override] of Object.entries(value.metrics ?? {})) {
        if (!(0,headline_names/* isHeadlineName */.M)(name))
            throw new errors/* InputError */.dz((0,errors/* located */.t4)(file, (0,key_lines/* lineOf */.c)(lines, ['metrics', name]), `key metrics.${name}: ${unknownMetric(name)}`));
        const entry = {};
        for (const [k, v] of Object.entries(override ?? {}))
            if (v !== undefined)
                entry[k] = v;
        metrics[name] = entry;
        const effective = { ...builtInThreshold(name), ...entry };
        if (effective.warn_pct > effective.fail_pct) {
            throw new errors/* InputError */.dz((0,errors/* located */.t4)(file, (0,key_lines/* lineOf */.c)(lines, ['metrics', name]), `key metrics.${name}: warn_pct (${effective.warn_pct}) is above fail_pct (${effective.fail_pct})`));
        }
    }
    return {
        source: file,
        noise: { ...DEFAULT_THRESHOLDS.noise, ...stripUndefined(value.noise ?? {}) },
        fingerprint: { ...DEFAULT_THRESHOLDS.fingerprint, ...stripUndefined(value.fingerprint ?? {}) },
        metrics,
        quality: value.quality ?? DEFAULT_THRESHOLDS.quality,
    };
}
function stripUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** Loads thresholds.yaml; without a path, the built-in defaults. */
function loadThresholds(path) {
    if (path === undefined)
        return DEFAULT_THRESHOLDS;
    (0,file_kind/* refuseSpecialFile */.Iy)(path, 'thresholds file');
    const bytes = (0,read_file/* readFileOrFail */._)(path, { what: 'the thresholds file', missing: 'thresholds file not found' });
    return parseThresholds((0,utf8_text/* decodeUtf8Text */.$y)(bytes, path), path);
}
/**
 * A thresholds entry for a name no run writes would never be compared: the gate would pass on a
 * threshold the user believes is in force. Refused, with the nearest real name.
 */
function unknownMetric(name) {
    const names = (0,headline_names/* headlineNameExamples */.rP)();
    const nearest = (0,mod/* closest */.kp)(name, names);
    const hint = (0,mod/* distance */.Io)(name, nearest) <= Math.max(3, Math.floor(name.length / 3)) ? ` — did you mean "${nearest}"?` : '';
    return `no headline metric is called "${name}"${hint} (names: docs/metrics.md; percentiles are <metric>_ms_p<N>, e.g. ttft_ms_p99)`;
}


/***/ })

};
