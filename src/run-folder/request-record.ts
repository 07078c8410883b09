/**
 * One request as the load generator saw it: the raw timestamps every latency metric is computed from.
 * One such record is one line of requests.jsonl (see docs/metrics.md for the definitions). It lives with
 * the run folder's layout because the load writes it and records, metrics, report and exports read it.
 *
 * All times are milliseconds from a monotonic clock (performance.now()), taken when the bytes arrived.
 * `send_ms` is relative to the start of the run; every other offset is relative to `send_ms`.
 */
export interface RequestRecord {
  /** Dataset row id the prompt came from. */
  id: string;
  /** Position in the send order (0-based), warmup requests included. */
  index: number;
  /** Warmup requests are recorded but excluded from every figure. */
  warmup: boolean;
  /** Sweep step this request belongs to (0 when there is no sweep). */
  step: number;
  /** Repeated trial this request belongs to (`load.repeat`; absent or 0 for the first). */
  trial?: number;
  /** Request send time, ms since the run started. */
  send_ms: number;
  /** First event carrying non-empty generated text (content or reasoning), ms after send. */
  ttft_ms: number | null;
  /** First event with non-empty `choices` (vLLM's bench definition), ms after send. */
  first_choice_ms: number | null;
  /** Last event carrying text, ms after send. */
  e2el_ms: number | null;
  /** When the stream closed, ms after send. */
  close_ms: number | null;
  /** Arrival offsets (ms after send) of every event carrying text, in order. */
  text_event_ms: number[];
  /** usage.prompt_tokens from the server, when it sent usage. */
  prompt_tokens: number | null;
  /** usage.completion_tokens, or the count of text events when the server sent no usage. */
  output_tokens: number | null;
  /** True when output_tokens is the text-event count rather than server usage. */
  output_tokens_estimated: boolean;
  finish_reason: string | null;
  /** The generated text (content, then reasoning if any), kept for scoring. */
  text: string;
  /** Times this request was re-sent on a fresh connection after the server closed a kept-alive one. */
  retries: number;
  error: RequestFailure | null;
}

/** Why a request failed: the one list, which the load counts by and the requests.jsonl reader checks against. */
export const FAILURE_KINDS = [
  'http_status', 'connection_reset', 'connection_refused', 'timeout', 'malformed_event', 'no_text', 'server_error_event', 'aborted', 'other',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface RequestFailure {
  kind: FailureKind;
  message: string;
  /** HTTP status when kind is http_status. */
  status?: number;
}
