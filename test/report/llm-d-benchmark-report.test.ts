import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { summarizeLatency } from '../../src/metrics/latency/index.js';
import { toLlmdBenchmarkReport, toStatistics } from '../../src/report/export/llm-d-benchmark-report.js';
import { makeResults } from '../gate/make-results.js';

/**
 * The export checked against a strict mirror of llm-d's Benchmark Report v0.2 (pydantic models in
 * llm-d/llm-d-benchmark workload/report/benchmark_report_v0_2.py, `extra="forbid"`): the part infergate
 * writes — run, scenario.load, results.request_performance.aggregate. A misspelt or extra key fails here.
 */
const units = z.enum(['count', 'percent', 'fraction', 'ms', 's', 'MB', 'GB', 'TB', 'MiB', 'GiB', 'TiB', 'Mbit/s', 'Gbit/s', 'Tbit/s', 'GiB/s', 'MB/s', 'GB/s', 'TB/s', 'ms/token', 's/token', 'token/s', 'qps', 'Watts']);
const num = z.number().optional();
const statistics = z.strictObject({ units, mean: z.number(), mode: num, stddev: num, min: num, p0p1: num, p1: num, p5: num, p10: num, p25: num, p50: num, p75: num, p90: num, p95: num, p99: num, p99p9: num, max: num });
const withUnits = (allowed: string[]) => statistics.refine((s) => allowed.includes(s.units), { message: `units must be one of ${allowed.join(', ')}` });
const sequenceLength = z.strictObject({ distribution: z.enum(['fixed', 'gaussian', 'random', 'other']), value: z.number(), std_dev: num, min: z.int().optional(), max: z.int().optional() });
const schemaV02 = z.strictObject({
  version: z.literal('0.2'),
  run: z.strictObject({ uid: z.string().optional(), eid: z.string().optional(), cid: z.string().optional(), user: z.string().optional(), time: z.strictObject({ start: z.string().optional(), end: z.string().optional(), duration: z.string().regex(/^PT[0-9.]+S$/).optional() }).optional() }),
  scenario: z.strictObject({
    load: z.strictObject({
      metadata: z.strictObject({ schema_version: z.string(), cfg_id: z.string().optional(), description: z.string() }),
      standardized: z.strictObject({ tool: z.string(), tool_version: z.string(), stage: z.int().optional(), input_seq_len: sequenceLength, output_seq_len: sequenceLength.optional(), rate_qps: num, concurrency: z.int().optional() }),
      Native: z.strictObject({ args: z.record(z.string(), z.unknown()).optional(), envars: z.record(z.string(), z.unknown()).optional(), config: z.unknown().optional() }),
    }).optional(),
  }).optional(),
  results: z.strictObject({
    request_performance: z.strictObject({
      aggregate: z.strictObject({
        requests: z.strictObject({ total: z.int(), failures: z.int().optional(), incomplete: z.int().optional(), input_length: withUnits(['count']).optional(), output_length: withUnits(['count']).optional() }),
        latency: z.strictObject({ time_to_first_token: withUnits(['ms', 's']).optional(), normalized_time_per_output_token: withUnits(['ms/token', 's/token']).optional(), time_per_output_token: withUnits(['ms/token', 's/token']).optional(), inter_token_latency: withUnits(['ms/token', 's/token']).optional(), request_latency: withUnits(['ms', 's']).optional() }),
        throughput: z.strictObject({ input_token_rate: withUnits(['token/s']).optional(), output_token_rate: withUnits(['token/s']).optional(), total_token_rate: withUnits(['token/s']).optional(), requests_rate: withUnits(['qps']).optional() }),
      }),
    }),
  }),
});

function record(i: number, over: Partial<RequestRecord> = {}): RequestRecord {
  const events = [10 + i, 20 + i, 31 + i, 40 + 2 * i];
  return { id: `r${i}`, index: i, warmup: false, step: 0, send_ms: i * 5, ttft_ms: events[0]!, first_choice_ms: events[0]!, e2el_ms: events[3]!, close_ms: events[3]! + 1, text_event_ms: events, prompt_tokens: 100 + i, output_tokens: 4, output_tokens_estimated: false, finish_reason: 'stop', text: 'x', retries: 0, error: null, ...over };
}

describe('llm-d Benchmark Report export (v0.2)', () => {
  const records = [...Array.from({ length: 20 }, (_, i) => record(i)), record(20, { error: { kind: 'timeout', message: 't' }, ttft_ms: null, e2el_ms: null, text_event_ms: [], output_tokens: null })];
  const latency = summarizeLatency(records, { percentiles: [50, 90, 99, 99.9], slo: {} });
  const results = makeResults({}, { run_id: 'run-7', metrics: { latency }, config: { load: { shape: 'concurrency', concurrency: 4 } } });

  it('validates against the v0.2 schema and carries our measured figures under llm-d names and units', () => {
    const report = schemaV02.parse(toLlmdBenchmarkReport(results, records));
    const agg = report.results.request_performance.aggregate;
    expect(agg.requests).toMatchObject({ total: 21, failures: 1, input_length: { units: 'count', mean: 109.5, min: 100, max: 119 } });
    expect(agg.latency.time_to_first_token).toEqual({ units: 'ms', mean: latency.ttft_ms.mean, stddev: latency.ttft_ms.std, min: 10, max: 29, p50: latency.ttft_ms.percentiles.p50, p90: latency.ttft_ms.percentiles.p90, p95: latency.ttft_ms.percentiles.p95, p99: latency.ttft_ms.percentiles.p99, p99p9: latency.ttft_ms.percentiles.p99_9 });
    expect(agg.latency.time_per_output_token?.units).toBe('ms/token');
    expect(agg.throughput.requests_rate).toEqual({ units: 'qps', mean: latency.throughput_rps });
    expect(report.scenario?.load?.standardized).toMatchObject({ tool: 'infergate', concurrency: 4, input_seq_len: { distribution: 'other', value: 109.5 } });
    expect(report.run).toEqual({ uid: 'run-7', time: { start: results.started_at, end: results.finished_at, duration: `PT${Number(latency.duration_s!.toFixed(3))}S` } });
  });

  it('without requests.jsonl or prompt token counts: no input lengths, no load block (its input_seq_len is required), still valid', () => {
    const noRecords = schemaV02.parse(toLlmdBenchmarkReport(results, null));
    expect(noRecords.scenario).toBeUndefined();
    expect(noRecords.results.request_performance.aggregate.requests.input_length).toBeUndefined();
    const empty = schemaV02.parse(toLlmdBenchmarkReport(makeResults({}), null));
    expect(empty.results.request_performance.aggregate).toEqual({ requests: { total: 0, failures: 0 }, latency: {}, throughput: {} });
  });

  it('maps any distribution to statistics the schema accepts, leaving out what was not measured (property)', () => {
    const value = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
    fc.assert(fc.property(fc.record({ mean: value, std: value, min: value, max: value, percentiles: fc.dictionary(fc.constantFrom('p50', 'p99', 'p99_9', 'p37', 'p99_99'), value) }), (d) => {
      const s = toStatistics(d, 'ms');
      if (d.mean === null) expect(s).toBeUndefined();
      else expect(statistics.parse(s)).toEqual(s);
    }));
  });
});
