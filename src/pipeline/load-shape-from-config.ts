import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { LoadShape, SingleShape } from '../load/index.js';

/**
 * Maps the `load` settings onto the load stage's shape (a sweep is one step per listed value). `auto` must
 * have been chosen first (default-load.ts): its choice needs the running engine.
 */
export function loadShapeFrom(config: Pick<BenchmarkConfig, 'load' | 'request'>): LoadShape {
  const load = config.load;
  if (load.shape === 'auto') throw new Error('load.shape auto reached the load stage unresolved');
  const single = (value?: number): SingleShape => {
    switch (load.shape as Exclude<typeof load.shape, 'auto'>) {
      case 'offline':
        return { kind: 'offline' };
      case 'concurrency':
        return { kind: 'concurrency', concurrency: value ?? load.concurrency };
      case 'rate':
        return {
          kind: 'rate',
          rate_rps: value ?? load.rate,
          arrival: load.burstiness === 1 ? 'poisson' : 'gamma',
          burstiness: load.burstiness,
          max_concurrency: load.max_concurrency ?? undefined,
          seed: config.request.seed,
          convention: load.arrivals,
        };
    }
  };
  if (load.sweep && load.shape !== 'offline') return { kind: 'sweep', steps: load.sweep.map((value) => single(value)) };
  return single();
}
