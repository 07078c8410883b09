import { createServer, type Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { adapterFor, ENGINE_NAMES, groupMembers, startEngine, type EngineName } from '../../src/engine/index.js';
import { waitUntilReady } from '../../src/engine/readiness.js';
import { EngineError } from '../../src/util/errors.js';
import { fakeSettings, freePort, tempDir, removeTempDirs } from '../support/fake-engine-settings.js';

afterAll(removeTempDirs);

const launching = ENGINE_NAMES.filter((name): name is Exclude<EngineName, 'external'> => name !== 'external');

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(EngineError);
  return (error as EngineError).message;
}

// Each adapter launches the fake engine (settings.binary) with its own argument list, so the fake must
// find the host, port and model name where that adapter put them.
describe.concurrent.each(launching)('%s readiness against a scripted engine', (engine) => {
  it('ready', async () => {
    const settings = await fakeSettings(engine, {});
    const running = await startEngine(settings, { pollMs: 50 });
    try {
      expect(running.model).toBe(adapterFor(engine).requestModel(settings));
    } finally {
      await running.stop();
    }
    expect(groupMembers(running.pgid ?? 0)).toEqual([]);
  });

  it('never ready', async () => {
    const settings = await fakeSettings(engine, { FAKE_ENGINE_MODE: 'never-ready' }, { startupTimeoutS: 0.4 });
    expect(await failure(startEngine(settings, { pollMs: 50 }))).toContain('not ready after 0.4 s');
  });

  it('dies', async () => {
    const settings = await fakeSettings(engine, { FAKE_ENGINE_MODE: 'exit-during-startup', FAKE_ENGINE_STARTUP_MS: '50' });
    expect(await failure(startEngine(settings, { pollMs: 50 }))).toContain('exited with code 3 before it was ready');
  });
});

/** An in-process OpenAI-ish server whose health answer the test scripts. */
async function scripted(health: () => number): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/health' || req.url === '/v1/models')) {
      res.writeHead(health()).end('{}');
    } else if (req.method === 'GET' && req.url === '/version') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"version":"9.9.9"}');
    } else if (req.method === 'POST' && req.url === '/v1/chat/completions') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices":[{"index":0,"message":{"content":"x"}}]}');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
}

const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

describe('external readiness against a scripted endpoint', () => {
  const base = { engine: 'external' as const, modelPath: '', servedModelName: 'm', host: '', port: 0, gpuNums: 0, extraArgs: [], env: {}, logDir: tempDir('ext') };

  it('ready (after a few 503s) and reads the version', async () => {
    let calls = 0;
    const { url, server } = await scripted(() => (++calls < 3 ? 503 : 200));
    try {
      const running = await startEngine({ ...base, endpoint: `${url}/v1/`, startupTimeoutS: 5 }, { pollMs: 20 });
      expect(running.baseUrl).toBe(url);
      expect(running.version).toBe('9.9.9');
      expect(running.pgid).toBeNull();
      await running.stop();
    } finally {
      await close(server);
    }
  });

  it('never ready', async () => {
    const { url, server } = await scripted(() => 503);
    try {
      expect(await failure(startEngine({ ...base, endpoint: url, startupTimeoutS: 0.3 }, { pollMs: 20 }))).toMatch(
        new RegExp(`^external engine at ${url}: not ready after 0\\.3 s(; readiness requests: GET /health → 503 ×\\d+ \\(last: "\\{\\}"\\).*|; no readiness request was answered before the deadline)$`),
      );
    } finally {
      await close(server);
    }
  });

  it('dies (nothing listens any more)', async () => {
    const { url, server } = await scripted(() => 200);
    await close(server);
    expect(await failure(startEngine({ ...base, endpoint: url, startupTimeoutS: 0.3 }, { pollMs: 20 }))).toContain('not ready after 0.3 s');
  });

  it('needs an endpoint', async () => {
    expect(await failure(startEngine({ ...base, startupTimeoutS: 1 }))).toContain('needs an endpoint URL');
  });
});

describe('waitUntilReady', () => {
  it('tries the next health path when the first is missing', async () => {
    const port = await freePort();
    const server = createServer((req, res) => {
      if (req.url === '/v1/models') res.writeHead(200).end('{}');
      else if (req.url === '/v1/chat/completions') res.writeHead(200).end('{"choices":[{}]}');
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const outcome = await waitUntilReady({ baseUrl: `http://127.0.0.1:${port}`, adapter: adapterFor('huggingface'), model: 'm', pollMs: 20, signal: AbortSignal.timeout(3000) });
      expect(outcome).toEqual({ ready: true, healthPath: '/v1/models' });
    } finally {
      await close(server);
    }
  });
});
