/**
 * runLoad against the scripted server, for every load shape: per-request TTFT, TPOT, E2EL and token
 * counts against the server's own write times, and throughput and goodput against the request times.
 *
 * Tolerance: a measured time may not precede the server's write (the client cannot see bytes before
 * they are written) and may trail it by at most SLACK_MS: loopback delivery plus event-loop delay on a
 * shared 2-core CI machine, with server and client on one event loop. The bench (npm run bench:load) measures the real error distribution.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, type LoadOutcome, type LoadShape } from '../../src/load/index.js';
import { headlineLatency, summarizeLatency } from '../../src/metrics/latency/index.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { ENGINE_SHAPES } from '../support/stream-shapes.js';

const SLACK_MS = 50;
const EPS = 0.01;

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer({ shape: 'vllm' });
});
afterAll(async () => {
  await server.close();
});

/** Prompt i asks for 3 + (i % 5) tokens, TTFT 20 + 2·(i % 3) ms and 4 ms between tokens. */
function prompts(n: number, tag: string): Array<{ id: string; prompt: string }> {
  return Array.from({ length: n }, (_, i) => ({
    id: `${tag}-${i}`,
    prompt: `summarize item ${i} [[id=${tag}-${i} tokens=${3 + (i % 5)} ttft=${20 + 2 * (i % 3)} itl=4]]`,
  }));
}

function checkAgainstServer(outcome: LoadOutcome, srv: ScriptedServer): void {
  const epochStart = performance.timeOrigin + outcome.started_ms;
  for (const r of outcome.records) {
    expect(r.error).toBeNull();
    if (r.warmup) continue;
    const em = srv.emissionById(r.id)!;
    expect(em).toBeDefined();
    const sendEpoch = epochStart + r.send_ms;
    const truthTtft = em.text_epoch_ms[0]! - sendEpoch;
    const truthE2el = em.text_epoch_ms.at(-1)! - sendEpoch;
    expect(r.ttft_ms!).toBeGreaterThanOrEqual(truthTtft - EPS);
    expect(r.ttft_ms!).toBeLessThanOrEqual(truthTtft + SLACK_MS);
    expect(r.e2el_ms!).toBeGreaterThanOrEqual(truthE2el - EPS);
    expect(r.e2el_ms!).toBeLessThanOrEqual(truthE2el + SLACK_MS);
    // The scripted schedule itself: TTFT at least the scripted delay.
    expect(r.ttft_ms!).toBeGreaterThanOrEqual(em.plan.ttft_ms - 1);
    expect(r.output_tokens).toBe(em.plan.tokens);
    expect(r.output_tokens_estimated).toBe(false);
    expect(r.text_event_ms).toHaveLength(em.plan.tokens);
    expect(r.text).toBe(em.text);
    expect(r.prompt_tokens).toBe(em.plan.prompt_tokens);
    // Completions carry no role chunk: vLLM's variant is the same event as ours.
    expect(r.first_choice_ms!).toBe(r.ttft_ms!);
  }
  const summary = summarizeLatency(outcome.records, { slo: { ttft_ms: 1000 } });
  // TPOT ground truth from the server's writes, averaged over requests.
  const truthTpot = outcome.records.filter((r) => !r.warmup).map((r) => {
    const t = srv.emissionById(r.id)!.text_epoch_ms;
    return (t.at(-1)! - t[0]!) / (t.length - 1);
  });
  const meanTruthTpot = truthTpot.reduce((a, b) => a + b, 0) / truthTpot.length;
  expect(Math.abs(summary.tpot_ms.mean! - meanTruthTpot)).toBeLessThanOrEqual(SLACK_MS / 4);
  // Throughput from the records' own times.
  const measured = outcome.records.filter((r) => !r.warmup);
  const first = Math.min(...measured.map((r) => r.send_ms));
  const last = Math.max(...measured.map((r) => r.send_ms + r.close_ms!));
  expect(summary.duration_s).toBeCloseTo((last - first) / 1000, 9);
  expect(summary.throughput_rps).toBeCloseTo(measured.length / ((last - first) / 1000), 6);
  const tokens = measured.reduce((a, r) => a + srv.emissionById(r.id)!.plan.tokens, 0);
  expect(summary.total_output_tokens).toBe(tokens);
  expect(summary.output_tps).toBeCloseTo(tokens / ((last - first) / 1000), 6);
  expect(summary.goodput?.good_fraction).toBe(1);
  expect(headlineLatency(summary).completed_requests).toBe(measured.length);
}

async function run(shape: LoadShape, n: number, tag: string, warmup = 8): Promise<LoadOutcome> {
  server.clear();
  return runLoad({
    endpoint: server.url, api: 'completions', model: 'scripted-model', prompts: prompts(n, tag),
    request: { max_tokens: 16, temperature: 0, seed: 1, timeout_ms: 5000 }, shape, warmup_requests: warmup,
  });
}

describe('runLoad against the scripted server', () => {
  it('offline: every request at once, with warmup excluded from the figures', async () => {
    const outcome = await run({ kind: 'offline' }, 24, 'off');
    const warm = outcome.records.filter((r) => r.warmup);
    expect(warm).toHaveLength(8);
    const measured = outcome.records.filter((r) => !r.warmup);
    expect(measured).toHaveLength(24);
    // All 24 were sent before any finished.
    const lastSend = Math.max(...measured.map((r) => r.send_ms));
    const firstEnd = Math.min(...measured.map((r) => r.send_ms + r.close_ms!));
    expect(lastSend).toBeLessThan(firstEnd);
    expect(summarizeLatency(outcome.records).completed_requests).toBe(24);
    checkAgainstServer({ ...outcome, records: measured }, server);
  });

  it('warm-up goes through the first step\'s concurrency limit and connections, and only then does the clock start', async () => {
    const outcome = await run({ kind: 'concurrency', concurrency: 3 }, 6, 'wu', 12);
    const warm = outcome.records.filter((r) => r.warmup);
    expect(warm).toHaveLength(12);
    const spans = warm.map((r) => [r.send_ms, r.send_ms + r.close_ms!] as const);
    for (const [s] of spans) expect(spans.filter(([a, b]) => a <= s && s < b).length).toBeLessThanOrEqual(3);
    // Three connections, opened before the warm-up, carry every request: each one's first request is a warm-up request.
    const received = server.received.filter((r) => JSON.stringify(r.body).includes('id=wu-'));
    expect(received).toHaveLength(18);
    expect(received.filter((r) => !r.socket_reused)).toHaveLength(3);
    expect(received.slice(12).every((r) => r.socket_reused)).toBe(true);
    const lastWarmEnd = Math.max(...spans.map(([, b]) => b));
    expect(outcome.steps[0]!.started_ms).toBeGreaterThanOrEqual(lastWarmEnd - EPS);
    expect(outcome.steps[0]!.requests).toBe(6);
  });

  it('fixed concurrency: never more than N in flight', async () => {
    const outcome = await run({ kind: 'concurrency', concurrency: 4 }, 20, 'conc');
    const spans = outcome.records.filter((r) => !r.warmup).map((r) => [r.send_ms, r.send_ms + r.close_ms!] as const);
    for (const [s] of spans) {
      const inFlight = spans.filter(([a, b]) => a <= s && s < b).length;
      expect(inFlight).toBeLessThanOrEqual(4);
    }
    checkAgainstServer(outcome, server);
  });

  it('open-loop Poisson rate: mean gap near 1/rate', async () => {
    const outcome = await run({ kind: 'rate', rate_rps: 50, arrival: 'poisson', seed: 7 }, 40, 'poi');
    const sends = outcome.records.filter((r) => !r.warmup).map((r) => r.send_ms).sort((a, b) => a - b);
    const span = sends.at(-1)! - sends[0]!;
    // 39 gaps with mean 20 ms. No request is sent before its arrival time, so only a first send late by
    // more than ~400 ms could pull the mean gap below 10 ms: the lower bound holds on a loaded machine and
    // catches a schedule that sends everything at once. The upper bound is a backstop against seconds
    // taken for milliseconds.
    expect(span / 39).toBeGreaterThan(10);
    expect(span / 39).toBeLessThan(100);
    checkAgainstServer(outcome, server);
  });

  it('open-loop gamma rate with a concurrency cap holds the cap', async () => {
    const outcome = await run({ kind: 'rate', rate_rps: 1000, arrival: 'gamma', burstiness: 0.5, max_concurrency: 3, seed: 3 }, 18, 'gam');
    const spans = outcome.records.filter((r) => !r.warmup).map((r) => [r.send_ms, r.send_ms + r.close_ms!] as const);
    for (const [s] of spans) expect(spans.filter(([a, b]) => a <= s && s < b).length).toBeLessThanOrEqual(3);
    checkAgainstServer(outcome, server);
  });

  it('sweep: one step per entry, each over the whole prompt list', async () => {
    const outcome = await run({ kind: 'sweep', steps: [{ kind: 'concurrency', concurrency: 1 }, { kind: 'concurrency', concurrency: 8 }] }, 8, 'sw');
    expect(outcome.steps.map((s) => [s.step, s.shape, s.requests, s.completed])).toEqual([
      [0, 'concurrency 1', 8, 8],
      [1, 'concurrency 8', 8, 8],
    ]);
    expect(outcome.records.filter((r) => r.step === 1)).toHaveLength(8);
    // Step 0 ran one at a time: its duration is at least the sum of its E2ELs.
    const step0 = outcome.records.filter((r) => r.step === 0 && !r.warmup);
    const s0 = summarizeLatency(step0);
    expect(s0.duration_s! * 1000).toBeGreaterThanOrEqual(step0.reduce((a, r) => a + r.e2el_ms!, 0) - 1);
    checkAgainstServer({ ...outcome, records: outcome.records.filter((r) => r.step === 1) }, server);
  });

  it('goodput counts exactly the requests that meet every objective', async () => {
    server.clear();
    // Even prompts answer after 5 ms, odd ones after 200 ms; the TTFT objective of 100 ms splits them.
    const ps = Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, prompt: `[[id=g${i} tokens=3 itl=2 ttft=${i % 2 === 0 ? 5 : 200}]]` }));
    const outcome = await runLoad({
      endpoint: server.url, api: 'chat', model: 'm', prompts: ps, request: { max_tokens: 8, temperature: 0, timeout_ms: 5000 },
      shape: { kind: 'offline' }, warmup_requests: 2,
    });
    const s = summarizeLatency(outcome.records, { slo: { ttft_ms: 100, tpot_ms: 50 } });
    expect(s.goodput?.good_requests).toBe(4);
    expect(s.goodput?.good_fraction).toBe(0.5);
    expect(s.goodput?.goodput_rps).toBeCloseTo(4 / s.duration_s!, 9);
    // Duration spans at least the slow requests' scripted time.
    expect(s.duration_s!).toBeGreaterThanOrEqual(0.2);
  });

  it('sends the request body the contract asks for, with extra_body and quirks', async () => {
    server.clear();
    await runLoad({
      endpoint: `${server.url}/v1`, api: 'chat', model: 'm', prompts: [{ id: 'b', messages: [{ role: 'user', content: 'hi [[tokens=2]]' }] }],
      request: { max_tokens: 5, temperature: 0, seed: 42, timeout_ms: 5000, extra_body: { ignore_eos: true, stream: false }, quirks: { max_tokens_field: 'max_completion_tokens' } },
      shape: { kind: 'offline' }, warmup_requests: 0, headers: { authorization: 'Bearer secret' },
    });
    const got = server.received.at(-1)!;
    expect(got.path).toBe('/v1/chat/completions');
    expect(got.headers.authorization).toBe('Bearer secret');
    expect(got.body).toEqual({
      model: 'm', messages: [{ role: 'user', content: 'hi [[tokens=2]]' }], max_completion_tokens: 5, temperature: 0, seed: 42,
      stream: true, stream_options: { include_usage: true }, ignore_eos: true,
    });
  });

  for (const shape of ENGINE_SHAPES) {
    for (const api of ['chat', 'completions'] as const) {
      it(`reads the ${shape} ${api} stream shape end to end`, async () => {
        const srv = await startScriptedServer({ shape, defaults: { ttft_ms: 30, itl_ms: 1 } });
        try {
          const outcome = await runLoad({
            endpoint: srv.url, api, model: 'm', prompts: [{ id: 'x', prompt: 'one two three [[id=x tokens=6 reasoning=2]]' }],
            request: { max_tokens: 50, temperature: 0, timeout_ms: 5000 }, shape: { kind: 'offline' }, warmup_requests: 0,
          });
          const r = outcome.records[0]!;
          expect(r.error).toBeNull();
          expect(r.output_tokens).toBe(8);
          expect(r.text_event_ms).toHaveLength(8);
          expect(r.prompt_tokens).toBe(6);
          expect(r.finish_reason).toBe('stop');
          if (api === 'chat' && shape !== 'tgi') {
            // A role-only chunk goes out at once; text only after the scripted 30 ms.
            expect(r.first_choice_ms!).toBeLessThan(r.ttft_ms!);
            expect(r.ttft_ms! - r.first_choice_ms!).toBeGreaterThan(10);
          } else {
            expect(r.first_choice_ms).toBe(r.ttft_ms);
          }
        } finally {
          await srv.close();
        }
      });
    }
  }

  it('falls back to counting text events when the server sends no usage, and says so', async () => {
    server.clear();
    const outcome = await runLoad({
      endpoint: server.url, api: 'chat', model: 'm', prompts: [{ id: 'nu', prompt: '[[id=nu tokens=5 usage=false]]' }],
      request: { max_tokens: 50, temperature: 0, timeout_ms: 5000 }, shape: { kind: 'offline' }, warmup_requests: 0,
    });
    const r = outcome.records[0]!;
    expect(r.output_tokens).toBe(5);
    expect(r.output_tokens_estimated).toBe(true);
    expect(r.prompt_tokens).toBeNull();
    const s = summarizeLatency(outcome.records);
    expect(s.output_tokens_estimated).toBe(true);
    expect(s.total_tps).toBeNull();
  });
});
