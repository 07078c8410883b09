import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/certify/profile-schema.js';
import { judgeCriteria } from '../../src/certify/verdict.js';
import type { RequestRecord } from '../../src/load/index.js';

const profile = {
  name: 't', version: 1, description: 'd', dataset: { checksum: null }, settings: {},
  criteria: {
    rouge: { min_share: 0.99 },
    output_length: { margin: 0.1 },
    integrity: { max_failed_share: 0, max_empty_share: 0, max_truncated_share: 0.5, max_duplicate_share: 0.25 },
    performance: [{ metric: 'ttft_ms_p99', max: 100 }, { metric: 'output_tps', min: 10 }],
  },
  references: { m: { rouge1: 0.4, rouge2: 0.2, rougeL: 0.3, mean_output_tokens: 20 } },
} as Profile;

function record(over: Partial<RequestRecord> = {}): RequestRecord {
  return { id: 'r', index: 0, warmup: false, step: 0, send_ms: 0, ttft_ms: 1, first_choice_ms: 1, e2el_ms: 2, close_ms: 2, text_event_ms: [1, 2], prompt_tokens: 5, output_tokens: 20, output_tokens_estimated: false, finish_reason: 'stop', text: 'a summary', retries: 0, error: null, ...over };
}

const passing = { rouge1: 0.397, rouge2: 0.199, rougeL: 0.3, ttft_ms_p99: 90, output_tps: 12 };

describe('certification verdict (pass criteria, separate from the PR gate)', () => {
  it('passes when every criterion holds, at the bounds included', () => {
    const { verdict, criteria } = judgeCriteria({ profile, model: 'm', headline: passing, records: [record({ id: 'a' }), record({ id: 'b', output_tokens: 22, text: 'another summary' })] });
    expect(criteria.map((c) => [c.name, c.status])).toEqual([
      ['rouge1 ≥ 0.99 × reference', 'pass'], ['rouge2 ≥ 0.99 × reference', 'pass'], ['rougeL ≥ 0.99 × reference', 'pass'],
      ['mean output tokens within ±10% of reference', 'pass'],
      ['failed requests share', 'pass'], ['empty outputs share', 'pass'], ['outputs cut at max_tokens share', 'pass'], ['outputs repeated across articles share', 'pass'],
      ['ttft_ms_p99 ≤ 100', 'pass'], ['output_tps ≥ 10', 'pass'],
    ]);
    expect(verdict).toBe('pass');
  });

  it('fails on ROUGE under 99% of the reference, a length off by more than 10%, a failed request, a claim missed', () => {
    const records = [record({ output_tokens: 30 }), record({ error: { kind: 'timeout', message: 't' }, text: '' }), record({ warmup: true, error: { kind: 'timeout', message: 'w' } })];
    const { verdict, criteria } = judgeCriteria({ profile, model: 'm', headline: { ...passing, rouge2: 0.197, ttft_ms_p99: 101 }, records });
    const failed = criteria.filter((c) => c.status === 'fail').map((c) => c.name);
    expect(failed).toEqual(['rouge2 ≥ 0.99 × reference', 'mean output tokens within ±10% of reference', 'failed requests share', 'ttft_ms_p99 ≤ 100']);
    expect(criteria.find((c) => c.name === 'failed requests share')?.detail).toBe('1 of 2 measured requests');
    expect(verdict).toBe('fail');
  });

  it('is incomplete, not passed, when the model has no reference or a metric was not measured', () => {
    const { verdict, criteria } = judgeCriteria({ profile, model: 'other', headline: { ...passing, output_tps: null }, records: [record()] });
    expect(criteria.filter((c) => c.status === 'not_evaluated').map((c) => c.detail)).toEqual([
      'the profile has no rouge1 reference for model other', 'the profile has no rouge2 reference for model other', 'the profile has no rougeL reference for model other',
      'the profile has no mean_output_tokens reference for model other', 'output_tps was not measured',
    ]);
    expect(verdict).toBe('incomplete');
  });

  it('counts the same text returned for different articles, not the same article answered twice', () => {
    const records = [record({ id: 'a', text: 'same' }), record({ id: 'b', text: 'same' }), record({ id: 'c', text: 'x' }), record({ id: 'c', text: 'x' })];
    const { criteria } = judgeCriteria({ profile, model: 'm', headline: passing, records });
    expect(criteria.find((c) => c.name === 'outputs repeated across articles share')).toMatchObject({ status: 'fail', measured: 0.5, detail: '2 of 4 measured requests' });
  });

  it('counts empty outputs and outputs cut at max_tokens among measured requests', () => {
    const records = [record({ id: 'a', finish_reason: 'length', text: 'a' }), record({ id: 'b', finish_reason: 'length', text: 'b' }), record({ id: 'c', text: '  ' }), record({ id: 'd', text: 'd' })];
    const { criteria } = judgeCriteria({ profile, model: 'm', headline: passing, records });
    expect(criteria.find((c) => c.name === 'empty outputs share')).toMatchObject({ status: 'fail', measured: 0.25 });
    expect(criteria.find((c) => c.name === 'outputs cut at max_tokens share')).toMatchObject({ status: 'pass', measured: 0.5 });
  });
});
