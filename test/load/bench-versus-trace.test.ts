/**
 * The versus bench's per-request trace (bench/load-versus-trace.ts), which the tail analysis in
 * docs/metrics.md is read from: the TTFT error splits exactly into send and receive lag, a first token's
 * place in its decode-step pass counts the writes before it in that pass, and a GC pause counts against a
 * request only while it waits for its first token. And quantiles' p99.9 (load-server-process.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantiles } from '../../bench/load-server-process.js';
import { traceRequests } from '../../bench/load-versus-trace.js';

describe('versus bench trace', () => {
  it('splits the TTFT error into send lag + receive lag, and places the first token in its pass', () => {
    // A decode step every 10 ms writes to a, b, c in that order; c's first token is the last of its pass.
    const server = new Map([
      ['a', { arrived_ms: 100.2, text_ms: [150, 160] }],
      ['b', { arrived_ms: 100.4, text_ms: [150.1, 160.1] }],
      ['c', { arrived_ms: 100.6, text_ms: [150.2, 160.2] }],
    ]);
    const requests = [
      { id: 'a', send_ms: 100, ttft_ms: 50.5 },
      { id: 'b', send_ms: 100.1, ttft_ms: 50.2 },
      { id: 'c', send_ms: 100.3, ttft_ms: 52 },
    ];
    const gc = [{ start_ms: 151, duration_ms: 1, kind: 1 }, { start_ms: 200, duration_ms: 5, kind: 2 }];
    const byId = new Map(traceRequests(requests, server, gc, 10).map((t) => [t.id, t]));
    const c = byId.get('c')!;
    expect(c.send_lag_ms).toBeCloseTo(0.3, 9);
    expect(c.ttft_error_ms).toBeCloseTo(52 - (150.2 - 100.6), 9);
    expect(c.receive_lag_ms).toBeCloseTo(c.ttft_error_ms - 0.3, 9);
    expect(c.send_since_start_ms).toBeCloseTo(0.3, 9);
    expect([byId.get('a')!.pass_position, byId.get('b')!.pass_position, c.pass_position]).toEqual([0, 1, 2]);
    expect(c.pass_size).toBe(3);
    // c waits until 152.3 for its first token: the pause at 151 is in it, the one at 200 is not; a's stamp (150.5) is before both.
    expect([c.gc_count, c.gc_kinds]).toEqual([1, [1]]);
    expect(byId.get('a')!.gc_count).toBe(0);
  });

  it('leaves out a request the server never wrote a token to', () => {
    const server = new Map([['a', { arrived_ms: 1, text_ms: [] as number[] }]]);
    expect(traceRequests([{ id: 'a', send_ms: 0, ttft_ms: 5 }, { id: 'gone', send_ms: 0, ttft_ms: 5 }], server, [], 10)).toEqual([]);
  });

  it('p99.9 lies between p99 and the maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 3000 }), (xs) => {
        const q = quantiles(xs);
        expect(q.p99).toBeLessThanOrEqual(q.p999);
        expect(q.p999).toBeLessThanOrEqual(q.max);
        expect(q.n).toBe(xs.length);
      }),
    );
  });
});
