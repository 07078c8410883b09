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
