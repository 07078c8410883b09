import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Where scripts/build-llama-server.mjs caches llama-server (same key: llama.cpp tag + node-llama-cpp
 * version), or INFERGATE_LLAMA_SERVER when set. Null when it is not built; this never builds it.
 */
export function cachedLlamaServer(): string | null {
  const explicit = process.env.INFERGATE_LLAMA_SERVER;
  if (explicit) return existsSync(explicit) ? explicit : null;
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = dirname(require.resolve('node-llama-cpp'));
  } catch {
    return null;
  }
  while (dir !== dirname(dir) && !existsSync(join(dir, 'llama', 'llama.cpp.info.json'))) dir = dirname(dir);
  const infoFile = join(dir, 'llama', 'llama.cpp.info.json');
  if (!existsSync(infoFile)) return null;
  const tag = (JSON.parse(readFileSync(infoFile, 'utf8')) as { tag: string }).tag;
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const cacheRoot = process.env.INFERGATE_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'infergate');
  const binary = join(cacheRoot, 'llama-server', `${tag}-nlc${version}`, 'llama-server');
  return existsSync(binary) ? binary : null;
}
