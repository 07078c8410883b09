import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/gate/comparison.js';
import { DEFAULT_THRESHOLDS, parseThresholds } from '../../src/gate/thresholds-config.js';
import { decideGate, gateReferenceFromFiles } from '../../src/pipeline/gate-step.js';
import { InputError } from '../../src/util/errors.js';
import { tempTree } from '../support/temp-tree.js';
import { makeResults } from './make-results.js';

/**
 * The quality margins are thresholds.yaml keys (`quality:`, docs/gate.md "Quality beside speed"): each
 * scenario below passes under the built-in margins and fails once the thresholds file tightens its one
 * margin, through the same driver the CLI and the action use (gateReferenceFromFiles → decideGate).
 */
const SUMMARY = 'The council has approved plans for a new bridge across the river after a long public consultation.';
const headline = { ttft_ms_p50: 40, output_tps: 500 };
const lines = (rows: object[]) => `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
// Per-document scores that vary from document to document, as real ROUGE does.
const spread = (i: number) => 0.2 + ((i * 37) % 23) / 100;

interface Row {
  prediction?: string;
  rougeL?: number;
  error?: string | null;
}

/** A baseline file with its predictions beside it and a current run folder; `current(i)` changes document i. */
function gateWith(n: number, current: (i: number) => Row, thresholds?: string): Comparison {
  const row = (i: number, r: Row) => ({ id: `doc${i}`, prediction: r.prediction ?? SUMMARY, error: r.error ?? null, finish_reason: 'stop', rouge: { rougeL: r.rougeL ?? spread(i) } });
  const root = tempTree({
    'baselines/main.json': JSON.stringify(makeResults(headline, { run_id: 'base' })),
    'baselines/main.predictions.jsonl': lines(Array.from({ length: n }, (_, i) => row(i, {}))),
    'run/results.json': JSON.stringify(makeResults(headline, { run_id: 'head' })),
    'run/predictions.jsonl': lines(Array.from({ length: n }, (_, i) => row(i, current(i)))),
  });
  const thresholdsPath = thresholds === undefined ? undefined : join(root, 'thresholds.yaml');
  if (thresholds !== undefined) writeFileSync(join(root, 'thresholds.yaml'), thresholds);
  const reference = gateReferenceFromFiles({ baselineFile: join(root, 'baselines', 'main.json'), ...(thresholdsPath ? { thresholdsPath } : {}) });
  const runDir = join(root, 'run');
  return decideGate(makeResults(headline, { run_id: 'head' }), reference, runDir, join(runDir, 'results.json')).comparison;
}

const statusOf = (comparison: Comparison, name: string) => comparison.metrics.find((m) => m.name === name)?.status;

describe('quality margins from thresholds.yaml turn a pass into a fail', () => {
  it('quality.rouge_margin: per-document ROUGE-L half a point lower passes the default margin (1 point), fails 0.3 points', () => {
    const lower = (i: number) => ({ rougeL: spread(i) - 0.005 - (i % 3) * 0.0002 });
    const byDefault = gateWith(40, lower);
    expect(statusOf(byDefault, 'rougeL_paired_delta')).toBe('pass');
    expect(byDefault.verdict).toBe('pass');
    const tight = gateWith(40, lower, 'quality:\n  rouge_margin: 0.003\n');
    expect(statusOf(tight, 'rougeL_paired_delta')).toBe('fail');
    expect(tight.verdict).toBe('fail');
    expect(tight.metrics.find((m) => m.name === 'rougeL_paired_delta')?.reason).toContain('margin ±0.003');
  });

  it('quality.output_length_margin: outputs 6% longer pass ±10%, fail ±5%', () => {
    // 17 words → 18 in every document: ×1.059.
    const longer = () => ({ prediction: `${SUMMARY} Indeed.` });
    expect(gateWith(20, longer).verdict).toBe('pass');
    const tight = gateWith(20, longer, 'quality:\n  output_length_margin: 0.05\n');
    expect(statusOf(tight, 'output_words_mean')).toBe('fail');
    expect(tight.verdict).toBe('fail');
    expect(tight.metrics.find((m) => m.name === 'output_words_mean')?.reason).toContain('allowed ±5.0%');
  });

  it('quality.degenerate_margin: one empty output in 60 (1.7%) passes +2 points, fails +1 point', () => {
    const oneEmpty = (i: number) => (i === 0 ? { prediction: '', error: 'timeout' } : {});
    expect(statusOf(gateWith(60, oneEmpty), 'degenerate_share')).toBe('pass');
    const tight = gateWith(60, oneEmpty, 'quality:\n  degenerate_margin: 0.01\n');
    expect(statusOf(tight, 'degenerate_share')).toBe('fail');
    expect(tight.verdict).toBe('fail');
  });

  it('quality.identical_outputs_min_share: 75% identical outputs are reported by default, fail an expectation of 90%', () => {
    const someDiffer = (i: number) => (i % 4 === 0 ? { prediction: SUMMARY.replace('council', 'city council') } : {});
    const byDefault = gateWith(40, someDiffer);
    expect(statusOf(byDefault, 'identical_output_share')).toBe('info');
    expect(byDefault.verdict).toBe('pass');
    const expected = gateWith(40, someDiffer, 'quality:\n  identical_outputs_min_share: 0.9\n');
    expect(statusOf(expected, 'identical_output_share')).toBe('fail');
    expect(expected.verdict).toBe('fail');
    expect(expected.metrics.find((m) => m.name === 'identical_output_share')?.reason).toBe("75.0% of outputs identical to the baseline's, expected at least 90.0%");
  });
});

function errorOf(text: string): InputError {
  try {
    parseThresholds(text, 'thr.yaml');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(text)}`);
}

describe('quality keys in thresholds.yaml', () => {
  it('defaults: one ROUGE point, ±10% length, +2 points degenerate, identical outputs reported only', () => {
    expect(DEFAULT_THRESHOLDS.quality).toEqual({ rouge_margin: 0.01, output_length_margin: 0.1, degenerate_margin: 0.02, identical_outputs_min_share: null });
    expect(parseThresholds('quality:\n  degenerate_margin: 0.05\n', 'thr.yaml').quality).toEqual({ ...DEFAULT_THRESHOLDS.quality, degenerate_margin: 0.05 });
  });

  it.each([
    ['rouge_margin', '0', /Too small: expected number to be >0/],
    ['rouge_margin', '-0.01', /Too small/],
    ['rouge_margin', '1.5', /Too big: expected number to be <=1/],
    ['rouge_margin', '"one point"', /expected number, received string/],
    ['output_length_margin', '-0.1', /Too small: expected number to be >=0/],
    ['output_length_margin', '.inf', /expected number/],
    ['degenerate_margin', '2', /Too big: expected number to be <=1/],
    ['identical_outputs_min_share', '1.01', /Too big: expected number to be <=1/],
    ['identical_outputs_min_share', 'true', /expected number, received boolean/],
  ])('quality.%s: %s is refused in one sentence naming the file, line and key (exit 2)', (key, value, why) => {
    const error = errorOf(`noise:\n  alpha: 0.05\nquality:\n  ${key}: ${value}\n`);
    expect(error.message).toMatch(new RegExp(`^thr\\.yaml:4: key quality\\.${key}: `));
    expect(error.message).toMatch(why);
    expect(error.message).not.toContain('\n');
    expect(error.exitCode).toBe(2);
  });

  it('an unknown quality key is refused on its own line', () => {
    expect(errorOf('quality:\n  rouge_margn: 0.02\n').message).toMatch(/^thr\.yaml:2: key quality\.rouge_margn: /);
    expect(errorOf('quality: 0.01\n').message).toMatch(/^thr\.yaml:1: key quality: /);
  });

  it('property: any number for a quality key is taken as written or refused naming that key, never another error', () => {
    const keys = ['rouge_margin', 'output_length_margin', 'degenerate_margin', 'identical_outputs_min_share'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.double({ noNaN: true }), (key, value) => {
        const written = value === Infinity ? '.inf' : value === -Infinity ? '-.inf' : String(value);
        const text = `quality:\n  ${key}: ${written}\n`;
        try {
          expect(parseThresholds(text, 'thr.yaml').quality[key]).toBe(Object.is(value, -0) ? 0 : value);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.message).toMatch(new RegExp(`^thr\\.yaml:2: key quality\\.${key}: `));
        }
      }),
      { numRuns: 300 },
    );
  });
});
