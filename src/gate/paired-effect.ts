import { mean, sampleVariance, studentTQuantile } from './statistics.js';

/**
 * The one decision rule of paired comparisons (A/B blocks, per-document ROUGE): a mean paired difference,
 * its two-sided Student-t interval, and a margin of practical indifference. docs/gate.md, "A/B mode".
 */
export type EffectDecision = 'pass' | 'improved' | 'regression' | 'inconclusive';

export interface PairedEffect {
  /** Pairs that fed the interval. */
  n: number;
  /** Mean of the paired differences (head − base, on the metric's scale). */
  estimate: number;
  /** Two-sided interval of the mean at confidence 1 − alpha. */
  low: number;
  high: number;
  alpha: number;
}

/** Mean and t-interval of paired differences; needs at least two pairs (one gives no spread). */
export function pairedEffect(differences: readonly number[], alpha: number): PairedEffect {
  const n = differences.length;
  if (n < 2) throw new RangeError(`a paired interval needs at least 2 pairs, got ${n}`);
  const estimate = mean(differences);
  const halfWidth = studentTQuantile(1 - alpha / 2, n - 1) * Math.sqrt(sampleVariance(differences) / n);
  return { n, estimate, low: estimate - halfWidth, high: estimate + halfWidth, alpha };
}

/**
 * pass: the whole interval lies within ±margin (any change is smaller than the margin);
 * regression / improved: the whole interval lies on the bad / good side of zero (and is not within the margin);
 * inconclusive: the interval holds zero and reaches past the margin — more pairs would tell.
 * `higherIsBetter` orients "bad": a lower ROUGE or throughput, a higher latency.
 */
export function decideEffect(effect: Pick<PairedEffect, 'low' | 'high'>, margin: number, higherIsBetter: boolean): EffectDecision {
  if (effect.low > -margin && effect.high < margin) return 'pass';
  const worse = higherIsBetter ? effect.high < 0 : effect.low > 0;
  if (worse) return 'regression';
  const better = higherIsBetter ? effect.low > 0 : effect.high < 0;
  return better ? 'improved' : 'inconclusive';
}

/** The verdict over several decisions: any regression, else any inconclusive, else any improvement, else pass. */
export function combineDecisions(decisions: readonly EffectDecision[]): EffectDecision {
  for (const decision of ['regression', 'inconclusive', 'improved'] as const) if (decisions.includes(decision)) return decision;
  return 'pass';
}
