/**
 * Capacity at SLO: the highest request rate whose p99 TTFT and p99 TPOT meet their bounds (MLPerf's
 * Server scenario; vLLM's serve_sla). The search
 *   1. brackets: probes `low`, then doubles the rate until a probe misses the SLO or `high` is passed;
 *   2. bisects the bracket [last rate met, first rate missed] until it is narrower than `tolerance` × its
 *      upper end, each probe measured `repeats` times (the knee is where noise decides), judged on the
 *      median p99 of its repeats;
 *   3. interpolates, between the bracket's ends, the rate where the tightest SLO ratio (p99 / bound) is 1.
 * The bracket is reported as the interval: the capacity lies inside it as far as the probes could tell.
 */
export interface CapacitySlo {
  ttft_ms_p99?: number;
  tpot_ms_p99?: number;
}

export interface CapacitySearchOptions {
  low: number;
  high: number;
  tolerance: number;
  repeats: number;
  slo: CapacitySlo;
}

/** What one measurement at a rate gives: the p99s (null when nothing completed). */
export interface ProbeMeasurement {
  ttft_ms_p99: number | null;
  tpot_ms_p99: number | null;
}

export interface CapacityProbe {
  rate: number;
  measurements: ProbeMeasurement[];
  /** max over the SLOs of (median p99 / bound): ≤ 1 meets every SLO. */
  ratio: number;
  met: boolean;
}

export interface CapacityResult {
  /** Interpolated capacity (requests/s); null when even `low` misses the SLO. */
  capacity_rps: number | null;
  /** Last rate that met the SLO and first that missed it (null: none missed up to `high`). */
  interval: { low: number | null; high: number | null };
  /** Why there is no capacity, or why it is only a bound. */
  note: string | null;
  probes: CapacityProbe[];
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** The tightest SLO ratio over the measurements; a measurement with nothing completed misses (Infinity). */
export function sloRatio(measurements: readonly ProbeMeasurement[], slo: CapacitySlo): number {
  let worst = 0;
  for (const key of ['ttft_ms_p99', 'tpot_ms_p99'] as const) {
    const bound = slo[key];
    if (bound === undefined) continue;
    const values = measurements.map((m) => m[key]);
    if (values.some((v) => v === null)) return Infinity;
    worst = Math.max(worst, median(values as number[]) / bound);
  }
  return worst;
}

export async function searchCapacity(options: CapacitySearchOptions, measure: (rate: number) => Promise<ProbeMeasurement>): Promise<CapacityResult> {
  if (options.slo.ttft_ms_p99 === undefined && options.slo.tpot_ms_p99 === undefined) throw new Error('capacity search needs at least one SLO');
  const probes: CapacityProbe[] = [];
  const probe = async (rate: number, repeats: number): Promise<CapacityProbe> => {
    const measurements: ProbeMeasurement[] = [];
    for (let i = 0; i < repeats; i++) measurements.push(await measure(rate));
    const ratio = sloRatio(measurements, options.slo);
    const result = { rate, measurements, ratio, met: ratio <= 1 };
    probes.push(result);
    return result;
  };

  let met = await probe(options.low, options.repeats);
  if (!met.met) return { capacity_rps: null, interval: { low: null, high: options.low }, note: `even the lowest rate, ${options.low} requests/s, misses the SLO`, probes };
  let missed: CapacityProbe | null = null;
  while (missed === null && met.rate < options.high) {
    const rate = Math.min(options.high, met.rate * 2);
    let next = await probe(rate, 1);
    // Far below the knee one measurement says enough; a miss is near it, so it is measured again with the repeats.
    if (!next.met && options.repeats > 1) next = await probe(rate, options.repeats);
    if (next.met) met = next;
    else missed = next;
  }
  if (missed === null) return { capacity_rps: met.rate, interval: { low: met.rate, high: null }, note: `the SLO is still met at the highest rate tried, ${options.high} requests/s: capacity is at least that`, probes };
  return bisect(met, missed);

  async function bisect(lo: CapacityProbe, hi: CapacityProbe): Promise<CapacityResult> {
    while ((hi.rate - lo.rate) / hi.rate > options.tolerance) {
      const mid = await probe((lo.rate + hi.rate) / 2, options.repeats);
      if (mid.met) lo = mid;
      else hi = mid;
    }
    return { capacity_rps: interpolate(lo, hi), interval: { low: lo.rate, high: hi.rate }, note: null, probes };
  }
}

/** The rate where the SLO ratio crosses 1, on the line between the bracket's ends (their midpoint when a ratio is infinite). */
function interpolate(lo: CapacityProbe, hi: CapacityProbe): number {
  if (!Number.isFinite(hi.ratio) || hi.ratio === lo.ratio) return (lo.rate + hi.rate) / 2;
  const t = (1 - lo.ratio) / (hi.ratio - lo.ratio);
  return lo.rate + Math.min(1, Math.max(0, t)) * (hi.rate - lo.rate);
}
