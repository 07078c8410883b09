import type { RequestRecord } from '../run-folder/request-record.js';
import { asColumns, eventCount, isCompletedRow, measuredRows, type RequestColumns, type RequestRows } from '../run-folder/request-columns.js';

/**
 * Per-request figures the charts draw, computed from requests.jsonl alone (definitions in
 * docs/report.md). Warmup requests are left out everywhere; failed requests count only as errors.
 */
export interface RequestSeries {
  /** Typed columns (8 bytes a request), in file order, not arrays of numbers. */
  ttftMs: Float64Array;
  /** (e2el − ttft) / (output_tokens − 1), requests with at least two output tokens. */
  tpotMs: Float64Array;
  e2elMs: Float64Array;
  /** Gaps between consecutive text events, all requests pooled. */
  itlMs: number[];
  completed: number;
  failed: number;
}

/** The rows that are not warmup requests, in file order. */
export const measured = (columns: RequestColumns): Uint32Array => measuredRows(columns);

export function isCompleted(r: RequestRecord): boolean {
  return r.error === null && r.ttft_ms !== null && r.e2el_ms !== null;
}

export function tpotOf(r: RequestRecord): number | null {
  if (!isCompleted(r) || r.output_tokens === null || r.output_tokens < 2) return null;
  return (r.e2el_ms! - r.ttft_ms!) / (r.output_tokens - 1);
}

/** tpotOf of row r: the report's TPOT needs the server's output token count (no estimate). */
export function rowTpot(c: RequestColumns, r: number): number | null {
  const out = c.outputTokens[r]!;
  if (!isCompletedRow(c, r) || Number.isNaN(out) || out < 2) return null;
  return (c.e2elMs[r]! - c.ttftMs[r]!) / (out - 1);
}

export function itlsOf(r: RequestRecord): number[] {
  const out: number[] = [];
  for (let i = 1; i < r.text_event_ms.length; i++) out.push(r.text_event_ms[i]! - r.text_event_ms[i - 1]!);
  return out;
}

/** Calls `fn` with each gap between row r's consecutive text events. */
export function forEachItl(c: RequestColumns, r: number, fn: (gapMs: number) => void): void {
  for (let i = c.eventStart[r]! + 1; i < c.eventStart[r + 1]!; i++) fn(c.events[i]! - c.events[i - 1]!);
}

/** A run's series, drawn once for the HTML and the Markdown that both chart it. */
const seriesOf = new WeakMap<RequestColumns, RequestSeries>();

export function requestSeries(requests: RequestRows): RequestSeries {
  const c = asColumns(requests);
  const drawn = seriesOf.get(c);
  if (drawn) return drawn;
  const s = drawSeries(c);
  seriesOf.set(c, s);
  return s;
}

function drawSeries(c: RequestColumns): RequestSeries {
  const rows = measured(c);
  const ttftMs = new Float64Array(rows.length);
  const tpotMs = new Float64Array(rows.length);
  const e2elMs = new Float64Array(rows.length);
  let completed = 0;
  let tpots = 0;
  for (const r of rows) {
    if (!isCompletedRow(c, r)) continue;
    ttftMs[completed] = c.ttftMs[r]!;
    e2elMs[completed] = c.e2elMs[r]!;
    completed += 1;
    const tpot = rowTpot(c, r);
    if (tpot !== null) tpotMs[tpots++] = tpot;
  }
  const s = { ttftMs: ttftMs.subarray(0, completed), tpotMs: tpotMs.subarray(0, tpots), e2elMs: e2elMs.subarray(0, completed), completed, failed: rows.length - completed };
  // Every gap of every request (15 a request at 16 tokens): drawn when asked for, not kept with the series.
  return Object.defineProperty(s, 'itlMs', {
    enumerable: true,
    get: (): number[] => {
      const gaps: number[] = [];
      for (const r of rows) if (isCompletedRow(c, r)) forEachItl(c, r, (gap) => gaps.push(gap));
      return gaps;
    },
  }) as RequestSeries;
}

/** When a request stopped occupying a slot: stream close, else last text event, else send time. */
export function endMs(c: RequestColumns, r: number): number {
  const close = c.closeMs[r]!;
  const e2el = c.e2elMs[r]!;
  return c.sendMs[r]! + (!Number.isNaN(close) ? close : !Number.isNaN(e2el) ? e2el : 0);
}

export interface TimelineBin {
  /** Bin start, seconds since the run started. */
  startS: number;
  reqPerS: number;
  tokensPerS: number;
  /** Median TTFT and E2EL of the requests that finished in the bin (null when none did). */
  ttftP50Ms: number | null;
  e2elP50Ms: number | null;
  errors: number;
}

/** A bin width that gives roughly `target` bins and is a round number of seconds. */
export function binWidthS(spanS: number, target = 40): number {
  const raw = Math.max(spanS / target, 0.1);
  const steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600];
  return steps.find((s) => s >= raw) ?? Math.ceil(raw / 600) * 600;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
}

/**
 * Throughput and latency over the run: completions and output tokens counted in fixed bins. A
 * request's tokens are spread evenly over its text events, so token throughput follows the stream.
 */
export function timeline(requests: RequestRows): { binS: number; bins: TimelineBin[] } {
  const c = asColumns(requests);
  const rs = measured(c);
  if (rs.length === 0) return { binS: 1, bins: [] };
  let spanMs = 0;
  for (const r of rs) spanMs = Math.max(spanMs, endMs(c, r));
  const binS = binWidthS(spanMs / 1000);
  const n = Math.max(1, Math.ceil(spanMs / 1000 / binS));
  const done = new Array<number>(n).fill(0);
  const tokens = new Array<number>(n).fill(0);
  const errors = new Array<number>(n).fill(0);
  const ttft: number[][] = Array.from({ length: n }, () => []);
  const e2el: number[][] = Array.from({ length: n }, () => []);
  const binOf = (ms: number): number => Math.min(n - 1, Math.max(0, Math.floor(ms / 1000 / binS)));
  for (const r of rs) {
    const b = binOf(endMs(c, r));
    if (!isCompletedRow(c, r)) {
      errors[b]! += 1;
      continue;
    }
    done[b]! += 1;
    ttft[b]!.push(c.ttftMs[r]!);
    e2el[b]!.push(c.e2elMs[r]!);
    const events = eventCount(c, r);
    const out = c.outputTokens[r]!;
    const perEvent = !Number.isNaN(out) && events > 0 ? out / events : 0;
    for (let i = c.eventStart[r]!; i < c.eventStart[r + 1]!; i++) tokens[binOf(c.sendMs[r]! + c.events[i]!)]! += perEvent;
  }
  const bins = done.map((d, i) => ({
    startS: i * binS,
    reqPerS: d / binS,
    tokensPerS: tokens[i]! / binS,
    ttftP50Ms: median(ttft[i]!),
    e2elP50Ms: median(e2el[i]!),
    errors: errors[i]!,
  }));
  return { binS, bins };
}

/**
 * Requests in flight as an exact step function: [seconds, count] at every send and every end, after a
 * first [0, 0]. Built from two typed columns (time, +1/−1) sorted through an index, not from pairs.
 */
export interface StepFunction {
  /** Seconds since the run started, ascending. */
  times: Float64Array;
  /** Requests in flight from that time on. */
  levels: Int32Array;
}

/** The step function as [seconds, count] pairs (tests, and callers that want pairs). */
export function concurrencySteps(requests: RequestRows): Array<[number, number]> {
  const c = asColumns(requests);
  const { times, levels } = concurrencyStepFunction(c, measured(c));
  return Array.from(times, (t, i) => [t, levels[i]!]);
}

/** The step function of the given rows. */
export function concurrencyStepFunction(c: RequestColumns, rows: Uint32Array): StepFunction {
  const times = new Float64Array(rows.length * 2);
  const deltas = new Int8Array(rows.length * 2);
  // Times are compared at microsecond resolution: a send computed as "previous send + close" must tie
  // with that close, not miss it by a floating-point rounding error.
  const us = (ms: number): number => Math.round(ms * 1000) / 1000;
  rows.forEach((r, i) => {
    times[2 * i] = us(c.sendMs[r]!);
    deltas[2 * i] = 1;
    times[2 * i + 1] = us(endMs(c, r));
    deltas[2 * i + 1] = -1;
  });
  // Ends before sends at the same instant, so a slot handed straight to the next request is not double-counted.
  const order = new Uint32Array(times.length).map((_, i) => i).sort((a, b) => times[a]! - times[b]! || deltas[a]! - deltas[b]! || a - b);
  const out: StepFunction = { times: new Float64Array(order.length + 1), levels: new Int32Array(order.length + 1) };
  let level = 0;
  order.forEach((i, k) => {
    level += deltas[i]!;
    out.times[k + 1] = times[i]! / 1000;
    out.levels[k + 1] = level;
  });
  return out;
}

export interface InFlightBin {
  startS: number;
  /** Time-weighted mean of requests in flight over the bin. */
  mean: number;
  /** The most in flight for any stretch of time inside the bin (instants of zero length left out). */
  max: number;
}

/**
 * Requests in flight per bin, from the exact step function of concurrencySteps. Drawn step by step, a
 * closed loop that hands each slot straight to the next request flickers between N and N − 1 at every
 * completion and reads as a barcode; the per-bin mean and maximum read as the load it was.
 */
export function inFlightBins(steps: ReadonlyArray<[number, number]> | StepFunction, binS: number): InFlightBin[] {
  const { times, levels } = Array.isArray(steps)
    ? { times: Float64Array.from(steps as ReadonlyArray<[number, number]>, ([t]) => t), levels: Float64Array.from(steps as ReadonlyArray<[number, number]>, ([, n]) => n) }
    : (steps as StepFunction);
  const endS = times.length > 0 ? times[times.length - 1]! : 0;
  const n = Math.max(1, Math.ceil(endS / binS));
  const area = new Array<number>(n).fill(0);
  const max = new Array<number>(n).fill(0);
  for (let i = 0; i + 1 < times.length; i++) {
    const from = times[i]!;
    const level = levels[i]!;
    const to = times[i + 1]!;
    if (!(to > from)) continue;
    for (let b = Math.floor(from / binS); b < n && b * binS < to; b++) {
      const overlap = Math.min(to, (b + 1) * binS) - Math.max(from, b * binS);
      if (overlap <= 0) continue;
      area[b]! += overlap * level;
      max[b] = Math.max(max[b]!, level);
    }
  }
  return area.map((a, b) => {
    const width = Math.min(binS, endS - b * binS);
    return { startS: b * binS, mean: width > 0 ? a / width : 0, max: max[b]! };
  });
}
