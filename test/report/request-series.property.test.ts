import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCompleted, requestSeries, tpotOf } from '../../src/report/request-series.js';
import { distributionCharts } from '../../src/report/svg/distribution-chart.js';
import { histogram, pooled, quantile, quantileSorted } from '../../src/report/stats.js';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { requestRecordArbitrary } from '../support/request-record-arbitrary.js';

/** The series as they were drawn before: arrays of numbers pushed from the records held in memory. */
function arraySeries(records: readonly RequestRecord[]): { ttftMs: number[]; tpotMs: number[]; e2elMs: number[]; completed: number; failed: number } {
  const s = { ttftMs: [] as number[], tpotMs: [] as number[], e2elMs: [] as number[], completed: 0, failed: 0 };
  for (const r of records) {
    if (r.warmup) continue;
    if (!isCompleted(r)) {
      s.failed += 1;
      continue;
    }
    s.completed += 1;
    s.ttftMs.push(r.ttft_ms!);
    s.e2elMs.push(r.e2el_ms!);
    const tpot = tpotOf(r);
    if (tpot !== null) s.tpotMs.push(tpot);
  }
  return s;
}

const values = fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { maxLength: 60 });

describe('the report series as typed columns (property)', () => {
  it('hold what the arrays of numbers held, in Float64Arrays of one entry a measured request at most', () => {
    fc.assert(
      fc.property(fc.array(requestRecordArbitrary, { maxLength: 40 }), (records) => {
        const typed = requestSeries(records);
        const old = arraySeries(records);
        for (const key of ['ttftMs', 'tpotMs', 'e2elMs'] as const) {
          expect(typed[key]).toBeInstanceOf(Float64Array);
          expect(Array.from(typed[key])).toEqual(old[key]);
        }
        expect([typed.completed, typed.failed]).toEqual([old.completed, old.failed]);
      }),
      { numRuns: 200 },
    );
  });

  it('give the quantiles, histograms and charts the arrays gave', () => {
    fc.assert(
      fc.property(values, values, (current, baseline) => {
        const pool = [...current, ...baseline];
        expect(Array.from(pooled(Float64Array.from(current), Float64Array.from(baseline)))).toEqual(pool);
        if (pool.length > 0) for (const q of [0, 0.5, 0.99, 0.995, 1]) expect(quantile(Float64Array.from(pool), q)).toBe(quantileSorted([...pool].sort((a, b) => a - b), q));
        expect(histogram(Float64Array.from(current), 0, 5e4, 7)).toEqual(histogram(current, 0, 5e4, 7));
        const spec = { id: 'x', title: 'X', unit: 'ms' };
        expect(distributionCharts({ ...spec, current: Float64Array.from(current), baseline: Float64Array.from(baseline) })).toBe(distributionCharts({ ...spec, current, baseline }));
      }),
      { numRuns: 200 },
    );
  });
});
