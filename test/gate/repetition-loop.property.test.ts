import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRepetitionLoop } from '../../src/gate/repetition-loop.js';

const word = fc.stringMatching(/^[a-z]{1,8}$/);

describe('repetition loop properties', () => {
  it('finds any unit of 1–8 words repeated 4 times over 12 words or more', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(word, { maxLength: 10 }), (before, unit, after) => {
        const times = Math.max(4, Math.ceil(12 / unit.length));
        const text = [...before, ...Array.from({ length: times }, () => unit).flat(), ...after].join(' ');
        expect(hasRepetitionLoop(text)).toBe(true);
      }),
    );
  });

  it('finds none in text without a repeated word', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), (words) => {
        expect(hasRepetitionLoop(words.join(' '))).toBe(false);
      }),
    );
  });

  it('leaves ordinary summaries alone', () => {
    expect(hasRepetitionLoop('The the council has approved plans for a new bridge, and the bridge will open in 2026.')).toBe(false);
    expect(hasRepetitionLoop('very very very very good')).toBe(false);
  });
});
