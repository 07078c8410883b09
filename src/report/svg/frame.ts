import { escapeHtml } from '../../util/escape.js';
import { formatTick, linearScale, niceDomain, type Scale } from './scale.js';

/** One chart's frame: axes, grid, title, legend; the caller draws the marks with the scales given. */
export interface FrameSpec {
  /** Stable id, used by tests and as the DOM id. */
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  x: [number, number];
  y: [number, number];
  width?: number;
  height?: number;
  legend?: Array<{ label: string; cls: string; dashed?: boolean }>;
  /** A sentence under the chart saying what was drawn (and what was clamped or left out). */
  caption?: string;
}

const MARGIN = { top: 42, right: 16, bottom: 44, left: 58 };
/** Intervals the x axis aims for; a chart that bins its data on the axis's round ends uses the same. */
export const AXIS_TICKS = 6;

export function frame(spec: FrameSpec, marks: (sx: Scale, sy: Scale) => string): string {
  const width = spec.width ?? 540;
  const height = spec.height ?? 260;
  const xd = niceDomain(spec.x[0], spec.x[1], AXIS_TICKS);
  const yd = niceDomain(Math.min(0, spec.y[0]), spec.y[1], 4);
  const sx = linearScale(xd.domain, [MARGIN.left, width - MARGIN.right]);
  const sy = linearScale(yd.domain, [height - MARGIN.bottom, MARGIN.top]);
  const parts: string[] = [];
  for (const t of yd.ticks) {
    const y = sy(t).toFixed(1);
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${y}" y2="${y}"/>`);
    parts.push(`<text class="tick" x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${formatTick(t)}</text>`);
  }
  for (const t of xd.ticks) {
    const x = sx(t).toFixed(1);
    parts.push(`<line class="axis" x1="${x}" x2="${x}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom + 4}"/>`);
    parts.push(`<text class="tick" x="${x}" y="${height - MARGIN.bottom + 16}" text-anchor="middle">${formatTick(t)}</text>`);
  }
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom}"/>`);
  parts.push(`<text class="axis-label" x="${(MARGIN.left + width - MARGIN.right) / 2}" y="${height - 8}" text-anchor="middle">${escapeHtml(spec.xLabel)}</text>`);
  parts.push(
    `<text class="axis-label" transform="translate(14 ${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(spec.yLabel)}</text>`,
  );
  parts.push(`<text class="chart-title" x="${MARGIN.left}" y="18">${escapeHtml(spec.title)}</text>`);
  // The legend sits on its own row under the title, left to right, so it never overlaps the title.
  let lx = MARGIN.left;
  for (const entry of spec.legend ?? []) {
    const dash = entry.dashed ? ' stroke-dasharray="4 3"' : '';
    parts.push(`<line class="legend ${entry.cls}" x1="${lx}" x2="${lx + 14}" y1="30" y2="30"${dash}/>`);
    parts.push(`<text class="legend-label" x="${lx + 18}" y="34">${escapeHtml(entry.label)}</text>`);
    lx += entry.label.length * 6.2 + 34;
  }
  const clip = `clip-${spec.id}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(spec.title)}">` +
    `<defs><clipPath id="${clip}"><rect x="${MARGIN.left}" y="${MARGIN.top - 2}" width="${width - MARGIN.left - MARGIN.right}" height="${height - MARGIN.top - MARGIN.bottom + 2}"/></clipPath></defs>` +
    parts.join('') +
    `<g class="marks" clip-path="url(#${clip})">${marks(sx, sy)}</g></svg>`;
  const caption = spec.caption ? `<figcaption>${escapeHtml(spec.caption)}</figcaption>` : '';
  return `<figure class="chart" id="${escapeHtml(spec.id)}" data-chart="${escapeHtml(spec.id)}">${svg}${caption}</figure>`;
}

/** Shown where a chart has nothing measured to draw; says why instead of drawing an empty frame. */
export function noData(id: string, title: string, reason: string): string {
  return `<figure class="chart no-data" data-chart-empty="${escapeHtml(id)}"><div class="chart-title">${escapeHtml(title)}</div><p>${escapeHtml(reason)}</p></figure>`;
}
