import type { HistoryEntry, SeriesKey } from '../../src/history/history-entry.js';

export const SERIES_A: SeriesKey = { accelerator: 'H100-SXM', engine: 'vllm', model: 'llama-3-8b', profile: 'xsum-latency-v1@sha256:aa' };
export const SERIES_B: SeriesKey = { accelerator: null, engine: 'llamacpp', model: 'sotu-tiny', profile: null };

/** A nightly entry: night n of 2026 at 03:17 UTC. */
export function nightly(n: number, series: SeriesKey, headline: Record<string, number | null>, over: Partial<HistoryEntry> = {}): HistoryEntry {
  const day = new Date(Date.UTC(2026, 0, 1 + n, 3, 17));
  const id = `${day.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}-${series.engine.slice(0, 2)}${String(n).padStart(2, '0')}`;
  return { run_id: id, recorded_at: day.toISOString(), series, engine_version: '0.9.0', status: 'completed', certified: series.profile ? true : null, verdict: series.profile ? 'pass' : null, run_url: `https://ci.example/runs/${n}`, commit: null, headline, ...over };
}
