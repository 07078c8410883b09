import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { ServedLimits } from '../engine/index.js';

type Load = BenchmarkConfig['load'];
export type ConcreteLoad = Omit<Load, 'shape'> & { shape: Exclude<Load['shape'], 'auto'> };

/**
 * The load shape when the configuration does not name one (`load.shape: auto`, the default). Sending every
 * prompt at once (the seed's `offline`) on an engine that serves a few requests at a time measures the
 * queue: 20 articles on a 2-core CPU read a TTFT of 11.5 s. So:
 * - a sweep is a sweep of concurrencies;
 * - an engine that reports how many requests it runs at once (llama-server's slots) gets exactly that many
 *   in flight (a closed loop);
 * - a CPU-only run (gpu_nums: 0) whose engine does not say gets one request at a time;
 * - otherwise every prompt at once, the seed's behaviour, which an accelerator's continuous batching absorbs.
 * The choice is said on the console and recorded as the run's load shape (results.json).
 */
export function chooseLoad(config: Pick<BenchmarkConfig, 'load' | 'gpu_nums' | 'serving_engine'>, limits: ServedLimits): { load: ConcreteLoad; note: string | null } {
  const load = config.load;
  if (load.shape !== 'auto') return { load: { ...load, shape: load.shape }, note: null };
  const chose = (what: string, why: string) => `load: ${what} (${why}; set load.shape to choose another)`;
  if (load.sweep) return { load: { ...load, shape: 'concurrency' }, note: chose(`a sweep of concurrencies ${load.sweep.join(', ')}`, 'load.sweep is set and load.shape is not') };
  if (limits.slots !== null) {
    const what = `${limits.slots} request${limits.slots === 1 ? '' : 's'} in flight, a closed loop`;
    return { load: { ...load, shape: 'concurrency', concurrency: limits.slots }, note: chose(what, `the ${config.serving_engine} server reports ${limits.slots} slots; more requests would wait in its queue and TTFT would measure the wait`) };
  }
  if (config.gpu_nums === 0) {
    return { load: { ...load, shape: 'concurrency', concurrency: 1 }, note: chose('1 request in flight, a closed loop', 'a CPU-only run (gpu_nums: 0) whose engine does not say how many requests it runs at once') };
  }
  return { load: { ...load, shape: 'offline' }, note: chose('every prompt at once (offline, the seed\'s way)', 'an accelerator run; the engine batches what arrives') };
}
