import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockLength, logPercentileVariance } from '../../src/gate/block-bootstrap.js';
import { gateRole, minRequestsFor } from '../../src/gate/gated-metrics.js';
import { effectiveDf, MAX_DF } from '../../src/gate/robust-change.js';
import { hashSeed, median, robustSd } from '../../src/gate/statistics.js';
import { seededUniform as seededRandom } from '../../src/util/seeded-random.js';

describe('robust statistics', () => {
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

describe('which metrics are gated, and the degrees of freedom of the run-to-run noise', () => {
  it('gates p50, p90 and p99 only with 20 requests above them; means and follower metrics are reported', () => {
    expect([50, 90, 99].map(minRequestsFor)).toEqual([40, 200, 2000]);
    fc.assert(
      fc.property(fc.constantFrom('ttft_ms', 'tpot_ms', 'e2el_ms'), fc.constantFrom(50, 90, 99), fc.integer({ min: 0, max: 5000 }), (family, p, n) => {
        const role = gateRole(`${family}_p${p}`, 'neutral', n);
        expect(role.kind).toBe(n >= minRequestsFor(p) ? 'latency' : 'reported');
        if (role.kind === 'latency') expect(role).toMatchObject({ samples: family, percentile: p, direction: 'lower' });
      }),
    );
    expect(gateRole('ttft_ms_p95', 'lower', 5000).kind).toBe('reported');
    expect(gateRole('ttft_ms_mean', 'lower', 5000).kind).toBe('reported');
    expect(gateRole('throughput_rps', 'higher', 10).kind).toBe('rate');
    expect(gateRole('rouge1', 'higher', 10).kind).toBe('levels');
    expect(gateRole('mfu', 'higher', 10).kind).toBe('reported');
  });

  it('Welch–Satterthwaite: normal when the runs spread no more than sampling explains, the runs\' df when the excess dominates', () => {
    expect(effectiveDf(0.01, 0.01, 4)).toBe(Infinity);
    expect(effectiveDf(1, 1e-9, 4)).toBeCloseTo(4, 6);
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 50 }), (run, share, df) => {
        const d = effectiveDf(run, run * share, df);
        expect(d).toBeGreaterThanOrEqual(Math.min(df, MAX_DF) - 1e-9);
      }),
    );
  });
});
