import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predictionLines, type Prediction } from '../../src/pipeline/predictions.js';
import { pairRouge, type PerPairRouge } from '../../src/pipeline/rouge-metrics.js';
import { parsePredictionsJsonl, readPredictionsFile, type PredictionRow } from '../../src/run-folder/predictions-file.js';
import { writeChunksAtomic } from '../../src/util/atomic-write.js';
import { InputError } from '../../src/util/errors.js';
import { tempTree } from '../support/temp-tree.js';

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

const TYPES = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'] as const;
// An F-measure as ROUGE produces it: 0 to 1 (Math.abs: -0 is written as 0).
const fmeasure = fc.double({ min: 0, max: 1, noNaN: true }).map(Math.abs);
const prediction: fc.Arbitrary<Prediction> = fc.record({
  id: fc.string({ minLength: 1 }),
  reference: fc.string(),
  prediction: fc.string(),
  error: fc.option(fc.string(), { nil: null }),
  finish_reason: fc.option(fc.constantFrom('stop', 'length'), { nil: null }),
});
/** A run's predictions and, when it scored them, ROUGE's per-pair columns for the same rows. */
const scoredRun = fc.uniqueArray(prediction, { selector: (p) => p.id, maxLength: 20 }).chain((predictions) =>
  fc.tuple(
    fc.constant(predictions),
    fc.option(
      fc.subarray([...TYPES], { minLength: 1 }).chain((types) =>
        fc.record({ types: fc.constant<string[]>(types), fmeasure: fc.tuple(...types.map(() => fc.array(fmeasure, { minLength: predictions.length, maxLength: predictions.length }))) }),
      ),
      { nil: null },
    ),
  ),
);

describe('predictions.jsonl: the writer and the one reader', () => {
  it('reads back, from the file, the rows predictionLines wrote (with their ROUGE F when scored)', () => {
    const dir = tempTree({});
    const file = join(dir, 'predictions.jsonl');
    fc.assert(
      fc.property(scoredRun, ([predictions, scored]) => {
        const perPair: PerPairRouge | null = scored && { types: scored.types as PerPairRouge['types'], fmeasure: scored.fmeasure.map((column) => Float64Array.from(column)) };
        writeChunksAtomic(file, predictionLines(predictions, perPair));
        const expected: PredictionRow[] = predictions.map((p, i) => ({ ...p, rouge: perPair ? pairRouge(perPair, i) : null }));
        expect(readPredictionsFile(file)).toStrictEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('names the file and the line of a bad line, and the file it cannot read', () => {
    const dir = tempTree({});
    const file = join(dir, 'predictions.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', reference: 'r', prediction: 'p', error: null })}\n\n{"id": "b", "reference": "r", "prediction": 7}\n`);
    expect(() => readPredictionsFile(file)).toThrow(InputError);
    expect(() => readPredictionsFile(file)).toThrow(`${file}:3: "prediction" must be a string`);
    expect(() => readPredictionsFile(join(dir, 'absent.jsonl'))).toThrow(`${join(dir, 'absent.jsonl')}: cannot read the predictions (ENOENT)`);
    expect(() => readPredictionsFile('/dev/null')).toThrow('/dev/null: the predictions file is a character device, not a regular file');
  });

  it('reads a per-document F written as {fmeasure} (the rouge-score convention, docs/report.md)', () => {
    expect(parsePredictionsJsonl('{"id":"a","prediction":"","rouge":{"rouge1":{"fmeasure":0.25},"rouge2":0.5}}', 'p.jsonl')[0]!.rouge).toEqual({ rouge1: 0.25, rouge2: 0.5 });
  });
});
