import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { groupMembers, readProcessRecord, startEngine, type RunningEngine } from '../../src/engine/index.js';
import { EngineError, InterruptedError } from '../../src/util/errors.js';
import { fakeSettings, removeTempDirs } from '../support/fake-engine-settings.js';

afterAll(removeTempDirs);

const started: RunningEngine[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((engine) => engine.stop().catch(() => undefined)));
});

async function start(...args: Parameters<typeof startEngine>): Promise<RunningEngine> {
  const engine = await startEngine(...args);
  started.push(engine);
  return engine;
}

async function rejection(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}

describe('startEngine with a real child process', () => {
  it('starts, reports version and metrics, logs with timestamps, and stops the whole group', async () => {
    const settings = await fakeSettings('llamacpp', { FAKE_ENGINE_CHILD: '1' });
    const engine = await start(settings, { pollMs: 50 });
    expect(engine.baseUrl).toBe(`http://127.0.0.1:${settings.port}`);
    expect(engine.model).toBe('fake-model');
    expect(engine.version).toBe('4242 (abc1234)');
    expect(engine.metricsUrl).toBe(`${engine.baseUrl}/metrics`);
    expect(engine.quirks.extraBody).toEqual({ cache_prompt: false });
    expect(engine.pgid).toBe(engine.pid);
    expect(readProcessRecord(settings.logDir)?.pgid).toBe(engine.pgid);
    const pgid = engine.pgid ?? 0;
    // The fake engine and its grandchild.
    expect(groupMembers(pgid).length).toBe(2);

    await engine.stop();
    expect(groupMembers(pgid)).toEqual([]);
    expect(await engine.exited).toEqual({ code: 0, signal: null });
    const log = readFileSync(join(settings.logDir, 'output.txt'), 'utf8');
    expect(log).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[infergate\] launch: /m);
    expect(log).toMatch(/Z \[stdout\] fake-engine: mode=ready/);
    expect(log).toMatch(/Z \[stdout\] request 1: chat max_tokens=1/);
    expect(log).toMatch(/Z \[stdout\] fake-engine: SIGTERM, shutting down/);
  });

  it('fails on an exit during startup without waiting for the pipes, quoting the log tail', async () => {
    const settings = await fakeSettings('llamacpp', { FAKE_ENGINE_MODE: 'exit-during-startup', FAKE_ENGINE_STARTUP_MS: '300', FAKE_ENGINE_STAMP_EXIT: '1', FAKE_ENGINE_CHILD: '1' });
    // The grandchild keeps the log pipes open after the engine exits: detection must not wait for them.
    const error = await rejection(startEngine(settings, { pollMs: 50 }));
    const failedAt = Date.now();
    // The fake engine wrote the wall-clock time of its exit as its last line.
    const exitedAt = Number(/exiting at (\d+)/.exec(error.message)?.[1]);
    expect(exitedAt).toBeGreaterThan(0);
    // The grandchild holds the pipes for ever, so a supervisor waiting for them would never fail at all;
    // the bound is a backstop against a detection that only comes from the start-up deadline.
    expect(failedAt - exitedAt).toBeLessThan(15_000);
    expect(error.exitCode).toBe(3);
    expect(error.message).toContain('llamacpp engine exited with code 3 before it was ready');
    expect(error.message).toContain('loading model weights');
    expect(error.message).toContain('error: CUDA out of memory (fake)');
  });

  it('quotes only the last 50 lines of a long log', async () => {
    const settings = await fakeSettings('llamacpp', { FAKE_ENGINE_MODE: 'exit-during-startup', FAKE_ENGINE_STARTUP_MS: '100', FAKE_ENGINE_LOG_LINES: '200' });
    const error = await rejection(startEngine(settings, { pollMs: 50 }));
    const quoted = error.message.split('\n').slice(1);
    expect(error.message.split('\n')[0]).toMatch(/; last 50 log lines \(.*output\.txt\):$/);
    expect(quoted).toHaveLength(50);
    expect(quoted.at(-1)).toBe('llamacpp engine exited with code 3 before it was ready');
    expect(quoted.at(-2)).toBe('error: CUDA out of memory (fake)');
    expect(quoted.at(-3)).toBe('log line 200');
    expect(quoted[0]).toBe('log line 153');
    // output.txt keeps everything.
    expect(readFileSync(join(settings.logDir, 'output.txt'), 'utf8')).toContain('[stdout] log line 1\n');
  });

  it('times out when the engine never becomes ready, and leaves nothing behind', async () => {
    const settings = await fakeSettings('vllm', { FAKE_ENGINE_MODE: 'never-ready', FAKE_ENGINE_CHILD: '1' }, { startupTimeoutS: 2 });
    // Long enough for node to start and print its first line on a loaded machine.
    let pgid = 0;
    const error = await rejection(startEngine(settings, { pollMs: 50, onSpawn: (p) => (pgid = p.pgid) }));
    expect(error.message).toContain('vllm engine was not ready after 2 s (startup timeout)');
    expect(error.message).toContain('fake-engine: mode=never-ready');
    expect(pgid).toBeGreaterThan(1);
    expect(groupMembers(pgid)).toEqual([]);
  });

  it('fails at once when the engine refuses the readiness request for good', async () => {
    const settings = await fakeSettings('sglang', { FAKE_ENGINE_MODE: 'refuse-probe' });
    const error = await rejection(startEngine(settings, { pollMs: 50 }));
    expect(error.message).toMatch(/refused the readiness request: POST \/v1\/chat\/completions for model "fake-model" answered 404/);
  });

  it('refuses a port already in use, before launching anything', async () => {
    const settings = await fakeSettings('llamacpp', {});
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(settings.port, '127.0.0.1', resolve));
    try {
      const error = await rejection(startEngine(settings));
      expect(error.message).toBe(`port ${settings.port} on 127.0.0.1 is already in use; stop whatever listens there or choose another engine port`);
      // Nothing was launched, but output.txt says why: every run folder explains its engine.
      expect(existsSync(join(settings.logDir, 'engine-process.json'))).toBe(false);
      expect(readFileSync(join(settings.logDir, 'output.txt'), 'utf8')).toContain('already in use');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('names a missing executable', async () => {
    const settings = await fakeSettings('tgi', {}, { binary: '/nonexistent/text-generation-launcher' });
    const error = await rejection(startEngine(settings));
    expect(error.message).toMatch(/cannot start tgi engine `\/nonexistent\/text-generation-launcher`: no such executable; engine_options.binary/);
  });

  it('escalates to SIGKILL when the engine ignores SIGTERM', async () => {
    const settings = await fakeSettings('llamacpp', { FAKE_ENGINE_IGNORE_SIGTERM: '1' });
    const engine = await start(settings, { pollMs: 50, stopGraceMs: 300 });
    const pgid = engine.pgid ?? 0;
    await engine.stop();
    expect(groupMembers(pgid)).toEqual([]);
    expect(await engine.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(readFileSync(join(settings.logDir, 'output.txt'), 'utf8')).toContain('fake-engine: ignoring SIGTERM');
  });

  it('reports an engine that dies mid-run through `exited` and keeps its last words', async () => {
    const settings = await fakeSettings('llamacpp', { FAKE_ENGINE_MODE: 'die-mid-run', FAKE_ENGINE_DIE_AFTER: '2' });
    const engine = await start(settings, { pollMs: 50 });
    // The readiness probe was request 1; request 2 kills it mid-stream.
    const response = await fetch(`${engine.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: engine.model, messages: [{ role: 'user', content: 'hi' }], max_tokens: 20, stream: true }),
    });
    await expect(response.text()).rejects.toThrow();
    expect(await engine.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Its last line may arrive through the pipe a little after the exit is seen.
    for (let i = 0; i < 400 && !engine.logTail(5).join('\n').includes('dying mid-run'); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(engine.logTail(5).join('\n')).toContain('fake-engine: dying mid-run');
  });

  it('a signal during start-up: one SIGTERM to the engine, then InterruptedError (exit 130), nothing left', async () => {
    const settings = await fakeSettings('lmdeploy', { FAKE_ENGINE_MODE: 'never-ready', FAKE_ENGINE_TERM_DELAY_MS: '200' });
    const controller = new AbortController();
    let pgid = 0;
    // Aborted once the engine has said it is up (an event, not a delay), as the shutdown guard does it.
    const onLine = (line: string) => {
      if (line.includes('listening on')) controller.abort(new Error('SIGTERM'));
    };
    const error = await startEngine(settings, { signal: controller.signal, pollMs: 50, onLine, onSpawn: (p) => (pgid = p.pgid) }).then(
      () => expect.unreachable('startEngine resolved'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as InterruptedError).exitCode).toBe(130);
    expect((error as Error).message).toBe('interrupted by SIGTERM');
    expect(groupMembers(pgid)).toEqual([]);
    const log = readFileSync(join(settings.logDir, 'output.txt'), 'utf8');
    expect(log.match(/fake-engine: SIGTERM #\d+/g)).toEqual(['fake-engine: SIGTERM #1']);
    expect(log).toContain('start-up interrupted by SIGTERM');
  });

  it('redacts secret flag values in output.txt', async () => {
    const settings = await fakeSettings('llamacpp', {}, { extraArgs: ['--api-key', 'sk-secret', '--hf-token=hf_secret'] });
    const engine = await start(settings, { pollMs: 50 });
    await engine.stop();
    const log = readFileSync(join(settings.logDir, 'output.txt'), 'utf8');
    expect(log).not.toContain('sk-secret');
    expect(log).not.toContain('hf_secret');
    expect(log).toContain('--api-key *** --hf-token=***');
  });
});
