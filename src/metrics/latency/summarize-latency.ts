/**
 * Latency and throughput over the measured (non-warmup) records of a run or of one sweep step, drawn from
 * the run's typed columns (run-folder/request-columns.ts): a row at a time, samples in Float64Arrays.
 * Every definition is in docs/metrics.md; failed requests count only in failed_requests.
 */
import type { FailureKind, RequestRecord } from '../../run-folder/request-record.js';
import { columnsFromRecords, failureKindOf, selectRows, type RequestColumns } from '../../run-folder/request-columns.js';
import { DEFAULT_PERCENTILES, summarizeInPlace, type Distribution } from './distribution.js';
import { MicrosecondCounts } from './microsecond-counts.js';
import { rowLatency } from './per-request.js';

export interface LatencySlo {
  ttft_ms?: number;
  tpot_ms?: number;
  e2el_ms?: number;
}

export interface LatencyOptions {
  /** Extra percentiles beside 50/90/95/99 (e.g. 99.9). */
  percentiles?: number[];
  slo?: LatencySlo;
}

export interface GoodputSummary {
  slo: LatencySlo;
  good_requests: number;
  /** Good requests per second of duration. */
  goodput_rps: number | null;
  /** Good requests over all measured requests (completed + failed). */
  good_fraction: number | null;
}

export interface LatencySummary {
  percentiles: number[];
  completed_requests: number;
  failed_requests: number;
  failed_by_kind: Partial<Record<FailureKind, number>>;
  /** First send → last stream close of a completed request, seconds; null without a completed request. */
  duration_s: number | null;
  throughput_rps: number | null;
  output_tps: number | null;
  /** Null when some completed request had no prompt_tokens from the server. */
  total_tps: number | null;
  total_output_tokens: number;
  total_prompt_tokens: number | null;
  /** Completed requests whose output tokens are the text-event count (the server sent no usage). */
  estimated_output_requests: number;
  output_tokens_estimated: boolean;
  ttft_ms: Distribution;
  ttft_vllm_ms: Distribution;
  tpot_ms: Distribution;
  itl_ms: Distribution;
  e2el_ms: Distribution;
  output_tokens: Distribution;
  goodput: GoodputSummary | null;
}

function meets(slo: LatencySlo, ttft: number, tpot: number | null, e2el: number): boolean {
  if (slo.ttft_ms !== undefined && ttft > slo.ttft_ms) return false;
  // A one-token request has no TPOT; it cannot break a TPOT objective.
  if (slo.tpot_ms !== undefined && tpot !== null && tpot > slo.tpot_ms) return false;
  if (slo.e2el_ms !== undefined && e2el > slo.e2el_ms) return false;
  return true;
}

/** Calls `fn` with each gap between text events of the completed measured rows. */
function forEachGap(columns: RequestColumns, rows: Uint32Array, fn: (gapMs: number) => void): void {
  const { events, eventStart } = columns;
  for (const r of rows) {
    if (columns.warmup[r] === 1 || rowLatency(columns, r) === null) continue;
    for (let i = eventStart[r]! + 1; i < eventStart[r + 1]!; i++) fn(events[i]! - events[i - 1]!);
  }
}

/**
 * ITL: the gaps between text events of completed measured requests, pooled. Counted per whole microsecond
 * (the resolution records are kept at; microsecond-counts.ts), so millions of gaps take a few MB; a record
 * with a finer time or a gap that goes backwards makes it fall back to sorting doubles.
 */
function summarizeItl(columns: RequestColumns, rows: Uint32Array, percentiles: readonly number[]): Distribution {
  let n = 0;
  let largest = 0;
  let wholeMicroseconds = true;
  forEachGap(columns, rows, (gap) => {
    const us = Math.round(gap * 1000);
    if (Math.abs(gap * 1000 - us) > 1e-6 || us < 0 || !Number.isSafeInteger(us)) wholeMicroseconds = false;
    else largest = Math.max(largest, us);
    n += 1;
  });
  if (!wholeMicroseconds) {
    const gaps = new Float64Array(n);
    let at = 0;
    forEachGap(columns, rows, (gap) => (gaps[at++] = gap));
    return summarizeInPlace(gaps, percentiles);
  }
  const sample = new MicrosecondCounts(largest);
  forEachGap(columns, rows, (gap) => sample.add(Math.round(gap * 1000)));
  return sample.summarize(percentiles);
}

/** A sample filled a value at a time into a Float64Array sized for the most it can hold. */
class Sample {
  private readonly values: Float64Array;
  private n = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }
  push(v: number): void {
    this.values[this.n++] = v;
  }
  summarize(percentiles: readonly number[]): Distribution {
    return summarizeInPlace(this.values.subarray(0, this.n), percentiles);
  }
}

function checkedPercentiles(options: LatencyOptions): number[] {
  const percentiles = [...new Set([...DEFAULT_PERCENTILES, ...(options.percentiles ?? [])])].sort((a, b) => a - b);
  for (const p of percentiles) {
    if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0..100`);
  }
  return percentiles;
}

/** The summary of records held in memory (tests, tools): the same code over their columns. */
export function summarizeLatency(records: readonly RequestRecord[], options: LatencyOptions = {}): LatencySummary {
  const columns = columnsFromRecords(records);
  return summarizeLatencyRows(columns, selectRows(columns, () => true), options);
}

/** The summary of the given rows of the run's columns (warmup rows among them are left out). */
export function summarizeLatencyRows(columns: RequestColumns, rows: Uint32Array, options: LatencyOptions = {}): LatencySummary {
  const percentiles = checkedPercentiles(options);
  const ttft = new Sample(rows.length);
  const ttftVllm = new Sample(rows.length);
  const tpot = new Sample(rows.length);
  const e2el = new Sample(rows.length);
  const outTokens = new Sample(rows.length);

  let completed = 0;
  let failed = 0;
  const failedByKind: Partial<Record<FailureKind, number>> = {};
  let firstSend = Infinity;
  let lastEnd = -Infinity;
  let totalOut = 0;
  let totalPrompt = 0;
  let promptMissing = false;
  let estimated = 0;
  let good = 0;
  const slo = options.slo;

  for (const r of rows) {
    if (columns.warmup[r] === 1) continue;
    firstSend = Math.min(firstSend, columns.sendMs[r]!);
    const lat = rowLatency(columns, r);
    if (lat === null) {
      failed += 1;
      const kind = failureKindOf(columns, r) ?? 'no_text';
      failedByKind[kind] = (failedByKind[kind] ?? 0) + 1;
      continue;
    }
    completed += 1;
    const close = columns.closeMs[r]!;
    lastEnd = Math.max(lastEnd, columns.sendMs[r]! + (Number.isNaN(close) ? lat.e2el_ms : close));
    ttft.push(lat.ttft_ms);
    if (lat.ttft_vllm_ms !== null) ttftVllm.push(lat.ttft_vllm_ms);
    e2el.push(lat.e2el_ms);
    if (lat.tpot_ms !== null) tpot.push(lat.tpot_ms);
    outTokens.push(lat.output_tokens);
    totalOut += lat.output_tokens;
    const prompt = columns.promptTokens[r]!;
    if (Number.isNaN(prompt)) promptMissing = true;
    else totalPrompt += prompt;
    if (columns.outputEstimated[r] === 1) estimated += 1;
    if (slo && meets(slo, lat.ttft_ms, lat.tpot_ms, lat.e2el_ms)) good += 1;
  }

  const durationS = completed > 0 && lastEnd > firstSend ? (lastEnd - firstSend) / 1000 : null;
  const per = (x: number): number | null => (durationS === null ? null : x / durationS);
  const measured = completed + failed;
  return {
    percentiles,
    completed_requests: completed,
    failed_requests: failed,
    failed_by_kind: failedByKind,
    duration_s: durationS,
    throughput_rps: per(completed),
    output_tps: per(totalOut),
    total_tps: promptMissing ? null : per(totalPrompt + totalOut),
    total_output_tokens: totalOut,
    total_prompt_tokens: promptMissing ? null : totalPrompt,
    estimated_output_requests: estimated,
    output_tokens_estimated: estimated > 0,
    ttft_ms: ttft.summarize(percentiles),
    ttft_vllm_ms: ttftVllm.summarize(percentiles),
    tpot_ms: tpot.summarize(percentiles),
    itl_ms: summarizeItl(columns, rows, percentiles),
    e2el_ms: e2el.summarize(percentiles),
    output_tokens: outTokens.summarize(percentiles),
    goodput: slo
      ? { slo, good_requests: good, goodput_rps: per(good), good_fraction: measured > 0 ? good / measured : null }
      : null,
  };
}

/** One summary per sweep step (records grouped by `step`), in step order. */
export function summarizeLatencyBySteps(records: readonly RequestRecord[], options: LatencyOptions = {}): Map<number, LatencySummary> {
  const columns = columnsFromRecords(records);
  return summarizeLatencyByStepRows(columns, selectRows(columns, () => true), options);
}

/** One summary per sweep step of the given rows (grouped by their step), in step order. */
export function summarizeLatencyByStepRows(columns: RequestColumns, rows: Uint32Array, options: LatencyOptions = {}): Map<number, LatencySummary> {
  const steps = new Set<number>();
  for (const r of rows) if (columns.warmup[r] === 0) steps.add(columns.step[r]!);
  const out = new Map<number, LatencySummary>();
  for (const step of [...steps].sort((a, b) => a - b)) {
    out.set(step, summarizeLatencyRows(columns, rows.filter((r) => columns.step[r] === step), options));
  }
  return out;
}
