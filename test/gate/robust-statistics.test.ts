import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockLength, logPercentileVariance } from '../../src/gate/block-bootstrap.js';
import { hashSeed, median, normalCdf, normalQuantile, robustSd, seededRandom } from '../../src/gate/statistics.js';

// Reference values: scipy.stats.norm.ppf.
describe('robust statistics', () => {
  it('normalQuantile matches scipy and inverts normalCdf', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 8);
    expect(normalQuantile(1e-5)).toBeCloseTo(-4.264890793922825, 7);
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
      }),
    );
  });

  it('the median and the robust SD ignore one wild value; the SD of a normal sample comes out near 1', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const calm = [10, 10.2, 9.8, 10.1, 9.9];
    const disturbed = [10, 10.2, 9.8, 10.1, 30];
    expect(median(disturbed)).toBeCloseTo(median(calm) + 0.1, 10);
    expect(robustSd(disturbed)).toBeLessThan(0.5);
    const random = seededRandom(7);
    const normal = Array.from({ length: 4000 }, () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random()));
    expect(robustSd(normal)).toBeGreaterThan(0.93);
    expect(robustSd(normal)).toBeLessThan(1.07);
  });

  it('the block bootstrap is seeded, scale-free on the log scale, and wider when neighbours share a stall', () => {
    const random = seededRandom(hashSeed('run-a'));
    const independent = Array.from({ length: 200 }, () => 20 * Math.exp(0.2 * (random() - 0.5)));
    const v = logPercentileVariance(independent, 50, 1);
    expect(logPercentileVariance(independent, 50, 1)).toBe(v);
    expect(logPercentileVariance(independent.map((x) => x * 37), 50, 1)).toBeCloseTo(v, 12);
    expect(blockLength(40)).toBe(3);
    expect(blockLength(1000)).toBe(10);
    // Half the requests in two long stretches ran slow: the bootstrap must see runs of neighbours move together.
    const clustered = independent.map((x, i) => (Math.floor(i / 50) % 2 === 0 ? x : x * 1.5));
    const shuffled = [...clustered].sort(() => random() - 0.5);
    expect(logPercentileVariance(clustered, 50, 1)).toBeGreaterThan(logPercentileVariance(shuffled, 50, 1));
  });
});
