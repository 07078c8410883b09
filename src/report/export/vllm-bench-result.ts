import type { RequestRecord } from '../../run-folder/request-record.js';
import { asColumns, eventCount, isCompletedRow, type RequestColumns, type RequestRows } from '../../run-folder/request-columns.js';
import type { ResultsDocument } from '../../run-folder/results-document.js';
import { concurrencyStepFunction, endMs, forEachItl, isCompleted, measured, rowTpot } from '../request-series.js';
import { maxOf, mean, minOf, quantileSorted, std } from '../stats.js';
import { StreamedList } from './json-pieces.js';

/**
 * The JSON `vllm bench serve --save-result` writes, rebuilt from requests.jsonl so dashboards that read
 * vLLM's files read ours. Field names, units (seconds for duration/ttfts/itls, ms for the statistics)
 * and conventions (failed requests kept in the lists with ttft 0 and output length 0; statistics of
 * an empty list are 0; std is the population std; percentiles interpolate linearly) follow vLLM's.
 */
export type VllmBenchResult = Record<string, unknown> & {
  date: string;
  backend: string;
  model_id: string;
  tokenizer_id: string;
  num_prompts: number;
  request_rate: number | 'inf';
  burstiness: number;
  max_concurrency: number | null;
  duration: number;
  completed: number;
  failed: number;
  total_input_tokens: number;
  total_output_tokens: number;
  request_throughput: number;
  request_goodput: number | null;
  output_throughput: number;
  total_token_throughput: number;
  input_lens: number[];
  output_lens: number[];
  ttfts: number[];
  itls: number[][];
  start_times: number[];
  generated_texts: string[];
  errors: string[];
  max_output_tokens_per_s: number;
  max_concurrent_requests: number;
};

export interface VllmExportOptions {
  /** Percentiles written as p{P}_{metric}_ms (vLLM's --metric-percentiles, default 99). */
  percentiles?: number[];
  /** The concurrency limit of this set of requests (a sweep step's), instead of the config's. */
  maxConcurrency?: number | null;
  /** The request rate of this set of requests, instead of the config's. */
  requestRate?: number | null;
}

/** vLLM formats the run date as %Y%m%d-%H%M%S. */
function vllmDate(iso: string | undefined): string {
  const d = iso ? new Date(iso) : new Date(0);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

const pctName = (p: number): string => (Number.isInteger(p) ? String(p) : String(p));

function loadSetting(config: Record<string, unknown>, key: string): unknown {
  const load = config.load;
  return load && typeof load === 'object' ? (load as Record<string, unknown>)[key] : undefined;
}

/** The export with its per-request lists streamed from the run's columns (what the report writes). */
export type StreamedVllmBenchResult = Omit<VllmBenchResult, PerRequestList> & { [K in PerRequestList]: StreamedList<VllmBenchResult[K][number]> };
type PerRequestList = 'input_lens' | 'output_lens' | 'ttfts' | 'itls' | 'start_times' | 'generated_texts' | 'errors';
const PER_REQUEST_LISTS: readonly PerRequestList[] = ['input_lens', 'output_lens', 'ttfts', 'itls', 'start_times', 'generated_texts', 'errors'];

/** The export as one object, its lists held (for tests and callers that want the value). */
export function toVllmBenchResult(results: ResultsDocument, requests: RequestRows, options: VllmExportOptions = {}): VllmBenchResult {
  const columns = asColumns(requests);
  return materialize(vllmBenchResultOfRows(results, columns, measured(columns), options));
}

function materialize(streamed: StreamedVllmBenchResult): VllmBenchResult {
  const out: Record<string, unknown> = { ...streamed };
  for (const key of PER_REQUEST_LISTS) out[key] = streamed[key].toArray();
  return out as VllmBenchResult;
}

/**
 * The export of the given measured rows: figures from the columns, the per-request lists produced a
 * request at a time as they are written (generated texts and error messages read back from requests.jsonl).
 */
export function vllmBenchResultOfRows(results: ResultsDocument, c: RequestColumns, rows: Uint32Array, options: VllmExportOptions = {}): StreamedVllmBenchResult {
  // Send order; rows that were sent at the same instant keep the file's order.
  const rs = Uint32Array.from(rows).sort((a, b) => c.sendMs[a]! - c.sendMs[b]! || a - b);
  const ok = rs.filter((r) => isCompletedRow(c, r));
  // rs.map would give a Uint32Array: the times are read through a generator instead.
  const start = minOf(valuesOf(rs, (r) => c.sendMs[r]!), 0);
  const end = maxOf(valuesOf(rs, (r) => endMs(c, r)), 0);
  const duration = (end - start) / 1000;
  const outputLen = (r: number): number => (isCompletedRow(c, r) ? orZero(c.outputTokens[r]!) : 0);
  let totalIn = 0;
  let totalOut = 0;
  for (const r of ok) {
    totalIn += orZero(c.promptTokens[r]!);
    totalOut += outputLen(r);
  }
  const per = (x: number): number => (duration > 0 ? x / duration : 0);
  const list = <T>(item: (r: number) => T): StreamedList<T> => new StreamedList(rs.length, function* () {
    for (const r of rs) yield item(r);
  });
  const record = (pick: (record: RequestRecord) => string): StreamedList<string> => new StreamedList(rs.length, () => readBack(c, rs, pick));
  const config = results.config ?? {};
  const shape = loadSetting(config, 'shape');
  const sweep = Array.isArray(loadSetting(config, 'sweep'));
  // The config's load (src/config/settings-schema.ts): shape "rate" is open loop at `rate` (capped by
  // max_concurrency); "concurrency" is a closed loop of `concurrency` streams (vLLM: rate inf). A sweep's
  // whole-run result has no single setting; toVllmBenchResultsPerStep passes each step's.
  const rate = shape === 'rate' && !sweep ? numberSetting(config, 'rate') : null;
  const concurrency = shape === 'concurrency' && !sweep ? numberSetting(config, 'concurrency') : shape === 'rate' ? numberSetting(config, 'max_concurrency') : null;
  const out: StreamedVllmBenchResult = {
    date: vllmDate(results.started_at),
    backend: 'openai-chat',
    model_id: results.environment?.model ?? '',
    tokenizer_id: results.environment?.model ?? '',
    num_prompts: rs.length,
    request_rate: typeof options.requestRate === 'number' ? options.requestRate : (rate ?? 'inf'),
    burstiness: 1.0,
    max_concurrency: options.maxConcurrency !== undefined ? options.maxConcurrency : concurrency,
    duration,
    completed: ok.length,
    failed: rs.length - ok.length,
    total_input_tokens: totalIn,
    total_output_tokens: totalOut,
    request_throughput: per(ok.length),
    request_goodput: null,
    output_throughput: per(totalOut),
    total_token_throughput: per(totalIn + totalOut),
    input_lens: list((r) => orZero(c.promptTokens[r]!)),
    output_lens: list(outputLen),
    ttfts: list((r) => (isCompletedRow(c, r) ? c.ttftMs[r]! / 1000 : 0)),
    itls: list((r) => {
      const gaps: number[] = [];
      if (isCompletedRow(c, r)) forEachItl(c, r, (g) => gaps.push(g / 1000));
      return gaps;
    }),
    start_times: list((r) => (c.sendMs[r]! - start) / 1000),
    generated_texts: record((r) => (isCompleted(r) ? r.text : '')),
    errors: record((r) => (r.error ? `${r.error.kind}: ${r.error.message}` : '')),
    max_output_tokens_per_s: peakTokensPerSecond(c, ok, start, outputLen),
    max_concurrent_requests: maxOf(concurrencyStepFunction(c, rs).levels, 0),
  };
  Object.assign(out, statistics(c, ok, options.percentiles ?? [99]));
  return out;
}

const orZero = (v: number): number => (Number.isNaN(v) ? 0 : v);

function* valuesOf(rows: Uint32Array, value: (r: number) => number): Generator<number> {
  for (const r of rows) yield value(r);
}

/** Each row's record read back, in `rows`' order, only where `pick` needs more than the columns hold. */
function* readBack(c: RequestColumns, rows: Uint32Array, pick: (record: RequestRecord) => string): Generator<string> {
  const reader = c.source.open();
  try {
    for (const r of rows) yield pick(reader.record(r));
  } finally {
    reader.close();
  }
}

/** Peak tokens/s over 1 s buckets of text events, as vLLM buckets its own token arrivals. */
function peakTokensPerSecond(c: RequestColumns, ok: Uint32Array, start: number, outputLen: (r: number) => number): number {
  const buckets = new Map<number, number>();
  for (const r of ok) {
    const events = eventCount(c, r);
    const perEvent = events > 0 ? outputLen(r) / events : 0;
    for (let i = c.eventStart[r]!; i < c.eventStart[r + 1]!; i++) {
      const b = Math.floor((c.sendMs[r]! + c.events[i]! - start) / 1000);
      buckets.set(b, (buckets.get(b) ?? 0) + perEvent);
    }
  }
  return maxOf(buckets.values(), 0);
}

/** mean/median/std/percentiles of TTFT, TPOT, ITL and E2EL over the completed rows, in vLLM's field names. */
function statistics(c: RequestColumns, ok: Uint32Array, percentiles: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  const finite = (v: number): number => (Number.isFinite(v) ? v : 0);
  for (const name of ['ttft', 'tpot', 'itl', 'e2el'] as const) {
    const values = sample(c, ok, name);
    // Mean and std over the values in request order (the order vLLM sums in), then sorted in place, once:
    // the median and every percentile read the same 8 bytes a value.
    const average = mean(values);
    const spread = std(values);
    const sorted = values.sort();
    out[`mean_${name}_ms`] = finite(average);
    out[`median_${name}_ms`] = finite(quantileSorted(sorted, 0.5));
    out[`std_${name}_ms`] = finite(spread);
    for (const p of percentiles) out[`p${pctName(p)}_${name}_ms`] = finite(quantileSorted(sorted, p / 100));
  }
  return out;
}

/** One metric's values over the completed rows, in request order, in a Float64Array of their exact count. */
function sample(c: RequestColumns, ok: Uint32Array, name: 'ttft' | 'tpot' | 'itl' | 'e2el'): Float64Array {
  if (name === 'ttft') return Float64Array.from(ok, (r) => c.ttftMs[r]!);
  if (name === 'e2el') return Float64Array.from(ok, (r) => c.e2elMs[r]!);
  if (name === 'tpot') {
    const tpot: number[] = [];
    for (const r of ok) {
      const t = rowTpot(c, r);
      if (t !== null) tpot.push(t);
    }
    return Float64Array.from(tpot);
  }
  let gaps = 0;
  for (const r of ok) gaps += Math.max(0, eventCount(c, r) - 1);
  const itl = new Float64Array(gaps);
  let at = 0;
  for (const r of ok) forEachItl(c, r, (g) => (itl[at++] = g));
  return itl;
}

/**
 * A sweep step's load setting: step i ran at `config.load.sweep[i]`, a concurrency when
 * `config.load.shape` is "concurrency", a request rate when it is "rate" (src/pipeline/stage-settings.ts).
 */
function stepLoad(config: Record<string, unknown>, index: number, key: 'concurrency' | 'rate'): number | null {
  const sweep = loadSetting(config, 'sweep');
  if (loadSetting(config, 'shape') !== key || !Array.isArray(sweep)) return null;
  const v: unknown = sweep[index];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * One vLLM result per sweep step (vLLM writes one file per concurrency or rate), from the requests
 * recorded with that step number. Empty when the run is not a sweep.
 */
export function toVllmBenchResultsPerStep(results: ResultsDocument, requests: RequestRows, options: VllmExportOptions = {}): Array<{ label: string; result: VllmBenchResult }> {
  const columns = asColumns(requests);
  return vllmBenchResultsPerStepOfRows(results, columns, options).map(({ label, result }) => ({ label, result: materialize(result) }));
}

/** toVllmBenchResultsPerStep with the per-request lists streamed (what the report writes). */
export function vllmBenchResultsPerStepOfRows(results: ResultsDocument, c: RequestColumns, options: VllmExportOptions = {}): Array<{ label: string; result: StreamedVllmBenchResult }> {
  const steps = results.steps ?? [];
  if (steps.length < 2) return [];
  const config = results.config ?? {};
  const rows = measured(c);
  return steps.map((step, i) => {
    const concurrency = stepLoad(config, i, 'concurrency');
    const rate = stepLoad(config, i, 'rate');
    return {
      label: step.label,
      result: vllmBenchResultOfRows(
        results,
        c,
        rows.filter((r) => c.step[r] === i),
        // A rate step runs open loop: its concurrency cap is the config's max_concurrency, if any.
        { ...options, maxConcurrency: concurrency ?? (rate !== null ? numberSetting(config, 'max_concurrency') : (options.maxConcurrency ?? null)), requestRate: rate ?? options.requestRate },
      ),
    };
  });
}

function numberSetting(config: Record<string, unknown>, key: string): number | null {
  const v = loadSetting(config, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
