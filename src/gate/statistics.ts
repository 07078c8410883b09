/**
 * The few statistics the noise model needs, written from their textbook definitions: sample mean and
 * variance, Student's t distribution (through the regularized incomplete beta function, evaluated by
 * its continued fraction), Welch's unequal-variance t-test, the Mann-Whitney U test, a prediction
 * interval for one new observation, and for the calibrated verdict the median, a robust SD (MAD) and the
 * seed of a run's bootstrap.
 */

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Unbiased sample variance (n − 1 in the denominator); 0 for fewer than two values. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) ** 2;
  return sum / (values.length - 1);
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz's method). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional, as in Welch's test). */
export function studentTCdf(t: number, df: number): number {
  const x = df / (df + t * t);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The t value with P(T ≤ t) = p, found by bisection on the CDF (monotone, so this always converges). */
export function studentTQuantile(p: number, df: number): number {
  if (p <= 0 || p >= 1) throw new RangeError(`quantile probability must be in (0, 1), got ${p}`);
  let lo = -1e6;
  let hi = 1e6;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface TwoSampleTest {
  /** Two-sided p-value. */
  pValue: number;
  statistic: number;
}

/**
 * Welch's t-test (unequal variances, Welch-Satterthwaite degrees of freedom). Two-sided p-value.
 * When both samples have zero variance, the p-value is 1 for equal means and 0 otherwise.
 */
export function welchTTest(a: readonly number[], b: readonly number[]): TwoSampleTest {
  if (a.length < 2 || b.length < 2) throw new RangeError('Welch t-test needs at least two values per sample');
  const va = sampleVariance(a) / a.length;
  const vb = sampleVariance(b) / b.length;
  const diff = mean(b) - mean(a);
  const se2 = va + vb;
  if (se2 === 0) return { pValue: diff === 0 ? 1 : 0, statistic: diff === 0 ? 0 : Math.sign(diff) * Infinity };
  const t = diff / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const pValue = 2 * (1 - studentTCdf(Math.abs(t), df));
  return { pValue: Math.min(1, Math.max(0, pValue)), statistic: t };
}

/** Ranks with ties given their average rank (1-based). */
function averageRanks(values: readonly number[]): { ranks: number[]; tieGroups: number[] } {
  const order = values.map((v, i) => ({ v, i })).sort((x, y) => x.v - y.v);
  const ranks = new Array<number>(values.length).fill(0);
  const tieGroups: number[] = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.v === order[i]!.v) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]!.i] = rank;
    if (j > i) tieGroups.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieGroups };
}

/** Number of ways to reach each U value for samples of sizes m and n (no ties): the exact null law. */
function exactUCounts(m: number, n: number): number[] {
  // counts[k][u] over the recursion f(m, n, u) = f(m-1, n, u-n) + f(m, n-1, u), built up by m.
  let prev: number[][] = [];
  for (let j = 0; j <= n; j++) prev.push([1]);
  for (let i = 1; i <= m; i++) {
    const cur: number[][] = [[1]];
    for (let j = 1; j <= n; j++) {
      const size = i * j + 1;
      const row = new Array<number>(size).fill(0);
      const left = prev[j]!; // f(i-1, j, u - j)
      const down = cur[j - 1]!; // f(i, j-1, u)
      for (let u = 0; u < size; u++) row[u] = (u - j >= 0 ? (left[u - j] ?? 0) : 0) + (down[u] ?? 0);
      cur.push(row);
    }
    prev = cur;
  }
  return prev[n]!;
}

/**
 * Mann-Whitney U test, two-sided. Exact null distribution when there are no ties and both samples are
 * small (m·n ≤ 400); otherwise the normal approximation with tie correction and continuity correction.
 * The statistic is U of sample `b` (large when b tends to exceed a).
 */
export function mannWhitneyUTest(a: readonly number[], b: readonly number[]): TwoSampleTest {
  const m = a.length;
  const n = b.length;
  if (m < 1 || n < 1) throw new RangeError('Mann-Whitney test needs at least one value per sample');
  const { ranks, tieGroups } = averageRanks([...a, ...b]);
  let rankSumB = 0;
  for (let k = m; k < m + n; k++) rankSumB += ranks[k]!;
  const uB = rankSumB - (n * (n + 1)) / 2;
  const uMin = Math.min(uB, m * n - uB);
  if (tieGroups.length === 0 && m * n <= 400) {
    const counts = exactUCounts(m, n);
    const total = counts.reduce((s, c) => s + c, 0);
    let below = 0;
    for (let u = 0; u <= Math.floor(uMin); u++) below += counts[u] ?? 0;
    return { pValue: Math.min(1, (2 * below) / total), statistic: uB };
  }
  const N = m + n;
  const tieTerm = tieGroups.reduce((s, t) => s + (t ** 3 - t), 0);
  const variance = ((m * n) / 12) * (N + 1 - tieTerm / (N * (N - 1)));
  if (variance <= 0) return { pValue: 1, statistic: uB };
  const z = (Math.abs(uB - (m * n) / 2) - 0.5) / Math.sqrt(variance);
  return { pValue: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))), statistic: uB };
}

/** Standard normal CDF through the complementary error function. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

function erfc(x: number): number {
  // Numerical Recipes' Chebyshev fit, relative error < 1.2e-7 everywhere.
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * Two-sided (1 − alpha) prediction interval for one new observation from the population the sample
 * came from: mean ± t(1 − alpha/2, n − 1) · s · sqrt(1 + 1/n).
 */
export function predictionInterval(sample: readonly number[], alpha: number): { low: number; high: number } {
  if (sample.length < 2) throw new RangeError('a prediction interval needs at least two values');
  const m = mean(sample);
  const s = Math.sqrt(sampleVariance(sample));
  const half = studentTQuantile(1 - alpha / 2, sample.length - 1) * s * Math.sqrt(1 + 1 / sample.length);
  return { low: m - half, high: m + half };
}

/** Median of a sample (the mean of the two middle values for an even count); NaN for an empty one. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median absolute deviation scaled by 1.4826, so it estimates the standard deviation of a normal sample
 * while one wild value moves it hardly at all (its breakdown point is 50%, the plain SD's is 0%).
 */
export function robustSd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

/** A 32-bit FNV-1a hash of a string: the bootstrap seed of a run, from its run id. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
