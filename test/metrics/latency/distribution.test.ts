import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileKey, percentileOfSorted, summarize } from '../../../src/metrics/latency/index.js';

describe('distribution', () => {
  it('matches numpy linear-interpolation percentiles and population std', () => {
    // numpy.percentile([1, 2, 3, 4, 10], [50, 90, 95, 99]) = [3, 7.6, 8.8, 9.76]; numpy.std = 3.1622776601683795
    const d = summarize([4, 1, 10, 3, 2], [50, 90, 95, 99, 99.9]);
    expect(d.count).toBe(5);
    expect(d.mean).toBe(4);
    expect(d.median).toBe(3);
    expect(d.min).toBe(1);
    expect(d.max).toBe(10);
    expect(d.std).toBeCloseTo(3.1622776601683795, 12);
    expect(d.percentiles.p90).toBeCloseTo(7.6, 12);
    expect(d.percentiles.p95).toBeCloseTo(8.8, 12);
    expect(d.percentiles.p99).toBeCloseTo(9.76, 12);
    expect(d.percentiles.p99_9).toBeCloseTo(9.976, 12);
  });

  it('gives nulls for an empty sample and the value for a single one', () => {
    expect(summarize([], [99])).toEqual({ count: 0, mean: null, median: null, std: null, min: null, max: null, percentiles: { p99: null } });
    expect(summarize([7], [99])).toMatchObject({ mean: 7, median: 7, std: 0, percentiles: { p99: 7 } });
  });

  it('names percentiles', () => {
    expect(percentileKey(99)).toBe('p99');
    expect(percentileKey(99.9)).toBe('p99_9');
  });

  it('percentiles are monotone and within min..max', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), (xs) => {
        const sorted = Float64Array.from(xs).sort();
        let prev = -Infinity;
        for (const p of [0, 10, 50, 90, 99, 100]) {
          const v = percentileOfSorted(sorted, p);
          expect(v).toBeGreaterThanOrEqual(prev);
          expect(v).toBeGreaterThanOrEqual(sorted[0]!);
          expect(v).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
          prev = v;
        }
      }),
    );
  });
});
