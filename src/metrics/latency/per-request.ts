/** The latency figures of one completed request, from its raw timestamps (docs/metrics.md). */
import type { RequestRecord } from '../../run-folder/request-record.js';
import { eventCount, orNull, type RequestColumns } from '../../run-folder/request-columns.js';

export interface RequestLatency {
  ttft_ms: number;
  /** vLLM's variant: first event with non-empty choices (may be a role-only chunk). */
  ttft_vllm_ms: number | null;
  e2el_ms: number;
  /** (E2EL − TTFT) / (output tokens − 1); null for requests of one token. */
  tpot_ms: number | null;
  output_tokens: number;
}

/** Null when the request did not complete with text (failed records are never measured). */
export function requestLatency(r: RequestRecord): RequestLatency | null {
  if (r.error !== null || r.ttft_ms === null || r.e2el_ms === null) return null;
  const out = r.output_tokens ?? r.text_event_ms.length;
  return {
    ttft_ms: r.ttft_ms,
    ttft_vllm_ms: r.first_choice_ms,
    e2el_ms: r.e2el_ms,
    tpot_ms: out > 1 ? (r.e2el_ms - r.ttft_ms) / (out - 1) : null,
    output_tokens: out,
  };
}

/** Gaps between consecutive text events of one request. */
export function interEventGaps(r: RequestRecord): number[] {
  const t = r.text_event_ms;
  const gaps: number[] = [];
  for (let i = 1; i < t.length; i++) gaps.push(t[i]! - t[i - 1]!);
  return gaps;
}

/** requestLatency of row `r` of the run's columns (the same definitions, NaN for null). */
export function rowLatency(columns: RequestColumns, r: number): RequestLatency | null {
  const ttft = columns.ttftMs[r]!;
  const e2el = columns.e2elMs[r]!;
  if (columns.errorKind[r] !== 0 || Number.isNaN(ttft) || Number.isNaN(e2el)) return null;
  const usage = columns.outputTokens[r]!;
  const out = Number.isNaN(usage) ? eventCount(columns, r) : usage;
  return {
    ttft_ms: ttft,
    ttft_vllm_ms: orNull(columns.firstChoiceMs[r]!),
    e2el_ms: e2el,
    tpot_ms: out > 1 ? (e2el - ttft) / (out - 1) : null,
    output_tokens: out,
  };
}
