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
 * The interval is first turned so that positive means worse ("badness": a higher latency, a lower ROUGE or
 * throughput; `higherIsBetter` says which). Then, in this order:
 * regression: the whole interval lies on the bad side of zero and reaches the margin (a real change that
 *   may be as large as the margin; one that is surely smaller passes);
 * improved: the whole interval lies on the good side of zero and reaches past −margin;
 * pass: the interval rules out a regression as large as the margin (its bad end is below it);
 * inconclusive: none of these — the interval holds zero and reaches the margin, and more pairs would tell.
 */
export function decideEffect(effect: Pick<PairedEffect, 'low' | 'high'>, margin: number, higherIsBetter: boolean): EffectDecision {
  const [badLow, badHigh] = higherIsBetter ? [-effect.high, -effect.low] : [effect.low, effect.high];
  if (badLow > 0 && badHigh >= margin) return 'regression';
  if (badHigh < 0 && badLow <= -margin) return 'improved';
  if (badHigh < margin) return 'pass';
  return 'inconclusive';
}

/** The verdict over several decisions: any regression, else any inconclusive, else any improvement, else pass. */
export function combineDecisions(decisions: readonly EffectDecision[]): EffectDecision {
  for (const decision of ['regression', 'inconclusive', 'improved'] as const) if (decisions.includes(decision)) return decision;
  return 'pass';
}
