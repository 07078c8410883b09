import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../src/load/index.js';
import { outputIntegrity } from '../../src/gate/output-integrity.js';
import { decideEffect, pairedEffect } from '../../src/gate/paired-effect.js';
import { pairedRouge } from '../../src/gate/paired-rouge.js';
import type { PredictionRow } from '../../src/run-folder/predictions-file.js';
import { assessQuality, withQuality } from '../../src/gate/quality-verdict.js';
import { reconcileTokens } from '../../src/gate/token-reconciliation.js';
import type { Comparison } from '../../src/gate/comparison.js';

const SUMMARY = 'The council has approved plans for a new bridge across the river after a long public consultation.';

function rows(n: number, make: (i: number) => Partial<PredictionRow>): PredictionRow[] {
  return Array.from({ length: n }, (_, i) => ({ id: `doc${i}`, prediction: SUMMARY, error: null, rouge: null, finish_reason: 'stop', ...make(i) }));
}

// Per-document scores that vary from document to document, as real ROUGE does.
const spread = (i: number) => 0.2 + ((i * 37) % 23) / 100;

describe('paired ROUGE against the baseline', () => {
  it('finds a regression when every document lost 3 points, and passes the same scores', () => {
    const baseline = rows(60, (i) => ({ rouge: { rougeL: spread(i) } }));
    const worse = rows(60, (i) => ({ rouge: { rougeL: spread(i) - 0.03 - (i % 3) * 0.002 } }));
    const same = rows(60, (i) => ({ rouge: { rougeL: spread(i) } }));
    const drop = pairedRouge(worse, baseline);
    expect(drop.compared && drop.decision).toBe('regression');
    expect(drop.compared && drop.estimate).toBeCloseTo(-0.032, 3);
    const unchanged = pairedRouge(same, baseline);
    expect(unchanged.compared && unchanged.decision).toBe('pass');
  });

  it('pairs by document id, not by position', () => {
    const baseline = rows(40, (i) => ({ rouge: { rougeL: spread(i) } }));
    // The same scores, written in reverse order: a pairing by position would see large differences.
    const reordered = [...rows(40, (i) => ({ rouge: { rougeL: spread(i) } }))].reverse();
    const paired = pairedRouge(reordered, baseline);
    expect(paired.compared && paired.estimate).toBe(0);
    expect(paired.compared && paired.decision).toBe('pass');
  });

  it('is inconclusive when the interval holds zero and reaches past the margin', () => {
    const baseline = rows(6, (i) => ({ rouge: { rougeL: spread(i) } }));
    const noisy = rows(6, (i) => ({ rouge: { rougeL: spread(i) + (i % 2 === 0 ? 0.1 : -0.1) } }));
    const result = pairedRouge(noisy, baseline);
    expect(result.compared && result.decision).toBe('inconclusive');
  });

  it('says why when the runs share no scored document', () => {
    const result = pairedRouge(rows(5, () => ({ rouge: { rougeL: 0.3 } })), rows(5, (i) => ({ id: `other${i}`, rouge: { rougeL: 0.3 } })));
    expect(result.compared).toBe(false);
    expect(!result.compared && result.reason).toMatch(/0 document\(s\)/);
  });
});

describe('the paired decision rule', () => {
  it('orients regression by the metric direction', () => {
    expect(decideEffect({ low: 0.02, high: 0.2 }, 0.05, false)).toBe('regression');
    expect(decideEffect({ low: 0.02, high: 0.2 }, 0.05, true)).toBe('improved');
    expect(decideEffect({ low: 0.01, high: 0.04 }, 0.05, false)).toBe('pass');
    expect(decideEffect({ low: -0.01, high: 0.2 }, 0.05, false)).toBe('inconclusive');
  });

  it('widens the interval with fewer pairs (t quantile, not normal)', () => {
    const three = pairedEffect([0.1, 0.12, 0.08], 0.05);
    expect(three.high - three.estimate).toBeCloseTo(4.303 * 0.02 / Math.sqrt(3), 3);
  });
});

describe('output integrity', () => {
  const baseline = rows(20, () => ({}));

  it('flags a mean output length 20% longer, and accepts 5%', () => {
    const longer = outputIntegrity(rows(20, () => ({ prediction: `${SUMMARY} ${'word '.repeat(4)}`.trim() })), baseline)!;
    expect(longer.length.ratio).toBeCloseTo(21 / 17, 6);
    expect(longer.length.within).toBe(false);
    const close = outputIntegrity(rows(20, (i) => ({ prediction: i < 15 ? SUMMARY : `${SUMMARY} again` })), baseline)!;
    expect(close.length.within).toBe(true);
  });

  it('counts empty outputs, repetition loops and no stop where the baseline stopped', () => {
    const current = rows(20, (i) => {
      if (i < 2) return { prediction: '', error: 'timeout: no answer' };
      if (i < 4) return { prediction: `The council said ${'the bridge will '.repeat(6)}` , finish_reason: 'length' };
      if (i === 4) return { finish_reason: 'length' };
      return {};
    });
    const integrity = outputIntegrity(current, baseline)!;
    expect(integrity.degenerate).toMatchObject({ empty: 2, loops: 2, no_stop: 1, current_share: 0.25, baseline_share: 0, within: false });
    expect(outputIntegrity(baseline, baseline)!.degenerate.within).toBe(true);
  });

  it('measures the share of outputs identical to the baseline', () => {
    const current = rows(20, (i) => (i < 5 ? { prediction: `${SUMMARY} ` } : {}));
    expect(outputIntegrity(current, baseline)!.identical_share).toBe(0.75);
  });
});

function record(id: string, chunks: number, usage: number | null, extra: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id, index: 0, warmup: false, step: 0, send_ms: 0, ttft_ms: 1, first_choice_ms: 1, e2el_ms: 2, close_ms: 2,
    text_event_ms: Array.from({ length: chunks }, (_, i) => i), prompt_tokens: 10, output_tokens: usage ?? chunks,
    output_tokens_estimated: usage === null, finish_reason: 'stop', text: 'x', retries: 0, error: null, ...extra,
  };
}

describe('token reconciliation', () => {
  it('flags usage that disagrees with the streamed text events, and accepts one stop token more', () => {
    const result = reconcileTokens([record('a', 20, 20), record('b', 20, 21), record('c', 20, 40), record('d', 20, 12), record('e', 20, null)]);
    expect(result).toEqual({ checked: 4, mismatched: 2, examples: ['c: usage 40, 20 text events', 'd: usage 12, 20 text events'] });
  });
});

describe('quality rows in the comparison', () => {
  const comparison = { verdict: 'pass', metrics: [], regressed: [], warned: [] } as unknown as Comparison;

  it('fails the verdict on a paired ROUGE regression and warns on a token mismatch', () => {
    const baseline = rows(30, (i) => ({ rouge: { rougeL: spread(i) } }));
    const worse = rows(30, (i) => ({ rouge: { rougeL: spread(i) - 0.05 + (i % 2) * 0.001 } }));
    const failed = withQuality(comparison, assessQuality({ current: worse, baseline, currentRecords: null }));
    expect(failed.verdict).toBe('fail');
    expect(failed.regressed).toEqual(['rougeL_paired_delta']);
    const warned = withQuality(comparison, assessQuality({ current: baseline, baseline, currentRecords: [record('a', 20, 40)] }));
    expect(warned.verdict).toBe('warn');
    expect(warned.warned).toEqual(['token_count_mismatch_share']);
    expect(warned.metrics.map((m) => m.name)).toEqual(['rougeL_paired_delta', 'output_words_mean', 'degenerate_share', 'identical_output_share', 'token_count_mismatch_share']);
  });
});
