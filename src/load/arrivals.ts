import type { ArrivalConvention } from '../config/arrival-conventions.js';

/**
 * Seeded inter-arrival gaps for open-loop load: gamma-distributed with mean 1/rate and shape k
 * (k = 1 is the exponential gap of a Poisson process). Same seed, same schedule.
 *
 * Two conventions place the drawn gaps on the clock (docs/metrics.md, "Load shapes"):
 * - first-at-zero (infergate's default): request 1 leaves at 0 and request i + 1 one drawn gap after
 *   request i, so N requests span N − 1 drawn gaps and the offered rate is only on average the rate.
 * - vllm (`vllm bench serve`'s get_request): request 1 leaves after one drawn gap, and all N cumulative
 *   offsets are then rescaled so the last lands exactly at N / rate; figures compare with vLLM's.
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

export type { ArrivalConvention };

/** Arrival offsets in ms from the step start for `count` requests, placed by `convention`. */
export function arrivalOffsetsMs(
  count: number,
  rateRps: number,
  burstiness: number,
  seed: number,
  convention: ArrivalConvention = 'first-at-zero',
): number[] {
  const u = seededUniform(seed);
  const scaleMs = 1000 / (rateRps * burstiness);
  const out: number[] = [];
  let t = 0;
  for (let i = 0; i < count; i++) {
    if (convention === 'vllm') t += gammaSample(burstiness, u) * scaleMs;
    out.push(t);
    if (convention === 'first-at-zero') t += gammaSample(burstiness, u) * scaleMs;
  }
  return convention === 'vllm' ? rescaleToEnd(out, (count * 1000) / rateRps) : out;
}

/** vLLM's normalisation: every offset times target / last, so the last arrival lands at `targetMs`. */
function rescaleToEnd(offsets: number[], targetMs: number): number[] {
  const last = offsets.at(-1) ?? 0;
  if (!(last > 0)) return offsets;
  const factor = targetMs / last;
  // Capped at the target so rounding cannot put an earlier arrival after the last one.
  return offsets.map((t, i) => (i === offsets.length - 1 ? targetMs : Math.min(t * factor, targetMs)));
}
