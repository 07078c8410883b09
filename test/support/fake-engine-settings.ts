import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName, EngineSettings } from '../../src/engine/index.js';

export const FAKE_ENGINE = fileURLToPath(new URL('./fake-engine.mjs', import.meta.url));

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `infergate-${prefix}-`));
}

/** Settings that launch test/support/fake-engine.mjs through the named engine's adapter. */
export async function fakeSettings(engine: EngineName, env: Record<string, string>, overrides: Partial<EngineSettings> = {}): Promise<EngineSettings> {
  const port = await freePort();
  return {
    engine,
    modelPath: '/models/fake',
    servedModelName: 'fake-model',
    host: '127.0.0.1',
    port,
    gpuNums: 0,
    extraArgs: [],
    env: { FAKE_ENGINE_PORT: String(port), ...env },
    binary: FAKE_ENGINE,
    startupTimeoutS: 10,
    logDir: tempDir('engine'),
    ...overrides,
  };
}
