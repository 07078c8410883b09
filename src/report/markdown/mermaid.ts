import { mermaidLabel } from '../../util/escape.js';

/** One Mermaid `xychart-beta` block (GitHub renders it in summaries, comments and Markdown files). */
export interface XyChart {
  title: string;
  xLabel?: string;
  categories: string[];
  yLabel: string;
  series: Array<{ kind: 'bar' | 'line'; values: number[] }>;
  /** Fixed y range; otherwise 0 (or the minimum when negative) up to the maximum, padded. */
  yRange?: [number, number];
  /** One colour per series, in order (Mermaid's xyChart plotColorPalette); the theme's otherwise. */
  palette?: string[];
}

/** GitHub's own green and red (Primer success / danger), readable on light and dark themes. */
export const GOOD_COLOUR = '#1a7f37';
export const BAD_COLOUR = '#cf222e';

/**
 * Mermaid's xychart lexer reads numbers as [+-]?digits[.digits] only: no exponent, so tiny or huge
 * values are written out in plain decimals.
 */
export function mermaidNumber(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const s = String(Number(v.toPrecision(4)));
  if (!/e/i.test(s)) return s;
  if (Math.abs(v) < 1) return v.toFixed(12).replace(/\.?0+$/, '') || '0';
  return BigInt(Math.round(v)).toString();
}
const fmt = mermaidNumber;

export function xyChart(chart: XyChart): string {
  const values = chart.series.flatMap((s) => s.values);
  let [lo, hi] = chart.yRange ?? [Math.min(0, ...values), Math.max(0, ...values)];
  if (!chart.yRange) {
    const pad = (hi - lo || 1) * 0.1;
    hi = hi > 0 ? hi + pad : hi;
    lo = lo < 0 ? lo - pad : lo;
  }
  const cats = chart.categories.map((c) => `"${mermaidLabel(c)}"`).join(', ');
  const xLabel = chart.xLabel ? `"${mermaidLabel(chart.xLabel)}" ` : '';
  // Colours are ours (hex only), never text from a run: the init directive carries nothing untrusted.
  const palette = (chart.palette ?? []).filter((c) => /^#[0-9a-fA-F]{6}$/.test(c));
  const init = palette.length > 0 ? [`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.join(', ')}"}}}}%%`] : [];
  const lines = [
    '```mermaid',
    ...init,
    'xychart-beta',
    `    title "${mermaidLabel(chart.title)}"`,
    `    x-axis ${xLabel}[${cats}]`,
    `    y-axis "${mermaidLabel(chart.yLabel)}" ${fmt(lo)} --> ${fmt(hi)}`,
    ...chart.series.map((s) => `    ${s.kind} [${s.values.map(fmt).join(', ')}]`),
    '```',
  ];
  return lines.join('\n');
}
