import type { RequestRecord } from '../run-folder/request-record.js';
import { maxOf } from './stats.js';

/**
 * Per-request figures the charts draw, computed from requests.jsonl alone (definitions in
 * docs/report.md). Warmup requests are left out everywhere; failed requests count only as errors.
 */
export interface RequestSeries {
  ttftMs: number[];
  /** (e2el − ttft) / (output_tokens − 1), requests with at least two output tokens. */
  tpotMs: number[];
  e2elMs: number[];
  /** Gaps between consecutive text events, all requests pooled. */
  itlMs: number[];
  completed: number;
  failed: number;
}

export const measured = (records: readonly RequestRecord[]): RequestRecord[] => records.filter((r) => !r.warmup);

export function isCompleted(r: RequestRecord): boolean {
  return r.error === null && r.ttft_ms !== null && r.e2el_ms !== null;
}

export function tpotOf(r: RequestRecord): number | null {
  if (!isCompleted(r) || r.output_tokens === null || r.output_tokens < 2) return null;
  return (r.e2el_ms! - r.ttft_ms!) / (r.output_tokens - 1);
}

export function itlsOf(r: RequestRecord): number[] {
  const out: number[] = [];
  for (let i = 1; i < r.text_event_ms.length; i++) out.push(r.text_event_ms[i]! - r.text_event_ms[i - 1]!);
  return out;
}

export function requestSeries(records: readonly RequestRecord[]): RequestSeries {
  const s: RequestSeries = { ttftMs: [], tpotMs: [], e2elMs: [], itlMs: [], completed: 0, failed: 0 };
  for (const r of measured(records)) {
    if (!isCompleted(r)) {
      s.failed += 1;
      continue;
    }
    s.completed += 1;
    s.ttftMs.push(r.ttft_ms!);
    s.e2elMs.push(r.e2el_ms!);
    const tpot = tpotOf(r);
    if (tpot !== null) s.tpotMs.push(tpot);
    for (const gap of itlsOf(r)) s.itlMs.push(gap);
  }
  return s;
}

/** When a request stopped occupying a slot: stream close, else last text event, else send time. */
export function endMs(r: RequestRecord): number {
  return r.send_ms + (r.close_ms ?? r.e2el_ms ?? 0);
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
export function timeline(records: readonly RequestRecord[]): { binS: number; bins: TimelineBin[] } {
  const rs = measured(records);
  if (rs.length === 0) return { binS: 1, bins: [] };
  const spanMs = maxOf(rs.map(endMs), 0);
  const binS = binWidthS(spanMs / 1000);
  const n = Math.max(1, Math.ceil(spanMs / 1000 / binS));
  const done = new Array<number>(n).fill(0);
  const tokens = new Array<number>(n).fill(0);
  const errors = new Array<number>(n).fill(0);
  const ttft: number[][] = Array.from({ length: n }, () => []);
  const e2el: number[][] = Array.from({ length: n }, () => []);
  const binOf = (ms: number): number => Math.min(n - 1, Math.max(0, Math.floor(ms / 1000 / binS)));
  for (const r of rs) {
    const b = binOf(endMs(r));
    if (!isCompleted(r)) {
      errors[b]! += 1;
      continue;
    }
    done[b]! += 1;
    ttft[b]!.push(r.ttft_ms!);
    e2el[b]!.push(r.e2el_ms!);
    const perEvent = r.output_tokens !== null && r.text_event_ms.length > 0 ? r.output_tokens / r.text_event_ms.length : 0;
    for (const t of r.text_event_ms) tokens[binOf(r.send_ms + t)]! += perEvent;
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

/** Requests in flight as an exact step function: [seconds, count] at every send and every end. */
export function concurrencySteps(records: readonly RequestRecord[]): Array<[number, number]> {
  const events: Array<[number, number]> = [];
  // Times are compared at microsecond resolution: a send computed as "previous send + close" must tie
  // with that close, not miss it by a floating-point rounding error.
  const us = (ms: number): number => Math.round(ms * 1000) / 1000;
  for (const r of measured(records)) {
    events.push([us(r.send_ms), +1]);
    events.push([us(endMs(r)), -1]);
  }
  // Ends before sends at the same instant, so a slot handed straight to the next request is not double-counted.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [[0, 0]];
  let level = 0;
  for (const [t, d] of events) {
    level += d;
    out.push([t / 1000, level]);
  }
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
export function inFlightBins(steps: ReadonlyArray<[number, number]>, binS: number): InFlightBin[] {
  const endS = steps.length > 0 ? steps[steps.length - 1]![0] : 0;
  const n = Math.max(1, Math.ceil(endS / binS));
  const area = new Array<number>(n).fill(0);
  const max = new Array<number>(n).fill(0);
  for (let i = 0; i + 1 < steps.length; i++) {
    const [from, level] = steps[i]!;
    const to = steps[i + 1]![0];
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
