import type { Comparison } from '../gate/comparison.js';
import { metricLabel } from './metric-catalog.js';
import { formatInterval, formatPercent, formatValue } from './number-format.js';
import { verdictLabel, worstMetric } from './markdown/comparison-markdown.js';

const ARROW = { lower: '↓', higher: '↑', neutral: '·' } as const;

/** The comparison as a plain-text table for the terminal (`infergate compare`). */
export function renderComparisonText(c: Comparison): string {
  const lines: string[] = [];
  lines.push(`verdict: ${verdictLabel(c.verdict)} (mode: ${c.mode})`);
  // The same deciding metric the comment's heading names.
  const worst = worstMetric(c);
  if (worst) lines.push(`decided by: ${metricLabel(worst.name)} (${worst.name}) ${formatPercent(worst.delta_pct)}${worst.changeInterval ? ` ${formatInterval(worst.changeInterval)}` : ''}`);
  lines.push(`baseline: ${c.baseline.source}, ${c.baseline.runs} run(s); current: ${c.current.run_id}`);
  for (const notice of c.notices) lines.push(`note: ${notice}`);
  if (c.metrics.length > 0) {
    const rows = [
      ['metric', 'better', 'baseline', 'current', 'change', 'status', 'noise'],
      ...c.metrics.map((m) => [m.name, ARROW[m.direction], formatValue(m.baseline), formatValue(m.current), `${formatPercent(m.delta_pct)}${m.changeInterval ? ` ${formatInterval(m.changeInterval)}` : ''}`, m.status, m.noise.method]),
    ];
    const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...r[col]!].length)));
    for (const row of rows) lines.push(row.map((cell, col) => cell + ' '.repeat(widths[col]! - [...cell].length)).join('  ').trimEnd());
  }
  for (const m of c.metrics) if (m.status === 'fail' || m.status === 'warn' || m.status === 'inconclusive') lines.push(`${m.status}: ${m.name}: ${m.reason}`);
  return `${lines.join('\n')}\n`;
}
