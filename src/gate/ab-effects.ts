import type { Headline } from '../results/results-document.js';
import { combineDecisions, decideEffect, pairedEffect, type EffectDecision } from './paired-effect.js';

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
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;

function metricEffect(pairs: readonly AbPair[], metric: { name: string; higherIsBetter: boolean }, alpha: number, marginPct: number): AbMetricEffect {
  // The log ratio makes a +10% and a −9.1% change the same size and pairs blocks by what they share.
  const logRatios = pairs.flatMap(({ base, head }) => {
    const b = base[metric.name];
    const h = head[metric.name];
    return typeof b === 'number' && typeof h === 'number' && b > 0 && h > 0 ? [Math.log(h / b)] : [];
  });
  const base = { name: metric.name, higher_is_better: metric.higherIsBetter, pairs: logRatios.length };
  if (logRatios.length < 2) {
    return { ...base, effect_pct: null, low_pct: null, high_pct: null, decision: 'inconclusive', reason: `measured in ${logRatios.length} pair(s) of blocks; an interval needs 2` };
  }
  const effect = pairedEffect(logRatios, alpha);
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
