/** Failed requests against the scripted server: each counted under its kind, the run rule applied. */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideFailureRate, enforceFailureRate, runLoad, type RequestRecord } from '../../src/load/index.js';
import { summarizeLatency } from '../../src/metrics/latency/index.js';
import { ExitCode, RunError } from '../../src/util/errors.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer({ shape: 'vllm', defaults: { ttft_ms: 5, itl_ms: 2 } });
});
afterAll(async () => {
  await server.close();
});

async function one(directive: string, timeoutMs = 3000, endpoint = server.url) {
  const outcome = await runLoad({
    endpoint, api: 'chat', model: 'm', prompts: [{ id: 'p', prompt: `hello [[${directive}]]` }],
    request: { max_tokens: 8, temperature: 0, timeout_ms: timeoutMs }, shape: { kind: 'offline' }, warmup_requests: 0,
  });
  return { outcome, record: outcome.records[0]! };
}

describe('failures by kind', () => {
  it('HTTP 5xx is http_status with the status and the server message', async () => {
    const { outcome, record } = await one('fault=status:503');
    expect(record.error).toMatchObject({ kind: 'http_status', status: 503 });
    expect(record.error!.message).toContain('scripted status 503');
    expect(outcome.failures_by_kind.http_status).toBe(1);
    expect(outcome.first_failure_messages.http_status?.[0]).toContain('HTTP 503');
  });

  it('a reset mid-stream is connection_reset and keeps the events seen before it', async () => {
    const { outcome, record } = await one('tokens=6 fault=reset@3');
    expect(record.error?.kind).toBe('connection_reset');
    expect(outcome.failures_by_kind.connection_reset).toBe(1);
    expect(record.text_event_ms.length).toBeLessThanOrEqual(3);
  });

  it('a stream stalled past the request timeout is timeout', async () => {
    const started = performance.now();
    const { outcome, record } = await one('tokens=6 fault=stall@2', 300);
    // The stall lasts for ever: finishing at all proves the timeout fired. The bound is only a backstop
    // against a timeout that fires far too late, wide enough for a loaded 2-core machine.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(record.error?.kind).toBe('timeout');
    expect(record.error?.message).toContain('300 ms');
    expect(record.text_event_ms).toHaveLength(2);
    expect(outcome.failures_by_kind.timeout).toBe(1);
  });

  it('a garbage line is malformed_event', async () => {
    const { outcome, record } = await one('tokens=6 fault=garbage@2');
    expect(record.error?.kind).toBe('malformed_event');
    expect(record.error?.message).toContain('not JSON');
    expect(outcome.failures_by_kind.malformed_event).toBe(1);
  });

  it('an error object in the stream is server_error_event', async () => {
    const { record } = await one('tokens=6 fault=error_event@1');
    expect(record.error?.kind).toBe('server_error_event');
    expect(record.error?.message).toContain('scripted engine error');
  });

  it('a stream without text is no_text', async () => {
    const { record } = await one('fault=no_text');
    expect(record.error?.kind).toBe('no_text');
    expect(record.ttft_ms).toBeNull();
  });

  it('a refused connection is connection_refused', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const { record } = await one('tokens=2', 3000, `http://127.0.0.1:${port}`);
    expect(record.error?.kind).toBe('connection_refused');
  });

  it('a connection closed before any response byte is retried once on a fresh connection and counted', async () => {
    const { outcome, record } = await one('id=cb tokens=3 fault=close_before_response');
    expect(record.error).toBeNull();
    expect(record.retries).toBe(1);
    expect(record.output_tokens).toBe(3);
    expect(outcome.retried_connections).toBe(1);
    expect(server.emissionById('cb')?.attempt).toBe(2);
  });

  it('a kept-alive connection the server drops before answering is retried on a fresh one', async () => {
    server.clear();
    const outcome = await runLoad({
      endpoint: server.url, api: 'chat', model: 'm',
      prompts: [{ id: 'first', prompt: '[[tokens=2]]' }, { id: 'second', prompt: '[[id=ka tokens=2 fault=close_if_reused]]' }],
      request: { max_tokens: 8, temperature: 0, timeout_ms: 3000 }, shape: { kind: 'concurrency', concurrency: 1 }, warmup_requests: 0,
    });
    const second = outcome.records.find((r) => r.id === 'second')!;
    expect(second.error).toBeNull();
    expect(second.retries).toBe(1);
    expect(outcome.retried_connections).toBe(1);
    // The server saw it twice: once on the reused socket (dropped), once on a new one.
    const seen = server.received.filter((r) => JSON.stringify(r.body).includes('id=ka'));
    expect(seen.map((r) => r.socket_reused)).toEqual([true, false]);
  });

  it('failed requests are left out of latency figures and counted by kind', async () => {
    const outcome = await runLoad({
      endpoint: server.url, api: 'completions', model: 'm',
      prompts: [
        { id: 'ok1', prompt: 'a [[tokens=4]]' }, { id: 'ok2', prompt: 'b [[tokens=4]]' },
        { id: 'bad', prompt: 'c [[fault=status:500]]' }, { id: 'garb', prompt: 'd [[tokens=4 fault=garbage@1]]' },
      ],
      request: { max_tokens: 8, temperature: 0, timeout_ms: 3000 }, shape: { kind: 'concurrency', concurrency: 2 }, warmup_requests: 0,
    });
    const s = summarizeLatency(outcome.records);
    expect(s.completed_requests).toBe(2);
    expect(s.failed_requests).toBe(2);
    expect(s.failed_by_kind).toEqual({ http_status: 1, malformed_event: 1 });
    expect(s.ttft_ms.count).toBe(2);
  });
});

describe('time budget and interruption', () => {
  it('stops at the time budget, cancels what is in flight as aborted, and the run rule fails it', async () => {
    const started = performance.now();
    const outcome = await runLoad({
      endpoint: server.url, api: 'chat', model: 'm',
      prompts: Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, prompt: `x [[tokens=4 fault=stall@1]]` })),
      request: { max_tokens: 8, temperature: 0, timeout_ms: 60_000 }, shape: { kind: 'concurrency', concurrency: 3 }, warmup_requests: 0,
      time_budget_ms: 300,
    });
    // Backstop only: without the budget the stalled requests would wait out their 60 s timeout.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(outcome.budget_exhausted).toBe(true);
    expect(outcome.records).toHaveLength(3);
    expect(outcome.failures_by_kind.aborted).toBe(3);
    const decision = decideFailureRate(outcome.records, 0.5);
    expect(decision.fails_run).toBe(true);
    expect(decision.message).toBe('no measured request finished before the run stopped');
  });

  it('stops when the caller aborts and says it was interrupted', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const outcome = await runLoad({
      endpoint: server.url, api: 'chat', model: 'm', prompts: [{ id: 'i', prompt: '[[tokens=4 fault=stall@1]]' }],
      request: { max_tokens: 8, temperature: 0, timeout_ms: 60_000 }, shape: { kind: 'offline' }, warmup_requests: 0, signal: ac.signal,
    });
    expect(outcome.interrupted).toBe(true);
    expect(outcome.records[0]?.error?.kind).toBe('aborted');
  });
});

describe('failure-rate rule', () => {
  const rec = (i: number, failed: boolean, kind: 'timeout' | 'aborted' = 'timeout', warmup = false): RequestRecord => ({
    id: `r${i}`, index: i, warmup, step: 0, send_ms: i, ttft_ms: failed ? null : 5, first_choice_ms: failed ? null : 5, e2el_ms: failed ? null : 9,
    close_ms: 10, text_event_ms: failed ? [] : [5, 9], prompt_tokens: 3, output_tokens: failed ? null : 2, output_tokens_estimated: false,
    finish_reason: failed ? null : 'stop', text: '', retries: 0, error: failed ? { kind, message: 'x' } : null,
  });

  it('fails the run above the limit with exit code 4, passes at or below it', () => {
    const records = [...Array.from({ length: 9 }, (_, i) => rec(i, false)), rec(9, true)];
    expect(decideFailureRate(records, 0.1).fails_run).toBe(false);
    const d = decideFailureRate(records, 0.05);
    expect(d).toMatchObject({ failed: 1, counted: 10, completed: 9, fails_run: true });
    expect(d.message).toBe('1 of 10 measured requests failed (10.0%), above the limit of 5.0%; first: request r9 (timeout): x');
    try {
      enforceFailureRate(records, 0.05);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RunError);
      expect((err as RunError).exitCode).toBe(ExitCode.runFailure);
    }
  });

  it('leaves out warmup and aborted requests, and fails a run with nothing completed', () => {
    const records = [rec(0, false), rec(1, true, 'aborted'), rec(2, true, 'timeout', true)];
    expect(decideFailureRate(records, 0)).toMatchObject({ failed: 0, counted: 1, fails_run: false });
    expect(decideFailureRate([rec(0, true)], 1)).toMatchObject({ fails_run: true, message: 'all 1 measured requests failed; first: request r0 (timeout): x' });
  });
});
