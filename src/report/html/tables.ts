import { escapeHtml } from '../escape.js';
import type { Comparison } from '../input/comparison.js';
import type { PredictionRow } from '../input/load-predictions.js';
import { describeMetric, formatValue } from '../metric-catalog.js';

export function comparisonTable(comparison: Comparison): string {
  const rows = comparison.rows
    .map((r) => {
      const change = r.change_pct === null ? '' : `${r.change_pct >= 0 ? '+' : ''}${r.change_pct.toFixed(2)} %`;
      const status = escapeHtml(r.status);
      return `<tr><td>${escapeHtml(r.metric)}</td><td class="num">${formatValue(r.baseline)}</td><td class="num">${formatValue(r.current)}</td><td class="num">${change}</td><td class="${status}">${status}</td></tr>`;
    })
    .join('');
  return `<table class="comparison"><thead><tr><th>metric</th><th>baseline</th><th>current</th><th>change</th><th>status</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function headlineTable(headline: Record<string, number | null>): string {
  const rows = Object.entries(headline)
    .map(([name, v]) => {
      const info = describeMetric(name);
      return `<tr><td>${escapeHtml(name)}</td><td class="num">${formatValue(v)}</td><td>${escapeHtml(info.unit)}</td><td>${info.direction === 'unknown' ? '' : `${info.direction} is better`}</td></tr>`;
    })
    .join('');
  return `<table class="headline"><thead><tr><th>headline metric</th><th>value</th><th>unit</th><th>direction</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The score the "worst" ranking uses: ROUGE-2 when present (most sensitive on XSum), else the first. */
export function rankingScore(rows: readonly PredictionRow[]): string | null {
  const keys = new Set(rows.flatMap((r) => Object.keys(r.scores)));
  if (keys.has('rouge2')) return 'rouge2';
  return [...keys].sort()[0] ?? null;
}

export function worstPredictionsTable(rows: readonly PredictionRow[], key: string, count = 8): string {
  const scored = rows.filter((r) => typeof r.scores[key] === 'number');
  const worst = [...scored].sort((a, b) => a.scores[key]! - b.scores[key]!).slice(0, count);
  const keys = [...new Set(scored.flatMap((r) => Object.keys(r.scores)))].sort();
  const head = keys.map((k) => `<th>${escapeHtml(k)}</th>`).join('');
  const body = worst
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.id)}</td>${keys.map((k) => `<td class="num">${formatValue(r.scores[k])}</td>`).join('')}<td class="text">${escapeHtml(r.prediction)}</td><td class="text">${escapeHtml(r.reference)}</td></tr>`,
    )
    .join('');
  return `<table class="worst"><thead><tr><th>id</th>${head}<th>prediction</th><th>reference</th></tr></thead><tbody>${body}</tbody></table>`;
}
