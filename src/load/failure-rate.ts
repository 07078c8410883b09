/**
 * The run rule on failures: measured (non-warmup) requests that failed, over all measured requests sent.
 * Requests cancelled because the run stopped (kind `aborted`: time budget or interrupt) are not the
 * server's failures and are left out of both counts; a run with no completed request always fails.
 */
import { RunError } from '../util/errors.js';
import type { RequestRecord } from '../run-folder/request-record.js';

export interface FailureRateDecision {
  failed: number;
  /** Measured requests counted (completed + failed, aborted left out). */
  counted: number;
  completed: number;
  rate: number;
  max_failure_rate: number;
  /** True when the run must fail; `message` then says why in one sentence. */
  fails_run: boolean;
  message: string | null;
}

export function decideFailureRate(records: Iterable<RequestRecord>, maxFailureRate: number): FailureRateDecision {
  let failed = 0;
  let completed = 0;
  let first: RequestRecord | null = null;
  for (const r of records) {
    if (r.warmup) continue;
    if (r.error === null) completed += 1;
    else if (r.error.kind !== 'aborted') {
      failed += 1;
      if (first === null || r.index < first.index) first = r;
    }
  }
  const counted = failed + completed;
  const rate = counted === 0 ? 0 : failed / counted;
  let message: string | null = null;
  if (completed === 0) {
    message = counted === 0 ? 'no measured request finished before the run stopped' : `all ${counted} measured requests failed`;
  } else if (rate > maxFailureRate) {
    message = `${failed} of ${counted} measured requests failed (${(rate * 100).toFixed(1)}%), above the limit of ${(maxFailureRate * 100).toFixed(1)}%`;
  }
  // Name one failed request, so the one error line says what went wrong, not only how often.
  if (message !== null && first?.error) message += `; first: request ${first.id} (${first.error.kind}): ${oneLine(first.error.message)}`;
  return { failed, counted, completed, rate, max_failure_rate: maxFailureRate, fails_run: message !== null, message };
}

/** Throws RunError (exit code 4) when the decision fails the run; returns the decision otherwise. */
export function enforceFailureRate(records: readonly RequestRecord[], maxFailureRate: number): FailureRateDecision {
  const decision = decideFailureRate(records, maxFailureRate);
  if (decision.fails_run) throw new RunError(`Run failed: ${decision.message}.`);
  return decision;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
