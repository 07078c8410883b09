/**
 * A preview of infergate's own Markdown (job summary / PR comment) as HTML, for the README screenshot
 * only. It understands just what comparison-markdown.ts and build-markdown.ts write: headings,
 * paragraphs, quotes, pipe tables, <details>, links, bold, backslash escapes, and Mermaid `xychart-beta`
 * blocks (with their plotColorPalette), which it draws as plain SVG bars and lines (GitHub draws them with
 * Mermaid itself; the look differs a little).
 */
import { escapeHtml } from '../src/util/escape.js';

function inline(text: string): string {
  // Input is already HTML-escaped by the Markdown builder; only Markdown syntax is turned into tags.
  return text
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="#">$1</a>')
    .replace(/\\([\\`*_{}[\]()#!|~+\-.>])/g, '$1');
}

function splitRow(line: string): string[] {
  return line
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function table(lines: string[]): string {
  const [head, align, ...body] = lines;
  const aligns = splitRow(align!).map((a) => (a.endsWith(':') ? 'right' : 'left'));
  const th = splitRow(head!).map((c, i) => `<th style="text-align:${aligns[i]}">${inline(c)}</th>`).join('');
  const rows = body.map((l) => `<tr>${splitRow(l).map((c, i) => `<td style="text-align:${aligns[i]}">${inline(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table>`;
}

function xyChartSvg(lines: string[]): string {
  const title = /title "([^"]*)"/.exec(lines.join('\n'))?.[1] ?? '';
  const palette = /"plotColorPalette": "([^"]*)"/.exec(lines[0] ?? '')?.[1]?.split(', ') ?? [];
  const xLine = lines.find((l) => l.trim().startsWith('x-axis')) ?? '';
  const quoted = [...xLine.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const cats = /x-axis "[^"]*" \[/.test(xLine) ? quoted.slice(1) : quoted;
  const yLine = lines.find((l) => l.trim().startsWith('y-axis')) ?? '';
  const yName = /"([^"]*)"/.exec(yLine)?.[1] ?? '';
  const [lo, hi] = (/(-?[\d.e+-]+) --> (-?[\d.e+-]+)/.exec(yLine)?.slice(1) ?? ['0', '1']).map(Number) as [number, number];
  const series = lines
    .map((l) => /^\s*(bar|line) \[(.*)\]$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ kind: m[1]!, values: m[2]!.split(', ').map(Number) }));
  const W = 760;
  const H = 300;
  const L = 56;
  const R = 12;
  const T = 34;
  const B = 84;
  const band = (W - L - R) / Math.max(1, cats.length);
  const sy = (v: number): number => T + ((hi - v) / (hi - lo || 1)) * (H - T - B);
  const parts: string[] = [`<text x="${W / 2}" y="20" text-anchor="middle" class="t">${escapeHtml(title)}</text>`];
  for (let k = 0; k <= 4; k++) {
    const v = lo + ((hi - lo) * k) / 4;
    parts.push(`<line x1="${L}" x2="${W - R}" y1="${sy(v)}" y2="${sy(v)}" stroke="#eee"/><text x="${L - 6}" y="${sy(v) + 4}" text-anchor="end">${Number(v.toPrecision(3))}</text>`);
  }
  parts.push(`<text transform="translate(14 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(yName)}</text>`);
  cats.forEach((c, i) => {
    const x = L + band * (i + 0.5);
    parts.push(`<text transform="translate(${x} ${H - B + 12}) rotate(35)" text-anchor="start">${escapeHtml(c)}</text>`);
  });
  for (const [n, s] of series.entries()) {
    if (s.kind === 'bar') {
      const colour = palette[n];
      s.values.forEach((v, i) => {
        const y0 = sy(0);
        const y = sy(v);
        if (v === 0 && colour) return;
        parts.push(`<rect x="${L + band * i + band * 0.15}" width="${band * 0.7}" y="${Math.min(y, y0)}" height="${Math.abs(y0 - y)}" fill="${colour ?? '#ECECFF'}" stroke="${colour ?? '#9370DB'}"/>`);
      });
    } else {
      const d = s.values.map((v, i) => `${i === 0 ? 'M' : 'L'}${L + band * (i + 0.5)} ${sy(v)}`).join('');
      parts.push(`<path d="${d}" fill="none" stroke="#8b4513" stroke-width="2.5"/>`);
    }
  }
  return `<div class="mermaid"><svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${parts.join('')}</svg></div>`;
}

export function markdownPreview(md: string): string {
  const lines = md.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```mermaid')) {
      const block: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith('```')) block.push(lines[++i]!);
      i += 1;
      out.push(xyChartSvg(block));
    } else if (line.startsWith('|')) {
      const block = [line];
      while (i + 1 < lines.length && lines[i + 1]!.startsWith('|')) block.push(lines[++i]!);
      out.push(table(block));
    } else if (line.startsWith('### ')) out.push(`<h3>${inline(line.slice(4))}</h3>`);
    else if (line.startsWith('<details>') || line.startsWith('</details>')) out.push(line);
    else if (line.startsWith('> ')) out.push(`<blockquote>${inline(line.slice(2))}</blockquote>`);
    else if (line.startsWith('<!--')) continue;
    else if (line.trim() !== '') out.push(`<p>${inline(line)}</p>`);
  }
  return out.join('\n');
}

export const PREVIEW_CSS = `body{margin:0;background:#fff;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328}
.comment{max-width:820px;margin:16px;border:1px solid #d1d9e0;border-radius:6px}.comment header{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:8px 16px;color:#59636e;border-radius:6px 6px 0 0}
.body{padding:8px 16px 16px}h3{margin:8px 0}table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d1d9e0;padding:4px 10px}th{background:#f6f8fa}
a{color:#0969da;text-decoration:none}.mermaid{margin:8px 0}svg text{font:11px sans-serif;fill:#333}svg text.t{font-size:15px}details{margin:8px 0}blockquote{margin:8px 0;padding:0 12px;color:#59636e;border-left:4px solid #d1d9e0}sub{color:#59636e}`;
