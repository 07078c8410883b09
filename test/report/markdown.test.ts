import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../src/report/markdown/build-markdown.js';
import { mermaidNumber, xyChart } from '../../src/report/markdown/mermaid.js';

/** Mermaid's xychart number token (packages/mermaid/src/diagrams/xychart/parser/xychart.jison). */
const MERMAID_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
import { reportInputFromFolder } from '../../src/report/write-report.js';
import { FIXTURE_BASELINE, FIXTURE_RUN } from './fixture-paths.js';

/** The Mermaid blocks of a Markdown document, with their lines. */
function mermaidBlocks(md: string): string[][] {
  return [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!.split('\n'));
}

/** Checks one xychart-beta block against the grammar we use: categories and every series the same length. */
function checkXyChart(block: string[]): void {
  // An optional init directive first: our own colours (the change chart's green / red).
  const lines = block[0]!.startsWith('%%{init') ? block.slice(1) : block;
  expect(lines[0]).toBe('xychart-beta');
  expect(lines[1]).toMatch(/^ {4}title "[^"]*"$/);
  const x = lines.find((l) => l.trimStart().startsWith('x-axis'))!;
  const cats = [...x.matchAll(/"([^"]*)"/g)].length - (/x-axis "[^"]*" \[/.test(x) ? 1 : 0);
  const y = /^ {4}y-axis "[^"]*" (\S+) --> (\S+)$/.exec(lines.find((l) => l.trimStart().startsWith('y-axis'))!)!;
  expect(y[1]).toMatch(MERMAID_NUMBER);
  expect(y[2]).toMatch(MERMAID_NUMBER);
  const series = lines.filter((l) => /^ {4}(bar|line) \[/.test(l));
  expect(series.length).toBeGreaterThan(0);
  for (const s of series) {
    const values = s.replace(/^ {4}(bar|line) \[|\]$/g, '').split(', ');
    expect(values).toHaveLength(cats);
    for (const v of values) expect(v).toMatch(MERMAID_NUMBER);
  }
}

describe('Markdown for the job summary and PR comment', () => {
  it('carries the verdict, the seed metrics and well-formed Mermaid charts with the baseline overlay', () => {
    const md = buildMarkdown(reportInputFromFolder(FIXTURE_RUN, { baselineFile: FIXTURE_BASELINE }), { reportUrl: 'https://example.test/artifact/1' });
    expect(md).toMatch(/^### infergate: ❌ fail/);
    expect(md).toContain('| TTFT | Throughput | Tps | Time | MFU | ROUGE1 | ROUGE2 |');
    expect(md).toContain('[Full report with charts](https://example.test/artifact/1)');
    const blocks = mermaidBlocks(md);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    blocks.forEach(checkXyChart);
    const ttft = blocks.find((b) => b[1]!.includes('TTFT distribution'))!;
    expect(ttft.filter((l) => l.startsWith('    line ['))).toHaveLength(1);
  });

  it('says there is no baseline and still charts the distribution without one', () => {
    const input = reportInputFromFolder(FIXTURE_RUN);
    const md = buildMarkdown({ ...input, comparison: null });
    expect(md).toMatch(/^### infergate: no baseline/);
    expect(md).toContain('All headline metrics');
    const blocks = mermaidBlocks(md);
    blocks.forEach(checkXyChart);
    expect(blocks.some((b) => b.some((l) => l.startsWith('    line [')))).toBe(false);
  });

  it('escapes what the run folder controls', () => {
    const input = reportInputFromFolder(FIXTURE_RUN);
    input.run.results = { ...input.run.results, run_id: '<img src=x onerror=alert(1)>|x', failure: { message: '# boom\n| injected |', exit_code: 4 } };
    const md = buildMarkdown(input);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;\\|x');
    expect(md).toContain('**Run failed:** \\# boom \\| injected \\|');
  });

  it('writes numbers the Mermaid lexer accepts (no exponents)', () => {
    for (const v of [1e-9, -3.2e-7, 0.000123, 5e21, -0, 12.5, 1234567]) expect(mermaidNumber(v), String(v)).toMatch(MERMAID_NUMBER);
    expect(Number(mermaidNumber(3.2e-7))).toBeCloseTo(3.2e-7, 12);
  });

  it('keeps quotes out of Mermaid strings', () => {
    const block = xyChart({ title: 'a "quoted" [title]', categories: ['x"y'], yLabel: 'v', series: [{ kind: 'bar', values: [1] }] });
    checkXyChart(block.split('\n').slice(1, -1));
    expect(block).toContain('title "a quoted title"');
  });
});
