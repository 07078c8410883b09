import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where scripts/build-llama-server.mjs caches llama-server (the same rule as scripts/llama-server-cache.mjs),
 * or INFERGATE_LLAMA_SERVER when set. Null when it is not built; this never builds it.
 */
export function cachedLlamaServer(): string | null {
  const explicit = process.env.INFERGATE_LLAMA_SERVER;
  if (explicit) return existsSync(explicit) ? explicit : null;
  const source = JSON.parse(readFileSync(new URL('../../scripts/llama-server-source.json', import.meta.url), 'utf8')) as { package: string; version: string };
  const cacheRoot = process.env.INFERGATE_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'infergate');
  const binary = join(cacheRoot, 'llama-server', `${source.package}-${source.version}`, 'llama-server');
  return existsSync(binary) ? binary : null;
}

/** llama-server for one test file: the cached binary, and whether the file's llama-server tests run. */
export interface LlamaServerForTests {
  binary: string | null;
  /** Built, or required (INFERGATE_REQUIRE_LLAMA_SERVER=1, as in CI): then a missing binary fails the tests instead of skipping them. */
  run: boolean;
}

/**
 * The one rule every llama-server test file follows: run when the binary is built or required, and say so
 * once (naming `what` was skipped and how to build it) when skipped.
 */
export function llamaServerForTests(what: string): LlamaServerForTests {
  const binary = cachedLlamaServer();
  const required = process.env.INFERGATE_REQUIRE_LLAMA_SERVER === '1';
  if (binary === null && !required) {
    console.warn(`${what} skipped: no cached llama-server (run \`node scripts/build-llama-server.mjs\`; set INFERGATE_REQUIRE_LLAMA_SERVER=1 to make this a failure)`);
  }
  return { binary, run: binary !== null || required };
}
