import { InputError } from '../../util/errors.js';

/**
 * The gate's verdict as the report reads it. Deliberately loose (the gate stage owns the real type):
 * `{verdict, rows: [{metric, baseline, current, change_pct, status}]}`; unknown extra keys are ignored.
 */
export type Verdict = 'pass' | 'warn' | 'fail' | 'no-baseline';

export interface ComparisonRow {
  metric: string;
  baseline: number | null;
  current: number | null;
  change_pct: number | null;
  /** pass | warn | fail | info (not judged) or whatever the gate wrote. */
  status: string;
}

export interface Comparison {
  verdict: Verdict | string;
  rows: ComparisonRow[];
}

const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Validates the loose shape; `where` names the file (or "comparison") for the error sentence. */
export function parseComparison(value: unknown, where: string): Comparison {
  if (!value || typeof value !== 'object') throw new InputError(`${where}: the comparison must be a JSON object`);
  const o = value as Record<string, unknown>;
  if (typeof o.verdict !== 'string') throw new InputError(`${where}: "verdict" must be a string (pass, warn, fail or no-baseline)`);
  const rowsIn = o.rows ?? [];
  if (!Array.isArray(rowsIn)) throw new InputError(`${where}: "rows" must be an array`);
  const rows = rowsIn.map((r, i): ComparisonRow => {
    if (!r || typeof r !== 'object' || typeof (r as { metric?: unknown }).metric !== 'string') {
      throw new InputError(`${where}: rows[${i}] must be an object with a "metric" name`);
    }
    const row = r as Record<string, unknown>;
    return {
      metric: row.metric as string,
      baseline: numOrNull(row.baseline),
      current: numOrNull(row.current),
      change_pct: numOrNull(row.change_pct),
      status: typeof row.status === 'string' ? row.status : 'info',
    };
  });
  return { verdict: o.verdict, rows };
}

/**
 * When no gate verdict is at hand but a baseline is, the report still shows the change of every
 * headline metric both runs measured, marked "info": the report never judges, only the gate does.
 */
export function unjudgedComparison(current: Record<string, number | null>, baseline: Record<string, number | null>): Comparison {
  const rows: ComparisonRow[] = [];
  for (const [metric, c] of Object.entries(current)) {
    if (!(metric in baseline)) continue;
    const b = baseline[metric] ?? null;
    const change = b !== null && c !== null && b !== 0 ? ((c - b) / Math.abs(b)) * 100 : null;
    rows.push({ metric, baseline: b, current: c, change_pct: change, status: 'info' });
  }
  return { verdict: 'not judged', rows };
}
