import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/config/overrides.js';
import { abLook, AB_METRICS, blockEffect, type AbPair } from '../../src/gate/ab-effects.js';
import { decideEffect, pairedEffect } from '../../src/gate/paired-effect.js';
import { seededUniform } from '../../src/util/seeded-random.js';
import { baseAssignments } from '../../src/pipeline/ab-settings.js';

const headline = (ttft: number, tpot: number, tps: number) => ({ ttft_ms_median: ttft, tpot_ms_median: tpot, output_tps: tps });

function gaussian(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Pairs of blocks whose run-to-run noise is lognormal with the given CV; the head is `factor` times the base in TTFT. */
function simulatePairs(u: () => number, n: number, cv: number, factor: number): AbPair[] {
  return Array.from({ length: n }, () => {
    const noise = () => Math.exp(cv * gaussian(u));
    return { base: headline(100 * noise(), 10 * noise(), 500 * noise()), head: headline(100 * factor * noise(), 10 * noise(), 500 * noise()) };
  });
}

describe('A/B effects over pairs of blocks', () => {
  it('splits alpha over the gated metrics and the looks', () => {
    const look = abLook(simulatePairs(seededUniform(1), 3, 0.01, 1), { alpha: 0.06, margin_pct: 5, looks: 4 });
    expect(look.alpha_per_interval).toBeCloseTo(0.06 / (AB_METRICS.length * 4), 12);
  });

  it('reports the effect as a percentage of the base, oriented by each metric', () => {
    const pairs = [1, 2, 3].map((i) => ({ base: headline(100, 10, 500), head: headline(120 + i * 0.1, 10, 400 - i * 0.1) }));
    const look = abLook(pairs, { alpha: 0.05, margin_pct: 5, looks: 1 });
    const byName = Object.fromEntries(look.metrics.map((m) => [m.name, m]));
    expect(byName.ttft_ms_median!.effect_pct).toBeCloseTo(20.2, 1);
    expect(byName.ttft_ms_median!.decision).toBe('regression');
    expect(byName.output_tps!.decision).toBe('regression');
    expect(byName.tpot_ms_median!.decision).toBe('pass');
    expect(look.verdict).toBe('regression');
  });

  it('writes an astronomically wide bound as a bound, never as an exponent', () => {
    // Two pairs whose TPOT differs a thousandfold between blocks: the upper bound is exp of a huge log ratio.
    const pairs = [{ base: headline(100, 10, 500), head: headline(100, 0.001, 500) }, { base: headline(100, 0.001, 500), head: headline(100, 10, 500) }];
    const tpot = abLook(pairs, { alpha: 0.05, margin_pct: 5, looks: 1 }).metrics.find((m) => m.name === 'tpot_ms_median')!;
    expect(tpot.high_pct!).toBeGreaterThan(9999);
    expect(tpot.reason).toContain('> +9999%');
    expect(tpot.reason).not.toMatch(/e\+/);
  });

  it('takes the interval from each side\'s spread (Welch, up to 2n − 2 degrees of freedom)', () => {
    const base = [0, 0.02, -0.02].map((x) => Math.log(100) + x);
    const head = [0.01, 0.03, -0.01].map((x) => Math.log(110) + x);
    const effect = blockEffect(base, head, 0.05);
    // Equal spreads: Welch's df is 2n − 2 = 4, and se = sqrt(2 · 0.0004 / 3).
    expect(effect.high - effect.estimate).toBeCloseTo(2.776 * Math.sqrt((2 * 0.0004) / 3), 3);
    expect(effect.estimate).toBeCloseTo(Math.log(1.1) + 0.01, 10);
  });

  it('is never narrower than the paired interval when a drift moves both blocks of each pair', () => {
    const drift = [0, 0.1, 0.2, 0.3];
    const noise = [0.01, -0.01, 0.005, -0.004, 0.002, -0.006, 0.003, 0.001];
    const base = drift.map((d, i) => d + noise[2 * i]!);
    const head = drift.map((d, i) => d + noise[2 * i + 1]!);
    const welch = blockEffect(base, head, 0.05);
    const paired = pairedEffect(head.map((h, i) => h - base[i]!), 0.05);
    expect(welch.estimate).toBeCloseTo(paired.estimate, 12);
    expect(welch.high - welch.low).toBeGreaterThan(paired.high - paired.low);
  });

  it('is inconclusive with a metric missing from the blocks', () => {
    const pairs = [1, 2, 3].map(() => ({ base: { ttft_ms_median: 100 }, head: { ttft_ms_median: 100 } }));
    const look = abLook(pairs, { alpha: 0.05, margin_pct: 5, looks: 1 });
    expect(look.metrics.find((m) => m.name === 'output_tps')!.reason).toMatch(/measured in 0 pair/);
    expect(look.verdict).toBe('inconclusive');
  });

  it('keeps the false-alarm rate of the sequential rule under alpha on A/A pairs, and passes most (2000 simulated comparisons, 1% block noise)', () => {
    const u = seededUniform(2026);
    const rule = { alpha: 0.05, margin_pct: 5, looks: 4 };
    let alarms = 0;
    let passes = 0;
    for (let sim = 0; sim < 2000; sim++) {
      const pairs = simulatePairs(u, 6, 0.01, 1);
      // Looks at 3, 4, 5 and 6 pairs; the first conclusive one stands.
      const verdict = [3, 4, 5, 6].map((n) => abLook(pairs.slice(0, n), rule).verdict).find((v) => v !== 'inconclusive') ?? 'inconclusive';
      if (verdict === 'regression' || verdict === 'improved') alarms += 1;
      if (verdict === 'pass') passes += 1;
    }
    expect(alarms / 2000).toBeLessThanOrEqual(0.05);
    expect(passes).toBeGreaterThan(1000);
  });

  it('detects +20% TTFT at the default rule with 3% block noise within 6 pairs', () => {
    const u = seededUniform(7);
    let detected = 0;
    for (let sim = 0; sim < 200; sim++) {
      const pairs = simulatePairs(u, 6, 0.03, 1.2);
      const verdict = [3, 4, 5, 6].map((n) => abLook(pairs.slice(0, n), { alpha: 0.05, margin_pct: 5, looks: 4 }).verdict).find((v) => v !== 'inconclusive');
      if (verdict === 'regression') detected += 1;
    }
    expect(detected / 200).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the paired decision rule, as properties', () => {
  const interval = fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
  const margin = fc.double({ min: 1e-6, max: 0.5, noNaN: true });

  it('turns the same way for either direction: higher-is-better mirrors lower-is-better', () => {
    fc.assert(fc.property(interval, margin, (e, m) => {
      expect(decideEffect(e, m, true)).toBe(decideEffect({ low: -e.high, high: -e.low }, m, false));
    }));
  });

  it('calls a regression only when the whole interval is on the bad side of zero, and passes only when it rules out the margin', () => {
    fc.assert(fc.property(interval, margin, (e, m) => {
      const decision = decideEffect(e, m, false);
      if (decision === 'regression') expect(e.low).toBeGreaterThan(0);
      if (decision === 'improved') expect(e.high).toBeLessThan(0);
      if (decision === 'pass') expect(e.high).toBeLessThan(m);
      if (e.low <= 0 && e.high >= m) expect(decision).toBe('inconclusive');
    }));
  });
});

describe('the base as --set assignments', () => {
  const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/).filter((k) => !['constructor', 'prototype'].includes(k));
  const base = fc.record({
    endpoint: fc.webUrl(),
    model_name: fc.string({ minLength: 1 }),
    engine_options: fc.record({ extra_args: fc.array(fc.string()), env: fc.dictionary(key, fc.string()), port: fc.integer({ min: 1, max: 65535 }), binary: fc.string({ minLength: 1 }) }, { requiredKeys: [] }),
  }, { requiredKeys: [] });

  it('read back by the --set parser, give the base block exactly', () => {
    fc.assert(
      fc.property(base, (value) => {
        const expected = JSON.parse(JSON.stringify(value));
        // Mappings left empty set nothing, as they change nothing.
        if (expected.engine_options && Object.keys(expected.engine_options.env ?? {}).length === 0) delete expected.engine_options.env;
        if (expected.engine_options && Object.keys(expected.engine_options).length === 0) delete expected.engine_options;
        expect(parseOverrides(baseAssignments(value))).toEqual(expected);
      }),
    );
  });
});
