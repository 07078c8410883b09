import type { RequestRecord } from '../run-folder/request-record.js';

/**
 * usage.completion_tokens against the text events counted on the stream. Every text event carries at
 * least one token, and a stop token may be counted without being streamed as text, so a request is
 * consistent when chunks ≤ completion_tokens ≤ chunks + 1; anything else is a mismatch: tokens/s and
 * TPOT built on those counts would be wrong (docs/metrics.md, "Token reconciliation").
 */
export interface TokenReconciliation {
  /** Completed measured requests whose server sent usage. */
  checked: number;
  mismatched: number;
  /** Up to 5 examples, "id: usage 40, 20 text events". */
  examples: string[];
}

export function reconcileTokens(records: Iterable<RequestRecord>): TokenReconciliation {
  let checked = 0;
  let mismatched = 0;
  const examples: string[] = [];
  for (const record of records) {
    if (record.warmup || record.error !== null || record.output_tokens === null || record.output_tokens_estimated) continue;
    checked += 1;
    const chunks = record.text_event_ms.length;
    if (record.output_tokens >= chunks && record.output_tokens <= chunks + 1) continue;
    mismatched += 1;
    if (examples.length < 5) examples.push(`${record.id}: usage ${record.output_tokens}, ${chunks} text events`);
  }
  return { checked, mismatched, examples };
}
