import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName, EngineSettings } from '../../src/engine/index.js';

export const FAKE_ENGINE = fileURLToPath(new URL('./fake-engine.mjs', import.meta.url));

const handedOut = new Set<number>();

/** A port nothing listens on right now (the OS picks it), never the same one twice in a test file. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await osPort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

function osPort(): Promise<number> {
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

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `infergate-${prefix}-`));
  made.push(dir);
  return dir;
}

/** For afterAll: removes every folder tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
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
