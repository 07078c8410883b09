import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../../src/run-folder/request-record.js';
import { requestSamples } from '../../../src/metrics/latency/index.js';

function rec(p: Partial<RequestRecord> & { index: number; send_ms: number; text_event_ms: number[] }): RequestRecord {
  const t = p.text_event_ms;
  return {
    id: `r${p.index}`, warmup: false, step: 0, ttft_ms: t[0] ?? null, first_choice_ms: t[0] ?? null, e2el_ms: t.at(-1) ?? null,
    close_ms: (t.at(-1) ?? 0) + 1, prompt_tokens: 10, output_tokens: t.length, output_tokens_estimated: false, finish_reason: 'length',
    text: '', retries: 0, error: null, ...p,
  };
}

describe('requestSamples', () => {
  it('lists completed requests in send order, TPOT only for more than one token, rounded to the microsecond', () => {
    const late = rec({ index: 0, send_ms: 50, text_event_ms: [12.00049, 20] });
    const early = rec({ index: 1, send_ms: 0, text_event_ms: [7] });
    const failed = rec({ index: 2, send_ms: 10, text_event_ms: [], error: { kind: 'timeout', message: 't' } });
    expect(requestSamples([late, early, failed])).toEqual({ ttft_ms: [7, 12], tpot_ms: [8], e2el_ms: [7, 20] });
  });
});
