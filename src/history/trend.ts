import { findChangePoints, type ChangePointOptions } from './e-divisive.js';
import type { HistoryEntry, SeriesKey } from './history-entry.js';

export { DEFAULT_TREND_METRICS } from './trend-metrics.js';

export interface TrendPoint {
  run_id: string;
  recorded_at: string;
  value: number;
  run_url: string | null;
  certified: boolean | null;
}

export interface TrendChange {
  /** The first run after the change. */
  run_id: string;
  recorded_at: string;
  /** Position of that run among the series' points. */
  position: number;
  p_value: number;
  mean_before: number;
  mean_after: number;
}

/** One line of the trend page: one metric of one series, its points oldest first and its change points. */
export interface MetricTrend {
  series: SeriesKey;
  metric: string;
  points: TrendPoint[];
  changes: TrendChange[];
}

/**
 * The trend of each metric over a series' completed runs (failed and interrupted runs measured too little
 * to place a point). Runs where the metric was not measured are left out of that metric's line.
 */
export function metricTrends(series: SeriesKey, runs: readonly HistoryEntry[], metrics: readonly string[], options: ChangePointOptions = {}): MetricTrend[] {
  const completed = runs.filter((r) => r.status === 'completed');
  return metrics.flatMap((metric) => {
    const points: TrendPoint[] = completed.flatMap((r) => {
      const value = r.headline[metric];
      return typeof value === 'number' && Number.isFinite(value) ? [{ run_id: r.run_id, recorded_at: r.recorded_at, value, run_url: r.run_url, certified: r.certified }] : [];
    });
    if (points.length === 0) return [];
    const changes = findChangePoints(points.map((p) => p.value), options).map((c) => {
      const at = points[c.index] as TrendPoint;
      return { run_id: at.run_id, recorded_at: at.recorded_at, position: c.index, p_value: c.p_value, mean_before: c.mean_before, mean_after: c.mean_after };
    });
    return [{ series, metric, points, changes }];
  });
}

/** Every series of a store with its metric trends, change points computed over each series' whole history. */
export async function trendGroups(store: { listSeries(): Promise<SeriesKey[]>; runs(series: SeriesKey): Promise<HistoryEntry[]> }, metrics: readonly string[]): Promise<Array<{ series: SeriesKey; trends: MetricTrend[] }>> {
  const groups: Array<{ series: SeriesKey; trends: MetricTrend[] }> = [];
  for (const series of await store.listSeries()) groups.push({ series, trends: metricTrends(series, await store.runs(series), metrics) });
  return groups;
}
