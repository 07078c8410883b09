import { escapeHtml } from '../../util/escape.js';
import type { Comparison, MetricComparison } from '../../gate/comparison.js';
import type { PredictionRow } from '../../run-folder/predictions-file.js';
import { WORST_COUNT, type FailedPrediction } from '../../run-folder/prediction-summary.js';
import { RUN_FILES } from '../../run-folder/layout.js';
import { describeMetric, metricLabel } from '../metric-catalog.js';
import { changeSense, formatMetricValue, formatValue } from '../number-format.js';
import { changeText } from './cards.js';

/** Judged metrics first (fail, warn, improved, pass), then the ones only reported (info, missing). */
const STATUS_ORDER: Record<string, number> = { fail: 0, warn: 1, inconclusive: 2, improved: 3, pass: 4, info: 5, missing: 6 };

export function orderedMetrics(comparison: Comparison): MetricComparison[] {
  return [...comparison.metrics].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9));
}

function comparisonRowsHtml(rows: readonly MetricComparison[]): string {
  const body = rows
    .map((r) => {
      const status = escapeHtml(r.status);
      const label = metricLabel(r.name);
      const name = label === r.name ? escapeHtml(r.name) : `${escapeHtml(label)} <code>${escapeHtml(r.name)}</code>`;
      return `<tr><td>${name}</td><td class="num">${formatMetricValue(r.name, r.baseline)}</td><td class="num">${formatMetricValue(r.name, r.current)}</td><td class="num ${changeSense(r.delta_pct, r.direction)}">${escapeHtml(changeText(r))}</td><td class="${status}">${status}</td><td class="reason">${escapeHtml(r.reason)}</td></tr>`;
    })
    .join('');
  return `<table class="comparison"><thead><tr><th>metric</th><th>baseline</th><th>current</th><th>change</th><th>status</th><th>why</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The metrics the gate judged, then (folded) the ones it only reported: info (no direction) and missing. */
export function comparisonTable(comparison: Comparison): string {
  const rows = orderedMetrics(comparison);
  const judged = rows.filter((r) => r.status !== 'info' && r.status !== 'missing');
  const reported = rows.filter((r) => r.status === 'info' || r.status === 'missing');
  const folded = reported.length > 0 ? `<details><summary>${reported.length} more metrics, reported but not judged</summary>${comparisonRowsHtml(reported)}</details>` : '';
  return (judged.length > 0 ? comparisonRowsHtml(judged) : '') + folded;
}

export function headlineTable(headline: Record<string, number | null>): string {
  const rows = Object.entries(headline)
    .map(([name, v]) => {
      const info = describeMetric(name);
      return `<tr><td>${escapeHtml(name)}</td><td class="num">${formatValue(v, 'not measured')}</td><td>${escapeHtml(info.unit)}</td><td>${info.direction === 'neutral' ? '' : `${info.direction} is better`}</td></tr>`;
    })
    .join('');
  return `<table class="headline"><thead><tr><th>headline metric</th><th>value</th><th>unit</th><th>direction</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The score the "worst" ranking uses: ROUGE-2 when present (most sensitive on XSum), else the first. */
export function rankingScore(keys: readonly string[]): string | null {
  if (keys.includes('rouge2')) return 'rouge2';
  return [...keys].sort()[0] ?? null;
}

/**
 * The `count` rows of lowest `key` score; `keys`: the columns (by default the types the scored rows carry;
 * the run's summary passes those of every scored row, of which `rows` are the lowest few).
 */
export function worstPredictionsTable(rows: readonly PredictionRow[], key: string, count = WORST_COUNT, keys?: readonly string[]): string {
  const scoreOf = (r: PredictionRow): number | undefined => r.rouge?.[key];
  const scored = rows.filter((r) => scoreOf(r) !== undefined);
  const worst = [...scored].sort((a, b) => scoreOf(a)! - scoreOf(b)!).slice(0, count);
  keys ??= [...new Set(scored.flatMap((r) => Object.keys(r.rouge ?? {})))].sort();
  const head = keys.map((k) => `<th>${escapeHtml(k)}</th>`).join('');
  const body = worst
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.id)}</td>${keys.map((k) => `<td class="num">${formatValue(r.rouge?.[k])}</td>`).join('')}<td class="text">${escapeHtml(r.prediction)}${r.error ? `<div class="note">${escapeHtml(r.error)}</div>` : ''}</td><td class="text">${escapeHtml(r.reference ?? '')}</td></tr>`,
    )
    .join('');
  return `<table class="worst"><thead><tr><th>id</th>${head}<th>prediction</th><th>reference</th></tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * Predictions whose request failed: they score 0 in ROUGE, so the reader sees why (escaped). `rows` are
 * the first few of `count` (prediction-summary.ts FAILED_LISTED); the rest are counted, not listed.
 */
export function failedPredictionsTable(rows: readonly FailedPrediction[], count = rows.length): string {
  const failed = rows.filter((r) => r.error !== null);
  if (failed.length === 0) return '';
  const body = failed.map((r) => `<tr><td>${escapeHtml(r.id)}</td><td class="text">${escapeHtml(r.error ?? '')}</td><td class="text">${escapeHtml(r.reference ?? '')}</td></tr>`).join('');
  const total = Math.max(count, failed.length);
  const more = total > failed.length ? `<p class="note">The first ${failed.length} are listed; ${RUN_FILES.predictions} carries every one with its error.</p>` : '';
  return `<h2>Failed predictions (${total})</h2>${more}<table class="failed"><thead><tr><th>id</th><th>error</th><th>reference</th></tr></thead><tbody>${body}</tbody></table>`;
}
