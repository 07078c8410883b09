import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/gate/compare-results.js';
import { DEFAULT_THRESHOLDS, parseThresholds, type ThresholdConfig } from '../../src/gate/thresholds-config.js';
import { makeHistory, makeResults } from './make-results.js';

const T = DEFAULT_THRESHOLDS;
const single = (headline: Record<string, number | null>) => ({ source: 'file baseline.json', documents: [makeResults(headline)] });
const metric = (c: ReturnType<typeof compareResults>, name: string) => c.metrics.find((m) => m.name === name)!;

describe('compareResults: thresholds without a noise model', () => {
  it('fails a 20% TTFT regression and says the verdict is threshold-only', () => {
    const c = compareResults(single({ ttft_ms_p99: 100 }), makeResults({ ttft_ms_p99: 120 }), T);
    expect(c.verdict).toBe('fail');
    expect(c.regressed).toEqual(['ttft_ms_p99']);
    expect(c.mode).toBe('threshold-only');
    expect(c.notices.join(' ')).toMatch(/threshold-only/);
    expect(metric(c, 'ttft_ms_p99').delta_pct).toBeCloseTo(20, 10);
  });

  it('passes a 1% change', () => {
    const c = compareResults(single({ ttft_ms_p99: 100, output_tps: 1000 }), makeResults({ ttft_ms_p99: 101, output_tps: 990 }), T);
    expect(c.verdict).toBe('pass');
    expect(c.metrics.every((m) => m.status === 'pass')).toBe(true);
  });

  it('warns between the warn and fail levels', () => {
    const c = compareResults(single({ ttft_ms_p99: 100 }), makeResults({ ttft_ms_p99: 105 }), T);
    expect(c.verdict).toBe('warn');
    expect(c.warned).toEqual(['ttft_ms_p99']);
  });

  it('honours each metric direction', () => {
    const base = single({ ttft_ms_p99: 100, output_tps: 1000, rouge1: 0.3, mfu: 0.4 });
    const better = compareResults(base, makeResults({ ttft_ms_p99: 80, output_tps: 1200, rouge1: 0.33, mfu: 0.48 }), T);
    expect(better.verdict).toBe('pass');
    expect(better.metrics.map((m) => m.status)).toEqual(['improved', 'improved', 'improved', 'improved']);
    const worse = compareResults(base, makeResults({ ttft_ms_p99: 120, output_tps: 800, rouge1: 0.27, mfu: 0.32 }), T);
    expect(worse.regressed.sort()).toEqual(['mfu', 'output_tps', 'rouge1', 'ttft_ms_p99']);
  });

  it('reports an unknown metric with a neutral direction and never fails on it', () => {
    const c = compareResults(single({ my_custom: 10 }), makeResults({ my_custom: 100 }), T);
    expect(c.verdict).toBe('pass');
    expect(metric(c, 'my_custom')).toMatchObject({ direction: 'neutral', status: 'info' });
  });

  it('does not count a change below the absolute floor', () => {
    // +25% but only 0.5 ms: below the 1 ms floor of TTFT.
    const c = compareResults(single({ ttft_ms_p50: 2 }), makeResults({ ttft_ms_p50: 2.5 }), T);
    expect(c.verdict).toBe('pass');
  });

  it('marks metrics missing on one side', () => {
    const c = compareResults(single({ ttft_ms_p99: 100, mbu: null }), makeResults({ ttft_ms_p99: 100, mbu: 0.5, energy_j: 3 }), T);
    expect(metric(c, 'mbu').status).toBe('missing');
    expect(metric(c, 'energy_j').status).toBe('missing');
    expect(c.verdict).toBe('pass');
  });

  it('applies per-metric overrides from the config', () => {
    const config = parseThresholds('metrics:\n  ttft_ms_p99:\n    fail_pct: 25\n  output_tps:\n    skip: true\n', 't.yaml');
    const c = compareResults(single({ ttft_ms_p99: 100, output_tps: 1000 }), makeResults({ ttft_ms_p99: 120, output_tps: 10 }), config);
    expect(c.verdict).toBe('warn');
    expect(c.metrics.map((m) => m.name)).toEqual(['ttft_ms_p99']);
  });
});

describe('compareResults: noise-aware', () => {
  const noisy = { source: 'history', documents: makeHistory('ttft_ms_p99', [100, 80, 120, 90, 110]) };
  const quiet = { source: 'history', documents: makeHistory('ttft_ms_p99', [100, 100.5, 99.5, 100.2, 99.8]) };

  it('passes a 10% change inside a noisy history', () => {
    const c = compareResults(noisy, makeResults({ ttft_ms_p99: 110 }), T);
    expect(c.verdict).toBe('pass');
    expect(c.mode).toBe('noise-aware');
    const m = metric(c, 'ttft_ms_p99');
    expect(m.noise).toMatchObject({ method: 'prediction-interval', outside: false, baseline_n: 5 });
    expect(m.reason).toMatch(/inside run-to-run noise/);
  });

  it('fails the same 10% change in a quiet history', () => {
    const c = compareResults(quiet, makeResults({ ttft_ms_p99: 110 }), T);
    expect(c.verdict).toBe('fail');
    expect(metric(c, 'ttft_ms_p99').noise).toMatchObject({ method: 'prediction-interval', outside: true });
    expect(c.notices.join(' ')).not.toMatch(/threshold-only/);
  });

  it('uses the history only from min_history runs on', () => {
    const two = { source: 'history', documents: makeHistory('ttft_ms_p99', [80, 120]) };
    const c = compareResults(two, makeResults({ ttft_ms_p99: 110 }), T);
    expect(metric(c, 'ttft_ms_p99').noise.method).toBe('threshold-only');
    expect(c.verdict).toBe('fail');
  });

  it("uses Welch's t-test on repeated trials", () => {
    const base = makeResults({ ttft_ms_p99: 100 }, { trials: [{ ttft_ms_p99: 99 }, { ttft_ms_p99: 100 }, { ttft_ms_p99: 101 }] });
    const quietRun = makeResults({ ttft_ms_p99: 110 }, { trials: [{ ttft_ms_p99: 109 }, { ttft_ms_p99: 110 }, { ttft_ms_p99: 111 }] });
    const noisyRun = makeResults({ ttft_ms_p99: 110 }, { trials: [{ ttft_ms_p99: 70 }, { ttft_ms_p99: 110 }, { ttft_ms_p99: 150 }] });
    const fails = compareResults({ source: 'b', documents: [base] }, quietRun, T);
    expect(fails.verdict).toBe('fail');
    expect(metric(fails, 'ttft_ms_p99').noise.method).toBe('welch-t');
    expect(metric(fails, 'ttft_ms_p99').noise.p_value).toBeLessThan(0.05);
    const passes = compareResults({ source: 'b', documents: [base] }, noisyRun, T);
    expect(passes.verdict).toBe('pass');
  });

  it('can use the Mann-Whitney U test instead', () => {
    const config: ThresholdConfig = { ...T, noise: { ...T.noise, test: 'mann-whitney' } };
    const base = makeResults({ ttft_ms_p99: 100 }, { trials: [99, 100, 101, 100.5, 99.5].map((v) => ({ ttft_ms_p99: v })) });
    const cur = makeResults({ ttft_ms_p99: 110 }, { trials: [109, 110, 111, 110.5, 109.5].map((v) => ({ ttft_ms_p99: v })) });
    const c = compareResults({ source: 'b', documents: [base] }, cur, config);
    expect(metric(c, 'ttft_ms_p99').noise).toMatchObject({ method: 'mann-whitney', outside: true });
    expect(c.verdict).toBe('fail');
  });

  it('judges ROUGE against the baseline bootstrap interval', () => {
    const interval = { low: 0.28, mid: 0.3, high: 0.32, confidence: 0.95 };
    const base = { source: 'b', documents: [makeResults({ rouge1: 0.3 }, { headline_intervals: { rouge1: interval } })] };
    const inside = compareResults(base, makeResults({ rouge1: 0.283 }), T);
    expect(metric(inside, 'rouge1').noise).toMatchObject({ method: 'bootstrap-interval', outside: false });
    expect(inside.verdict).toBe('pass');
    const outside = compareResults(base, makeResults({ rouge1: 0.27 }), T);
    expect(outside.verdict).toBe('fail');
  });
});

describe('compareResults: fingerprints and baseline runs', () => {
  const other = (doc: ReturnType<typeof makeResults>) => ({ ...doc, environment: { ...doc.environment, accelerator: 'AMD MI300X', engine_version: '0.7.0' } });

  it('does not compare (verdict not-compared, a warning by default) with a notice naming the differing fields', () => {
    const c = compareResults({ source: 'b', documents: [other(makeResults({ ttft_ms_p99: 100 }))] }, makeResults({ ttft_ms_p99: 200 }), T);
    // Issue 16: a baseline from another environment used to be "skipped" and the job went green.
    expect(c.verdict).toBe('not-compared');
    expect(c.fingerprint.on_mismatch).toBe('warn');
    expect(c.metrics.map((m) => [m.name, m.status, m.current])).toEqual([['ttft_ms_p99', 'missing', 200]]);
    expect(c.fingerprint.differences.map((d) => d.field)).toEqual(['accelerator', 'engine_version']);
    expect(c.notices[0]).toMatch(/No comparison.*accelerator.*AMD MI300X.*engine_version/);
  });

  it('compares with a warning when mismatches are allowed, and honours ignored fields', () => {
    const allowed = parseThresholds('fingerprint:\n  allow_mismatch: true\n', 't.yaml');
    const c = compareResults({ source: 'b', documents: [other(makeResults({ ttft_ms_p99: 100 }))] }, makeResults({ ttft_ms_p99: 200 }), allowed);
    expect(c.verdict).toBe('fail');
    expect(c.notices.join(' ')).toMatch(/Warning: compared although/);
    const ignoring = parseThresholds('fingerprint:\n  ignore: [accelerator, engine_version]\n', 't.yaml');
    const d = compareResults({ source: 'b', documents: [other(makeResults({ ttft_ms_p99: 100 }))] }, makeResults({ ttft_ms_p99: 100 }), ignoring);
    expect(d.verdict).toBe('pass');
    expect(d.fingerprint.differences).toEqual([]);
  });

  it('leaves out history runs that did not complete or do not match', () => {
    const docs = makeHistory('ttft_ms_p99', [100, 100, 100, 100]);
    docs[0] = { ...docs[0]!, status: 'failed' };
    docs[1] = other(docs[1]!);
    docs[3] = other(docs[3]!);
    const c = compareResults({ source: 'h', documents: docs }, makeResults({ ttft_ms_p99: 100 }), T);
    expect(c.baseline.runs).toBe(1);
    expect(c.baseline.run_ids).toEqual(['base-2']);
    expect(c.fingerprint.differences).toEqual([]);
    expect(c.notices.join(' ')).toMatch(/did not complete/);
    expect(c.notices.join(' ')).toMatch(/different environment fingerprint/);
  });

  it('skips when the baseline has no completed run', () => {
    const c = compareResults({ source: 'b', documents: [makeResults({ ttft_ms_p99: 1 }, { status: 'failed' })] }, makeResults({ ttft_ms_p99: 1 }), T);
    expect(c.verdict).toBe('skipped');
    expect(c.notices[0]).toMatch(/no completed run/);
  });
});
