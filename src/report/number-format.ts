import type { Direction } from '../gate/metric-directions.js';
import { unitOf } from './metric-catalog.js';

/**
 * The one number format of every place a figure is shown: the PR comment, the job summary, report.md,
 * report.html and `infergate compare`'s table. A reader who sees "22.65 ms" in the comment finds the same
 * "22.65 ms" in the report.
 */

/**
 * A figure to 4 significant digits: integers as they are, no exponent from 0.001 up to 10 million (where
 * a reader compares digits), an exponent outside it (MFU on a CPU is a few millionths); `absent` (—) without one.
 */
export function formatValue(value: number | null | undefined, absent = '—'): string {
  if (value === null || value === undefined) return absent;
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e7) return String(value);
  const a = Math.abs(value);
  if (a < 1e-3 || a >= 1e7) return value.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(value.toPrecision(4)));
}

/**
 * A headline figure in its unit: latency always in ms (results.json stores it in ms: "22.65 ms", never
 * "0.02265 s"), rates in req/s or tok/s, durations in s, ratios bare.
 */
export function formatMetricValue(name: string, value: number | null | undefined): string {
  const text = formatValue(value);
  if (value === null || value === undefined || !Number.isFinite(value)) return text;
  const unit = unitOf(name);
  return unit ? `${text} ${unit}` : text;
}

/** A change in percent: "+14.0%", "-6.0%"; a change that rounds to zero (float noise of a mean) unsigned. */
export function formatPercent(value: number | null): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '+∞%' : '−∞%';
  if (Math.abs(value) < 0.05) return '0.0%';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}

/** The interval of a relative change, given as fractions (0.098 = +9.8%): "[+9.8, +19.1]" in percent. */
export function formatInterval(interval: { low: number; high: number }): string {
  const end = (fraction: number): string => {
    const pct = fraction * 100;
    if (!Number.isFinite(pct)) return pct > 0 ? '+∞' : '−∞';
    return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}`;
  };
  return `[${end(interval.low)}, ${end(interval.high)}]`;
}

/** Which way the figure moved, and whether that is good: the arrow shows the move, its meaning the metric's direction. */
export type ChangeSense = 'better' | 'worse' | 'flat' | 'neutral';

export function changeSense(deltaPct: number | null, direction: Direction): ChangeSense {
  if (deltaPct === null || Math.abs(deltaPct) < 0.05) return 'flat';
  if (direction === 'neutral') return 'neutral';
  return (deltaPct > 0) === (direction === 'higher') ? 'better' : 'worse';
}

/** "▲" for a rise, "▼" for a fall, nothing for no change. */
export function changeArrow(deltaPct: number | null): string {
  if (deltaPct === null || Math.abs(deltaPct) < 0.05) return '';
  return deltaPct > 0 ? '▲' : '▼';
}
