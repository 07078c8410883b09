/**
 * Runs the load: warmup, then each step of the load shape over the whole prompt list, recording every
 * request (warmup included, flagged) as it completes. Stops early, cancelling what is in flight, when the
 * total time budget runs out or the caller's signal aborts.
 */
import { setMaxListeners } from 'node:events';
import { InputError, RunError } from '../util/errors.js';
import { FAILURE_KINDS, type FailureKind, type RequestRecord } from '../run-folder/request-record.js';
import { apiPath, buildRequestBody, promptSourceOf, type Api, type PromptInput, type PromptSource, type RequestSettings } from './request-body.js';
import { checkShape, describeShape, stepsOf, type LoadShape, type SingleShape } from './load-shape.js';
import { arrivalOffsetsMs } from './arrivals.js';
import { Semaphore, sleepUntil } from './concurrency.js';
import type { StreamRequestResult } from './stream-request.js';
import { requestHeadPrefix, RequestHeaderError } from './http1-request.js';
import { inThreadTransport, threadedTransport, type StreamTransport } from './threads/stream-transport.js';
import { LoadThreadCrash } from './threads/client-threads.js';
import { resolveClientThreads, type ClientThreadsSetting } from './threads/auto-threads.js';
import type { LoadThreadEntry } from './threads/thread-entry.js';

export interface RunLoadInput {
  /** Base URL of the server, e.g. http://127.0.0.1:8000 (a trailing /v1 is accepted). */
  endpoint: string;
  api: Api;
  model: string;
  /** A list, or a source that builds each prompt as its request is sent (request-body.ts). */
  prompts: PromptInput[] | PromptSource;
  request: RequestSettings;
  shape: LoadShape;
  /**
   * Requests sent before the measured steps (cycling through the prompts), released as the first step
   * releases its own (its concurrency limit, cap and connections), recorded with warmup: true.
   */
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
  /**
   * Threads that own the streams (load.client_threads): 1 streams on this thread, as before threads
   * existed; n ≥ 2 spreads the streams over n load threads (threads/); `auto` picks (threads/auto-threads.ts).
   * Absent means 1.
   */
  client_threads?: ClientThreadsSetting;
}

/** What tests may replace: the code a load thread runs (a thread that crashes on purpose). */
export interface LoadSeams {
  thread_entry?: LoadThreadEntry;
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
  /** Threads that owned the streams: 1 is the main thread itself, n ≥ 2 that many load threads. */
  client_threads: number;
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

/** What every request of a run shares: where it goes, its head, and how a prompt becomes its body. */
interface Target {
  origin: string;
  head: string;
  prompts: PromptSource;
  bodyOf: (p: PromptInput) => string;
}

/** Checks the input and builds the request target; throws InputError naming what is wrong. */
function prepareTarget(input: RunLoadInput): Target {
  const problem = checkShape(input.shape);
  if (problem) throw new InputError(`load shape: ${problem}.`);
  const { source: prompts, toCheck } = promptSourceOf(input.prompts);
  if (prompts.count === 0) throw new InputError('load: there are no prompts to send.');
  if (!(input.request.timeout_ms > 0)) throw new InputError(`load: timeout_ms must be positive, got ${input.request.timeout_ms}.`);
  if (!(Number.isInteger(input.request.max_tokens) && input.request.max_tokens >= 1)) {
    throw new InputError(`load: max_tokens must be a whole number ≥ 1, got ${input.request.max_tokens}.`);
  }
  const { origin, prefix } = resolveEndpoint(input.endpoint);
  let head: string;
  try {
    head = requestHeadPrefix(origin, prefix + apiPath(input.api), input.headers ?? {});
  } catch (err) {
    if (err instanceof RequestHeaderError) throw new InputError(`load: ${err.message}.`);
    throw err;
  }
  // Bodies are built when sent (holding 100,000 of them costs memory); checking them first (a list whole,
  // a source, which builds every prompt alike, its first) means a bad prompt stops the run before any
  // request goes out.
  const bodyOf = (p: PromptInput): string => JSON.stringify(buildRequestBody(input.api, input.model, p, input.request));
  for (const p of toCheck) {
    try {
      bodyOf(p);
    } catch (err) {
      throw new InputError(`load: ${(err as Error).message}.`);
    }
  }
  return { origin, head, prompts, bodyOf };
}

function emptyOutcome(): LoadOutcome {
  return {
    records: [], started_ms: performance.now(), finished_ms: 0, steps: [],
    failures_by_kind: Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>,
    first_failure_messages: {}, warmup_failures: 0, retried_connections: 0, budget_exhausted: false, interrupted: false,
    client_threads: 1,
  };
}

/**
 * The run's stop signal: the time budget, the caller's signal or `abort` (a load thread that died) aborts
 * it. `dispose` removes the listeners.
 */
function stopControls(input: RunLoadInput, outcome: LoadOutcome): { signal: AbortSignal; abort: () => void; dispose: () => void } {
  const stop = new AbortController();
  // Every in-flight request listens on the stop signal.
  setMaxListeners(0, stop.signal);
  const budgetTimer = input.time_budget_ms === undefined ? undefined : setTimeout(() => {
    outcome.budget_exhausted = true;
    stop.abort();
  }, input.time_budget_ms);
  const onCallerAbort = (): void => {
    outcome.interrupted = true;
    stop.abort();
  };
  if (input.signal?.aborted) onCallerAbort();
  else input.signal?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: stop.signal,
    abort: () => stop.abort(),
    dispose: () => {
      clearTimeout(budgetTimer);
      input.signal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** The record of one finished request; offsets relative to the run's start. */
function recordOf(result: StreamRequestResult, prompt: PromptInput, index: number, warmup: boolean, step: number, started: number): RequestRecord {
  const s = result.stream;
  const usageTokens = s.usage_completion_tokens;
  return {
    id: prompt.id, index, warmup, step,
    send_ms: Math.round((result.send_at - started) * 1000) / 1000,
    ttft_ms: s.ttft_ms, first_choice_ms: s.first_choice_ms, e2el_ms: s.e2el_ms, close_ms: result.close_ms,
    // An exact-size copy: the growing array's spare capacity adds up over 100,000 records.
    text_event_ms: s.text_event_ms.slice(), prompt_tokens: s.prompt_tokens,
    output_tokens: usageTokens ?? (s.text_event_ms.length > 0 ? s.text_event_ms.length : null),
    output_tokens_estimated: usageTokens === null,
    finish_reason: s.finish_reason, text: result.text, retries: result.retries, error: result.error,
  };
}

/** Counts one record into the outcome (failures by kind, retries) and its step's tally. */
function countRecord(outcome: LoadOutcome, record: RequestRecord, tally: StepResult | null): void {
  if (record.retries > 0) outcome.retried_connections += record.retries;
  if (record.error) {
    if (record.warmup) outcome.warmup_failures += 1;
    else outcome.failures_by_kind[record.error.kind] += 1;
    const kept = (outcome.first_failure_messages[record.error.kind] ??= []);
    if (kept.length < KEPT_FAILURE_MESSAGES) kept.push(`request ${record.index} (${record.id}): ${record.error.message}`);
    if (tally) tally.failed += 1;
  } else if (tally) {
    tally.completed += 1;
  }
  if (tally) tally.requests += 1;
}

/** Requests a closed-loop or offline step keeps in flight (its connections are opened before its clock starts). */
function widthOf(shape: SingleShape, count: number): number {
  if (shape.kind === 'offline') return count;
  if (shape.kind === 'concurrency') return Math.min(shape.concurrency, count);
  return 0;
}

export async function runLoad(input: RunLoadInput, seams: LoadSeams = {}): Promise<LoadOutcome> {
  const target = prepareTarget(input);
  const threads = resolveClientThreads(input.client_threads ?? 1, input.shape, target.prompts.count);
  // A load thread that dies stops the run (once the run's stop exists; before, it is noted and stops it then).
  let crash: LoadThreadCrash | null = null;
  let stopRun = (): void => {};
  const onCrash = (c: LoadThreadCrash): void => {
    crash ??= c;
    stopRun();
  };
  // Threads start before the run's clock and budget: starting them is not part of the load.
  const transport = threads === 1 ? inThreadTransport(target.origin, target.head) : await startThreads(threads, target, onCrash, seams);
  const outcome = emptyOutcome();
  outcome.client_threads = threads;
  const started = outcome.started_ms;
  const stop = stopControls(input, outcome);
  const signal = stop.signal;
  stopRun = stop.abort;
  if (crash) stop.abort();
  const keep = input.keep_records ?? true;
  let nextIndex = 0;
  let lastEnd = 0;
  let recorded = 0;
  let lost = 0;
  const sendOne = async (promptIndex: number, slot: number, step: number, warmup: boolean, tally: StepResult | null): Promise<void> => {
    const index = nextIndex++;
    const prompt = target.prompts.promptFor(promptIndex);
    let sent: { result: StreamRequestResult; ended_at?: number };
    try {
      sent = await transport.send(slot, target.bodyOf(prompt), input.request.timeout_ms, signal);
    } catch (err) {
      // Its thread died with it in flight: there is nothing to record (the run fails below, naming it).
      if (!(err instanceof LoadThreadCrash)) throw err;
      lost += 1;
      return;
    }
    const record = recordOf(sent.result, prompt, index, warmup, step, started);
    lastEnd = Math.max(lastEnd, (sent.ended_at ?? performance.now()) - started);
    countRecord(outcome, record, tally);
    if (keep) outcome.records.push(record);
    recorded += 1;
    input.onRecord?.(record);
  };
  const steps = stepsOf(input.shape);
  const prompts = target.prompts.count;
  try {
    // The warm-up goes through the first step's own release (its concurrency limit, its cap, its
    // connections), so what it warms — the JIT, the sockets, the engine — is what the step then uses.
    if (input.warmup_requests > 0 && !signal.aborted) {
      const n = input.warmup_requests;
      await transport.prewarm(widthOf(steps[0]!, n), signal);
      await runStep(steps[0]!, n, signal, (i, slot) => sendOne(i % prompts, slot, 0, true, null));
    }
    for (const [stepIndex, shape] of steps.entries()) {
      if (signal.aborted) break;
      // Closed-loop and offline steps open their connections before their clock starts (connection-pool.ts).
      await transport.prewarm(widthOf(shape, prompts), signal);
      if (signal.aborted) break;
      const tally: StepResult = {
        step: stepIndex, shape: describeShape(shape), started_ms: performance.now() - started, finished_ms: 0, requests: 0, completed: 0, failed: 0,
      };
      await runStep(shape, prompts, signal, (i, slot) => sendOne(i, slot, stepIndex, false, tally));
      tally.finished_ms = performance.now() - started;
      outcome.steps.push(tally);
    }
  } catch (err) {
    // A prewarm on a thread that died: the run stops as for a request on it.
    if (!(err instanceof LoadThreadCrash)) throw err;
    crash ??= err;
  } finally {
    stop.dispose();
    await transport.close();
  }
  outcome.finished_ms = lastEnd;
  if (crash) throw crashFailure(crash, lost, recorded);
  return outcome;
}

/** The load threads, or RunError naming the one that could not start. */
async function startThreads(count: number, target: Target, onCrash: (crash: LoadThreadCrash) => void, seams: LoadSeams): Promise<StreamTransport> {
  try {
    return await threadedTransport(count, target.origin, target.head, onCrash, seams.thread_entry);
  } catch (err) {
    if (err instanceof LoadThreadCrash) throw new RunError(`load: ${err.message} as it started; no request was sent`);
    throw err;
  }
}

/** The one sentence of a run whose load thread died: what stopped, what is missing, what is kept. */
function crashFailure(crash: LoadThreadCrash, lost: number, recorded: number): RunError {
  const missing = lost === 1 ? '1 request it had in flight has no record' : `${lost} requests it had in flight have no record`;
  return new RunError(`load: ${crash.message}; the load was stopped, ${missing}, and the ${recorded} records completed before the stop were kept`);
}

/**
 * Releases `count` requests (prompt indices 0..count-1) following one shape. `send(i, slot)`: the stream
 * slot is the closed loop's lane (0..width-1), or the request's own index in the open loop.
 */
async function runStep(shape: SingleShape, count: number, signal: AbortSignal, send: (i: number, slot: number) => Promise<void>): Promise<void> {
  if (shape.kind === 'offline' || shape.kind === 'concurrency') {
    const width = shape.kind === 'offline' ? count : Math.min(shape.concurrency, count);
    let next = 0;
    const lane = async (_: unknown, slot: number): Promise<void> => {
      while (!signal.aborted && next < count) await send(next++, slot);
    };
    await Promise.all(Array.from({ length: width }, lane));
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
    inFlight.push(send(i, i).finally(() => cap?.release()));
  }
  await Promise.all(inFlight);
  signal.removeEventListener('abort', onStop);
}
