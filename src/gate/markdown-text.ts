/** Text that came from results files (metric names, model names, run ids) is escaped before it reaches Markdown/HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ')
    // GitHub links mentions and bare URLs after Markdown, where escapes cannot reach: an invisible word
    // joiner (U+2060) after the @ and in the scheme separator breaks them while the text reads the same.
    .replace(/@(?=[A-Za-z0-9])/g, '@\u2060')
    .replace(/:\/\//g, ':\u2060//')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u2060.`);
}

/** A headline value for a table: integers as they are, others to 4 significant digits. */
export function formatValue(value: number | null): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

export function formatPercent(value: number | null): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '+∞%' : '−∞%';
  // A change that rounds to zero (often float noise from averaging a history) is shown without a sign.
  if (Math.abs(value) < 0.05) return '0.0%';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}
