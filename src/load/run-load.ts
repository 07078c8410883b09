/**
 * Runs the load: warmup, then each step of the load shape over the whole prompt list, recording every
 * request (warmup included, flagged) as it completes. Stops early, cancelling what is in flight, when the
 * total time budget runs out or the caller's signal aborts.
 */
import { setMaxListeners } from 'node:events';
import { InputError } from '../util/errors.js';
import { FAILURE_KINDS, type FailureKind, type RequestRecord } from '../run-folder/request-record.js';
import { apiPath, buildRequestBody, type Api, type PromptInput, type RequestSettings } from './request-body.js';
import { checkShape, describeShape, stepsOf, type LoadShape, type SingleShape } from './load-shape.js';
import { arrivalOffsetsMs } from './arrivals.js';
import { Semaphore, sleepUntil } from './concurrency.js';
import { streamRequest } from './stream-request.js';
import { ConnectionPool } from './connection-pool.js';

export interface RunLoadInput {
  /** Base URL of the server, e.g. http://127.0.0.1:8000 (a trailing /v1 is accepted). */
  endpoint: string;
  api: Api;
  model: string;
  prompts: PromptInput[];
  request: RequestSettings;
  shape: LoadShape;
  /** Requests sent before the measured steps (cycling through the prompts), recorded with warmup: true. */
  warmup_requests: number;
  /** Total time for the whole load, warmup included. */
  time_budget_ms?: number;
  /** Extra HTTP headers (e.g. authorization); never logged. */
  headers?: Record<string, string>;
  onRecord?: (record: RequestRecord) => void;
  /**
   * Keep every record in `outcome.records` (default true). A caller that stores records through
   * `onRecord` (requests.jsonl) passes false, so memory stays bounded by the requests in flight rather
   * than growing with every request sent (about 1.2 KB per 64-token request).
   */
  keep_records?: boolean;
  signal?: AbortSignal;
}

export interface StepResult {
  step: number;
  shape: string;
  /** ms since the run started. */
  started_ms: number;
  finished_ms: number;
  requests: number;
  completed: number;
  failed: number;
}

export { FAILURE_KINDS };

/** How many messages are kept per failure kind. */
export const KEPT_FAILURE_MESSAGES = 3;

export interface LoadOutcome {
  /** Every request in send order of completion, warmup included (flagged); empty with keep_records false. */
  records: RequestRecord[];
  /** performance.now() at the run start; record send_ms values are relative to it. */
  started_ms: number;
  /** ms since started_ms when the last request ended. */
  finished_ms: number;
  steps: StepResult[];
  /** Failures of measured (non-warmup) requests, by kind. */
  failures_by_kind: Record<FailureKind, number>;
  /** The first few messages of each kind seen (warmup included). */
  first_failure_messages: Partial<Record<FailureKind, string[]>>;
  warmup_failures: number;
  /** Requests re-sent once on a fresh connection after a kept-alive one closed before any response byte. */
  retried_connections: number;
  budget_exhausted: boolean;
  /** The caller's signal stopped the run. */
  interrupted: boolean;
}

function resolveEndpoint(endpoint: string): { origin: string; prefix: string } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new InputError(`endpoint "${endpoint}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`endpoint "${endpoint}" must be http or https.`);
  let prefix = url.pathname.replace(/\/+$/, '');
  if (prefix.endsWith('/v1')) prefix = prefix.slice(0, -3);
  return { origin: url.origin, prefix };
}

export async function runLoad(input: RunLoadInput): Promise<LoadOutcome> {
  const problem = checkShape(input.shape);
  if (problem) throw new InputError(`load shape: ${problem}.`);
  if (input.prompts.length === 0) throw new InputError('load: there are no prompts to send.');
  if (!(input.request.timeout_ms > 0)) throw new InputError(`load: timeout_ms must be positive, got ${input.request.timeout_ms}.`);
  if (!(Number.isInteger(input.request.max_tokens) && input.request.max_tokens >= 1)) {
    throw new InputError(`load: max_tokens must be a whole number ≥ 1, got ${input.request.max_tokens}.`);
  }
  const { origin, prefix } = resolveEndpoint(input.endpoint);
  const path = prefix + apiPath(input.api);
  // Bodies are built when sent (holding 100,000 of them costs memory); checking them all first means a
  // bad prompt stops the run before any request goes out.
  const bodyOf = (p: PromptInput): string => JSON.stringify(buildRequestBody(input.api, input.model, p, input.request));
  for (const p of input.prompts) {
    try {
      bodyOf(p);
    } catch (err) {
      throw new InputError(`load: ${(err as Error).message}.`);
    }
  }

  const pool = new ConnectionPool(origin);
  const stop = new AbortController();
  // Every in-flight request listens on the stop signal.
  setMaxListeners(0, stop.signal);
  const outcome: LoadOutcome = {
    records: [], started_ms: performance.now(), finished_ms: 0, steps: [],
    failures_by_kind: Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>,
    first_failure_messages: {}, warmup_failures: 0, retried_connections: 0, budget_exhausted: false, interrupted: false,
  };
  const started = outcome.started_ms;
  let budgetTimer: NodeJS.Timeout | undefined;
  if (input.time_budget_ms !== undefined) {
    budgetTimer = setTimeout(() => {
      outcome.budget_exhausted = true;
      stop.abort();
    }, input.time_budget_ms);
  }
  const onCallerAbort = (): void => {
    outcome.interrupted = true;
    stop.abort();
  };
  if (input.signal?.aborted) onCallerAbort();
  else input.signal?.addEventListener('abort', onCallerAbort, { once: true });

  const keep = input.keep_records ?? true;
  let nextIndex = 0;
  let lastEnd = 0;
  const sendOne = async (promptIndex: number, step: number, warmup: boolean, tally: StepResult | null): Promise<void> => {
    const index = nextIndex++;
    const prompt = input.prompts[promptIndex]!;
    const result = await streamRequest({
      connections: pool, origin, path, body: bodyOf(prompt), headers: input.headers ?? {}, timeout_ms: input.request.timeout_ms, signal: stop.signal,
    });
    const s = result.stream;
    const usageTokens = s.usage_completion_tokens;
    const record: RequestRecord = {
      id: prompt.id, index, warmup, step,
      send_ms: Math.round((result.send_at - started) * 1000) / 1000,
      ttft_ms: s.ttft_ms, first_choice_ms: s.first_choice_ms, e2el_ms: s.e2el_ms, close_ms: result.close_ms,
      // An exact-size copy: the growing array's spare capacity adds up over 100,000 records.
      text_event_ms: s.text_event_ms.slice(), prompt_tokens: s.prompt_tokens,
      output_tokens: usageTokens ?? (s.text_event_ms.length > 0 ? s.text_event_ms.length : null),
      output_tokens_estimated: usageTokens === null,
      finish_reason: s.finish_reason, text: result.text, retries: result.retries, error: result.error,
    };
    lastEnd = Math.max(lastEnd, performance.now() - started);
    if (result.retries > 0) outcome.retried_connections += result.retries;
    if (record.error) {
      if (warmup) outcome.warmup_failures += 1;
      else outcome.failures_by_kind[record.error.kind] += 1;
      const kept = (outcome.first_failure_messages[record.error.kind] ??= []);
      if (kept.length < KEPT_FAILURE_MESSAGES) kept.push(`request ${index} (${prompt.id}): ${record.error.message}`);
      if (tally) tally.failed += 1;
    } else if (tally) {
      tally.completed += 1;
    }
    if (tally) tally.requests += 1;
    if (keep) outcome.records.push(record);
    input.onRecord?.(record);
  };

  try {
    if (input.warmup_requests > 0 && !stop.signal.aborted) {
      const n = input.warmup_requests;
      await Promise.all(Array.from({ length: n }, (_, i) => sendOne(i % input.prompts.length, 0, true, null)));
    }
    for (const [stepIndex, shape] of stepsOf(input.shape).entries()) {
      if (stop.signal.aborted) break;
      // Closed-loop and offline steps open their connections before their clock starts (connection-pool.ts).
      const width = shape.kind === 'offline' ? input.prompts.length : shape.kind === 'concurrency' ? Math.min(shape.concurrency, input.prompts.length) : 0;
      await pool.prewarm(width, stop.signal);
      if (stop.signal.aborted) break;
      const tally: StepResult = {
        step: stepIndex, shape: describeShape(shape), started_ms: performance.now() - started, finished_ms: 0, requests: 0, completed: 0, failed: 0,
      };
      await runStep(shape, input.prompts.length, stop.signal, (i) => sendOne(i, stepIndex, false, tally));
      tally.finished_ms = performance.now() - started;
      outcome.steps.push(tally);
    }
  } finally {
    clearTimeout(budgetTimer);
    input.signal?.removeEventListener('abort', onCallerAbort);
    await pool.close();
  }
  outcome.finished_ms = lastEnd;
  return outcome;
}

/** Releases `count` requests (prompt indices 0..count-1) following one shape. */
async function runStep(shape: SingleShape, count: number, signal: AbortSignal, send: (i: number) => Promise<void>): Promise<void> {
  if (shape.kind === 'offline' || shape.kind === 'concurrency') {
    const width = shape.kind === 'offline' ? count : Math.min(shape.concurrency, count);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (!signal.aborted && next < count) await send(next++);
    };
    await Promise.all(Array.from({ length: width }, worker));
    return;
  }
  const burstiness = shape.arrival === 'poisson' ? 1 : (shape.burstiness ?? 1);
  const offsets = arrivalOffsetsMs(count, shape.rate_rps, burstiness, shape.seed ?? 0, shape.convention);
  const cap = shape.max_concurrency !== undefined ? new Semaphore(shape.max_concurrency) : null;
  const onStop = (): void => cap?.releaseAll();
  signal.addEventListener('abort', onStop, { once: true });
  const inFlight: Array<Promise<void>> = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await sleepUntil(start + offsets[i]!, signal);
    if (signal.aborted) break;
    if (cap) {
      await cap.acquire();
      if (signal.aborted) break;
    }
    inFlight.push(send(i).finally(() => cap?.release()));
  }
  await Promise.all(inFlight);
  signal.removeEventListener('abort', onStop);
}
