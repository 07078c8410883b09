import { InputError } from '../util/errors.js';
import { MAX_CONCURRENCY } from './bounds.js';
import type { BenchmarkConfig } from './benchmark-config.js';

/**
 * What the schema cannot see key by key: whether load.sweep fits load.shape once host.yaml, task.yaml
 * and --set are merged. Checked with the configuration, so a bad shape stops the run before the run
 * folder exists or an engine starts, in one line naming the key.
 */
export function checkLoadShape(load: BenchmarkConfig['load'], where: (key: string) => string): void {
  if (load.sweep === null) return;
  if (load.shape === 'offline') {
    throw new InputError(`${where('load.sweep')}: load.sweep needs load.shape concurrency or rate (offline sends every request at once, so there is nothing to sweep)`);
  }
  // auto with a sweep is a sweep of concurrencies (pipeline/default-load.ts): the same check applies.
  if (load.shape !== 'concurrency' && load.shape !== 'auto') return;
  for (const [index, value] of load.sweep.entries()) {
    if (!Number.isInteger(value) || value > MAX_CONCURRENCY) {
      throw new InputError(
        `${where('load.sweep')}: load.sweep[${index}] must be a whole number of requests in flight from 1 to ${MAX_CONCURRENCY} with load.shape ${load.shape === 'auto' ? 'auto (a sweep of concurrencies)' : 'concurrency'}, got ${value}`,
      );
    }
  }
}
