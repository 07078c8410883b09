import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../../src/run-folder/request-record.js';
import { headlineLatency, summarizeLatency, summarizeLatencyBySteps } from '../../../src/metrics/latency/index.js';

function rec(p: Partial<RequestRecord> & { send_ms: number; text_event_ms: number[] }): RequestRecord {
  const t = p.text_event_ms;
  return {
    id: 'x', index: 0, warmup: false, step: 0, ttft_ms: t[0] ?? null, first_choice_ms: t[0] ?? null, e2el_ms: t.at(-1) ?? null,
    close_ms: (t.at(-1) ?? 0) + 1, prompt_tokens: 10, output_tokens: t.length, output_tokens_estimated: false, finish_reason: 'length',
    text: '', retries: 0, error: null, ...p,
  };
}

describe('summarizeLatency', () => {
  // A: sent at 0, text at 10, 14, 20 (3 tokens), closes at 21. B: sent at 5, text at 30, 40 (2 tokens), usage says 4 tokens.
  const a = rec({ send_ms: 0, text_event_ms: [10, 14, 20], first_choice_ms: 2 });
  const b = rec({ send_ms: 5, text_event_ms: [30, 40], output_tokens: 4, prompt_tokens: 6 });
  const failed = rec({ send_ms: 1, text_event_ms: [], error: { kind: 'timeout', message: 't' }, close_ms: 500 });
  const warm = rec({ send_ms: -100, text_event_ms: [1000, 2000], warmup: true });

  const s = summarizeLatency([a, b, failed, warm], { percentiles: [99.9], slo: { ttft_ms: 20, tpot_ms: 5 } });

  it('takes TTFT, vLLM TTFT, E2EL, TPOT and pooled ITL from completed, non-warmup requests', () => {
    expect(s.ttft_ms.count).toBe(2);
    expect(s.ttft_ms.mean).toBe(20); // (10 + 30) / 2
    expect(s.ttft_vllm_ms.mean).toBe(16); // (2 + 30) / 2
    expect(s.e2el_ms.mean).toBe(30); // (20 + 40) / 2
    // TPOT: A (20 − 10) / 2 = 5; B (40 − 30) / 3 = 3.333 (usage tokens, not events)
    expect(s.tpot_ms.mean).toBeCloseTo((5 + 10 / 3) / 2, 12);
    // ITL pooled: 4, 6, 10
    expect(s.itl_ms.count).toBe(3);
    expect(s.itl_ms.mean).toBeCloseTo(20 / 3, 12);
    expect(s.itl_ms.max).toBe(10);
    expect(s.percentiles).toEqual([50, 90, 95, 99, 99.9]);
  });

  it('pools ITL as counts of whole microseconds when records are at 1 µs, and as doubles when one is finer or a gap goes backwards', () => {
    // Reference: the plain double gaps, sorted, numpy-style interpolation.
    const reference = (records: RequestRecord[]): { mean: number; p50: number; p99: number; min: number; max: number } => {
      const g = records.flatMap((r) => r.text_event_ms.slice(1).map((t, i) => t - r.text_event_ms[i]!)).sort((x, y) => x - y);
      const q = (p: number): number => {
        const k = (p / 100) * (g.length - 1);
        const lo = Math.floor(k);
        return g[lo]! + (k - lo) * (g[Math.min(lo + 1, g.length - 1)]! - g[lo]!);
      };
      return { mean: g.reduce((x, y) => x + y, 0) / g.length, p50: q(50), p99: q(99), min: g[0]!, max: g.at(-1)! };
    };
    const check = (records: RequestRecord[]): void => {
      const got = summarizeLatency(records).itl_ms;
      const want = reference(records);
      for (const [k, v] of [['mean', got.mean], ['p50', got.percentiles.p50], ['p99', got.percentiles.p99], ['min', got.min], ['max', got.max]] as const) {
        expect(v, k).toBeCloseTo(want[k], 9);
      }
    };
    const micro = Array.from({ length: 50 }, (_, i) => rec({ send_ms: i, text_event_ms: Array.from({ length: 20 }, (_, k) => Math.round((100_000 + k * (7.3 + ((i * k) % 11) * 0.001357)) * 1000) / 1000) }));
    check(micro);
    // A time finer than 1 µs: the ITL figures must not be rounded to microseconds.
    const fine = [...micro, rec({ send_ms: 0, text_event_ms: [1, 1.0004, 1.0009] })];
    check(fine);
    expect(summarizeLatency(fine).itl_ms.min).toBeCloseTo(0.0004, 12);
    // A gap of over 35 minutes is kept beside the per-microsecond counts.
    check([...micro, rec({ send_ms: 0, text_event_ms: [1, 1 + 2.5e6] })]);
    // A gap that goes backwards (a hand-made file) cannot be counted: the doubles are used.
    check([...micro, rec({ send_ms: 0, text_event_ms: [5, 3, 9] })]);
    expect(summarizeLatency([...micro, rec({ send_ms: 0, text_event_ms: [5, 3, 9] })]).itl_ms.min).toBe(-2);
  });

  it('takes duration from the first send to the last close, and rates from it', () => {
    // first send 0 (the failed one at 1 is later), last close: B at 5 + 41 = 46 ms
    expect(s.duration_s).toBeCloseTo(0.046, 12);
    expect(s.throughput_rps).toBeCloseTo(2 / 0.046, 9);
    expect(s.output_tps).toBeCloseTo(7 / 0.046, 9);
    expect(s.total_tps).toBeCloseTo((7 + 16) / 0.046, 9);
    expect(s.completed_requests).toBe(2);
    expect(s.failed_requests).toBe(1);
    expect(s.failed_by_kind).toEqual({ timeout: 1 });
  });

  it('counts goodput against every SLO, over all measured requests', () => {
    // A: TTFT 10 ≤ 20, TPOT 5 ≤ 5 → good. B: TTFT 30 > 20 → not good. Failed → not good.
    expect(s.goodput).toMatchObject({ good_requests: 1, good_fraction: 1 / 3 });
    expect(s.goodput!.goodput_rps).toBeCloseTo(1 / 0.046, 9);
  });

  it('flattens to headline names', () => {
    const h = headlineLatency(s);
    expect(h.ttft_ms_mean).toBe(20);
    expect(h.ttft_ms_p99_9).toBeCloseTo(29.98, 9);
    expect(h.tpot_ms_mean).toBeCloseTo(s.tpot_ms.mean!, 12);
    expect(h.itl_ms_p99).toBeCloseTo(s.itl_ms.percentiles.p99!, 12);
    for (const k of ['e2el_ms_mean', 'throughput_rps', 'output_tps', 'total_tps', 'duration_s', 'goodput_rps', 'good_fraction', 'completed_requests', 'failed_requests', 'ttft_vllm_ms_p50']) {
      expect(h).toHaveProperty(k);
    }
    expect(h.goodput_rps).toBeCloseTo(1 / 0.046, 9);
  });

  it('gives null rates without completed requests and null total tokens/s without prompt usage', () => {
    const none = summarizeLatency([failed]);
    expect(none.duration_s).toBeNull();
    expect(none.throughput_rps).toBeNull();
    expect(headlineLatency(none).ttft_ms_mean).toBeNull();
    const noPrompt = summarizeLatency([rec({ send_ms: 0, text_event_ms: [1, 2], prompt_tokens: null, output_tokens_estimated: true })]);
    expect(noPrompt.total_tps).toBeNull();
    expect(noPrompt.output_tokens_estimated).toBe(true);
    expect(noPrompt.goodput).toBeNull();
  });

  it('summarizes sweep steps apart', () => {
    const steps = summarizeLatencyBySteps([a, { ...b, step: 1 }, warm]);
    expect([...steps.keys()]).toEqual([0, 1]);
    expect(steps.get(1)!.ttft_ms.mean).toBe(30);
  });

  it('rejects a percentile outside 0..100', () => {
    expect(() => summarizeLatency([a], { percentiles: [101] })).toThrow(RangeError);
  });
});
