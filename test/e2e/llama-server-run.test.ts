import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupMembers, readProcessRecord } from '../../src/engine/index.js';
import { freePort } from '../support/fake-engine-settings.js';
import { llamaServerForTests } from '../support/llama-server-binary.js';
import { runCli, type CliResult } from '../support/run-cli.js';

/**
 * The real CPU engine end to end: the built CLI (`infergate run`) launches llama-server through the
 * llamacpp adapter with the demo's configuration (configs/demo), sends 24 XSum prompts from the shipped
 * sample, stops the engine and writes the run folder. Skipped when llama-server is not built, unless
 * INFERGATE_REQUIRE_LLAMA_SERVER=1 (CI), where a missing binary fails.
 */
const llamaServer = llamaServerForTests('e2e llama-server run');
const binary = llamaServer.binary;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROWS = 24;
const MAX_TOKENS = 64;

describe.runIf(llamaServer.run)('infergate run with llama-server on the CPU (demo configuration)', () => {
  let outDir: string;
  let result: CliResult;
  let wallS: number;
  let results: Record<string, any>;
  let requests: Record<string, any>[];

  beforeAll(async () => {
    expect(binary, 'INFERGATE_REQUIRE_LLAMA_SERVER=1 but no llama-server is built; run `node scripts/build-llama-server.mjs`').not.toBeNull();
    outDir = join(mkdtempSync(join(tmpdir(), 'infergate-e2e-')), 'run');
    const started = Date.now();
    // The repository root is the working directory, as for `npm run demo`: the demo's paths are relative to it.
    result = await runCli([
      'run', '--host', 'configs/demo/host.yaml', '--out', outDir,
      '--set', `engine_options.binary=${binary ?? ''}`,
      '--set', `engine_options.port=${await freePort()}`,
      '--set', `task_nums=${ROWS}`,
      '--set', `request.max_tokens=${MAX_TOKENS}`,
      '--set', 'prompt.max_article_words=300',
    ], { cwd: ROOT, timeoutMs: 90_000 });
    wallS = (Date.now() - started) / 1000;
    results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8'));
    requests = readFileSync(join(outDir, 'requests.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  }, 120_000);

  afterAll(() => {
    if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
  });

  it('exits 0 and prints the seed lines', () => {
    expect(result.code, result.stderr).toBe(0);
    console.info(`e2e llama-server run: ${ROWS} requests in ${wallS.toFixed(1)} s wall (CLI start to exit)`);
    const lines = result.stdout.trim().split('\n');
    // CPU only (gpu_nums 0): MFU has no peak to compare with, so its line is absent, not zero.
    expect(lines.map((line) => line.split(':')[0])).toEqual(['TTFT', 'Throughput', 'Tps', 'Time', 'ROUGE1', 'ROUGE2', 'ROUGEL']);
    const value = (name: string) => Number(new RegExp(`^${name}:([0-9.e+-]+)$`, 'm').exec(result.stdout)?.[1]);
    expect(value('TTFT')).toBeGreaterThan(0);
    expect(value('Time')).toBeGreaterThan(0);
    // At their stated precision (docs/metrics.md), from the full duration results.json keeps.
    expect(value('Time')).toBe(Number(results.headline.duration_s.toFixed(2)));
    expect(value('Throughput')).toBe(Number((ROWS / results.headline.duration_s).toFixed(3)));
    expect(value('Tps')).toBe(Number(((ROWS * MAX_TOKENS) / results.headline.duration_s).toFixed(1)));
    // The model writes State of the Union prose, not summaries: ROUGE is low, but its words overlap.
    for (const name of ['ROUGE1', 'ROUGE2', 'ROUGEL']) expect(value(name)).toBeGreaterThanOrEqual(0);
    expect(value('ROUGE1')).toBeGreaterThan(0);
    expect(value('ROUGE1')).toBeLessThan(0.5);
    expect(value('ROUGEL')).toBeLessThanOrEqual(value('ROUGE1'));
  });

  it('completes every request with max_tokens output tokens, counted by the server', () => {
    expect(results.status).toBe('completed');
    expect(results.failure).toBeNull();
    expect(results.headline.completed_requests).toBe(ROWS);
    expect(results.headline.failed_requests).toBe(0);
    expect(results.headline.total_output_tokens).toBe(ROWS * MAX_TOKENS);
    // Warm by default: the warm-up's records are in requests.jsonl too, flagged; the measured run is ROWS.
    expect(requests.filter((record) => record.warmup !== true)).toHaveLength(ROWS);
    for (const record of requests) {
      expect(record.error).toBeNull();
      // The demo model never emits end-of-text: every request runs to max_tokens.
      expect(record.output_tokens).toBe(MAX_TOKENS);
      expect(record.output_tokens_estimated).toBe(false);
      expect(record.finish_reason).toBe('length');
    }
    expect(results.environment.engine).toBe('llamacpp');
    expect(results.environment.engine_version).toMatch(/\d/);
  });

  it('uses the chat template embedded in the GGUF', () => {
    // Rows 1 and 2 (cut to 300 words) are 547 and 554 tokens with BOS under the model's own template,
    // which passes the message through; ChatML (llama-server's fallback) would add 33 tokens to each.
    const byIndex = new Map(requests.map((record) => [record.index, record]));
    expect(byIndex.get(1)?.prompt_tokens).toBe(547);
    expect(byIndex.get(2)?.prompt_tokens).toBe(554);
  });

  it("keeps llama-server's log in output.txt and leaves no process of its group", () => {
    const log = readFileSync(join(outDir, 'output.txt'), 'utf8');
    expect(log).toContain(`[infergate] launch: ${binary ?? ''} --model test/fixtures/models/sotu-tiny-1.4m-f16.gguf`);
    expect(log).toContain('--jinja');
    expect(log).toMatch(/\[std(?:out|err)\] .*llama_server: initializing/);
    // One timing block per request that llama-server served (the readiness probe included).
    expect(log.match(/\[std(?:out|err)\] .*print_timing: .*total time =/g)?.length ?? 0).toBeGreaterThanOrEqual(ROWS);
    expect(log).toContain('[infergate] stopping process group');
    const record = readProcessRecord(outDir);
    expect(record?.engine).toBe('llamacpp');
    expect(record?.command).toBe(binary);
    expect(groupMembers(record?.pgid ?? 0)).toEqual([]);
  });
});

describe.runIf(llamaServer.run)('infergate run with llama-server: the prompt cache is off', () => {
  it('evaluates a repeated prompt in full (cache_prompt: false), so TTFT is not flattered', async () => {
    expect(binary, 'INFERGATE_REQUIRE_LLAMA_SERVER=1 but no llama-server is built').not.toBeNull();
    const outDir = join(mkdtempSync(join(tmpdir(), 'infergate-e2e-cache-')), 'run');
    try {
      // Two prompts, sent twice (repeat: 2) to two slots: with the prompt cache on, llama-server would
      // find each repeated prompt already in a slot and evaluate 1 token instead of all of them.
      const result = await runCli([
        'run', '--host', 'configs/demo/host.yaml', '--out', outDir,
        '--set', `engine_options.binary=${binary ?? ''}`,
        '--set', `engine_options.port=${await freePort()}`,
        '--set', 'task_nums=2', '--set', 'load.repeat=2', '--set', 'request.max_tokens=8',
        // No warm-up: the test pairs each evaluation in the engine's log with a measured request.
        '--set', 'load.warmup_requests=0',
      ], { cwd: ROOT, timeoutMs: 60_000 });
      expect(result.code, result.stderr).toBe(0);
      const records = readFileSync(join(outDir, 'requests.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { prompt_tokens: number; trial: number });
      expect(records.map((r) => r.trial).sort()).toEqual([0, 0, 1, 1]);
      const log = readFileSync(join(outDir, 'output.txt'), 'utf8');
      // llama-server logs the tokens it evaluated per request; the first entry is the readiness probe.
      const evaluated = [...log.matchAll(/prompt eval time = +[0-9.]+ ms \/ +(\d+) tokens/g)].map((m) => Number(m[1])).slice(1);
      const byNumber = (a: number, b: number) => a - b;
      expect(evaluated.sort(byNumber)).toEqual(records.map((r) => r.prompt_tokens).sort(byNumber));
    } finally {
      rmSync(join(outDir, '..'), { recursive: true, force: true });
    }
  }, 90_000);
});
