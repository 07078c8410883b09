import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/settings-schema.js';
import { scoreCorpus } from '../../src/metrics/rouge/index.js';
import { runCli } from '../support/run-cli.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';
import { TINY_MODEL_CONFIG } from '../support/tiny-model-config.js';

/**
 * `infergate run` (the built CLI) against the scripted vLLM-shaped server over 50 XSum rows. The server's
 * behaviour is known — 20 tokens per request, first token 40 ms after arrival, then one every 10 ms — and
 * it logs when it actually wrote each frame, so the figures infergate prints are checked against that log.
 * Tolerance: the client can never report less than the server's schedule (checked tightly), and at most
 * SLACK_MS more than the server's own log shows. The upper bound is a backstop against gross errors (a
 * send stamped at queue time, a stamp taken after a batch), sized for a 2-core machine with both cores
 * busy elsewhere; accuracy itself is measured by `npm run bench:load`, not by a test.
 */
const TOKENS = 20;
const TTFT_MS = 40;
const ITL_MS = 10;
const ROWS = 50;
/** The default warm-up: requests before the measured ones, recorded and flagged, in no figure. */
const WARMUP = DEFAULT_SETTINGS.load.warmup_requests;
const SLACK_MS = 1000;

const MODEL_CONFIG = TINY_MODEL_CONFIG;

describe('infergate run against a scripted OpenAI-compatible server', () => {
  let server: ScriptedServer;
  let cwd: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  let results: Record<string, any>;

  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: TOKENS, ttft_ms: TTFT_MS, itl_ms: ITL_MS } });
    const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
    cwd = tempTree({
      'host.yaml': ['model_path: model', 'data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'gpu_nums: 1', 'vendor: acme', 'config_path: configs', `endpoint: ${server.url}`, 'model_name: scripted'].join('\n'),
      // A closed loop of 8 streams: 50 connections opened at the same instant would measure the test
      // machine's connection setup (which TTFT includes by definition), not infergate's timing.
      'configs/acme/external/task.yaml': `GPU_NAME: H100-SXM\nGPU_BF16: 989.4\ntask_nums: ${ROWS}\nload:\n  shape: concurrency\n  concurrency: 8\n`,
      'model/config.json': JSON.stringify(MODEL_CONFIG),
      'xsum.jsonl': data,
    });
    result = await runCli(['run', '--host', 'host.yaml', '--out', 'run'], { cwd });
    results = JSON.parse(readFileSync(join(cwd, 'run', 'results.json'), 'utf8'));
  }, 120_000);

  const measured = () => server.emissions.filter((e) => e.text_epoch_ms.length === TOKENS);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const serverTtftMs = () => mean(measured().map((e) => (e.text_epoch_ms[0] as number) - e.received_epoch_ms));
  const serverE2elMs = () => mean(measured().map((e) => (e.text_epoch_ms.at(-1) as number) - e.received_epoch_ms));
  const serverTpotMs = () => mean(measured().map((e) => ((e.text_epoch_ms.at(-1) as number) - (e.text_epoch_ms[0] as number)) / (TOKENS - 1)));

  afterAll(async () => {
    await server?.close();
  });

  const line = (name: string) => Number(new RegExp(`^${name}:([0-9.e+-]+)$`, 'm').exec(result.stdout)?.[1]);

  it('exits 0 and prints the seed lines in order, with their units', () => {
    expect(result.code, result.stderr).toBe(0);
    const names = result.stdout.trim().split('\n').map((line) => line.split(':')[0]);
    expect(names).toEqual(['TTFT', 'Throughput', 'Tps', 'Time', 'MFU', 'ROUGE1', 'ROUGE2', 'ROUGEL']);
    expect(line('TTFT')).toBeGreaterThanOrEqual(TTFT_MS / 1000);
    expect(line('TTFT')).toBeLessThan((serverTtftMs() + SLACK_MS) / 1000);
    // Printed at their stated precision (docs/metrics.md): Throughput 3 decimals, Tps 1, Time 2.
    expect(result.stdout).toContain(`Time:${results.headline.duration_s.toFixed(2)}\n`);
    expect(line('Throughput')).toBe(Number((ROWS / results.headline.duration_s).toFixed(3)));
    expect(line('Tps')).toBe(Number(((ROWS * TOKENS) / results.headline.duration_s).toFixed(1)));
    expect(line('MFU')).toBeGreaterThan(0);
    expect(line('MFU')).toBeLessThan(1);
  });

  it('scores the predictions with ROUGE-1.5.5 (the default mode) and prints its F-measures', () => {
    const predictions = readFileSync(join(cwd, 'run', 'predictions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const expected = scoreCorpus(predictions, { mode: 'rouge155' });
    expect(line('ROUGE1')).toBe(Number(expected.rouge1.fmeasure.mid.toFixed(4)));
    expect(line('ROUGE2')).toBe(Number(expected.rouge2.fmeasure.mid.toFixed(4)));
    expect(results.headline.rouge1).toBe(expected.rouge1.fmeasure.mid);
    expect(results.headline_intervals.rouge1.low).toBeLessThanOrEqual(results.headline.rouge1);
    expect(results.metrics.rouge['rouge-score'].rougeLsum).toBeDefined();
    expect(predictions[0].rouge.rouge1).toBe(expected.per_pair[0]!.scores.rouge1!.fmeasure);
  });

  it('counts tokens from the server usage', () => {
    expect(results.status).toBe('completed');
    expect(results.headline.completed_requests).toBe(ROWS);
    expect(results.headline.failed_requests).toBe(0);
    expect(results.headline.total_output_tokens).toBe(ROWS * TOKENS);
    expect(results.metrics.latency.output_tokens_estimated).toBe(false);
  });

  it('measures TTFT, TPOT and E2EL against the server schedule', () => {
    const h = results.headline;
    const e2el = TTFT_MS + (TOKENS - 1) * ITL_MS;
    expect(h.ttft_ms_min).toBeGreaterThanOrEqual(TTFT_MS - 1);
    expect(h.ttft_ms_mean).toBeLessThan(serverTtftMs() + SLACK_MS);
    // A request's TPOT is (last stamp − first stamp) / 19, so a first token stamped late on a busy machine
    // pulls it below the server's 10 ms: the mean has no floor that load cannot break. The largest TPOT of
    // 50 requests does (one request whose first token was stamped no later than its last), and a client that
    // stamped tokens per batch instead of per event would leave every TPOT near 0 and fail it.
    expect(h.tpot_ms_max).toBeGreaterThanOrEqual(ITL_MS - 1);
    // Backstop against gross errors only, as SLACK_MS is: accuracy is bench:load's job.
    expect(Math.abs(h.tpot_ms_mean - serverTpotMs())).toBeLessThan(SLACK_MS / (TOKENS - 1));
    expect(h.e2el_ms_min).toBeGreaterThanOrEqual(e2el - 1);
    expect(h.e2el_ms_mean).toBeLessThan(serverE2elMs() + SLACK_MS);
    expect(h.duration_s).toBeGreaterThanOrEqual(e2el / 1000);
  });

  it('sent what the configuration asked for', () => {
    // The readiness check sends one 1-token request first; then the warm-up's requests and the measured ones.
    const bodies = server.received.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body as Record<string, any>).filter((b) => b.max_tokens !== 1);
    expect(bodies).toHaveLength(WARMUP + ROWS);
    for (const body of bodies) {
      expect(body.stream).toBe(true);
      expect(body.stream_options).toEqual({ include_usage: true });
      expect(body.max_tokens).toBe(64);
      expect(body.temperature).toBe(0);
      expect(body.model).toBe('scripted');
      expect(body.messages.at(-1).content).toMatch(/\n\nSummarize the above article in 1 sentence\.$/);
    }
  });

  it('writes the run folder', () => {
    const all = readFileSync(join(cwd, 'run', 'requests.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(all.filter((r) => r.warmup)).toHaveLength(WARMUP);
    const requests = all.filter((r) => !r.warmup);
    expect(requests).toHaveLength(ROWS);
    expect(requests[0]).toHaveProperty('text_event_ms');
    expect(requests[0].text_event_ms).toHaveLength(TOKENS);
    const predictions = readFileSync(join(cwd, 'run', 'predictions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(predictions).toHaveLength(ROWS);
    expect(predictions.every((p: { prediction: string }) => p.prediction.length > 0)).toBe(true);
    expect(results.dataset.rows_used).toBe(ROWS);
    expect(results.dataset.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(readFileSync(join(cwd, 'run', 'console.log'), 'utf8')).toContain('TTFT:');
    expect(results.schema).toBe('infergate/results');
    expect(readFileSync(join(cwd, 'run', 'report.html'), 'utf8')).toContain('<svg');
  });
});
