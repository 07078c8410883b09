import { describe, expect, it } from 'vitest';
import { searchCapacity, sloRatio, type ProbeMeasurement } from '../../src/certify/capacity-search.js';
import { seededUniform } from '../../src/util/seeded-random.js';
import { percentileOfSorted } from '../../src/metrics/latency/distribution.js';

/**
 * A scripted engine that is an M/M/1 queue in virtual time: Poisson arrivals at the probed rate λ, one
 * server, exponential service at μ requests/s, first come first served; a request's first token comes
 * when its service ends, so TTFT is its sojourn time, and tokens then follow every 10 ms (TPOT 10 ms).
 * In M/M/1 the sojourn time is exponential with rate μ − λ, so p99 TTFT = ln(100) / (μ − λ), and the
 * highest rate meeting p99 TTFT ≤ S is λ* = μ − ln(100) / S: the analytic capacity.
 */
const REQUESTS = 20_000;
const DISCARDED = 2_000; // the queue starts empty; its first requests wait less than in steady state

function mm1Engine(mu: number, seed: number): { measure: (rate: number) => Promise<ProbeMeasurement>; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    measure: async (rate) => {
      const u = seededUniform(seed + 7919 * calls++);
      const exp = (r: number) => -Math.log(1 - u()) / r;
      let arrival = 0;
      let departure = 0;
      const ttft = new Float64Array(REQUESTS - DISCARDED);
      for (let i = 0; i < REQUESTS; i++) {
        arrival += exp(rate);
        departure = Math.max(arrival, departure) + exp(mu);
        if (i >= DISCARDED) ttft[i - DISCARDED] = (departure - arrival) * 1000;
      }
      ttft.sort();
      return { ttft_ms_p99: percentileOfSorted(ttft, 99), tpot_ms_p99: 10 };
    },
  };
}

describe('capacity at SLO', () => {
  for (const { mu, sloMs } of [{ mu: 20, sloMs: 1000 }, { mu: 50, sloMs: 200 }, { mu: 8, sloMs: 5000 }]) {
    const analytic = mu - Math.log(100) / (sloMs / 1000);
    it(`M/M/1 with μ = ${mu}/s, p99 TTFT ≤ ${sloMs} ms: within 5% of the analytic ${analytic.toFixed(3)} requests/s, inside the reported interval`, async () => {
      const engine = mm1Engine(mu, mu);
      const result = await searchCapacity({ low: 0.25, high: 256, tolerance: 0.02, repeats: 3, slo: { ttft_ms_p99: sloMs, tpot_ms_p99: 150 } }, engine.measure);
      expect(result.note).toBeNull();
      expect(Math.abs((result.capacity_rps as number) - analytic) / analytic).toBeLessThan(0.05);
      expect(result.interval.low).toBeLessThanOrEqual(result.capacity_rps as number);
      expect(result.interval.high).toBeGreaterThanOrEqual(result.capacity_rps as number);
      expect(((result.interval.high as number) - (result.interval.low as number)) / (result.interval.high as number)).toBeLessThanOrEqual(0.02);
      // Bracketing probes are measured once; from the first miss on, every probe is measured 3 times.
      const knee = result.probes.filter((p) => p.measurements.length === 3);
      expect(knee.length).toBeGreaterThan(2);
      expect(engine.calls()).toBe(result.probes.reduce((n, p) => n + p.measurements.length, 0));
    });
  }

  it('says so when even the lowest rate misses, or the highest still meets, the SLO', async () => {
    const slow = mm1Engine(0.2, 1);
    const none = await searchCapacity({ low: 0.25, high: 4, tolerance: 0.05, repeats: 2, slo: { ttft_ms_p99: 1000 } }, slow.measure);
    expect(none).toMatchObject({ capacity_rps: null, interval: { low: null, high: 0.25 }, note: 'even the lowest rate, 0.25 requests/s, misses the SLO' });
    const fast = mm1Engine(1000, 1);
    const bound = await searchCapacity({ low: 1, high: 16, tolerance: 0.05, repeats: 2, slo: { ttft_ms_p99: 1000 } }, fast.measure);
    expect(bound).toMatchObject({ capacity_rps: 16, interval: { low: 16, high: null } });
    expect(bound.probes.map((p) => p.rate)).toEqual([1, 2, 4, 8, 16]);
  });

  it('the SLO ratio is the tightest of the SLOs on the median of the repeats; nothing completed misses', () => {
    const m = (ttft: number | null, tpot: number | null) => ({ ttft_ms_p99: ttft, tpot_ms_p99: tpot });
    expect(sloRatio([m(100, 5), m(300, 5), m(200, 30)], { ttft_ms_p99: 400, tpot_ms_p99: 10 })).toBe(0.5);
    expect(sloRatio([m(100, 5), m(300, 50), m(200, 30)], { ttft_ms_p99: 400, tpot_ms_p99: 10 })).toBe(3);
    expect(sloRatio([m(null, null)], { ttft_ms_p99: 400 })).toBe(Infinity);
    expect(sloRatio([m(null, 5)], { tpot_ms_p99: 10 })).toBe(0.5);
  });
});
