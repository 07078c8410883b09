import { describe, expect, it } from 'vitest';
import { roundLikePrintf5 } from '../../../src/metrics/rouge/printf-round.js';

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
});
