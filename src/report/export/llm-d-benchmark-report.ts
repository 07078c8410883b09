import { asColumns, isCompletedRow, type RequestRows } from '../../run-folder/request-columns.js';
import type { ResultsDocument } from '../../run-folder/results-document.js';
import { measured } from '../request-series.js';
import { maxOf, mean, minOf } from '../stats.js';

/**
 * llm-d's Benchmark Report, schema version 0.2 (llm-d/llm-d-benchmark, workload/report/
 * benchmark_report_v0_2.py; the standard report format asked for in inference-perf#321): `run`, the
 * workload in `scenario.load`, and aggregate request performance in `results.request_performance`.
 * Every object there forbids unknown fields, so only the schema's names are written, and a figure
 * infergate did not measure is left out rather than written as 0. `scenario.stack` (the serving stack's
 * components) is left out: its standardized component format is not one infergate can fill honestly.
 */
export const LLM_D_REPORT_VERSION = '0.2';

type Units = 'count' | 'ms' | 's' | 'ms/token' | 'token/s' | 'qps';

export interface LlmdStatistics {
  units: Units;
  mean: number;
  stddev?: number;
  min?: number;
  max?: number;
  p50?: number;
  p90?: number;
  p95?: number;
  p99?: number;
  p99p9?: number;
  [percentile: `p${string}`]: number | undefined;
}

/** A results.json distribution (metrics.latency.<metric>): mean, std, min, max and percentiles "p99", "p99_9". */
interface DistributionLike {
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  percentiles?: Record<string, number | null>;
}

/** llm-d names the percentiles it knows p0p1 … p99p9; ours are p<N> with _ for the point. */
const LLM_D_PERCENTILES = new Set(['p0p1', 'p1', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'p99', 'p99p9']);

export function toStatistics(d: DistributionLike | null | undefined, units: Units): LlmdStatistics | undefined {
  if (!d || d.mean === null || !Number.isFinite(d.mean)) return undefined;
  const s: LlmdStatistics = { units, mean: d.mean };
  if (d.std !== null) s.stddev = d.std;
  if (d.min !== null) s.min = d.min;
  if (d.max !== null) s.max = d.max;
  for (const [key, value] of Object.entries(d.percentiles ?? {})) {
    const name = key.replace('_', 'p') as `p${string}`;
    if (value !== null && LLM_D_PERCENTILES.has(name)) s[name] = value;
  }
  return s;
}

const rate = (value: unknown, units: Units): LlmdStatistics | undefined => (typeof value === 'number' && Number.isFinite(value) ? { units, mean: value } : undefined);

/** Drops undefined fields, so the JSON holds only what was measured. */
function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** ISO-8601 duration, e.g. PT12.345S. */
function isoDuration(seconds: number): string {
  return `PT${Number(seconds.toFixed(3))}S`;
}

function inputLengths(requests: RequestRows | null): number[] {
  if (!requests) return [];
  const c = asColumns(requests);
  const lengths: number[] = [];
  for (const r of measured(c)) {
    if (!isCompletedRow(c, r)) continue;
    // Without the server's count for every completed request there is no input length.
    if (Number.isNaN(c.promptTokens[r]!)) return [];
    lengths.push(c.promptTokens[r]!);
  }
  return lengths;
}

function loadOf(results: ResultsDocument, lengths: readonly number[]): Record<string, unknown> | undefined {
  // input_seq_len is required by the schema: without the server's prompt token counts there is no load block.
  if (lengths.length === 0) return undefined;
  const load = (results.config.load ?? {}) as { shape?: string; rate?: number; concurrency?: number };
  const profile = results.environment.profile ?? null;
  return {
    metadata: defined({ schema_version: '0.0.1', cfg_id: profile ?? undefined, description: `infergate ${results.environment.load_shape} over ${results.environment.dataset_rows} XSum articles` }),
    standardized: defined({
      tool: 'infergate',
      tool_version: results.infergate_version,
      input_seq_len: { distribution: 'other', value: mean(lengths), min: minOf(lengths), max: maxOf(lengths) },
      rate_qps: load.shape === 'rate' ? load.rate : undefined,
      concurrency: load.shape === 'concurrency' ? load.concurrency : undefined,
    }),
    Native: { config: results.config },
  };
}

/** The report for one run, from results.json (and requests.jsonl, for the input lengths, when present). */
export function toLlmdBenchmarkReport(results: ResultsDocument, records: RequestRows | null = null): Record<string, unknown> {
  const latency = (results.metrics.latency ?? {}) as Record<string, unknown> & { completed_requests?: number; failed_requests?: number; duration_s?: number | null };
  const dist = (key: string) => latency[key] as DistributionLike | undefined;
  const lengths = inputLengths(records);
  const completed = latency.completed_requests ?? 0;
  const failed = latency.failed_requests ?? 0;
  const load = loadOf(results, lengths);
  return {
    version: LLM_D_REPORT_VERSION,
    run: defined({
      uid: results.run_id,
      eid: results.environment.profile ?? undefined,
      time: defined({ start: results.started_at, end: results.finished_at, duration: typeof latency.duration_s === 'number' ? isoDuration(latency.duration_s) : undefined }),
    }),
    ...(load ? { scenario: { load } } : {}),
    results: {
      request_performance: {
        aggregate: {
          requests: defined({
            total: completed + failed,
            failures: failed,
            input_length: toStatistics(lengths.length > 0 ? { mean: mean(lengths), std: null, min: minOf(lengths), max: maxOf(lengths) } : null, 'count'),
            output_length: toStatistics(dist('output_tokens'), 'count'),
          }),
          latency: defined({
            time_to_first_token: toStatistics(dist('ttft_ms'), 'ms'),
            time_per_output_token: toStatistics(dist('tpot_ms'), 'ms/token'),
            inter_token_latency: toStatistics(dist('itl_ms'), 'ms/token'),
            request_latency: toStatistics(dist('e2el_ms'), 'ms'),
          }),
          throughput: defined({
            output_token_rate: rate(latency.output_tps, 'token/s'),
            total_token_rate: rate(latency.total_tps, 'token/s'),
            requests_rate: rate(latency.throughput_rps, 'qps'),
          }),
        },
      },
    },
  };
}
