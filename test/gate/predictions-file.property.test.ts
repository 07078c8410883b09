import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePredictionsJsonl, type PredictionRow } from '../../src/gate/predictions-file.js';
import { hasRepetitionLoop } from '../../src/gate/repetition-loop.js';
import { InputError } from '../../src/util/errors.js';

const row = fc.record({
  id: fc.string({ minLength: 1 }),
  prediction: fc.string(),
  error: fc.option(fc.string(), { nil: null }),
  rouge: fc.option(fc.dictionary(fc.constantFrom('rouge1', 'rouge2', 'rougeL'), fc.double({ min: 0, max: 1, noNaN: true })), { nil: null }),
  finish_reason: fc.option(fc.constantFrom('stop', 'length'), { nil: null }),
});
const uniqueRows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 20 });

describe('predictions.jsonl parser properties', () => {
  it('reads back every row it is given, in order', () => {
    fc.assert(
      fc.property(uniqueRows, (rows: PredictionRow[]) => {
        const text = rows.map((r) => JSON.stringify(r)).join('\n');
        expect(parsePredictionsJsonl(text, 'p.jsonl')).toEqual(rows);
      }),
    );
  });

  it('refuses a damaged line with an InputError naming the file and the line', () => {
    const damage = fc.constantFrom('{"id": 3, "prediction": ""}', '{"id": "x"}', '{"id": "x", "prediction": "", "rouge": {"rougeL": 2}}', 'not json', '[1]');
    fc.assert(
      fc.property(uniqueRows, damage, fc.nat(), (rows, bad, at) => {
        const lines = rows.map((r) => JSON.stringify({ ...r, id: `ok-${r.id}` }));
        const position = at % (lines.length + 1);
        lines.splice(position, 0, bad);
        expect(() => parsePredictionsJsonl(lines.join('\n'), 'p.jsonl')).toThrow(InputError);
        expect(() => parsePredictionsJsonl(lines.join('\n'), 'p.jsonl')).toThrow(`p.jsonl:${position + 1}`);
      }),
    );
  });

  it('refuses the same id twice', () => {
    expect(() => parsePredictionsJsonl('{"id":"a","prediction":""}\n{"id":"a","prediction":"x"}', 'p.jsonl')).toThrow('p.jsonl:2: id "a" appears twice');
  });
});

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
