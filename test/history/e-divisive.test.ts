import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestSplit, findChangePoints } from '../../src/history/e-divisive.js';
import { seededUniform } from '../../src/util/seeded-random.js';

/** Seeded standard normal noise (Box–Muller). */
function noise(seed: number): () => number {
  const u = seededUniform(seed);
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** The statistic straight from its definition (Matteson & James 2014, α = 1), O(n³): the reference. */
function naiveStatistic(x: readonly number[], t: number): number {
  const left = x.slice(0, t);
  const right = x.slice(t);
  const m = left.length;
  const k = right.length;
  let between = 0;
  for (const a of left) for (const b of right) between += Math.abs(a - b);
  let wl = 0;
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) wl += Math.abs((left[i] as number) - (left[j] as number));
  let wr = 0;
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) wr += Math.abs((right[i] as number) - (right[j] as number));
  const energy = (2 / (m * k)) * between - wl / ((m * (m - 1)) / 2) - wr / ((k * (k - 1)) / 2);
  return ((m * k) / (m + k)) * energy;
}

describe('E-divisive means with a permutation test', () => {
  it('the best split and its statistic equal the definition computed naively (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 8, maxLength: 40 }), fc.integer({ min: 2, max: 4 }), (x, minSegment) => {
      const split = bestSplit(x, minSegment);
      let best = -Infinity;
      for (let t = minSegment; t <= x.length - minSegment; t++) best = Math.max(best, naiveStatistic(x, t));
      expect(split).not.toBeNull();
      expect(split!.statistic).toBeCloseTo(best, 6);
      expect(naiveStatistic(x, split!.index)).toBeCloseTo(best, 6);
    }));
  });

  it('finds a step change at its index and not a lone outlier beside it', () => {
    const z = noise(7);
    const series = Array.from({ length: 60 }, (_, i) => (i < 40 ? 100 : 112) + 2 * z());
    series[15] = 160;
    const points = findChangePoints(series);
    expect(points.map((p) => p.index)).toEqual([40]);
    expect(points[0]!.p_value).toBeLessThanOrEqual(0.01);
    expect(points[0]!.mean_after - points[0]!.mean_before).toBeGreaterThan(10);
  });

  it('finds two changes, each at its index', () => {
    const z = noise(11);
    const series = Array.from({ length: 90 }, (_, i) => (i < 30 ? 50 : i < 65 ? 40 : 55) + z());
    expect(findChangePoints(series).map((p) => p.index)).toEqual([30, 65]);
  });

  it('false alarms: of 200 change-free series at significance 0.01, at most 6 get a change point (2 expected)', () => {
    let flagged = 0;
    for (let s = 0; s < 200; s++) {
      const z = noise(1000 + s);
      const series = Array.from({ length: 60 }, () => 100 + 3 * z());
      if (findChangePoints(series, { seed: s }).length > 0) flagged++;
    }
    // Expected 2 of 200 (1%); P(≥ 7 | 200, 0.01) < 0.005, so a failure here means the test is miscalibrated.
    expect(flagged).toBeLessThanOrEqual(6);
  });

  it('is deterministic, finds nothing in constant or too-short series', () => {
    const z = noise(3);
    const series = Array.from({ length: 40 }, (_, i) => (i < 20 ? 0 : 5) + z());
    expect(findChangePoints(series)).toEqual(findChangePoints(series));
    expect(findChangePoints(Array(30).fill(5))).toEqual([]);
    expect(findChangePoints([1, 2, 50, 60, 70])).toEqual([]);
  });
});
