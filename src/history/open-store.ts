import { InputError } from '../util/errors.js';
import { FileHistoryStore } from './file-store.js';
import type { HistoryStore } from './history-store.js';

/**
 * `--store` → a store: `postgres://…` / `postgresql://…` is a database; `env:NAME` reads the connection
 * string from the environment variable NAME (so a password never sits on a command line or in a log);
 * anything else is the path of a history.jsonl file.
 */
export async function openHistoryStore(spec: string, env: NodeJS.ProcessEnv = process.env): Promise<HistoryStore> {
  let target = spec;
  if (spec.startsWith('env:')) {
    const name = spec.slice('env:'.length);
    const value = env[name];
    if (!value) throw new InputError(`--store ${spec}: the environment variable ${name} is not set`);
    target = value;
  }
  if (/^postgres(ql)?:\/\//.test(target)) {
    // pg is loaded only for a database store: every other command starts without evaluating it.
    const { PostgresHistoryStore } = await import('./postgres-store.js');
    return PostgresHistoryStore.open(target);
  }
  if (spec.startsWith('env:')) throw new InputError(`--store ${spec}: the environment variable holds no postgres:// connection string`);
  return new FileHistoryStore(target);
}
