import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_DIRECTIONS, ROUGE_METRICS } from '../../src/gate/metric-directions.js';
import { headlineLatency, summarizeLatency } from '../../src/metrics/latency/index.js';
import { headlineNameExamples, headlineValueProblem, isHeadlineName } from '../../src/run-folder/headline-names.js';

describe('headline names', () => {
  it('cover every name the latency stage writes, extra percentiles included', () => {
    const names = Object.keys(headlineLatency(summarizeLatency([], { percentiles: [75, 99.9], slo: { ttft_ms: 100 } })));
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) expect(isHeadlineName(name), name).toBe(true);
  });

  it('cover every name the gate has a direction for, ROUGE, MFU and energy', () => {
    for (const name of [...KNOWN_DIRECTIONS.keys(), ...ROUGE_METRICS, 'mfu', 'prefill_mfu', 'decode_mfu', 'mbu', 'achieved_tflops', 'energy_j', 'tokens_per_joule']) {
      expect(isHeadlineName(name), name).toBe(true);
    }
    for (const name of headlineNameExamples()) expect(isHeadlineName(name), name).toBe(true);
  });

  it('refuse near misses', () => {
    for (const name of ['ttft_p99', 'ttft_ms_p', 'rouge_1', 'tpot_ms_p99x', 'TTFT_ms_p99', 'mfu ']) expect(isHeadlineName(name), name).toBe(false);
  });
});

describe('headline values', () => {
  it('refuse negative times, negative or fractional counts, fractions above 1', () => {
    expect(headlineValueProblem('ttft_ms_p99', -0.5)).toBe('cannot be negative, got -0.5');
    expect(headlineValueProblem('failed_requests', -3)).toBe('cannot be negative, got -3');
    expect(headlineValueProblem('completed_requests', 2.5)).toBe('must be a whole number, got 2.5');
    expect(headlineValueProblem('rouge1', 1.2)).toBe('is a fraction and cannot exceed 1, got 1.2');
  });

  it('a mean over repeated trials may hold a fractional count', () => {
    expect(headlineValueProblem('completed_requests', 2.5, true)).toBeNull();
  });

  it('accept every non-negative value of a known time or rate, and leave unknown names alone', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ noNaN: true }), (value, anything) => {
        expect(headlineValueProblem('e2el_ms_p99_9', value)).toBeNull();
        expect(headlineValueProblem('throughput_rps', value)).toBeNull();
        expect(headlineValueProblem('some_future_metric', anything)).toBeNull();
      }),
    );
  });
});
