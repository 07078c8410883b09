import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictionsBeside, withBaselineQuality } from '../../src/gate/baseline-predictions.js';
import { baselineFromAnyFile, baselineFromFile, baselineFromHistory } from '../../src/gate/baseline-set.js';
import { compareResults } from '../../src/gate/compare-results.js';
import { loadThresholds } from '../../src/gate/thresholds-config.js';
import { tempTree } from '../support/temp-tree.js';
import { makeResults } from './make-results.js';

const headline = { ttft_ms_p50: 40, output_tps: 500 };
const lines = (rows: object[]) => `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
const prediction = (i: number, rougeL: number, text = 'The council approved the bridge plans on Monday after a long consultation.') => ({ id: `doc${i}`, prediction: text, error: null, finish_reason: 'stop', rouge: { rougeL } });

/** A committed baseline file with its predictions beside it, and a current run folder. */
function folders(currentRouge: (i: number) => number) {
  const root = tempTree({
    'baselines/main.json': JSON.stringify(makeResults(headline, { run_id: 'base' })),
    'baselines/main.predictions.jsonl': lines(Array.from({ length: 40 }, (_, i) => prediction(i, 0.3 + (i % 7) / 100))),
    'run/results.json': JSON.stringify(makeResults(headline, { run_id: 'head' })),
    'run/predictions.jsonl': lines(Array.from({ length: 40 }, (_, i) => prediction(i, currentRouge(i)))),
  });
  return { baselinePath: join(root, 'baselines', 'main.json'), currentPath: join(root, 'run', 'results.json'), root };
}

describe('quality against a baseline file in the ordinary gate', () => {
  it('finds the predictions beside a results file', () => {
    expect(predictionsBeside('/r/run/results.json')).toBe('/r/run/predictions.jsonl');
    expect(predictionsBeside('/r/baselines/main.json')).toBe('/r/baselines/main.predictions.jsonl');
  });

  it('fails the verdict when per-document ROUGE dropped by 4 points, and passes when it did not', () => {
    const dropped = folders((i) => 0.26 + (i % 7) / 100 + (i % 2) * 0.001);
    const baseline = baselineFromFile(dropped.baselinePath);
    expect(baseline.predictions).toBe(join(dropped.root, 'baselines', 'main.predictions.jsonl'));
    const comparison = withBaselineQuality(compareResults(baseline, makeResults(headline, { run_id: 'head' }), loadThresholds(undefined)), baseline, dropped.currentPath);
    expect(comparison.verdict).toBe('fail');
    expect(comparison.regressed).toContain('rougeL_paired_delta');

    const same = folders((i) => 0.3 + (i % 7) / 100);
    const sameBaseline = baselineFromFile(same.baselinePath);
    const passed = withBaselineQuality(compareResults(sameBaseline, makeResults(headline, { run_id: 'head' }), loadThresholds(undefined)), sameBaseline, same.currentPath);
    expect(passed.verdict).toBe('pass');
    expect(passed.metrics.find((m) => m.name === 'rougeL_paired_delta')?.status).toBe('pass');
    expect(passed.metrics.find((m) => m.name === 'identical_output_share')?.current).toBe(1);
  });

  it('the CLI\'s baseline file (infergate run --baseline, compare) brings its predictions as the action\'s does', () => {
    const dropped = folders((i) => 0.26 + (i % 7) / 100 + (i % 2) * 0.001);
    const baseline = baselineFromAnyFile(dropped.baselinePath);
    expect(baseline.predictions).toBe(join(dropped.root, 'baselines', 'main.predictions.jsonl'));
    const comparison = withBaselineQuality(compareResults(baseline, makeResults(headline, { run_id: 'head' }), loadThresholds(undefined)), baseline, dropped.currentPath);
    expect(comparison.regressed).toContain('rougeL_paired_delta');
  });

  it('says why quality was not compared when the baseline has no predictions (a history)', () => {
    const { root, currentPath } = folders(() => 0.3);
    const history = join(root, 'history.json');
    mkdirSync(root, { recursive: true });
    writeFileSync(history, JSON.stringify({ schema: 'infergate/history', schema_version: 1, runs: [makeResults(headline, { run_id: 'h1' })] }));
    const baseline = baselineFromHistory(history);
    const comparison = withBaselineQuality(compareResults(baseline, makeResults(headline, { run_id: 'head' }), loadThresholds(undefined)), baseline, currentPath);
    expect(comparison.notices.at(-1)).toMatch(/^Quality \(paired ROUGE, output integrity\) not compared: the baseline \(history .*\) came without its predictions\.$/);
  });
});
