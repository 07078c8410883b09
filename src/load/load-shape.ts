import type { ArrivalConvention } from './arrivals.js';

/**
 * How requests are released to the server.
 * - offline: every request at once (the seed's behaviour).
 * - concurrency: a closed loop keeping N requests in flight.
 * - rate: an open loop; arrivals drawn from a gamma distribution with mean gap 1/rate, `burstiness` its
 *   shape (1 = Poisson, < 1 burstier, > 1 steadier), optionally capped at `max_concurrency` in flight
 *   (an arrival that finds the cap full waits, and its send time is when it actually goes out);
 *   `convention` vllm places the gaps as `vllm bench serve` does (arrivals.ts).
 * - sweep: one step per entry, each running the whole prompt list; records carry the step index.
 */
export type SingleShape =
  | { kind: 'offline' }
  | { kind: 'concurrency'; concurrency: number }
  | {
      kind: 'rate';
      rate_rps: number;
      arrival: 'poisson' | 'gamma';
      burstiness?: number;
      max_concurrency?: number;
      seed?: number;
      /** Where the drawn gaps sit on the clock (arrivals.ts); first-at-zero when absent. */
      convention?: ArrivalConvention;
    };

export type LoadShape = SingleShape | { kind: 'sweep'; steps: SingleShape[] };

/** "offline", "concurrency 8", "sweep: concurrency 1, concurrency 4": the load part of the fingerprint. */
export function describeLoad(shape: LoadShape): string {
  return shape.kind === 'sweep' ? `sweep: ${shape.steps.map(describeShape).join(', ')}` : describeShape(shape);
}

/** One-line description used in step results and logs. */
export function describeShape(shape: SingleShape): string {
  switch (shape.kind) {
    case 'offline':
      return 'offline';
    case 'concurrency':
      return `concurrency ${shape.concurrency}`;
    case 'rate': {
      const b = shape.arrival === 'gamma' ? ` burstiness ${shape.burstiness ?? 1}` : '';
      const cap = shape.max_concurrency !== undefined ? ` max_concurrency ${shape.max_concurrency}` : '';
      const convention = shape.convention === 'vllm' ? ' (vLLM arrivals)' : '';
      return `rate ${shape.rate_rps}/s ${shape.arrival}${b}${cap}${convention}`;
    }
  }
}

/** Returns a sentence naming what is wrong with the shape, or null when it is usable. */
export function checkShape(shape: LoadShape): string | null {
  if (shape.kind === 'sweep') {
    if (shape.steps.length === 0) return 'a sweep needs at least one step';
    for (const [i, s] of shape.steps.entries()) {
      const problem = checkShape(s);
      if (problem) return `sweep step ${i}: ${problem}`;
    }
    return null;
  }
  if (shape.kind === 'concurrency' && !(Number.isInteger(shape.concurrency) && shape.concurrency >= 1)) {
    return `concurrency must be a whole number ≥ 1, got ${shape.concurrency}`;
  }
  if (shape.kind === 'rate') {
    if (!(shape.rate_rps > 0 && Number.isFinite(shape.rate_rps))) return `rate_rps must be a positive number, got ${shape.rate_rps}`;
    if (shape.burstiness !== undefined && !(shape.burstiness > 0)) return `burstiness must be positive, got ${shape.burstiness}`;
    if (shape.max_concurrency !== undefined && !(Number.isInteger(shape.max_concurrency) && shape.max_concurrency >= 1)) {
      return `max_concurrency must be a whole number ≥ 1, got ${shape.max_concurrency}`;
    }
  }
  return null;
}

export function stepsOf(shape: LoadShape): SingleShape[] {
  return shape.kind === 'sweep' ? shape.steps : [shape];
}
