import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBenchmark, type RunOutcome } from '../../src/pipeline/run-benchmark.js';
import type { Logger } from '../../src/util/logger.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

const silent = { info: () => undefined, warn: () => undefined };

/** A run against a server already running, described by host.yaml lines; the log folder is the tree's log/. */
// The default task turns the warm-up off: these tests count the requests an engine flavour's quirks shape.
async function runAgainst(server: ScriptedServer, hostLines: string[], taskFolder: string, task = 'task_nums: 3\nload:\n  shape: concurrency\n  concurrency: 1\n  warmup_requests: 0\n', log: Logger = silent): Promise<{ root: string; outcome: RunOutcome }> {
  const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
  const root = tempTree({ 'xsum.jsonl': data, [`configs/acme/${taskFolder}/task.yaml`]: task });
  const host = [`data_path: ${join(root, 'xsum.jsonl')}`, `log_path: ${join(root, 'log')}`, 'vendor: acme', `config_path: ${join(root, 'configs')}`, `endpoint: ${server.url}`, 'model_name: scripted', 'telemetry:', '  enabled: false', ...hostLines];
  writeFileSync(join(root, 'host.yaml'), host.join('\n'));
  const outcome = await runBenchmark({ hostPath: join(root, 'host.yaml'), overrides: [], allowPathsOutsideWorkspace: true }, { log, printLine: () => undefined });
  return { root, outcome };
}

const completionBodies = (server: ScriptedServer) =>
  server.received.filter((r) => r.path === '/v1/chat/completions' && (r.body as { max_tokens?: number }).max_tokens !== 1).map((r) => r.body as Record<string, unknown>);

describe('an endpoint that behaves like its engine', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'llamacpp', model: 'scripted', defaults: { tokens: 4, ttft_ms: 1, itl_ms: 1 } });
  });
  afterAll(async () => server?.close());

  it('engine: external with engine_flavor: llamacpp turns llama-server\'s prompt cache off and names the log folder llamacpp', async () => {
    server.clear();
    const { root, outcome } = await runAgainst(server, ['engine: external', 'engine_flavor: llamacpp'], 'llamacpp');
    expect(outcome.error).toBeNull();
    const bodies = completionBodies(server);
    expect(bodies).toHaveLength(3);
    for (const body of bodies) expect(body.cache_prompt).toBe(false);
    expect(outcome.runDir.startsWith(join(root, 'log', 'llamacpp'))).toBe(true);
    expect(existsSync(join(root, 'log', 'external'))).toBe(false);
    expect(outcome.results.environment.engine).toBe('llamacpp');
  });

  it('a named engine given an endpoint is reached, not launched, with the same request settings', async () => {
    server.clear();
    const { root, outcome } = await runAgainst(server, ['engine: llamacpp'], 'llamacpp');
    expect(outcome.error).toBeNull();
    for (const body of completionBodies(server)) expect(body.cache_prompt).toBe(false);
    // Nothing was spawned: no process record, no engine log.
    const [runId] = readdirSync(join(root, 'log', 'llamacpp'));
    expect(existsSync(join(root, 'log', 'llamacpp', runId!, 'engine-process.json'))).toBe(false);
  });

  it('engine: external alone sends no engine-specific field', async () => {
    server.clear();
    const { outcome } = await runAgainst(server, ['engine: external'], 'external');
    expect(outcome.error).toBeNull();
    for (const body of completionBodies(server)) expect(body).not.toHaveProperty('cache_prompt');
  });
});

describe('defaults that fit the engine', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    // The demo model's case: a 1,024-token context that a 512-word article plus 64 output tokens can exceed
    // (here 300 tokens, so most of the 50 articles do), and 2 slots.
    server = await startScriptedServer({ shape: 'llamacpp', model: 'scripted', context_tokens: 300, slots: 2, defaults: { tokens: 4, ttft_ms: 1, itl_ms: 1 } });
  });
  afterAll(async () => server?.close());

  it('fit each prompt to the served context and send as many requests at once as the server has slots, saying both', async () => {
    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(`warning: ${m}`) };
    const { outcome } = await runAgainst(server, ['engine: external', 'engine_flavor: llamacpp', 'gpu_nums: 0'], 'llamacpp', 'task_nums: 50\n', log);
    expect(outcome.error?.message ?? null).toBeNull();
    expect(outcome.results.headline.completed_requests).toBe(50);
    const fit = outcome.results.dataset?.context_fit;
    expect(fit).toMatchObject({ context_tokens: 300, prompt_budget_tokens: 236, over_budget: 0, counted: true });
    expect(fit!.shortened).toBeGreaterThan(0);
    expect(lines).toContain(`the served context of 300 tokens (GET /props default_generation_settings.n_ctx, total_slots) minus request.max_tokens leaves 236 tokens per prompt: ${fit!.shortened} of 50 articles were shortened to fit, counted by the engine's tokenizer`);
    expect(lines.some((l) => l.startsWith('load: 2 requests in flight, a closed loop (the llamacpp server reports 2 slots;'))).toBe(true);
    expect(outcome.results.environment.load_shape).toBe('concurrency 2');
    // Every prompt the server received fits its context with room for the output.
    for (const body of completionBodies(server)) {
      const words = (body.messages as Array<{ content: string }>).map((m) => m.content).join('\n').split(/\s+/).filter(Boolean).length;
      expect(words).toBeLessThanOrEqual(236);
    }
  });
});
