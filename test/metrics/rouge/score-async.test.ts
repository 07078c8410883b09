import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreCorpus, scoreCorpusAsync, scoreCorpusColumnsAsync, type RougePair } from '../../../src/metrics/rouge/index.js';

/**
 * Scoring a whole test set takes seconds of CPU: the pipeline's scorer gives the event loop a turn every
 * few hundred pairs, so a signal handler runs during scoring instead of after it.
 */
const rows = readFileSync(new URL('../../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { summary: string });
const pairs: RougePair[] = Array.from({ length: 1000 }, (_, i) => ({ reference: rows[i % rows.length]!.summary, prediction: i % 7 === 0 ? '' : rows[(i + 1) % rows.length]!.summary }));

describe('scoreCorpusAsync', () => {
  it.each(['rouge155', 'rouge-score'] as const)('%s: the same result as scoreCorpus', async (mode) => {
    expect(await scoreCorpusAsync(pairs, { mode, stem: true })).toEqual(scoreCorpus(pairs, { mode, stem: true }));
  });

  it.each(['rouge155', 'rouge-score'] as const)('%s columns: the same aggregates, and each pair\'s F in a typed column in input order', async (mode) => {
    const { per_pair, ...aggregate } = scoreCorpus(pairs, { mode, stem: true });
    const columns = await scoreCorpusColumnsAsync(pairs, { mode, stem: true });
    expect(columns.aggregate).toEqual(aggregate);
    expect(Object.keys(columns.fmeasure)).toEqual(aggregate.types);
    for (const type of aggregate.types) {
      expect(columns.fmeasure[type]).toBeInstanceOf(Float64Array);
      expect(Array.from(columns.fmeasure[type]!)).toEqual(per_pair.map((pair) => pair.scores[type]!.fmeasure));
    }
  });

  it('lets queued callbacks (a signal handler) run before it finishes', async () => {
    const order: string[] = [];
    const scoring = scoreCorpusAsync(pairs, { mode: 'rouge-score', stem: true }).then(() => order.push('scored'));
    setImmediate(() => order.push('handler ran'));
    await scoring;
    expect(order).toEqual(['handler ran', 'scored']);
  });

  it('stops at the next turn once its signal aborts', async () => {
    const stop = new AbortController();
    const scoring = scoreCorpusAsync(pairs, { mode: 'rouge155', stem: true }, stop.signal);
    setImmediate(() => stop.abort(new Error('interrupted by SIGINT')));
    await expect(scoring).rejects.toThrow('interrupted by SIGINT');
  });
});
