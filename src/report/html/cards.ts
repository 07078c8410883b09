import { escapeHtml } from '../../util/escape.js';
import { SEED_FIGURES } from '../../results/seed-figures.js';
import type { Comparison } from '../../gate/comparison.js';
import { formatValue, headlineValue } from '../metric-catalog.js';

/** "+12.3 %" from the gate's delta_pct (±Infinity when the baseline was 0). */
export function formatChange(deltaPct: number | null, digits = 1): string {
  if (deltaPct === null) return '';
  if (!Number.isFinite(deltaPct)) return deltaPct > 0 ? '+∞ %' : '−∞ %';
  return `${deltaPct >= 0 ? '+' : ''}${deltaPct.toFixed(digits)} %`;
}

/** The seed's seven console metrics as cards, each with the gate's change and status when compared. */
export function headlineCards(headline: Record<string, number | null>, comparison: Comparison | null): string {
  const cards = SEED_FIGURES.map((m) => {
    const value = headlineValue(headline, m.key);
    const row = comparison?.metrics.find((r) => r.name === m.key);
    const status = row?.status ?? '';
    const delta =
      row && row.delta_pct !== null
        ? `<div class="delta ${escapeHtml(status)}">${formatChange(row.delta_pct)} vs baseline${status && status !== 'info' ? ` (${escapeHtml(status)})` : ''}</div>`
        : '';
    const shown = value !== null ? `${formatValue(value * m.scale)}<span class="unit">${escapeHtml(m.unit)}</span>` : '<span class="unit">not measured</span>';
    return `<div class="card ${escapeHtml(status)}" data-seed="${m.name}" data-key="${m.key}"><div class="name">${m.label === m.name ? m.name : `${escapeHtml(m.label)} · ${m.name}`}</div><div class="value">${shown}</div>${delta}</div>`;
  });
  return `<div class="cards">${cards.join('')}</div>`;
}

/** The gate's verdict; "no-baseline" when the run was not compared at all. */
export function verdictBadge(comparison: Comparison | null): string {
  const verdict = comparison?.verdict ?? 'no-baseline';
  const text: Record<string, string> = {
    pass: 'PASS: no regression past the thresholds',
    warn: 'WARN: changes past the warning threshold',
    fail: `FAIL: regression past the fail threshold (${(comparison?.regressed ?? []).join(', ')})`,
    skipped: 'SKIPPED: the baseline is not comparable with this run',
    'no-baseline': 'No baseline: nothing compared',
  };
  const notices = (comparison?.notices ?? []).map((n) => `<p class="note notice">${escapeHtml(n)}</p>`).join('');
  return `<div class="verdict ${escapeHtml(verdict)}" data-verdict="${escapeHtml(verdict)}">${escapeHtml(text[verdict] ?? verdict)}</div>${notices}`;
}
