/**
 * Seeded inter-arrival gaps for open-loop load: gamma-distributed with mean 1/rate and shape k
 * (k = 1 is the exponential gap of a Poisson process). Same seed, same schedule.
 */
import { seededUniform } from '../util/seeded-random.js';

function standardNormal(u: () => number): number {
  // Box–Muller; 1 - u() keeps the log argument in (0, 1].
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape k, scale 1) by Marsaglia–Tsang, with the k < 1 boost. */
export function gammaSample(k: number, u: () => number): number {
  if (k < 1) return gammaSample(k + 1, u) * Math.pow(1 - u(), 1 / k);
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = 1 - u();
    if (w < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Arrival offsets in ms from the step start for `count` requests. */
export function arrivalOffsetsMs(count: number, rateRps: number, burstiness: number, seed: number): number[] {
  const u = seededUniform(seed);
  const scaleMs = 1000 / (rateRps * burstiness);
  const out: number[] = [];
  let t = 0;
  for (let i = 0; i < count; i++) {
    out.push(t);
    t += gammaSample(burstiness, u) * scaleMs;
  }
  return out;
}
