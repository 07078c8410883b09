import { escapeHtml } from '../../util/escape.js';
import { SEED_FIGURES } from '../../run-folder/seed-figures.js';
import type { Comparison, MetricComparison } from '../../gate/comparison.js';
import { headlineValue, unitOf } from '../metric-catalog.js';
import { changeArrow, changeSense, formatInterval, formatPercent, formatValue } from '../number-format.js';

/** The seed's console metrics as cards, each with the gate's change and status when compared. */
export function headlineCards(headline: Record<string, number | null>, comparison: Comparison | null): string {
  const cards = SEED_FIGURES.map((m) => {
    const value = headlineValue(headline, m.key);
    const row = comparison?.metrics.find((r) => r.name === m.key);
    const status = row?.status ?? '';
    const delta = row && row.delta_pct !== null ? `<div class="delta ${escapeHtml(status)} ${changeSense(row.delta_pct, row.direction)}">${changeText(row)} vs baseline${status && status !== 'info' ? ` (${escapeHtml(status)})` : ''}</div>` : '';
    // The stored unit (TTFT in ms), the same figure the comment and the summary show.
    const unit = unitOf(m.key);
    const shown = value !== null ? `${formatValue(value)}<span class="unit">${escapeHtml(unit)}</span>` : '<span class="unit">not measured</span>';
    return `<div class="card ${escapeHtml(status)}" data-seed="${m.name}" data-key="${m.key}"><div class="name">${m.label === m.name ? m.name : `${escapeHtml(m.label)} · ${m.name}`}</div><div class="value">${shown}</div>${delta}</div>`;
  });
  return `<div class="cards">${cards.join('')}</div>`;
}

/** "▲ +14.0% [+9.8, +19.1]": the move, its size and, when the gate formed one, its interval. */
export function changeText(row: Pick<MetricComparison, 'delta_pct' | 'changeInterval'>): string {
  const arrow = changeArrow(row.delta_pct);
  const interval = row.changeInterval ? ` ${formatInterval(row.changeInterval)}` : '';
  return `${arrow ? `${arrow} ` : ''}${formatPercent(row.delta_pct)}${interval}`;
}

/** The gate's verdict; "no-baseline" when the run was not compared at all. */
export function verdictBadge(comparison: Comparison | null): string {
  const verdict = comparison?.verdict ?? 'no-baseline';
  const text: Record<string, string> = {
    pass: 'PASS: no regression past the thresholds',
    warn: 'WARN: changes past the warning threshold',
    fail: `FAIL: regression past the fail threshold (${(comparison?.regressed ?? []).join(', ')})`,
    inconclusive: 'INCONCLUSIVE: the data can neither show a regression nor rule one out',
    'not-compared': 'NOT COMPARED: the baseline ran in another environment',
    skipped: 'SKIPPED: the baseline is not comparable with this run',
    'no-baseline': 'No baseline: nothing compared',
  };
  const notices = (comparison?.notices ?? []).map((n) => `<p class="note notice">${escapeHtml(n)}</p>`).join('');
  return `<div class="verdict ${escapeHtml(verdict)}" data-verdict="${escapeHtml(verdict)}">${escapeHtml(text[verdict] ?? verdict)}</div>${notices}`;
}
