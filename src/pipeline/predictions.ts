import type { XsumRow } from '../dataset/xsum-row.js';
import type { RequestRecord } from '../load/index.js';
import { redactSecrets } from '../util/secrets.js';
import { pairRouge, type PerPairRouge } from './rouge-metrics.js';

export interface Prediction {
  id: string;
  reference: string;
  prediction: string;
  /** Why the prediction is empty, when the request failed or was never sent. */
  error: string | null;
  /** The engine's finish_reason ("stop", "length"), for the quality checks' "no stop where the baseline stopped". */
  finish_reason: string | null;
}

/**
 * One prediction per dataset row, in dataset order: the text of the row's first measured request (first
 * trial, first sweep step). A failed or unsent request gives an empty prediction that scores 0 — counted,
 * never dropped.
 */
export function collectPredictions(rows: readonly XsumRow[], records: readonly RequestRecord[]): Prediction[] {
  const firstById = new Map<string, RequestRecord>();
  for (const record of records) {
    if (record.warmup || (record.trial ?? 0) !== 0 || record.step !== 0) continue;
    if (!firstById.has(record.id)) firstById.set(record.id, record);
  }
  return rows.map((row) => {
    const record = firstById.get(row.id);
    if (!record) return { id: row.id, reference: row.summary, prediction: '', error: 'not sent (the run stopped first)', finish_reason: null };
    if (record.error) return { id: row.id, reference: row.summary, prediction: record.text ?? '', error: `${record.error.kind}: ${record.error.message}`, finish_reason: record.finish_reason };
    return { id: row.id, reference: row.summary, prediction: record.text, error: null, finish_reason: record.finish_reason };
  });
}

/**
 * predictions.jsonl's lines, one at a time (the file is written without its whole text in memory): each
 * prediction with its per-pair ROUGE F when scored, secrets redacted (a JSON line holds no raw newline,
 * so redacting line by line finds what redacting the whole text would).
 */
export function* predictionLines(predictions: readonly Prediction[], perPairRouge: PerPairRouge | null): Generator<string> {
  for (let i = 0; i < predictions.length; i++) {
    const p = predictions[i]!;
    yield `${redactSecrets(JSON.stringify(perPairRouge ? { ...p, rouge: pairRouge(perPairRouge, i) } : p))}\n`;
  }
}
