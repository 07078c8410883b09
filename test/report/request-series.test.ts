import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { readRequestsJsonl } from '../../src/run-folder/requests-jsonl-reader.js';
import { concurrencySteps, requestSeries, timeline, tpotOf } from '../../src/report/request-series.js';
import { FIXTURE_RUN } from './fixture-paths.js';
import { join } from 'node:path';

function record(over: Partial<RequestRecord>): RequestRecord {
  return {
    id: 'x', index: 0, warmup: false, step: 0, send_ms: 0, ttft_ms: 100, first_choice_ms: 99, e2el_ms: 400, close_ms: 401,
    text_event_ms: [100, 200, 300, 400], prompt_tokens: 10, output_tokens: 4, output_tokens_estimated: false,
    finish_reason: 'stop', text: 'abcd', retries: 0, error: null, ...over,
  };
}

describe('request series', () => {
  it('computes TPOT excluding the first token and skips one-token outputs', () => {
    expect(tpotOf(record({}))).toBe(100);
    expect(tpotOf(record({ output_tokens: 1 }))).toBeNull();
  });

  it('leaves warmup out and counts failures separately', () => {
    const s = requestSeries([
      record({ warmup: true, ttft_ms: 9999 }),
      record({}),
      record({ error: { kind: 'timeout', message: 't' }, ttft_ms: null, e2el_ms: null }),
    ]);
    expect(Array.from(s.ttftMs)).toEqual([100]);
    expect(s.itlMs).toEqual([100, 100, 100]);
    expect(s.completed).toBe(1);
    expect(s.failed).toBe(1);
  });

  it('counts requests in flight exactly, handing a slot over without double counting', () => {
    const steps = concurrencySteps([record({ send_ms: 0, close_ms: 100 }), record({ send_ms: 100, close_ms: 100 }), record({ send_ms: 50, close_ms: 100 })]);
    expect(Math.max(...steps.map(([, n]) => n))).toBe(2);
    expect(steps.at(-1)![1]).toBe(0);
  });

  it('timeline throughput integrates back to the completed requests and tokens of the fixture', () => {
    const records = readRequestsJsonl(join(FIXTURE_RUN, 'requests.jsonl')).records;
    const { binS, bins } = timeline(records);
    const s = requestSeries(records);
    const completed = bins.reduce((sum, b) => sum + b.reqPerS * binS, 0);
    expect(completed).toBeCloseTo(s.completed, 6);
    const tokens = records.filter((r) => !r.warmup && r.error === null).reduce((sum, r) => sum + r.output_tokens!, 0);
    expect(bins.reduce((sum, b) => sum + b.tokensPerS * binS, 0)).toBeCloseTo(tokens, 6);
  });
});
