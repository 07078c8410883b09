import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/gate/comparison.js';
import { notGreedyReason, samplingOf } from '../../src/gate/greedy-decoding.js';
import { decideGate, gateReferenceFromFiles } from '../../src/pipeline/gate-step.js';
import type { ResultsDocument } from '../../src/run-folder/results-document.js';
import { tempTree } from '../support/temp-tree.js';
import { makeResults } from './make-results.js';

/**
 * Outputs pair with the baseline's only when both runs decoded greedily (issue 16, item 4: "same ids, greedy
 * decoding"; docs/gate.md, "Quality beside speed"): with sampling, per-document ROUGE and identical outputs
 * differ by chance, so the paired rows step aside and the headline ROUGE, compared unpaired, decides.
 */
const lines = (rows: object[]) => `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
const spread = (i: number) => 0.2 + ((i * 37) % 23) / 100;
const prediction = (i: number, rougeL: number) => ({ id: `doc${i}`, prediction: `Summary ${i} of the article.`, error: null, finish_reason: 'stop', rouge: { rougeL } });
const withRequest = (request: Record<string, unknown>) => ({ config: { request: { max_tokens: 64, seed: 0, top_p: 1, extra_body: {}, ...request } } }) as Partial<ResultsDocument>;

/** Per-document ROUGE-L 4 points lower in the current run; the headline ROUGE-L as given. */
function gate(current: Partial<ResultsDocument>, baseline: Partial<ResultsDocument>, headlineRouge: { base: number; current: number }): Comparison {
  const base = makeResults({ ttft_ms_p50: 40, rougeL: headlineRouge.base }, { run_id: 'base', ...baseline });
  const head = makeResults({ ttft_ms_p50: 40, rougeL: headlineRouge.current }, { run_id: 'head', ...current });
  const root = tempTree({
    'baselines/main.json': JSON.stringify(base),
    'baselines/main.predictions.jsonl': lines(Array.from({ length: 40 }, (_, i) => prediction(i, spread(i)))),
    'run/results.json': JSON.stringify(head),
    'run/predictions.jsonl': lines(Array.from({ length: 40 }, (_, i) => prediction(i, spread(i) - 0.04 + (i % 2) * 0.001))),
  });
  return decideGate(head, gateReferenceFromFiles({ baselineFile: join(root, 'baselines', 'main.json') }), null, join(root, 'run', 'results.json')).comparison;
}

const row = (comparison: Comparison, name: string) => comparison.metrics.find((m) => m.name === name)!;

describe('paired quality only under greedy decoding', () => {
  it('greedy on both sides (temperature 0): the paired ROUGE drop fails the verdict', () => {
    const comparison = gate(withRequest({ temperature: 0 }), withRequest({ temperature: 0 }), { base: 0.3, current: 0.3 });
    expect(row(comparison, 'rougeL_paired_delta').status).toBe('fail');
    expect(comparison.verdict).toBe('fail');
  });

  it('a sampled baseline: not paired, the rows say why, and the unpaired headline ROUGE decides (pass when it held)', () => {
    const comparison = gate(withRequest({ temperature: 0 }), withRequest({ temperature: 0.8 }), { base: 0.3, current: 0.3 });
    const paired = row(comparison, 'rougeL_paired_delta');
    expect(paired.status).toBe('info');
    expect(paired.reason).toMatch(/^not paired: sampling was not greedy \(temperature 0\.8 in the baseline\)/);
    const identical = row(comparison, 'identical_output_share');
    expect(identical).toMatchObject({ status: 'info', current: null, reason: 'not paired: sampling was not greedy (temperature 0.8 in the baseline)' });
    expect(row(comparison, 'rougeL').status).toBe('pass');
    expect(comparison.verdict).toBe('pass');
  });

  it('a sampled current run falls back to the unpaired ROUGE comparison, which fails on a real drop', () => {
    const comparison = gate(withRequest({ temperature: 0.7, extra_body: { top_k: 40 } }), withRequest({ temperature: 0 }), { base: 0.3, current: 0.26 });
    expect(row(comparison, 'rougeL_paired_delta').reason).toMatch(/^not paired: sampling was not greedy \(temperature 0\.7, top_k 40 in the current run\)/);
    expect(comparison.regressed).toEqual(['rougeL']);
    expect(comparison.verdict).toBe('fail');
  });

  it('top_k 1 is greedy whatever the temperature', () => {
    const comparison = gate(withRequest({ temperature: 0.7, extra_body: { top_k: 1 } }), withRequest({ temperature: 0 }), { base: 0.3, current: 0.3 });
    expect(row(comparison, 'rougeL_paired_delta').status).toBe('fail');
  });
});

describe('samplingOf (property)', () => {
  it('greedy exactly when the recorded temperature is 0 (or not recorded: its default) or top_k is 1; otherwise the reason names the value', () => {
    const value = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.constant(undefined), fc.jsonValue());
    fc.assert(
      fc.property(value, value, fc.boolean(), (temperature, topK, recordRequest) => {
        const request: Record<string, unknown> = {};
        if (temperature !== undefined) request.temperature = temperature;
        if (topK !== undefined) request.extra_body = { top_k: topK };
        const sampling = samplingOf({ config: recordRequest ? { request } : {} });
        const greedy = !recordRequest || temperature === undefined || temperature === 0 || topK === 1;
        expect(sampling.greedy).toBe(greedy);
        if (!sampling.greedy) {
          expect(sampling.described.startsWith('temperature ')).toBe(true);
          expect(sampling.described.length).toBeLessThan(120);
          expect(notGreedyReason(sampling, { greedy: true })).toBe(`not paired: sampling was not greedy (${sampling.described} in the current run)`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a config that is not an object is read as recording nothing', () => {
    for (const config of [null, 3, 'x', []] as unknown[]) expect(samplingOf({ config: config as Record<string, unknown> }).greedy).toBe(true);
  });
});
