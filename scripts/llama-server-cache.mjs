// Where scripts/build-llama-server.mjs keeps llama-server: <cache>/llama-server/<package>-<version>/,
// with <cache> = $INFERGATE_CACHE_DIR, else $XDG_CACHE_HOME/infergate, else ~/.cache/infergate.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function llamaServerCachePath(env = process.env) {
  const source = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'llama-server-source.json'), 'utf8'));
  const cacheRoot = env.INFERGATE_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'infergate');
  return join(cacheRoot, 'llama-server', `${source.package}-${source.version}`, 'llama-server');
}
