import { escapeMarkdown } from '../../util/escape.js';
import { SEED_FIGURES } from '../../run-folder/seed-figures.js';
import type { ReportInput } from '../html/build-report-html.js';
import type { MetricComparison } from '../../gate/comparison.js';
import { changeText } from '../html/cards.js';
import { orderedMetrics } from '../html/tables.js';
import { headlineValue, metricLabel, unitOf } from '../metric-catalog.js';
import { changeSense, formatMetricValue, formatValue } from '../number-format.js';
import { requestSeries } from '../request-series.js';
import { histogram, minOf, pooled, quantile, type Values } from '../stats.js';
import { certificationMarkdown } from './certification-markdown.js';
import { VERDICT_LABEL } from './comparison-markdown.js';
import { BAD_COLOUR, GOOD_COLOUR, xyChart } from './mermaid.js';

export interface MarkdownOptions {
  /** Link to the uploaded report.html (artifact URL), shown under the heading when given. */
  reportUrl?: string;
  /** Bins in the distribution charts (Mermaid draws one category per bin). */
  bins?: number;
}

/** The comparison's verdict labels, and the report's own state when there was nothing to compare with. */
const VERDICT_TEXT: Record<string, string> = { ...VERDICT_LABEL, 'no-baseline': 'no baseline' };
const STATUS_TEXT: Record<string, string> = { pass: '✅', warn: '⚠️ warn', fail: '❌ fail', inconclusive: '❔ inconclusive', improved: '🟢 improved', info: '', missing: 'missing' };

function comparisonRows(rows: MetricComparison[]): string {
  const head = '| metric | baseline | current | change | |\n|---|--:|--:|--:|---|';
  const body = rows.map(
    (r) => `| ${escapeMarkdown(metricLabel(r.name))} | ${formatMetricValue(r.name, r.baseline)} | ${formatMetricValue(r.name, r.current)} | ${changeText(r)} | ${STATUS_TEXT[r.status] ?? escapeMarkdown(r.status)} |`,
  );
  return [head, ...body].join('\n');
}

/**
 * The change of each judged metric as bars, green where the move is good for that metric (lower latency,
 * higher throughput) and red where it is bad: two series on one axis, each bar in one of them.
 */
function changeChart(rows: readonly MetricComparison[]): string | null {
  const charted = rows.filter((r) => r.status !== 'info' && r.status !== 'missing' && r.delta_pct !== null && Number.isFinite(r.delta_pct)).slice(0, 16);
  if (charted.length === 0) return null;
  const bad = (r: MetricComparison) => changeSense(r.delta_pct, r.direction) === 'worse';
  return xyChart({
    title: 'Change vs baseline (%): green better, red worse',
    categories: charted.map((r) => metricLabel(r.name)),
    yLabel: 'change %',
    series: [
      { kind: 'bar', values: charted.map((r) => (bad(r) ? 0 : r.delta_pct!)) },
      { kind: 'bar', values: charted.map((r) => (bad(r) ? r.delta_pct! : 0)) },
    ],
    palette: [GOOD_COLOUR, BAD_COLOUR],
  });
}

/** A histogram of current vs baseline on shared bins, in percent of each run's requests. */
function distributionShift(name: string, current: Values, baseline: Values | null, bins: number): string | null {
  if (current.length === 0) return null;
  const pool = pooled(current, baseline);
  const lo = minOf(pool);
  const hi = Math.max(lo + 1e-9, quantile(pool, 0.99));
  const cur = histogram(current, lo, hi, bins);
  const pct = (counts: number[], n: number): number[] => counts.map((c) => (100 * c) / n);
  const series: Array<{ kind: 'bar' | 'line'; values: number[] }> = [{ kind: 'bar', values: pct(cur.counts, current.length) }];
  if (baseline && baseline.length > 0) series.push({ kind: 'line', values: pct(histogram(baseline, lo, hi, bins).counts, baseline.length) });
  const categories = cur.counts.map((_, i) => String(Math.round((cur.edges[i]! + cur.edges[i + 1]!) / 2)));
  const title = baseline ? `${name} distribution (bars: this run, line: baseline)` : `${name} distribution`;
  return xyChart({ title, xLabel: `${name} (ms, bin centre)`, categories, yLabel: '% of requests', series });
}

/**
 * The job summary and PR comment body: verdict, the seed metrics, the comparison table, and Mermaid
 * charts of the headline changes and the TTFT / E2EL distribution shift. Only measured numbers appear.
 */
export function buildMarkdown(input: ReportInput, options: MarkdownOptions = {}): string {
  const { results } = input.run;
  const env = results.environment;
  const verdict = input.comparison?.verdict ?? 'no-baseline';
  const out: string[] = [];
  out.push(`### infergate: ${VERDICT_TEXT[verdict] ?? escapeMarkdown(verdict)}`);
  const meta = [results.run_id, env?.model, env?.engine && `${env.engine} ${env.engine_version ?? ''}`.trim(), env?.accelerator && `${env.accelerator_count ?? 1} × ${env.accelerator}`]
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .map(escapeMarkdown);
  out.push(meta.join(' · '));
  if (options.reportUrl) out.push(`[Full report with charts](${encodeURI(options.reportUrl).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29"))})`);
  if (results.failure) out.push(`**Run failed:** ${escapeMarkdown(results.failure.message)}`);
  const certification = certificationMarkdown(results);
  if (certification) out.push(certification);

  const seedCells = SEED_FIGURES.map((m) => {
    const value = headlineValue(results.headline, m.key);
    return { head: m.name, cell: value !== null ? formatMetricValue(m.key, value) : 'not measured' };
  });
  out.push(`| ${seedCells.map((c) => c.head).join(' | ')} |\n|${seedCells.map(() => '--:').join('|')}|\n| ${seedCells.map((c) => c.cell).join(' | ')} |`);

  for (const notice of input.comparison?.notices ?? []) out.push(`**Note:** ${escapeMarkdown(notice)}`);
  const rows = input.comparison ? orderedMetrics(input.comparison) : [];
  if (rows.length > 0) {
    const flagged = rows.filter((r) => r.status === 'fail' || r.status === 'warn');
    if (flagged.length > 0) out.push(`**Past a threshold:**\n\n${comparisonRows(flagged)}`);
    // The judged metrics (a direction the gate knows), finite changes only: ±∞ has no bar height.
    const chart = changeChart(rows);
    if (chart) out.push(chart);
    out.push(`<details><summary>All ${rows.length} compared metrics</summary>\n\n${comparisonRows(rows)}\n\n</details>`);
  } else {
    const head = '| metric | value | unit |\n|---|--:|---|';
    const body = Object.entries(results.headline).map(([k, v]) => `| ${escapeMarkdown(k)} | ${formatValue(v)} | ${unitOf(k)} |`);
    out.push(`<details><summary>All headline metrics</summary>\n\n${[head, ...body].join('\n')}\n\n</details>`);
  }

  out.push(...distributionCharts(input, options));
  return out.join('\n\n') + '\n';
}

/** The TTFT / E2EL distribution shift and the sweep's throughput, as Mermaid charts. */
function distributionCharts(input: ReportInput, options: MarkdownOptions): string[] {
  const out: string[] = [];
  const { results } = input.run;
  if (input.run.requests) {
    const cur = requestSeries(input.run.requests);
    const base = input.baseline?.requests ? requestSeries(input.baseline.requests) : null;
    const bins = options.bins ?? 12;
    for (const chart of [distributionShift('TTFT', cur.ttftMs, base?.ttftMs ?? null, bins), distributionShift('E2EL', cur.e2elMs, base?.e2elMs ?? null, bins)]) {
      if (chart) out.push(chart);
    }
  }
  const steps = results.steps ?? [];
  if (steps.length > 1) {
    const tps = steps.map((s) => headlineValue(s.headline, 'output_tps'));
    if (tps.every((v) => v !== null)) {
      out.push(
        xyChart({ title: 'Output tokens/s per sweep step', categories: steps.map((s) => s.label), yLabel: 'tok/s', series: [{ kind: 'bar', values: tps as number[] }] }),
      );
    }
  }
  return out;
}

/**
 * Only the charts, for the gate's job summary and PR comment (which carry their own verdict and table):
 * the change of each judged metric, then the distribution shift and sweep charts.
 */
export function buildChartsMarkdown(input: ReportInput, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const rows = input.comparison ? orderedMetrics(input.comparison) : [];
  const chart = changeChart(rows);
  if (chart) out.push(chart);
  out.push(...distributionCharts(input, options));
  return out.join('\n\n');
}
