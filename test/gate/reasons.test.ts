import { describe, expect, it } from 'vitest';
import { compareResults, judgeMetric } from '../../src/gate/compare-results.js';
import { builtInThreshold } from '../../src/gate/default-thresholds.js';
import type { NoiseAssessment } from '../../src/gate/comparison.js';
import { parseThresholds } from '../../src/gate/thresholds-config.js';
import { makeSampledRun } from './make-results.js';

const thresholdOnly: NoiseAssessment = { method: 'threshold-only', outside: null, baseline_n: 1, current_n: 1, detail: 'no noise model' };

describe('every reason is the decision that was made', () => {
  it('names the absolute floor, not the warn level, when the floor decided', () => {
    // ttft_ms_p50: warn 4%, fail 8%, floor 1 ms. 0.5 → 0.7 ms is +40%, far past both levels, but 0.2 ms.
    const m = judgeMetric('ttft_ms_p50', builtInThreshold('ttft_ms_p50'), 0.5, 0.7, thresholdOnly);
    expect(m.status).toBe('pass');
    expect(m.reason).toBe('+40.0% is past the warn level (4%) but the change (0.200) is within the absolute floor (1)');
    expect(m.reason).not.toContain('within the warn level');
  });

  it('says "within the warn level" only where the percentage decided', () => {
    const m = judgeMetric('ttft_ms_p50', builtInThreshold('ttft_ms_p50'), 100, 103, thresholdOnly);
    expect(m.status).toBe('pass');
    expect(m.reason).toBe('+3.0% is within the warn level (4%)');
  });

  it('says a past-level regression above the floor fails, and a good move is no regression', () => {
    expect(judgeMetric('ttft_ms_p50', builtInThreshold('ttft_ms_p50'), 100, 120, thresholdOnly).reason).toBe('+20.0% is past the fail level (8%)');
    expect(judgeMetric('ttft_ms_p50', builtInThreshold('ttft_ms_p50'), 100, 99.5, thresholdOnly).reason).toBe('no regression');
  });
});

describe('every reason true in the calibrated verdict', () => {
  it('names the absolute floor when it let a change outside the noise pass, not the noise', () => {
    const history = [0, 1, 2, 3, 4].map((i) => makeSampledRun(100 + i, { run_id: `h${i}`, n: 200 }));
    const regressed = makeSampledRun(200, { run_id: 'pr', n: 200, ttftScale: 1.2 });
    // Without the floor the 20% rise fails (test/gate/calibrated-verdict.test.ts); a floor of 1 s lets it pass.
    const floor = parseThresholds('metrics:\n  ttft_ms_p50:\n    abs_floor: 1000\n', 'thresholds.yaml');
    const p50 = compareResults({ source: 'h', documents: history }, regressed, floor).metrics.find((m) => m.name === 'ttft_ms_p50')!;
    expect(p50.status).toBe('pass');
    expect(p50.reason).toMatch(/^\+\d+\.\d%, but the change \([\d.]+\) is within the absolute floor \(1000\)$/);
    expect(p50.reason).not.toMatch(/noise/);
  });
});
