import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeMetric } from '../../src/gate/compare-results.js';
import type { NoiseAssessment } from '../../src/gate/comparison.js';
import type { MetricThreshold } from '../../src/gate/default-thresholds.js';

const thresholdOnly: NoiseAssessment = { method: 'threshold-only', outside: null, baseline_n: 1, current_n: 1, detail: '' };
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const threshold = fc
  .record({
    direction: fc.constantFrom('lower' as const, 'higher' as const, 'neutral' as const),
    warn_pct: fc.double({ min: 0, max: 50, noNaN: true }),
    extra: fc.double({ min: 0, max: 50, noNaN: true }),
    abs_floor: fc.double({ min: 0, max: 10, noNaN: true }),
  })
  .map(({ extra, ...t }): MetricThreshold => ({ ...t, fail_pct: t.warn_pct + extra, skip: false }));

describe('judgeMetric properties', () => {
  it('fails only on a change the bad way past the fail level and the floor; neutral never fails', () => {
    fc.assert(
      fc.property(threshold, value, value, (t, baseline, current) => {
        const m = judgeMetric('x', t, baseline, current, thresholdOnly);
        if (m.status === 'fail' || m.status === 'warn') {
          expect(t.direction).not.toBe('neutral');
          const sign = t.direction === 'higher' ? 1 : -1;
          expect(sign * (current - baseline)).toBeLessThan(0);
          expect(Math.abs(current - baseline)).toBeGreaterThan(t.abs_floor);
          expect(Math.abs(m.delta_pct!)).toBeGreaterThan(m.status === 'fail' ? t.fail_pct : t.warn_pct);
        }
        if (t.direction === 'neutral') expect(m.status).toBe('info');
      }),
    );
  });

  it('a change inside the noise never warns or fails', () => {
    const inside: NoiseAssessment = { ...thresholdOnly, method: 'prediction-interval', outside: false };
    fc.assert(
      fc.property(threshold, value, value, (t, baseline, current) => {
        expect(['pass', 'info']).toContain(judgeMetric('x', t, baseline, current, inside).status);
      }),
    );
  });
});
