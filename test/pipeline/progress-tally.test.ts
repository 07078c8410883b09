import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { summarizeLatency } from '../../src/metrics/latency/index.js';
import { ProgressTally } from '../../src/pipeline/progress-tally.js';
import { formatProgress } from '../../src/report/progress-line.js';
import { seedLines } from '../../src/pipeline/seed-lines.js';

function rec(send_ms: number, events: number[], over: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: 'x', index: 0, warmup: false, step: 0, send_ms, ttft_ms: events[0] ?? null, first_choice_ms: events[0] ?? null, e2el_ms: events.at(-1) ?? null,
    close_ms: (events.at(-1) ?? 0) + 1, text_event_ms: events, prompt_tokens: 10, output_tokens: events.length, output_tokens_estimated: false, finish_reason: 'length',
    text: '', retries: 0, error: null, ...over,
  };
}

const recordArb = fc
  .record({
    send: fc.integer({ min: 0, max: 5_000 }),
    ttft: fc.integer({ min: 1, max: 2_000 }),
    gaps: fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 20 }),
    failed: fc.boolean(),
    warmup: fc.boolean(),
  })
  .map(({ send, ttft, gaps, failed, warmup }) => {
    const events = gaps.reduce((acc, g) => [...acc, acc.at(-1)! + g], [ttft]);
    return failed ? rec(send, [], { error: { kind: 'timeout', message: 't' }, close_ms: 3_000, warmup }) : rec(send, events, { warmup });
  });

describe('progress rates', () => {
  it('end equal to the final Throughput and Tps (the same requests over the same window)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 40 }), (records) => {
        const tally = new ProgressTally(records.length);
        let last = tally.add(records[0]!);
        for (const r of records.slice(1)) last = tally.add(r);
        const summary = summarizeLatency(records);
        if (summary.throughput_rps === null) return;
        expect(last.completed / (last.spanMs / 1000)).toBeCloseTo(summary.throughput_rps, 9);
        expect(last.outputTokens / (last.spanMs / 1000)).toBeCloseTo(summary.output_tps!, 6);
      }),
    );
  });

  it('prints the same figures as the Throughput and Tps lines on the last progress line', () => {
    // Sent at 0 and 1,000 ms; closes at 1,001 and 2,001 ms: 2 requests over 2.001 s. Counted from the first
    // completion (the old way) the rate read 2 / 1.0 s.
    const records = [rec(0, [500, 1000]), rec(1_000, [1500, 1800, 2000].map((t) => t - 1_000))];
    const tally = new ProgressTally(2);
    const last = records.map((r) => tally.add(r)).at(-1)!;
    const summary = summarizeLatency(records);
    const line = formatProgress('infergate', 2, last);
    const seed = seedLines({ throughput_rps: summary.throughput_rps, output_tps: summary.output_tps });
    expect(line).toContain(`| ${seed[0]!.split(':')[1]} req/s | ${seed[1]!.split(':')[1]} tok/s |`);
    expect(line).toBe('infergate 2/2 (100%) | 1.000 req/s | 2.5 tok/s | errors 0 | ETA 0:00');
  });

  it('starts a new window with each sweep step and trial, and leaves warmup out of the rates but not the count', () => {
    const tally = new ProgressTally(4);
    tally.add(rec(0, [10], { warmup: true }));
    const first = tally.add(rec(100, [100]));
    expect(first).toMatchObject({ done: 2, completed: 1, spanMs: 101 });
    const nextStep = tally.add(rec(5_000, [100], { step: 1 }));
    expect(nextStep).toMatchObject({ done: 3, completed: 1, spanMs: 101 });
    const nextTrial = tally.add(rec(0, [50], { step: 1, trial: 1, error: { kind: 'timeout', message: 't' }, ttft_ms: null, e2el_ms: null }));
    expect(nextTrial).toMatchObject({ done: 4, errors: 1, completed: 0, spanMs: 0 });
  });
});
