import type { Headline } from '../run-folder/results-document.js';
import { combineDecisions, decideEffect, type EffectDecision, type PairedEffect } from './paired-effect.js';
import { mean, sampleVariance, studentTQuantile } from './statistics.js';

/**
 * The metrics an A/B comparison gates, and which way is better. Medians, not means or tails: the
 * statistics of a block that one stalled request moves least (docs/gate.md, "A/B mode").
 */
export const AB_METRICS: ReadonlyArray<{ name: string; higherIsBetter: boolean }> = [
  { name: 'ttft_ms_median', higherIsBetter: false },
  { name: 'tpot_ms_median', higherIsBetter: false },
  { name: 'output_tps', higherIsBetter: true },
];

/** One pair of blocks: the base's and the head's headline from the same pair. */
export interface AbPair {
  base: Headline;
  head: Headline;
}

export interface AbRule {
  /** False-alarm rate of the whole verdict, over every metric and every look. */
  alpha: number;
  /** A relative change smaller than this (percent) is no change. */
  margin_pct: number;
  /** Looks the budget allows (max_pairs − min_pairs + 1): alpha is split over them in advance. */
  looks: number;
}

export interface AbMetricEffect {
  name: string;
  higher_is_better: boolean;
  /** Pairs where both blocks measured the metric. */
  pairs: number;
  /** Head against base, percent: exp(mean log ratio) − 1, and the interval's ends the same way. */
  effect_pct: number | null;
  low_pct: number | null;
  high_pct: number | null;
  decision: EffectDecision;
  reason: string;
}

export interface AbLook {
  pairs: number;
  /** Two-sided error rate of each metric's interval at this look: alpha / (metrics × looks). */
  alpha_per_interval: number;
  metrics: AbMetricEffect[];
  verdict: EffectDecision;
}

const asPct = (logRatio: number) => (Math.exp(logRatio) - 1) * 100;
// A bound from two noisy blocks can be astronomically wide (exp of a large log ratio): past ±9999% it reads
// as a bound, since toFixed would print an exponent ("+4.08e+29%") that says nothing more.
const signed = (value: number) => (value > 9999 ? '> +9999%' : `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`);

/**
 * Mean log ratio head/base over the pairs, with a Welch interval from each side's block-to-block spread.
 * The pairs' own spread would give only n − 1 degrees of freedom (2 at the first look, where the t
 * quantile is ~15 at these error rates); each side's spread gives up to 2n − 2. A drift that moves both
 * blocks of a pair cancels in the mean but adds to each side's spread, so this interval is then wider than
 * the paired one, never narrower: the error rate still holds (docs/gate.md, "A/B mode").
 */
export function blockEffect(baseLogs: readonly number[], headLogs: readonly number[], alpha: number): PairedEffect {
  const n = baseLogs.length;
  if (n < 2 || headLogs.length !== n) throw new RangeError(`an A/B interval needs at least 2 pairs of blocks, got ${n}`);
  const estimate = mean(headLogs) - mean(baseLogs);
  const [vb, vh] = [sampleVariance(baseLogs) / n, sampleVariance(headLogs) / n];
  const se = Math.sqrt(vb + vh);
  // Welch–Satterthwaite; with no spread at all (a deterministic engine) the interval is the estimate.
  const df = se === 0 ? 1 : (vb + vh) ** 2 / ((vb * vb + vh * vh) / (n - 1));
  const halfWidth = se === 0 ? 0 : studentTQuantile(1 - alpha / 2, df) * se;
  return { n, estimate, low: estimate - halfWidth, high: estimate + halfWidth, alpha };
}

function metricEffect(pairs: readonly AbPair[], metric: { name: string; higherIsBetter: boolean }, alpha: number, marginPct: number): AbMetricEffect {
  // Logs make a +10% and a −9.1% change the same size; a pair counts where both blocks measured the metric.
  const measured = pairs.flatMap(({ base, head }) => {
    const b = base[metric.name];
    const h = head[metric.name];
    return typeof b === 'number' && typeof h === 'number' && b > 0 && h > 0 ? [[Math.log(b), Math.log(h)] as const] : [];
  });
  const base = { name: metric.name, higher_is_better: metric.higherIsBetter, pairs: measured.length };
  if (measured.length < 2) {
    return { ...base, effect_pct: null, low_pct: null, high_pct: null, decision: 'inconclusive', reason: `measured in ${measured.length} pair(s) of blocks; an interval needs 2` };
  }
  const effect = blockEffect(measured.map(([b]) => b), measured.map(([, h]) => h), alpha);
  const decision = decideEffect(effect, Math.log(1 + marginPct / 100), metric.higherIsBetter);
  const [effectPct, lowPct, highPct] = [effect.estimate, effect.low, effect.high].map(asPct) as [number, number, number];
  const reason = `${signed(effectPct)} [${signed(lowPct)}, ${signed(highPct)}] over ${effect.n} pairs, margin ±${marginPct}% → ${decision}`;
  return { ...base, effect_pct: effectPct, low_pct: lowPct, high_pct: highPct, decision, reason };
}

/**
 * One look at the pairs run so far. Each metric's interval is taken at alpha / (metrics × looks), so the
 * chance that any interval at any look excludes a zero effect is at most alpha (Bonferroni over both): the
 * sequential rule may stop at the first conclusive look and still keeps the stated false-alarm rate.
 */
export function abLook(pairs: readonly AbPair[], rule: AbRule, metrics = AB_METRICS): AbLook {
  const alphaPerInterval = rule.alpha / (metrics.length * rule.looks);
  const effects = metrics.map((metric) => metricEffect(pairs, metric, alphaPerInterval, rule.margin_pct));
  return { pairs: pairs.length, alpha_per_interval: alphaPerInterval, metrics: effects, verdict: combineDecisions(effects.map((e) => e.decision)) };
}
