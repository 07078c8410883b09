import { escapeHtml } from '../util/escape.js';
import { REPORT_CSS } from '../report/html/style.js';
import { unitOf } from '../report/metric-catalog.js';
import { formatValue as formatNumber } from '../report/number-format.js';
import { frame } from '../report/svg/frame.js';
import { pathData } from '../report/svg/path.js';
import { seriesLabel, type SeriesKey } from './history-entry.js';
import type { MetricTrend } from './trend.js';

/** Figures in the report's one number format; an absent one says so. */
const formatValue = (v: number | null | undefined): string => formatNumber(v, 'not measured');

/** Only web links become links: a run_url is data from whoever appended the run. */
export function safeRunUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}

const TREND_CSS = `svg .change{stroke:var(--fail);stroke-width:1.5}svg .change-label{fill:var(--fail);font-size:10px}svg a .dot:hover{stroke:var(--fg)}svg .dot.uncertified{fill:#fff;stroke:var(--s0);stroke-width:2}`;

function trendChart(trend: MetricTrend, id: string): string {
  const n = trend.points.length;
  const values = trend.points.map((p) => p.value);
  const unit = unitOf(trend.metric);
  const caption = trend.changes.length === 0
    ? `${n} runs; no change point at significance 0.01.`
    : `${n} runs; ${trend.changes.length} change point${trend.changes.length > 1 ? 's' : ''} (E-divisive means, permutation test, significance 0.01): ${trend.changes.map((c) => `${formatValue(c.mean_before)} → ${formatValue(c.mean_after)} from run ${c.run_id} (p = ${c.p_value.toFixed(3)})`).join('; ')}.`;
  return frame(
    { id, title: trend.metric, xLabel: 'run, oldest → newest', yLabel: unit ? `${trend.metric} (${unit})` : trend.metric, x: [0, Math.max(1, n - 1)], y: [Math.min(...values), Math.max(...values)], width: 560, caption },
    (sx, sy) => {
      const line = n > 1 ? `<path class="line s0" d="${pathData(trend.points.map((p, i) => [i, p.value] as const), sx, sy)}"/>` : '';
      const changes = trend.changes.map((c) => {
        // Between the last run before the change and the first after it.
        const x = sx(c.position - 0.5).toFixed(1);
        return `<line class="change" data-change-run="${escapeHtml(c.run_id)}" x1="${x}" x2="${x}" y1="0" y2="1000" stroke-dasharray="4 3"/><text class="change-label" x="${x}" y="52" dx="3">change</text>`;
      });
      const dots = trend.points.map((p, i) => {
        const title = `<title>${escapeHtml(`${p.run_id} · ${p.recorded_at} · ${formatValue(p.value)}${unit ? ` ${unit}` : ''}${p.certified === false ? ' · not certified' : ''}`)}</title>`;
        const dot = `<circle class="dot s0${p.certified === false ? ' uncertified' : ''}" data-point-run="${escapeHtml(p.run_id)}" cx="${sx(i).toFixed(1)}" cy="${sy(p.value).toFixed(1)}" r="3.5">${title}</circle>`;
        const url = safeRunUrl(p.run_url);
        return url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${dot}</a>` : dot;
      });
      return line + changes.join('') + dots.join('');
    },
  );
}

function seriesSection(key: SeriesKey, trends: readonly MetricTrend[], index: number): string {
  const charts = trends.map((t) => trendChart(t, `trend-${index}-${t.metric}`)).join('');
  const profile = key.profile ? `<span>profile hash ${escapeHtml(key.profile.split('@')[1] ?? '')}</span>` : '';
  return `<section class="series" data-series="${escapeHtml(seriesLabel(key))}"><h2>${escapeHtml(seriesLabel(key))}</h2><p class="meta">${profile}</p><div class="charts">${charts}</div></section>`;
}

/**
 * The trend page: self-contained HTML (inline CSS and SVG, no script, no network), one section per series
 * (accelerator · engine · model · profile) with one chart per metric; each point links to its run and
 * each change point is drawn between the runs it separates.
 */
export function buildTrendPage(groups: ReadonlyArray<{ series: SeriesKey; trends: readonly MetricTrend[] }>, source: string, generatedAt: Date): string {
  const sections = groups.filter((g) => g.trends.length > 0).map((g, i) => seriesSection(g.series, g.trends, i));
  const body = sections.length > 0 ? sections.join('') : '<p class="note">The history holds no completed run with a measured metric.</p>';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>infergate history</title><style>${REPORT_CSS}${TREND_CSS}</style></head><body><main><h1>infergate history</h1><p class="meta"><span>${escapeHtml(source)}</span><span>generated ${escapeHtml(generatedAt.toISOString())}</span><span>hollow points: runs not certified under their profile</span></p>${body}</main></body></html>\n`;
}
