import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/gate/compare-results.js';
import { comparisonFails } from '../../src/gate/comparison.js';
import { buildNoiseProfile } from '../../src/gate/noise-profile.js';
import { renderComparisonText } from '../../src/report/comparison-text.js';
import { DEFAULT_THRESHOLDS, parseThresholds } from '../../src/gate/thresholds-config.js';
import type { ResultsDocument } from '../../src/run-folder/results-document.js';
import { makeResults, makeSampledRun, withoutSamples } from './make-results.js';

const T = DEFAULT_THRESHOLDS;
const set = (docs: ResultsDocument[]) => ({ source: 'test', documents: docs });
const metric = (c: ReturnType<typeof compareResults>, name: string) => c.metrics.find((m) => m.name === name)!;

describe('the calibrated verdict (runs with per-request samples)', () => {
  it('passes an identical rerun against one baseline, where the classic verdict failed on a p99 tail', () => {
    // Seeds chosen so the two runs' p99 TTFT differ by more than the 8% fail level: pure sampling noise.
    const base = makeSampledRun(33, { run_id: 'a' });
    const rerun = makeSampledRun(34, { run_id: 'b' });
    const p99Change = rerun.headline.ttft_ms_p99! / base.headline.ttft_ms_p99! - 1;
    expect(Math.abs(p99Change)).toBeGreaterThan(0.08);
    expect(compareResults(set([withoutSamples(base)]), withoutSamples(rerun), T).verdict).toBe('fail');

    const c = compareResults(set([base]), rerun, T);
    expect(c.mode).toBe('calibrated');
    expect(c.verdict).toBe('pass');
    expect(metric(c, 'ttft_ms_p99')).toMatchObject({ status: 'info', reason: expect.stringMatching(/p99 is gated from 2000 requests on/) });
    expect(metric(c, 'ttft_ms_p50').noise.method).toBe('robust-interval');
    expect(c.notices.join(' ')).toMatch(/only the noise within each run is known/);
  });

  it('catches a 20% TTFT regression against a 5-run history holding one disturbed run, which the classic verdict passed', () => {
    const history = [0, 1, 2, 3, 4].map((i) => makeSampledRun(100 + i, { run_id: `h${i}`, n: 200, ...(i === 2 ? { stalled: 40, stallMs: 60, slowdown: 1.25 } : {}) }));
    const regressed = makeSampledRun(200, { run_id: 'pr', n: 200, ttftScale: 1.2 });
    const classic = compareResults(set(history.map(withoutSamples)), withoutSamples(regressed), T);
    expect(classic.regressed).not.toContain('ttft_ms_p50');

    const c = compareResults(set(history), regressed, T);
    expect(c.verdict).toBe('fail');
    expect(c.regressed).toContain('ttft_ms_p50');
    const p50 = metric(c, 'ttft_ms_p50');
    // The interval's near end is past zero: the interval shown is what decided.
    expect(p50.changeInterval!.low).toBeGreaterThan(0);
    expect(p50.changeInterval!.high).toBeGreaterThan(0.2);
    // The baseline is the median of the runs: the disturbed one does not drag it.
    const calm = history.filter((_, i) => i !== 2).map((d) => d.headline.ttft_ms_p50!);
    expect(p50.baseline!).toBeGreaterThanOrEqual(Math.min(...calm));
    expect(p50.baseline!).toBeLessThanOrEqual(Math.max(...calm));
  });

  it('passes a rerun against the same history even when the rerun had a stall on a few requests', () => {
    const history = [0, 1, 2, 3, 4].map((i) => makeSampledRun(300 + i, { run_id: `h${i}` }));
    const stalled = makeSampledRun(400, { run_id: 'pr', stalled: 3, stallMs: 300 });
    const c = compareResults(set(history), stalled, T);
    expect(c.verdict).not.toBe('fail');
    // The detection limit is stated the bad way: a rise for latency, a fall for throughput.
    expect(metric(c, 'ttft_ms_p50').noise.detail).toMatch(/detects a change past \+\d/);
    const throughput = metric(c, 'throughput_rps');
    const limit = Number(/detects a change past (-[\d.]+)%/.exec(throughput.noise.detail)![1]) / 100;
    // A fall by the bound's distance on the log scale: (1 + limit) = (1 + low end) / (1 + change), to the 0.1% printed.
    const change = throughput.delta_pct! / 100;
    expect(Math.abs(1 + limit - (1 + throughput.changeInterval!.low) / (1 + change))).toBeLessThan(0.001);
  });

  it('holds its false-alarm rate over the whole set of gated metrics (A/A with a 5-run history)', () => {
    let alarms = 0;
    const trials = 60;
    for (let t = 0; t < trials; t++) {
      const history = [0, 1, 2, 3, 4].map((i) => makeSampledRun(1000 * t + i, { run_id: `h${t}-${i}` }));
      const rerun = makeSampledRun(1000 * t + 99, { run_id: `c${t}` });
      const c = compareResults(set(history), rerun, T);
      expect(c.metrics.filter((m) => m.noise.method === 'robust-interval').length).toBeGreaterThanOrEqual(5);
      if (c.verdict === 'fail') alarms++;
    }
    // 1% nominal: 0 or 1 alarm in 60 is expected; 4 would mean the correction is not working (P < 0.003 at 1%).
    expect(alarms).toBeLessThan(4);
  });

  it('says inconclusive when one baseline cannot tell a change past the fail level from run-to-run noise', () => {
    const base = makeSampledRun(21, { run_id: 'a', jitter: 0.35 });
    const cur = makeSampledRun(22, { run_id: 'b', jitter: 0.35, ttftScale: 1.12 });
    const c = compareResults(set([base]), cur, T);
    const p50 = metric(c, 'ttft_ms_p50');
    expect(p50.delta_pct!).toBeGreaterThan(8);
    expect(p50.status).toBe('inconclusive');
    expect(c.verdict).toBe('inconclusive');
    expect(comparisonFails(c)).toBe(false);
    // What infergate compare prints says so, metric by metric.
    const text = renderComparisonText(c);
    expect(text).toMatch(/^verdict: ❔ inconclusive/m);
    expect(text).toMatch(/^inconclusive: ttft_ms_p50: \+[\d.]+% is past the fail level \(8%\) but inside the noise: cannot tell/m);
  });

  it('takes the between-run noise from a calibration profile on the same fingerprint, and ignores one from elsewhere', () => {
    const calibration = [0, 1, 2, 3, 4, 5].map((i) => makeSampledRun(500 + i, { run_id: `cal${i}` }));
    const profile = buildNoiseProfile(calibration, new Date('2026-12-07T00:00:00Z'));
    const base = makeSampledRun(600, { run_id: 'base' });
    const regressed = makeSampledRun(601, { run_id: 'pr', ttftScale: 1.25 });
    const withProfile = compareResults(set([base]), regressed, T, { profile });
    expect(metric(withProfile, 'ttft_ms_p50').noise.detail).toMatch(/calibration profile of 6 runs/);
    expect(withProfile.regressed).toContain('ttft_ms_p50');
    const elsewhere = { ...profile, fingerprint: { ...profile.fingerprint, accelerator: 'AMD MI300X' } };
    const ignored = compareResults(set([base]), regressed, T, { profile: elsewhere });
    expect(ignored.notices.join(' ')).toMatch(/noise profile was measured on another environment \(accelerator/);
    expect(metric(ignored, 'ttft_ms_p50').noise.detail).not.toMatch(/calibration profile/);
  });

  it('gates goodput only when some request missed the SLO (otherwise it is throughput counted again)', () => {
    const withGoodput = (doc: ResultsDocument, fraction: number): ResultsDocument => ({
      ...doc,
      headline: { ...doc.headline, goodput_rps: doc.headline.throughput_rps! * fraction, good_fraction: fraction },
    });
    const history = [0, 1, 2, 3].map((i) => makeSampledRun(700 + i, { run_id: `h${i}` }));
    const allGood = compareResults(set(history.map((d) => withGoodput(d, 1))), withGoodput(makeSampledRun(710, { run_id: 'c' }), 1), T);
    expect(metric(allGood, 'goodput_rps').status).toBe('info');
    const someMissed = compareResults(set(history.map((d) => withGoodput(d, 0.9))), withGoodput(makeSampledRun(710, { run_id: 'c' }), 0.9), T);
    expect(metric(someMissed, 'goodput_rps').noise.method).toBe('robust-interval');
  });

  it('still reads results without samples: the classic verdict', () => {
    const c = compareResults(set([makeResults({ ttft_ms_p50: 100 })]), makeSampledRun(1, { run_id: 'new' }), T);
    expect(c.mode).not.toBe('calibrated');
  });
});

describe('fingerprint mismatch: not compared', () => {
  const elsewhere = (doc: ResultsDocument): ResultsDocument => ({ ...doc, environment: { ...doc.environment, model: 'other/model' } });

  it('is not green by default (a warning) and fails the job with on_mismatch: fail', () => {
    const base = elsewhere(makeResults({ ttft_ms_p50: 100 }));
    const warned = compareResults(set([base]), makeResults({ ttft_ms_p50: 100 }), T);
    expect(warned.verdict).toBe('not-compared');
    expect(warned.fingerprint.on_mismatch).toBe('warn');
    expect(comparisonFails(warned)).toBe(false);
    const strict = parseThresholds('fingerprint:\n  on_mismatch: fail\n', 't.yaml');
    const failed = compareResults(set([base]), makeResults({ ttft_ms_p50: 100 }), strict);
    expect(failed.verdict).toBe('not-compared');
    expect(comparisonFails(failed)).toBe(true);
    expect(failed.notices[0]).toMatch(/fails the job \(on-mismatch: fail\)/);
  });

  it('refuses an unknown on_mismatch value with the file, line and key', () => {
    expect(() => parseThresholds('fingerprint:\n  on_mismatch: maybe\n', 't.yaml')).toThrow(/t\.yaml:2: key fingerprint\.on_mismatch/);
  });
});
