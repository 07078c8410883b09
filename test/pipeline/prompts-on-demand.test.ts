import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RowPrompts } from '../../src/dataset/build-prompts.js';
import { runBenchmark } from '../../src/pipeline/run-benchmark.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

const ROWS = 50;
const MAX_TOKENS = 3;
const isMeasured = (body: unknown): boolean => (body as { max_tokens?: number } | null)?.max_tokens === MAX_TOKENS;

/**
 * The run builds each prompt as the load sends its request (RowPrompts, asked through the load's
 * PromptSource), not all of them before the first: counted by the calls that build a prompt, read when the
 * scripted server receives the first completion request. One stream, no warm-up: by then the load has built
 * the prompt it checks before sending and the first request's.
 */
describe('prompts built as requests are sent', () => {
  let server: ScriptedServer;
  let builtAtFirstRequest: number | null = null;
  const build = vi.spyOn(RowPrompts.prototype, 'build');

  beforeAll(async () => {
    server = await startScriptedServer({
      shape: 'vllm', model: 'scripted', defaults: { tokens: 2, ttft_ms: 0, itl_ms: 0 },
      // Told of each request with its body, before it is answered; the readiness probe asks for 1 token.
      plan: (request) => {
        if (isMeasured(request.body)) builtAtFirstRequest ??= build.mock.calls.length;
        return {};
      },
    });
  });
  afterAll(async () => server?.close());
  afterEach(() => build.mockClear());

  it('builds two prompts before the first request, and each of the 50 once as it is sent', async () => {
    const root = tempTree({
      'xsum.jsonl': readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8'),
      'configs/acme/external/task.yaml': `task_nums: ${ROWS}\nrequest:\n  max_tokens: ${MAX_TOKENS}\nload:\n  shape: concurrency\n  concurrency: 1\n  warmup_requests: 0\n`,
    });
    const host = [`data_path: ${join(root, 'xsum.jsonl')}`, `log_path: ${join(root, 'log')}`, 'vendor: acme', `config_path: ${join(root, 'configs')}`, `endpoint: ${server.url}`, 'model_name: scripted', 'engine: external', 'telemetry:', '  enabled: false'];
    writeFileSync(join(root, 'host.yaml'), host.join('\n'));
    const outcome = await runBenchmark({ hostPath: join(root, 'host.yaml'), overrides: [], allowPathsOutsideWorkspace: true }, { log: { info: () => undefined, warn: () => undefined }, printLine: () => undefined });
    expect(outcome.error).toBeNull();
    expect(outcome.results.headline.completed_requests).toBe(ROWS);
    expect(builtAtFirstRequest).toBe(2);
    expect(build).toHaveBeenCalledTimes(ROWS + 1);
    const sent = server.received.filter((r) => isMeasured(r.body)).map((r) => (r.body as { messages: Array<{ content: string }> }).messages.at(-1)!.content);
    expect(sent).toHaveLength(ROWS);
    expect(new Set(sent).size).toBe(ROWS);
  }, 60_000);
});
