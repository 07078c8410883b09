import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoolean, parseNumber, parseWholeNumber } from '../../src/util/parse-value.js';

describe('parse-value: the one set of rules for values written as text', () => {
  it('parseBoolean: the six words in any case and blanks mean true or false; nothing else is read as either (property)', () => {
    const words = fc.constantFrom('true', 'yes', '1', 'false', 'no', '0');
    const anyCase = words.chain((word) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length })
      .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('')));
    fc.assert(fc.property(anyCase, fc.constantFrom('', ' ', '\t'), (word, blank) => {
      expect(parseBoolean(`${blank}${word}${blank}`)).toBe(['true', 'yes', '1'].includes(word.toLowerCase()));
    }));
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseBoolean(text);
      if (!/^(true|yes|1|false|no|0)$/i.test(text.trim())) expect(result).toBeUndefined();
    }));
    expect(parseBoolean('maybe')).toBeUndefined();
    expect(parseBoolean('')).toBeUndefined();
  });

  it('parseWholeNumber: any whole number written in digits round-trips; signs, fractions, exponents, hex and blanks are refused (property)', () => {
    fc.assert(fc.property(fc.nat(), fc.nat({ max: 5 }), (n, min) => {
      expect(parseWholeNumber(` ${n} `, min)).toBe(n >= min ? n : undefined);
    }));
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseWholeNumber(text);
      if (result !== undefined) {
        expect(/^\s*\d+\s*$/.test(text)).toBe(true);
        expect(Number.isSafeInteger(result)).toBe(true);
      }
    }));
    for (const text of ['', ' ', '-1', '+1', '1.5', '1e3', '0x10', '12a', '99999999999999999999']) expect(parseWholeNumber(text)).toBeUndefined();
    expect(parseWholeNumber('0', 1)).toBeUndefined();
  });

  it('parseNumber: every finite double round-trips through its string; blanks, NaN and infinities are refused (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(parseNumber(String(x))).toBe(Object.is(x, -0) ? 0 : x);
    }));
    for (const text of ['', '  ', 'NaN', 'Infinity', '-Infinity', 'abc', '1,5']) expect(parseNumber(text)).toBeUndefined();
  });
});
