import { countAbove, histogram, maxOf, minOf, pooled, quantile, thinnedEcdf, type Values } from '../stats.js';
import { AXIS_TICKS, frame, noData } from './frame.js';
import { formatTick, stableNiceDomain } from './scale.js';
import { pathData } from './path.js';

export interface DistributionSpec {
  id: string;
  title: string;
  unit: string;
  current: Values;
  baseline?: Values | null;
  bins?: number;
  /** Upper quantile shown; values beyond it are clamped into the last bin (said in the caption). */
  clipQuantile?: number;
  /** Fixed range, e.g. [0, 1] for ROUGE. */
  range?: [number, number];
  /** What one value is ("requests", "documents"). */
  noun?: string;
}

/** Shares of each bin (so runs with different request counts overlay fairly). */
function shares(counts: number[], total: number): number[] {
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/**
 * A histogram (share of requests per bin) with the baseline's histogram as an outline, and beside it
 * the empirical CDFs of both. Returns two figures.
 */
export function distributionCharts(spec: DistributionSpec): string {
  if (spec.current.length === 0) return noData(spec.id, spec.title, 'No completed request measured this quantity.');
  const base = spec.baseline && spec.baseline.length > 0 ? spec.baseline : null;
  const pool = pooled(spec.current, base);
  const q = spec.clipQuantile ?? 0.995;
  // The bins span the axis the frame draws (its round ends), so the last bin ends where the axis does and
  // the caption's bound is the axis end a reader sees.
  const [lo, hi] = spec.range ?? stableNiceDomain(minOf(pool), Math.max(minOf(pool) + 1e-9, quantile(pool, q)), AXIS_TICKS);
  const binCount = spec.bins ?? 30;
  const cur = histogram(spec.current, lo, hi, binCount);
  const curShare = shares(cur.counts, spec.current.length);
  const baseShare = base ? shares(histogram(base, lo, hi, binCount).counts, base.length) : null;
  const maxShare = Math.max(maxOf(curShare, 0), maxOf(baseShare ?? [], 0));
  const clipped = countAbove(pool, hi);
  const noun = spec.noun ?? 'requests';
  const caption =
    `${spec.current.length} ${noun}` +
    (base ? `, baseline ${base.length}` : '') +
    (clipped > 0 && !spec.range ? `; ${clipped === 1 ? '1 value' : `${clipped} values`} above ${formatTick(hi)} ${spec.unit}, the axis end, ${clipped === 1 ? 'is' : 'are'} counted in the last bin` : '');
  const legend = base
    ? [
        { label: 'current', cls: 's0' },
        { label: 'baseline', cls: 'baseline', dashed: true },
      ]
    : [];
  const hist = frame(
    { id: `${spec.id}-hist`, title: `${spec.title}: histogram`, xLabel: spec.unit, yLabel: `share of ${noun}`, x: [lo, hi], y: [0, maxShare], legend, caption, width: 540 },
    (sx, sy) => {
      const bars = curShare
        .map((s, i) => {
          if (s === 0) return '';
          const x0 = sx(cur.edges[i]!);
          const x1 = sx(cur.edges[i + 1]!);
          const y = sy(s);
          return `<rect class="bar s0" x="${x0.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0.5, x1 - x0 - 1).toFixed(1)}" height="${(sy(0) - y).toFixed(1)}"><title>${cur.edges[i]!.toPrecision(4)}–${cur.edges[i + 1]!.toPrecision(4)} ${spec.unit}: ${cur.counts[i]}</title></rect>`;
        })
        .join('');
      if (!baseShare) return bars;
      const outline: Array<[number, number]> = [[lo, 0]];
      baseShare.forEach((s, i) => {
        outline.push([cur.edges[i]!, s]);
      });
      outline.push([hi, baseShare[baseShare.length - 1]!], [hi, 0]);
      return bars + `<path class="line baseline" d="${pathData(outline, sx, sy, true)}" stroke-dasharray="5 4"/>`;
    },
  );
  // A CDF of thousands of requests is thinned to 600 points: no visible change, a much smaller file.
  const curCdf = thinnedEcdf(spec.current, 600).map(([x, y]) => [Math.min(x, hi), y] as [number, number]);
  const baseCdf = base ? thinnedEcdf(base, 600).map(([x, y]) => [Math.min(x, hi), y] as [number, number]) : null;
  const cdf = frame(
    { id: `${spec.id}-cdf`, title: `${spec.title}: CDF`, xLabel: spec.unit, yLabel: 'fraction ≤ x', x: [lo, hi], y: [0, 1], legend, width: 540 },
    (sx, sy) =>
      `<path class="line s0" d="${pathData([[lo, 0], ...curCdf], sx, sy, true)}"/>` +
      (baseCdf ? `<path class="line baseline" d="${pathData([[lo, 0], ...baseCdf], sx, sy, true)}" stroke-dasharray="5 4"/>` : ''),
  );
  return hist + cdf;
}
