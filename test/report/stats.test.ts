import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ecdf, histogram, quantile, std, thin, thinnedEcdf } from '../../src/report/stats.js';
import { niceDomain } from '../../src/report/svg/scale.js';

describe('stats', () => {
  it('interpolates quantiles like numpy.percentile (linear)', () => {
    // numpy.percentile([1, 2, 3, 4, 10], [50, 90, 99]) = 3, 7.6, 9.76
    expect(quantile([4, 1, 10, 3, 2], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 10);
    expect(quantile([1, 2, 3, 4, 10], 0.99)).toBeCloseTo(9.76, 10);
    // numpy.std([1, 2, 3, 4]) = 1.118033988749895 (population)
    expect(std([1, 2, 3, 4])).toBeCloseTo(1.118033988749895, 12);
  });

  it('histograms keep every value, clamping outliers into the end bins', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true })), fc.integer({ min: 1, max: 40 }), (xs, n) => {
        const h = histogram(xs, -10, 10, n);
        expect(h.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
        expect(h.edges).toHaveLength(n + 1);
      }),
    );
  });

  it('ECDF ends at 1 and never decreases', () => {
    const points = ecdf([3, 1, 2, 2]);
    expect(points.at(-1)).toEqual([3, 1]);
    for (let i = 1; i < points.length; i++) expect(points[i]![1]).toBeGreaterThan(points[i - 1]![1]);
  });

  it('nice domains cover the data with round ticks', () => {
    const d = niceDomain(3.2, 97.1);
    expect(d.domain[0]).toBeLessThanOrEqual(3.2);
    expect(d.domain[1]).toBeGreaterThanOrEqual(97.1);
    expect(d.ticks).toContain(0);
    expect(d.ticks).toContain(100);
  });

  it('thinnedEcdf draws the points thin(ecdf(values)) did, from a typed sort', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0), { maxLength: 2000 }), fc.integer({ min: 2, max: 700 }), (xs, limit) => {
        expect(thinnedEcdf(xs, limit)).toEqual(thin(ecdf(xs), limit));
      }),
    );
  });
});
