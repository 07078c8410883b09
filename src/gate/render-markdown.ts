import type { Comparison, MetricComparison, MetricStatus, Verdict } from './comparison.js';
import { FINGERPRINT_FIELDS } from './fingerprint.js';
import { escapeMarkdown } from '../util/escape.js';
import { formatPercent, formatValue } from './markdown-text.js';

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

const VERDICT_LABEL: Record<Verdict, string> = {
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

const ARROW = { lower: '↓', higher: '↑', neutral: '·' } as const;

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABEL[verdict];
}

function headline(c: Comparison): string {
  if (c.verdict === 'fail') return `${c.regressed.length} regression${c.regressed.length === 1 ? '' : 's'}: ${c.regressed.map(escapeMarkdown).join(', ')}`;
  if (c.verdict === 'warn') return `${c.warned.length} warning${c.warned.length === 1 ? '' : 's'}: ${c.warned.map(escapeMarkdown).join(', ')}`;
  if (c.verdict === 'skipped' || c.verdict === 'not-compared') return 'no comparison';
  if (c.verdict === 'inconclusive') return `cannot tell: ${c.metrics.filter((m) => m.status === 'inconclusive').map((m) => escapeMarkdown(m.name)).join(', ')}`;
  return 'no regression';
}

function metricRow(m: MetricComparison): string {
  return `| ${escapeMarkdown(m.name)} | ${ARROW[m.direction]} | ${formatValue(m.baseline)} | ${formatValue(m.current)} | ${formatPercent(m.delta_pct)} | ${STATUS_LABEL[m.status]} |`;
}

const TABLE_HEAD = '| Metric | Better | Baseline | Current | Change | Status |\n|---|:-:|--:|--:|--:|---|';

/** Rows in order of importance, so a truncated table keeps the failures and warnings. */
function byImportance(metrics: readonly MetricComparison[]): MetricComparison[] {
  const rank: Record<MetricStatus, number> = { fail: 0, warn: 1, inconclusive: 2, improved: 3, pass: 4, info: 5, missing: 6 };
  return [...metrics].sort((a, b) => rank[a.status] - rank[b.status]);
}

function detailsBlock(c: Comparison): string {
  const rows = c.metrics.map(
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

/**
 * The comparison as Markdown: verdict line, notices, the metric table (baseline, current, change, status
 * with direction arrows), then folded details (per-metric reasons and noise tests, the fingerprint) and
 * links. Under `maxChars` the folded details go first, then the least important table rows.
 */
export function renderComparisonMarkdown(c: Comparison, opts: RenderOptions = {}): string {
  const level = '#'.repeat(opts.headingLevel ?? 3);
  const top: string[] = [];
  if (opts.marker) top.push(opts.marker);
  top.push(`${level} ${escapeMarkdown(opts.title ?? 'infergate')}: ${VERDICT_LABEL[c.verdict]} — ${headline(c)}`);
  top.push('');
  const runs = `${c.baseline.runs} run${c.baseline.runs === 1 ? '' : 's'}`;
  top.push(
    `Baseline: ${escapeMarkdown(c.baseline.source)} (${runs}) · current run \`${escapeMarkdown(c.current.run_id)}\` · thresholds: ${c.thresholds_source ? escapeMarkdown(c.thresholds_source) : 'built-in'} · mode: ${c.mode}`,
  );
  for (const notice of c.notices) top.push('', `> ${escapeMarkdown(notice)}`);
  top.push('');

  const links: string[] = [];
  if (opts.artifactUrl) links.push(`[run folder artifact](${opts.artifactUrl})`);
  if (opts.runUrl) links.push(`[workflow run](${opts.runUrl})`);
  const footer = links.length > 0 ? `\nArtifacts: ${links.join(' · ')}\n` : '';

  const rows = c.metrics.map(metricRow);
  const table = c.metrics.length > 0 ? `${TABLE_HEAD}\n${rows.join('\n')}\n` : '';
  const details = c.metrics.length > 0 && c.verdict !== 'skipped' && c.verdict !== 'not-compared' ? `\n${detailsBlock(c)}\n` : '';
  const fingerprint = `\n${fingerprintBlock(c)}\n`;

  const head = top.join('\n');
  const full = `${head}\n${table}${details}${fingerprint}${footer}`;
  const max = opts.maxChars;
  if (max === undefined || full.length <= max) return full;

  const note = '\n_Details left out to stay under the size limit; see the job summary and the run folder artifact._\n';
  const withoutDetails = `${head}\n${table}${fingerprint}${note}${footer}`;
  if (withoutDetails.length <= max) return withoutDetails;

  // Still too long: keep the most important rows that fit.
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
