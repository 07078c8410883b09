import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { adapterFor, countPromptTokens, groupMembers, readServedLimits, startEngine, type RunningEngine } from '../../src/engine/index.js';
import { freePort, tempDir, removeTempDirs } from '../support/fake-engine-settings.js';
import { llamaServerForTests } from '../support/llama-server-binary.js';

afterAll(removeTempDirs);

// The real CPU engine: llama-server built by scripts/build-llama-server.mjs, with the tiny model that
// ships in test/fixtures/models. Skipped when the binary is not built, unless the run requires it.
const llamaServer = llamaServerForTests('llama-server tests');
const binary = llamaServer.binary;
const MODEL = fileURLToPath(new URL('../fixtures/models/sotu-tiny-1.4m-f16.gguf', import.meta.url));

interface StreamResult {
  text: string;
  textEvents: number;
  finishReason: string | null;
  usage: { prompt_tokens: number; completion_tokens: number } | null;
  /** Whether usage arrived on a chunk that also carried finish_reason. */
  usageOnFinishChunk: boolean;
}

/** Plain fetch + a minimal SSE reader: the load stage has its own; this test must not depend on it. */
async function stream(engine: RunningEngine, path: string, body: Record<string, unknown>): Promise<StreamResult> {
  const response = await fetch(`${engine.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: engine.model, stream: true, stream_options: { include_usage: true }, ...engine.quirks.extraBody, ...body }),
  });
  expect(response.status).toBe(200);
  const raw = await response.text();
  const result: StreamResult = { text: '', textEvents: 0, finishReason: null, usage: null, usageOnFinishChunk: false };
  for (const line of raw.split('\n')) {
    if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
    const chunk = JSON.parse(line.slice(6)) as {
      choices: { delta?: { content?: string }; text?: string; finish_reason: string | null }[];
      usage?: { prompt_tokens: number; completion_tokens: number };
    };
    const choice = chunk.choices[0];
    const piece = choice?.delta?.content ?? choice?.text ?? '';
    if (piece !== '') {
      result.text += piece;
      result.textEvents += 1;
    }
    if (choice?.finish_reason) result.finishReason = choice.finish_reason;
    if (chunk.usage) {
      result.usage = chunk.usage;
      result.usageOnFinishChunk = Boolean(choice?.finish_reason);
    }
  }
  return result;
}

describe.runIf(llamaServer.run)('llama-server through the llamacpp adapter (real CPU engine)', () => {
  it('starts, streams chat completions, stops leaving no process, and keeps its log', async () => {
    expect(binary, 'INFERGATE_REQUIRE_LLAMA_SERVER=1 but no llama-server is built; run `node scripts/build-llama-server.mjs`').not.toBeNull();
    const logDir = tempDir('llama');
    const engine = await startEngine({
      engine: 'llamacpp',
      modelPath: MODEL,
      servedModelName: 'sotu-tiny',
      host: '127.0.0.1',
      port: await freePort(),
      gpuNums: 0,
      maxModelLen: 1024,
      extraArgs: ['--threads', '2'],
      env: {},
      binary: binary ?? undefined,
      startupTimeoutS: 60,
      logDir,
    }, { pollMs: 100 });
    const pgid = engine.pgid ?? 0;
    try {
      expect(engine.version).toMatch(/^\d+/);
      // The GGUF's embedded template (it joins the messages with spaces) is the one applied, not ChatML.
      const templated = await fetch(`${engine.baseUrl}/apply-template`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'system', content: 'S' }, { role: 'user', content: 'U' }] }),
      });
      expect(await templated.json()).toEqual({ prompt: 'S U' });
      const prompt = { messages: [{ role: 'user', content: 'Summarize: the union is strong and the economy grows.' }], max_tokens: 24, temperature: 0, seed: 7 };
      const first = await stream(engine, '/v1/chat/completions', prompt);
      const second = await stream(engine, '/v1/chat/completions', prompt);
      for (const result of [first, second]) {
        expect(result.text.length).toBeGreaterThan(0);
        // The model never emits end-of-text, so every request runs to max_tokens.
        expect(result.finishReason).toBe('length');
        expect(result.usage?.completion_tokens).toBe(24);
        // Chat streams send usage on a separate last chunk with empty choices.
        expect(result.usageOnFinishChunk).toBe(false);
      }
      // Same seed, temperature 0, no prompt cache: the same text both times.
      expect(second.text).toBe(first.text);

      const completion = await stream(engine, '/v1/completions', { prompt: 'The state of the union', max_tokens: 8, temperature: 0 });
      expect(completion.usage?.completion_tokens).toBe(8);

      // The limits and the token count come from the routes and fields the scripted llamacpp server
      // imitates (test/support/served-limits-routes.ts): one slot's n_ctx and the slot count on /props,
      // the templated prompt's tokens from /apply-template + /tokenize (BOS included).
      expect(await readServedLimits(engine.baseUrl, adapterFor('llamacpp'), engine.model)).toMatchObject({ contextTokens: 1024, slots: expect.any(Number) as number });
      const counted = await countPromptTokens(engine.baseUrl, 'llamacpp', engine.model, { messages: [{ role: 'user', content: 'the union is strong' }] });
      expect(counted).toBeGreaterThanOrEqual(5);
      expect(counted).toBeLessThan(20);

      const metrics = await fetch(engine.metricsUrl ?? '');
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/^llamacpp:/m);
    } finally {
      await engine.stop();
    }
    expect(groupMembers(pgid)).toEqual([]);
    const log = readFileSync(engine.logFile ?? '', 'utf8');
    expect(log).toContain('[infergate] launch: ');
    expect(log).toMatch(/Z \[std(?:out|err)\] .*sotu-tiny|Z \[std(?:out|err)\] .*llama/);
    expect(log).toMatch(/\[infergate\] ready at http:\/\/127\.0\.0\.1:/);
  }, 120_000); // a few seconds normally; generous because CI machines are shared
});
