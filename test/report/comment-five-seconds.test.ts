import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/gate/compare-results.js';
import type { Comparison } from '../../src/gate/comparison.js';
import { DEFAULT_THRESHOLDS } from '../../src/gate/thresholds-config.js';
import { renderComparisonText } from '../../src/report/comparison-text.js';
import { changeText, headlineCards } from '../../src/report/html/cards.js';
import { comparisonTable } from '../../src/report/html/tables.js';
import { buildChartsMarkdown } from '../../src/report/markdown/build-markdown.js';
import { renderComparisonMarkdown, worstMetric } from '../../src/report/markdown/comparison-markdown.js';
import { formatInterval, formatMetricValue, formatValue } from '../../src/report/number-format.js';
import { makeResults } from '../gate/make-results.js';

/** TTFT p50 22.65 → 26 ms (+14.8%), throughput down 6%, one neutral metric. */
function regression(): Comparison {
  const base = makeResults({ ttft_ms_p50: 22.65, ttft_ms_mean: 22.65, throughput_rps: 10, completed_requests: 40 });
  const current = makeResults({ ttft_ms_p50: 26, ttft_ms_mean: 23, throughput_rps: 9.4, completed_requests: 40 });
  return compareResults({ source: 'file base.json', documents: [base] }, current, DEFAULT_THRESHOLDS);
}

describe('the comment a reviewer reads in five seconds (issue 16 item 6)', () => {
  it('names the verdict and the worst regression with its numbers and interval in the heading', () => {
    const c = regression();
    const ttft = c.metrics.find((m) => m.name === 'ttft_ms_p50')!;
    ttft.changeInterval = { low: 0.098, high: 0.191 };
    expect(worstMetric(c)?.name).toBe('ttft_ms_p50');
    const md = renderComparisonMarkdown(c, { title: 'infergate' });
    expect(md.split('\n')[0]).toBe('### infergate: ❌ TTFT p50 +14.8% [+9.8, +19.1] → regression');
    expect(md).toContain('| TTFT p50 <sub>ttft\\_ms\\_p50</sub> | ↓ | 22.65 ms | 26 ms | 🔴 ▲ +14.8% [+9.8, +19.1] | ❌ fail |');
  });

  it('shows latency in ms, never as a fraction of a second, and the same figure in comment and report.html', () => {
    const c = regression();
    const md = renderComparisonMarkdown(c);
    expect(md).toContain('22.65 ms');
    expect(md).not.toMatch(/0\.02\d* s/);
    const html = comparisonTable(c);
    expect(html).toContain('22.65 ms');
    const card = headlineCards({ ttft_ms_mean: 22.65 }, c);
    expect(card).toContain('22.65<span class="unit">ms</span>');
    // One change format in all three places.
    const row = c.metrics.find((m) => m.name === 'throughput_rps')!;
    expect(md).toContain(changeText(row));
    expect(html).toContain(changeText(row));
    expect(changeText(row)).toBe('▼ -6.0%');
  });

  it('folds the rows that are only reported (info, missing) under <details>', () => {
    const md = renderComparisonMarkdown(regression());
    const [judged, folded] = md.split('<details><summary>1 more metric reported, not judged');
    expect(judged).not.toContain('completed\\_requests');
    expect(folded).toContain('| Completed requests <sub>completed\\_requests</sub> | · | 40 requests | 40 requests | 0.0% | ℹ️ info |');
  });

  it('colours each change by the metric\'s direction: a latency rise and a throughput fall are both bad', () => {
    const md = renderComparisonMarkdown(regression());
    expect(md).toMatch(/TTFT p50 .*🔴 ▲ \+14\.8%/);
    expect(md).toMatch(/Throughput .*🔴 ▼ -6\.0%/);
    const improved = compareResults({ source: 'b', documents: [makeResults({ ttft_ms_p50: 30, throughput_rps: 9 })] }, makeResults({ ttft_ms_p50: 20, throughput_rps: 12 }), DEFAULT_THRESHOLDS);
    const good = renderComparisonMarkdown(improved);
    expect(good).toMatch(/TTFT p50 .*🟢 ▼ -33\.3%/);
    expect(good).toMatch(/Throughput .*🟢 ▲ \+33\.3%/);
  });

  it('draws the change chart in two colours: good moves in the first (green) series, bad in the second (red)', () => {
    const c = regression();
    const charts = buildChartsMarkdown({ run: { dir: '', results: makeResults({}), requests: null, predictions: null, telemetry: null, comparison: c }, baseline: null, comparison: c });
    const chart = charts.split('```mermaid\n')[1]!.split('\n```')[0]!.split('\n');
    expect(chart[0]).toBe('%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1a7f37, #cf222e"}}}}%%');
    const [good, bad] = chart.filter((l) => l.startsWith('    bar ['));
    const cats = [...chart.find((l) => l.includes('x-axis'))!.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const at = (series: string, label: string) => Number(series.replace(/^ {4}bar \[|\]$/g, '').split(', ')[cats.indexOf(label)]);
    expect(at(bad!, 'TTFT p50')).toBeCloseTo(14.79, 1);
    expect(at(good!, 'TTFT p50')).toBe(0);
    expect(at(bad!, 'Throughput')).toBeCloseTo(-6, 1);
  });

  it('renders the inconclusive and not-compared verdicts', () => {
    const c = regression();
    const m = c.metrics.find((x) => x.name === 'ttft_ms_p50')!;
    const inconclusive: Comparison = { ...c, verdict: 'inconclusive', regressed: [], metrics: c.metrics.map((x) => (x === m ? { ...x, status: 'inconclusive', changeInterval: { low: -0.01, high: 0.3 } } : { ...x, status: x.status === 'fail' || x.status === 'warn' ? 'pass' : x.status })) };
    expect(renderComparisonMarkdown(inconclusive).split('\n')[0]).toBe('### infergate: ❔ TTFT p50 +14.8% [-1.0, +30.0] → inconclusive');
    const notCompared: Comparison = { ...c, verdict: 'not-compared', fingerprint: { differences: [{ field: 'accelerator', baseline: 'A100', current: 'H100' }], allowed_mismatch: false, on_mismatch: 'warn' } };
    expect(renderComparisonMarkdown(notCompared).split('\n')[0]).toBe('### infergate: ⏭️ not compared — the baseline ran in another environment (accelerator)');
  });

  it('keeps a lone CR (and other line breaks) in a metric or engine name from starting a line', () => {
    const base = makeResults({ 'evil\r### forged': 1, ttft_ms_p50: 10 });
    const current = makeResults({ 'evil\r### forged': 2, ttft_ms_p50: 10 }, { run_id: 'run\r- [x] approved\u2028> quote' });
    const md = renderComparisonMarkdown(compareResults({ source: 'file b\r# h', documents: [base] }, current, DEFAULT_THRESHOLDS));
    expect(md).not.toMatch(/[\r\u2028\u2029\u0085]/);
    // Only our own heading starts with #.
    for (const line of md.split('\n').slice(1)) expect(line).not.toMatch(/^\s*(?:#{1,6} |- \[x\]|> quote)/);
  });
});

describe('the one number format', () => {
  it('gives 4 significant digits that read back within rounding, with no exponent from 0.001 to 10 million (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (v) => {
        const text = formatValue(v);
        const back = Number(text);
        expect(Number.isNaN(back)).toBe(false);
        expect(Math.abs(back - v)).toBeLessThanOrEqual(Math.abs(v) * 5e-4 + 1e-300);
        if (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e7) expect(text).not.toMatch(/e/);
      }),
    );
  });

  it('writes units the reader expects and intervals in percent from fractions', () => {
    expect(formatMetricValue('ttft_ms_p50', 22.65)).toBe('22.65 ms');
    expect(formatMetricValue('throughput_rps', 3.54)).toBe('3.54 req/s');
    expect(formatMetricValue('mfu', 0.00002812)).toBe('2.812e-5');
    expect(formatMetricValue('ttft_ms_p50', null)).toBe('—');
    expect(formatInterval({ low: 0.098, high: 0.191 })).toBe('[+9.8, +19.1]');
    expect(formatInterval({ low: -0.05, high: 0 })).toBe('[-5.0, 0.0]');
  });
});

describe('the terminal table of `infergate compare`', () => {
  it('names the same deciding metric as the comment, and shows intervals in the change column', () => {
    const c = regression();
    c.metrics.find((m) => m.name === 'ttft_ms_p50')!.changeInterval = { low: 0.098, high: 0.191 };
    const text = renderComparisonText(c);
    expect(text.split('\n')[1]).toBe('decided by: TTFT p50 (ttft_ms_p50) +14.8% [+9.8, +19.1]');
    expect(text).toMatch(/ttft_ms_p50\s+↓\s+22\.65\s+26\s+\+14\.8% \[\+9\.8, \+19\.1\]\s+fail/);
  });
});
