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
