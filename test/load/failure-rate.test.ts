import { describe, expect, it } from 'vitest';
import { decideFailureRate } from '../../src/load/failure-rate.js';
import type { RequestRecord } from '../../src/run-folder/request-record.js';

const record = (index: number, error: RequestRecord['error'] = null, warmup = false): RequestRecord =>
  ({ id: `r${index}`, index, warmup, error }) as unknown as RequestRecord;

describe('decideFailureRate', () => {
  it('names the first failed request in the one-line message', () => {
    const records = [record(0), record(3, { kind: 'timeout', message: 'no complete response\nwithin 1000 ms' }), record(2, { kind: 'http_status', status: 503, message: 'HTTP 503' })];
    const decision = decideFailureRate(records, 0);
    expect(decision.fails_run).toBe(true);
    expect(decision.message).toBe('2 of 3 measured requests failed (66.7%), above the limit of 0.0%; first: request r2 (http_status): HTTP 503');
  });

  it('leaves aborted and warm-up requests out, and passes within the limit', () => {
    const records = [record(0), record(1), record(2, { kind: 'aborted', message: 'stopped' }), record(3, { kind: 'other', message: 'x' }, true)];
    expect(decideFailureRate(records, 0)).toMatchObject({ failed: 0, counted: 2, fails_run: false, message: null });
  });

  it('fails a run with no completed request', () => {
    expect(decideFailureRate([record(0, { kind: 'aborted', message: 'budget' })], 1).message).toBe('no measured request finished before the run stopped');
    expect(decideFailureRate([record(0, { kind: 'connection_refused', message: 'refused' })], 1).message).toBe('all 1 measured requests failed; first: request r0 (connection_refused): refused');
  });
});
