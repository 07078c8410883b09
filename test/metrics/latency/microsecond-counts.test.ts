import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize, type Distribution } from '../../../src/metrics/latency/distribution.js';
import { MicrosecondCounts } from '../../../src/metrics/latency/microsecond-counts.js';

const PERCENTILES = [1, 50, 90, 95, 99, 99.9];

function viaCounts(values: number[]): Distribution {
  const counts = new MicrosecondCounts(values.length > 0 ? Math.max(...values) : 0);
  values.forEach((v) => counts.add(v));
  return counts.summarize(PERCENTILES);
}

/** The reference: the sorted-sample summary of the same values in ms. */
const viaSort = (values: number[]): Distribution => summarize(values.map((v) => v / 1000), PERCENTILES);

/** Equal up to rounding: sums of values near 2^31 µs differ in their last bits by the order of addition. */
function expectClose(got: number, want: number): void {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
}

function expectSame(got: Distribution, want: Distribution): void {
  expect(got.count).toBe(want.count);
  for (const k of ['mean', 'median', 'std', 'min', 'max'] as const) {
    if (want[k] === null) expect(got[k]).toBeNull();
    else expectClose(got[k]!, want[k]);
  }
  for (const [k, v] of Object.entries(want.percentiles)) {
    if (v === null) expect(got.percentiles[k]).toBeNull();
    else expectClose(got.percentiles[k]!, v);
  }
}

describe('MicrosecondCounts', () => {
  it('gives the statistics of the sorted sample, for any sample of whole microseconds', () => {
    fc.assert(
      fc.property(
        // Mostly small repeated gaps, some over the 2^20 µs of the bins, up to about 35 minutes.
        fc.array(fc.oneof(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 2 ** 20 - 2, max: 2 ** 31 })), { maxLength: 400 }),
        (values) => expectSame(viaCounts(values), viaSort(values)),
      ),
      { numRuns: 100 },
    );
  });

  it('handles one value, all values equal, and no value', () => {
    expectSame(viaCounts([7]), viaSort([7]));
    expectSame(viaCounts([3, 3, 3, 3]), viaSort([3, 3, 3, 3]));
    expect(viaCounts([]).mean).toBeNull();
    expect(viaCounts([0, 2 ** 20, 5]).max).toBe(2 ** 20 / 1000);
  });

  it('takes a few MB for millions of gaps', () => {
    const counts = new MicrosecondCounts(30_000);
    for (let i = 0; i < 3_000_000; i++) counts.add(10_000 + (i % 20_000));
    const s = counts.summarize([50]);
    expect(s.count).toBe(3_000_000);
    expect(s.min).toBe(10);
    expect(s.max).toBe(29.999);
    expect(s.median).toBeCloseTo(19.9995, 9);
  });
});
