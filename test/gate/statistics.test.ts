import { describe, expect, it } from 'vitest';
import { mannWhitneyUTest, predictionInterval, studentTCdf, studentTQuantile, welchTTest } from '../../src/gate/statistics.js';

// Reference values from scipy.stats 1.x (t.cdf, t.ppf, ttest_ind(equal_var=False), mannwhitneyu).
describe('statistics', () => {
  it("Student's t CDF and quantile match scipy", () => {
    expect(studentTCdf(2, 10)).toBeCloseTo(0.9633059826146299, 10);
    expect(studentTCdf(-2, 10)).toBeCloseTo(1 - 0.9633059826146299, 10);
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.7764451051977934, 8);
  });

  it("Welch's t-test matches scipy", () => {
    const r = welchTTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    expect(r.statistic).toBeCloseTo(1.8973665961010275, 10);
    expect(r.pValue).toBeCloseTo(0.10753119493062728, 8);
  });

  it('Mann-Whitney U: exact without ties, normal approximation with ties', () => {
    expect(mannWhitneyUTest([1, 2, 3, 4, 5], [6, 7, 8, 9, 10.5]).pValue).toBeCloseTo(0.007936507936507936, 12);
    expect(mannWhitneyUTest([1, 2, 3, 4, 6], [5, 7, 8, 9, 10.5]).pValue).toBeCloseTo(0.015873015873015872, 12);
    expect(mannWhitneyUTest([1, 2, 3, 3, 5], [3, 7, 8, 9, 10.5]).pValue).toBeCloseTo(0.034453637039471276, 6);
  });

  it('prediction interval matches mean ± t·s·sqrt(1 + 1/n)', () => {
    const band = predictionInterval([100, 100.5, 99.5, 100.2, 99.8], 0.05);
    expect(band.low).toBeCloseTo(98.84185292321797, 8);
    expect(band.high).toBeCloseTo(101.15814707678203, 8);
  });
});
