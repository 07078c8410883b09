import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLikePrintf, roundLikePrintf5 } from '../../../src/metrics/rouge/printf-round.js';

describe('sprintf("%7.5f") rounding, as ROUGE-1.5.5 stores scores', () => {
  it('rounds to the nearest 5-decimal value and returns the double its string parses to', () => {
    expect(roundLikePrintf5(1 / 16)).toBe(0.0625);
    expect(roundLikePrintf5(2 / 41)).toBe(0.04878);
    expect(roundLikePrintf5(3 / 13)).toBe(0.23077);
    expect(roundLikePrintf5(0)).toBe(0);
    expect(roundLikePrintf5(1)).toBe(1);
  });

  it('settles exact ties to even, as C printf does (toFixed would round them up)', () => {
    expect(roundLikePrintf5(1 / 64)).toBe(0.01562); // 0.015625
    expect(roundLikePrintf5(3 / 64)).toBe(0.04688); // 0.046875
    expect(roundLikePrintf5(0.000005)).toBe(0.00001); // not a tie: the double is above 5e-6
  });

  it('refuses values no ROUGE score can take', () => {
    expect(() => roundLikePrintf5(-0.1)).toThrow(RangeError);
    expect(() => roundLikePrintf5(Number.NaN)).toThrow(RangeError);
  });

  it('prints like printf("%.Nf"): the paper’s figures are the parsed 5-decimal averages ×100 to two decimals', () => {
    expect(formatLikePrintf(0.01605 * 100, 2)).toBe('1.60'); // 1.6049999999999998
    expect(formatLikePrintf(0.12215 * 100, 2)).toBe('12.21');
    expect(formatLikePrintf(0.16299 * 100, 2)).toBe('16.30');
    expect(formatLikePrintf(12.125, 2)).toBe('12.12'); // a true tie: to even (toFixed gives 12.13)
    expect(formatLikePrintf(0.16299, 5)).toBe('0.16299');
    expect(formatLikePrintf(0.1, 5)).toBe('0.10000');
    expect(formatLikePrintf(1, 5)).toBe('1.00000');
    expect(formatLikePrintf(2.5, 0)).toBe('2');
  });

  it('prints within half a unit of the last place, and agrees with toFixed away from ties', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, decimals) => {
        const printed = formatLikePrintf(x, decimals);
        expect(printed).toMatch(decimals === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${decimals}}$`));
        expect(Math.abs(Number(printed) - x)).toBeLessThanOrEqual(0.5 * 10 ** -decimals * (1 + 1e-9));
        const scaled = x * 10 ** decimals;
        if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) expect(printed).toBe(x.toFixed(decimals));
      }),
    );
  });
});
