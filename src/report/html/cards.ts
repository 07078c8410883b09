import { escapeHtml } from '../escape.js';
import type { Comparison } from '../input/comparison.js';
import { formatValue, SEED_METRICS, seedValue } from '../metric-catalog.js';

/** The seed's seven console metrics as cards, each with its change against the baseline when known. */
export function headlineCards(headline: Record<string, number | null>, comparison: Comparison | null): string {
  const cards = SEED_METRICS.map((m) => {
    const found = seedValue(headline, m.keys);
    const row = found ? comparison?.rows.find((r) => r.metric === found.key) : undefined;
    const status = row?.status ?? '';
    const delta =
      row && row.change_pct !== null
        ? `<div class="delta ${escapeHtml(status)}">${row.change_pct >= 0 ? '+' : ''}${row.change_pct.toFixed(1)} % vs baseline${status && status !== 'info' ? ` (${escapeHtml(status)})` : ''}</div>`
        : '';
    const value = found ? `${formatValue(found.value)}<span class="unit">${escapeHtml(m.unit)}</span>` : '<span class="unit">not measured</span>';
    return `<div class="card ${escapeHtml(status)}" data-seed="${m.seed}"><div class="name">${m.label === m.seed ? m.seed : `${escapeHtml(m.label)} · ${m.seed}`}</div><div class="value">${value}</div>${delta}</div>`;
  });
  return `<div class="cards">${cards.join('')}</div>`;
}

export function verdictBadge(comparison: Comparison | null): string {
  const verdict = comparison?.verdict ?? 'no-baseline';
  const text: Record<string, string> = {
    pass: 'PASS: no regression past the thresholds',
    warn: 'WARN: changes past the warning threshold',
    fail: 'FAIL: regression past the fail threshold',
    'no-baseline': 'No baseline: nothing compared',
    'not judged': 'Compared with the baseline, not judged (no gate verdict)',
  };
  return `<div class="verdict ${escapeHtml(verdict)}" data-verdict="${escapeHtml(verdict)}">${escapeHtml(text[verdict] ?? verdict)}</div>`;
}
