import type { HistoryEntry, SeriesKey } from './history-entry.js';

/**
 * The queries every history store answers the same way (the embedded file and PostgreSQL; the contract
 * test runs one suite against both).
 */
export interface HistoryStore {
  /** Where the history lives, for messages (a path, or the database without its password). */
  readonly description: string;
  /** Adds runs; a run_id already stored is left as it is (appending twice is harmless). Returns how many were new. */
  append(entries: readonly HistoryEntry[]): Promise<number>;
  /** Every series, in a stable order (accelerator, engine, model, profile). */
  listSeries(): Promise<SeriesKey[]>;
  /** The runs of one series in history order (recorded_at, run_id); only the last `last` when given. */
  runs(series: SeriesKey, options?: { last?: number }): Promise<HistoryEntry[]>;
  close(): Promise<void>;
}

/** Stable series order for listSeries: nulls first, then by text, field by field. */
export function compareSeries(a: SeriesKey, b: SeriesKey): number {
  for (const field of ['accelerator', 'engine', 'model', 'profile'] as const) {
    const x = a[field];
    const y = b[field];
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
