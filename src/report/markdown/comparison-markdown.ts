import type { Comparison, MetricComparison, MetricStatus, Verdict } from '../../gate/comparison.js';
import { FINGERPRINT_FIELDS } from '../../gate/fingerprint.js';
import { escapeMarkdown } from '../../util/escape.js';
import { changeText } from '../html/cards.js';
import { metricLabel } from '../metric-catalog.js';
import { changeSense, formatInterval, formatMetricValue, formatPercent, formatValue } from '../number-format.js';

export interface RenderOptions {
  /** Heading text (escaped); default "infergate". */
  title?: string;
  /** A hidden marker placed first, e.g. the PR comment's `<!-- infergate:gate -->`. */
  marker?: string;
  /** Link to the uploaded run folder artifact, and to the workflow run. */
  artifactUrl?: string;
  runUrl?: string;
  /** Hard limit on the output length in characters (PR comments: 65,536). Details are dropped first. */
  maxChars?: number;
  /** Heading level of the title (default 3). */
  headingLevel?: number;
}

/** How each verdict reads in a heading: the comment's, the job summary's and report.md's. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  inconclusive: '❔ inconclusive',
  'not-compared': '⏭️ not compared',
  skipped: '⏭️ skipped',
};

const STATUS_LABEL: Record<MetricStatus, string> = {
  fail: '❌ fail',
  warn: '⚠️ warn',
  pass: '✅ pass',
  improved: '🟢 improved',
  inconclusive: '❔ inconclusive',
  info: 'ℹ️ info',
  missing: '➖ missing',
};

/** Which way is better for the metric: the reader sees at a glance whether a rise is good. */
const BETTER = { lower: '↓', higher: '↑', neutral: '·' } as const;
/**
 * A judged change coloured by what it means for the metric (a red rise of latency, a red fall of
 * throughput, green the other way); a change the gate let pass keeps its arrow but no colour, so the eye
 * goes to what decided.
 */
function senseMark(m: MetricComparison): string {
  if (m.status !== 'fail' && m.status !== 'warn' && m.status !== 'improved' && m.status !== 'inconclusive') return '';
  const sense = changeSense(m.delta_pct, m.direction);
  return sense === 'worse' ? '🔴' : sense === 'better' ? '🟢' : '';
}

/** What the heading calls the verdict, after the worst metric: "TTFT p50 +14.7% [+9.8, +19.1] → regression". */
const VERDICT_WORD: Record<Verdict, string> = {
  fail: 'regression',
  warn: 'warning',
  inconclusive: 'inconclusive',
  pass: 'pass',
  'not-compared': 'not compared',
  skipped: 'skipped',
};

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABEL[verdict];
}

/** The metric that decided the verdict: of those with the verdict's own status, the largest change. */
export function worstMetric(c: Comparison): MetricComparison | null {
  const status: MetricStatus | null = c.verdict === 'fail' ? 'fail' : c.verdict === 'warn' ? 'warn' : c.verdict === 'inconclusive' ? 'inconclusive' : null;
  if (status === null) return null;
  const candidates = c.metrics.filter((m) => m.status === status && m.delta_pct !== null);
  return candidates.sort((a, b) => Math.abs(b.delta_pct!) - Math.abs(a.delta_pct!))[0] ?? null;
}

/** The heading after the title: the verdict and, when a metric decided it, that metric with its numbers. */
function headline(c: Comparison): string {
  const worst = worstMetric(c);
  if (worst !== null) {
    const others = c.metrics.filter((m) => m.status === worst.status).length - 1;
    const more = others > 0 ? ` (and ${others} more)` : '';
    const interval = worst.changeInterval ? ` ${formatInterval(worst.changeInterval)}` : '';
    return `${VERDICT_LABEL[c.verdict].split(' ')[0]} ${escapeMarkdown(metricLabel(worst.name))} ${formatPercent(worst.delta_pct)}${interval} → ${VERDICT_WORD[c.verdict]}${more}`;
  }
  if (c.verdict === 'not-compared') {
    const fields = c.fingerprint.differences.map((d) => d.field).join(', ');
    return `${VERDICT_LABEL[c.verdict]} — the baseline ran in another environment${fields ? ` (${escapeMarkdown(fields)})` : ''}`;
  }
  if (c.verdict === 'skipped') return `${VERDICT_LABEL[c.verdict]} — no comparison`;
  return `${VERDICT_LABEL[c.verdict]} — no regression`;
}

function metricRow(m: MetricComparison): string {
  const label = metricLabel(m.name);
  const name = label === m.name ? escapeMarkdown(m.name) : `${escapeMarkdown(label)} <sub>${escapeMarkdown(m.name)}</sub>`;
  const mark = senseMark(m);
  const change = `${mark ? `${mark} ` : ''}${changeText(m)}`;
  return `| ${name} | ${BETTER[m.direction]} | ${formatMetricValue(m.name, m.baseline)} | ${formatMetricValue(m.name, m.current)} | ${change} | ${STATUS_LABEL[m.status]} |`;
}

const TABLE_HEAD = '| Metric | Better | Baseline | Current | Change | Status |\n|---|:-:|--:|--:|--:|---|';

/** Judged rows first, in order of importance, so a truncated table keeps the failures and warnings. */
const RANK: Record<MetricStatus, number> = { fail: 0, warn: 1, inconclusive: 2, improved: 3, pass: 4, info: 5, missing: 6 };
function byImportance(metrics: readonly MetricComparison[]): MetricComparison[] {
  return [...metrics].sort((a, b) => RANK[a.status] - RANK[b.status]);
}

const isReportedOnly = (m: MetricComparison): boolean => m.status === 'info' || m.status === 'missing';

/** The judged metrics as the table, the ones only reported (info, missing) folded under it. */
function metricTables(c: Comparison): string {
  if (c.metrics.length === 0) return '';
  const judged = byImportance(c.metrics.filter((m) => !isReportedOnly(m)));
  const reported = c.metrics.filter(isReportedOnly);
  const table = judged.length > 0 ? `${TABLE_HEAD}\n${judged.map(metricRow).join('\n')}\n` : '';
  const folded =
    reported.length > 0
      ? `\n<details><summary>${reported.length} more metric${reported.length === 1 ? '' : 's'} reported, not judged (no direction, or missing on one side)</summary>\n\n${TABLE_HEAD}\n${reported.map(metricRow).join('\n')}\n\n</details>\n`
      : '';
  return table + folded;
}

function detailsBlock(c: Comparison): string {
  const rows = byImportance(c.metrics.filter((m) => !isReportedOnly(m))).map(
    (m) =>
      `| ${escapeMarkdown(m.name)} | ${m.threshold.warn_pct}% / ${m.threshold.fail_pct}% (floor ${formatValue(m.threshold.abs_floor)}) | ${m.noise.method === 'threshold-only' ? 'threshold-only' : `${m.noise.method}: ${escapeMarkdown(m.noise.detail)}`} | ${escapeMarkdown(m.reason)} |`,
  );
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

function fingerprintBlock(c: Comparison): string {
  const baseline = c.baseline.fingerprint as unknown as Record<string, unknown> | null;
  const current = c.current.fingerprint as unknown as Record<string, unknown>;
  const cell = (v: unknown) => (v === null || v === undefined ? '—' : escapeMarkdown(String(v)));
  const differing = new Set(c.fingerprint.differences.map((d) => d.field));
  const rows = FINGERPRINT_FIELDS.map(
    (f) => `| ${f}${differing.has(f) ? ' ⚠️' : ''} | ${baseline ? cell(baseline[f]) : '—'} | ${cell(current[f])} |`,
  );
  return ['<details><summary>Environment fingerprint</summary>', '', '| Field | Baseline | Current |', '|---|---|---|', ...rows, '', '</details>'].join('\n');
}

function headBlock(c: Comparison, opts: RenderOptions): string {
  const level = '#'.repeat(opts.headingLevel ?? 3);
  const top: string[] = [];
  if (opts.marker) top.push(opts.marker);
  top.push(`${level} ${escapeMarkdown(opts.title ?? 'infergate')}: ${headline(c)}`);
  top.push('');
  const runs = `${c.baseline.runs} run${c.baseline.runs === 1 ? '' : 's'}`;
  top.push(
    `Baseline: ${escapeMarkdown(c.baseline.source)} (${runs}) · current run \`${escapeMarkdown(c.current.run_id)}\` · thresholds: ${c.thresholds_source ? escapeMarkdown(c.thresholds_source) : 'built-in'} · mode: ${c.mode}`,
  );
  for (const notice of c.notices) top.push('', `> ${escapeMarkdown(notice)}`);
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
export function renderComparisonMarkdown(c: Comparison, opts: RenderOptions = {}): string {
  const head = headBlock(c, opts);
  const links: string[] = [];
  if (opts.artifactUrl) links.push(`[run folder artifact](${opts.artifactUrl})`);
  if (opts.runUrl) links.push(`[workflow run](${opts.runUrl})`);
  const footer = links.length > 0 ? `\nArtifacts: ${links.join(' · ')}\n` : '';

  const tables = metricTables(c);
  const details = c.metrics.some((m) => !isReportedOnly(m)) && c.verdict !== 'skipped' && c.verdict !== 'not-compared' ? `\n${detailsBlock(c)}\n` : '';
  const fingerprint = `\n${fingerprintBlock(c)}\n`;
  const full = `${head}\n${tables}${details}${fingerprint}${footer}`;
  const max = opts.maxChars;
  if (max === undefined || full.length <= max) return full;

  const note = '\n_Details left out to stay under the size limit; see the job summary and the run folder artifact._\n';
  const withoutDetails = `${head}\n${tables}${fingerprint}${note}${footer}`;
  if (withoutDetails.length <= max) return withoutDetails;
  return truncatedTable(c, head, note, footer, max);
}

/** Still too long: the most important rows that fit, and a row saying how many were left out. */
function truncatedTable(c: Comparison, head: string, note: string, footer: string, max: number): string {
  const ordered = byImportance(c.metrics).map(metricRow);
  const fixed = `${head}\n${TABLE_HEAD}\n`.length + note.length + footer.length + 80;
  const kept: string[] = [];
  let used = fixed;
  for (const row of ordered) {
    if (used + row.length + 1 > max) break;
    kept.push(row);
    used += row.length + 1;
  }
  const omitted = `| … ${ordered.length - kept.length} more rows left out | | | | | |`;
  const result = `${head}\n${TABLE_HEAD}\n${kept.join('\n')}\n${omitted}\n${note}${footer}`;
  return result.length <= max ? result : result.slice(0, max);
}
