import fc from 'fast-check';
import { FAILURE_KINDS, type RequestRecord } from '../../src/run-folder/request-record.js';

/** Times at microsecond resolution, as the load records them, and finer ones (the fallbacks' paths). */
const ms = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }).map((us) => us / 1000), fc.double({ min: 0, max: 5000, noNaN: true }));

/**
 * Any record requests.jsonl may hold: nulls anywhere the contract allows them, failed requests with and
 * without an HTTP status, warmup, sweep steps and trials, multi-byte text.
 */
export const requestRecordArbitrary: fc.Arbitrary<RequestRecord> = fc.record(
  {
    id: fc.string({ maxLength: 12 }),
    index: fc.nat(10_000),
    warmup: fc.boolean(),
    step: fc.nat(3),
    trial: fc.nat(2),
    send_ms: ms,
    ttft_ms: fc.option(ms, { nil: null, freq: 6 }),
    first_choice_ms: fc.option(ms, { nil: null, freq: 6 }),
    e2el_ms: fc.option(ms, { nil: null, freq: 6 }),
    close_ms: fc.option(ms, { nil: null, freq: 6 }),
    text_event_ms: fc.array(ms, { maxLength: 8 }),
    prompt_tokens: fc.option(fc.nat(4000), { nil: null, freq: 6 }),
    output_tokens: fc.option(fc.nat(64), { nil: null, freq: 6 }),
    output_tokens_estimated: fc.boolean(),
    finish_reason: fc.option(fc.constantFrom('stop', 'length', 'x,"=1'), { nil: null }),
    text: fc.string({ unit: 'grapheme', maxLength: 40 }),
    retries: fc.nat(2),
    error: fc.option(
      fc.record({ kind: fc.constantFrom(...FAILURE_KINDS), message: fc.string({ maxLength: 20 }), status: fc.option(fc.integer({ min: 400, max: 599 }), { nil: undefined }) }, { requiredKeys: ['kind', 'message'] }),
      { nil: null, freq: 4 },
    ),
  },
  { requiredKeys: ['id', 'index', 'warmup', 'step', 'send_ms', 'ttft_ms', 'first_choice_ms', 'e2el_ms', 'close_ms', 'text_event_ms', 'prompt_tokens', 'output_tokens', 'output_tokens_estimated', 'finish_reason', 'text', 'retries', 'error'] },
);
