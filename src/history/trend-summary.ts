import { escapeMarkdown } from '../util/escape.js';
import { unitOf } from '../report/metric-catalog.js';
import { formatValue as formatNumber } from '../report/number-format.js';
import { seriesLabel, type SeriesKey } from './history-entry.js';
import type { MetricTrend } from './trend.js';

/** Figures in the report's one number format; an absent one says so. */
const formatValue = (v: number | null | undefined): string => formatNumber(v, 'not measured');

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline of values: one block character per run, scaled between the window's min and max. */
export function sparkline(values: readonly number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => (hi === lo ? BARS[3] : BARS[Math.min(7, Math.floor(((v - lo) / (hi - lo)) * 8))])).join('');
}

/**
 * The job summary's compact trend: per series, one row per metric with a sparkline of the last runs, the
 * latest value, and the newest change point found over the whole history (if it falls in the window).
 */
export function buildTrendSummary(groups: ReadonlyArray<{ series: SeriesKey; trends: readonly MetricTrend[] }>, lastRuns: number): string {
  const out: string[] = [`### infergate history: the last ${lastRuns} runs`, ''];
  for (const group of groups) {
    if (group.trends.length === 0) continue;
    out.push(`**${escapeMarkdown(seriesLabel(group.series))}**`, '', '| metric | trend | latest | change point |', '|---|---|---:|---|');
    for (const trend of group.trends) {
      const window = trend.points.slice(-lastRuns);
      const first = trend.points.length - window.length;
      const latest = window[window.length - 1];
      const change = [...trend.changes].reverse().find((c) => c.position >= first);
      const unit = unitOf(trend.metric);
      const changeCell = change ? `${formatValue(change.mean_before)} → ${formatValue(change.mean_after)} at ${escapeMarkdown(change.run_id)}` : '—';
      out.push(`| ${escapeMarkdown(trend.metric)} | ${sparkline(window.map((p) => p.value))} | ${latest ? `${formatValue(latest.value)}${unit ? ` ${unit}` : ''}` : '—'} | ${changeCell} |`);
    }
    out.push('');
  }
  if (out.length === 2) out.push('The history holds no completed run with a measured metric.', '');
  return out.join('\n');
}
