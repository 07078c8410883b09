import { escapeHtml } from '../../util/escape.js';
import { maxOf, minOf } from '../stats.js';
import { frame, noData } from './frame.js';
import { pathData } from './path.js';

export interface Series {
  label: string;
  /** CSS class giving the colour (s0…s5, baseline). */
  cls: string;
  points: Array<[number, number]>;
  step?: boolean;
  dashed?: boolean;
  /** Draw a dot per point, with this text (per point) in its hover title. */
  markers?: string[];
}

export interface LineChartSpec {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  caption?: string;
  /** Forces the x axis to start at zero (time axes). */
  xFromZero?: boolean;
  width?: number;
}

/** Lines (or staircases) over a shared x axis; null points must be removed by the caller. */
export function lineChart(spec: LineChartSpec): string {
  const all = spec.series.flatMap((s) => s.points).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (all.length === 0) return noData(spec.id, spec.title, 'Nothing was measured for this chart.');
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const x0 = spec.xFromZero ? 0 : minOf(xs);
  return frame(
    {
      id: spec.id,
      title: spec.title,
      xLabel: spec.xLabel,
      yLabel: spec.yLabel,
      x: [x0, maxOf(xs)],
      y: [Math.min(0, minOf(ys)), maxOf(ys)],
      legend: spec.series.length > 1 ? spec.series.map((s) => ({ label: s.label, cls: s.cls, dashed: s.dashed })) : [],
      caption: spec.caption,
      width: spec.width,
    },
    (sx, sy) =>
      spec.series
        .map((s) => {
          const dash = s.dashed ? ' stroke-dasharray="5 4"' : '';
          const line = s.points.length > 1 ? `<path class="line ${s.cls}" d="${pathData(s.points, sx, sy, s.step)}"${dash}/>` : '';
          const dots = s.markers
            ? s.points
                .map(
                  ([x, y], i) =>
                    `<circle class="dot ${s.cls}" cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="4"><title>${escapeHtml(s.markers?.[i] ?? '')}</title></circle>`,
                )
                .join('')
            : '';
          return line + dots;
        })
        .join(''),
  );
}
