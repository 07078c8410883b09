import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictionLines, type Prediction } from '../../src/pipeline/predictions.js';
import { pairRouge, type PerPairRouge } from '../../src/pipeline/rouge-metrics.js';
import { writeChunksAtomic } from '../../src/util/atomic-write.js';
import { tempTree } from '../support/temp-tree.js';

/** predictions.jsonl is written a line at a time from ROUGE's typed columns, with the bytes it had before. */
const predictions: Prediction[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `row-${i}`, reference: `reference ${i} `.repeat(40), prediction: i % 5 === 0 ? '' : `prediction ${i}`, error: i % 5 === 0 ? 'timeout: t' : null, finish_reason: i % 5 === 0 ? null : 'stop',
}));
const perPair: PerPairRouge = { types: ['rouge1', 'rouge2', 'rougeL'], fmeasure: [0, 1, 2].map((t) => Float64Array.from(predictions, (_, i) => (i * (t + 1)) / 9001)) };

describe('predictions.jsonl', () => {
  it('holds each prediction with its per-pair F, as the whole-text writer wrote it, across write batches', () => {
    const dir = tempTree({});
    const file = join(dir, 'predictions.jsonl');
    writeChunksAtomic(file, predictionLines(predictions, perPair));
    const rows = predictions.map((p, i) => JSON.stringify({ ...p, rouge: { rouge1: perPair.fmeasure[0]![i], rouge2: perPair.fmeasure[1]![i], rougeL: perPair.fmeasure[2]![i] } }));
    // More than 1 MiB: written in several batches.
    expect(readFileSync(file, 'utf8')).toBe(`${rows.join('\n')}\n`);
    expect(readFileSync(file).length).toBeGreaterThan(2 ** 21);
    expect(pairRouge(perPair, 7)).toEqual({ rouge1: 7 / 9001, rouge2: 14 / 9001, rougeL: 21 / 9001 });
  });

  it('without ROUGE scores writes the predictions alone, and an empty run an empty file', () => {
    const dir = tempTree({});
    writeChunksAtomic(join(dir, 'a.jsonl'), predictionLines(predictions.slice(0, 2), null));
    expect(readFileSync(join(dir, 'a.jsonl'), 'utf8')).toBe(`${JSON.stringify(predictions[0])}\n${JSON.stringify(predictions[1])}\n`);
    writeChunksAtomic(join(dir, 'b.jsonl'), predictionLines([], null));
    expect(readFileSync(join(dir, 'b.jsonl'), 'utf8')).toBe('');
  });
});
