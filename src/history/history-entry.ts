import { z } from 'zod';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { InputError } from '../util/errors.js';

/**
 * One run in the certification history: who ran what (the series it belongs to), when, whether it was
 * certified, and its headline figures. Small on purpose: the store keeps every night for years, and the
 * run folder (linked by `run_url`) keeps the rest. docs/certification.md describes every field.
 */
export const seriesKeySchema = z.strictObject({
  accelerator: z.string().nullable(),
  engine: z.string(),
  model: z.string(),
  /** `<profile id>@<hash>`, or null for a run under no profile. */
  profile: z.string().nullable(),
});

export const historyEntrySchema = z.strictObject({
  run_id: z.string().min(1),
  /** When the run finished (ISO 8601, UTC): the order of a series. */
  recorded_at: z.iso.datetime({ offset: true }),
  series: seriesKeySchema,
  engine_version: z.string().nullable(),
  status: z.enum(['completed', 'failed', 'interrupted']),
  /** null when the run was under no profile. */
  certified: z.boolean().nullable(),
  verdict: z.enum(['pass', 'fail', 'incomplete']).nullable(),
  /** Where the run's folder or workflow run can be seen; each point of the trend page links to it. */
  run_url: z.string().nullable(),
  commit: z.string().nullable(),
  headline: z.record(z.string(), z.number().nullable()),
});

export type SeriesKey = z.infer<typeof seriesKeySchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Where a run came from, as the CI knows it (the results document does not). */
export interface RunOrigin {
  run_url?: string | null;
  commit?: string | null;
}

/** The history entry of a results document; `where` names the file in the error when its finish time is not a date. */
export function entryFromResults(doc: ResultsDocument, origin: RunOrigin = {}, where = 'results'): HistoryEntry {
  const env = doc.environment;
  const finished = Date.parse(doc.finished_at);
  if (Number.isNaN(finished)) throw new InputError(`${where}: key finished_at: ${JSON.stringify(doc.finished_at)} is not a date and time (ISO 8601)`);
  return {
    run_id: doc.run_id,
    recorded_at: new Date(finished).toISOString(),
    series: { accelerator: env.accelerator, engine: env.engine, model: env.model, profile: env.profile ?? null },
    engine_version: env.engine_version,
    status: doc.status,
    certified: doc.certification ? doc.certification.certified : null,
    verdict: doc.certification ? doc.certification.verdict : null,
    run_url: origin.run_url ?? null,
    commit: origin.commit ?? null,
    headline: { ...doc.headline },
  };
}

/** A series as one readable label: `H100 · vllm · llama-3-8b · xsum-latency-v1`. */
export function seriesLabel(key: SeriesKey): string {
  return [key.accelerator ?? 'no accelerator', key.engine, key.model, key.profile ? key.profile.split('@')[0] : 'no profile'].join(' · ');
}

/** Equality of series keys, field by field (null equals null). */
export function sameSeries(a: SeriesKey, b: SeriesKey): boolean {
  return a.accelerator === b.accelerator && a.engine === b.engine && a.model === b.model && a.profile === b.profile;
}

/** History order: by recorded_at, then run_id (run ids sort by time too). */
export function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
  const t = Date.parse(a.recorded_at) - Date.parse(b.recorded_at);
  return t !== 0 ? t : a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : 0;
}
