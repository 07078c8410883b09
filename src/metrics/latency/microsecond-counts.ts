/**
 * A sample of non-negative whole microseconds, held as a count per value, summarized in milliseconds.
 *
 * The pooled ITL sample is the largest one a run has: 100,000 requests of 64 tokens give 6.3 million gaps,
 * 51 MB as doubles to sort, 25 MB even as 32-bit integers. Gaps repeat a lot at 1 µs resolution, so counts
 * per value hold the same information in at most 2^20 bins (4 MB; fewer when the
 * largest gap is smaller), with the rare gaps of a second or more kept as values. The statistics are those
 * of the sorted sample (distribution.ts), read off the counts.
 */
import { percentileBy, percentileKey, percentileRanks, type Distribution } from './distribution.js';

const MAX_BINS = 2 ** 20;

export class MicrosecondCounts {
  private readonly bins: Uint32Array;
  /** Values too large for the bins, unsorted until summarized. */
  private readonly large: number[] = [];
  private n = 0;

  /** `largest`: the largest value that will be added (sizes the bins). */
  constructor(largest: number) {
    this.bins = new Uint32Array(Math.min(Math.max(0, largest) + 1, MAX_BINS));
  }

  /** Adds a whole, non-negative number of microseconds. */
  add(us: number): void {
    if (us < this.bins.length) this.bins[us]! += 1;
    else this.large.push(us);
    this.n += 1;
  }

  summarize(percentiles: readonly number[]): Distribution {
    const n = this.n;
    const keys = percentiles.map(percentileKey);
    if (n === 0) {
      return { count: 0, mean: null, median: null, std: null, min: null, max: null, percentiles: Object.fromEntries(keys.map((k) => [k, null])) };
    }
    const bins = this.bins;
    const large = this.large.sort((a, b) => a - b);
    // Sums of whole numbers below 2^53: exact, so the mean equals the sorted sample's.
    let sum = 0;
    for (let v = 0; v < bins.length; v++) if (bins[v] !== 0) sum += v * bins[v]!;
    for (const v of large) sum += v;
    const mean = sum / n;
    let sq = 0;
    for (let v = 0; v < bins.length; v++) {
      if (bins[v] === 0) continue;
      const d = v - mean;
      sq += bins[v]! * d * d;
    }
    for (const v of large) sq += (v - mean) * (v - mean);

    // Every rank a statistic needs, resolved in one walk over the counts.
    const wanted = new Set<number>([0, n - 1]);
    for (const p of [50, ...percentiles]) {
      const { lo, hi } = percentileRanks(n, p);
      wanted.add(lo).add(hi);
    }
    const ranks = [...wanted].sort((a, b) => a - b);
    const valueOfRank = new Map<number, number>();
    let next = 0;
    let seen = 0;
    for (let v = 0; v < bins.length && next < ranks.length; v++) {
      seen += bins[v]!;
      while (next < ranks.length && ranks[next]! < seen) valueOfRank.set(ranks[next++]!, v);
    }
    for (; next < ranks.length; next++) valueOfRank.set(ranks[next]!, large[ranks[next]! - seen]!);

    const at = (k: number): number => valueOfRank.get(k)!;
    const ms = (us: number): number => us / 1000;
    return {
      count: n,
      mean: ms(mean),
      median: ms(percentileBy(n, at, 50)),
      std: ms(Math.sqrt(sq / n)),
      min: ms(at(0)),
      max: ms(at(n - 1)),
      percentiles: Object.fromEntries(percentiles.map((p) => [percentileKey(p), ms(percentileBy(n, at, p))])),
    };
  }
}
