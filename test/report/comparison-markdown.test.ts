import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/gate/compare-results.js';
import { renderComparisonMarkdown } from '../../src/report/markdown/comparison-markdown.js';
import { DEFAULT_THRESHOLDS } from '../../src/gate/thresholds-config.js';
import { makeResults } from '../gate/make-results.js';

const base = { source: 'file base.json', documents: [makeResults({ ttft_ms_p99: 100, output_tps: 1000, 'evil|<b>name': 1 })] };

describe('renderComparisonMarkdown', () => {
  it('shows the verdict, a row per metric with arrows, folded details and escaped names', () => {
    const c = compareResults(base, makeResults({ ttft_ms_p99: 120, output_tps: 1010, 'evil|<b>name': 2 }), DEFAULT_THRESHOLDS);
    const md = renderComparisonMarkdown(c, { marker: '<!-- infergate:gate -->', artifactUrl: 'https://example.test/a/1' });
    expect(md.startsWith('<!-- infergate:gate -->\n### infergate: ❌ TTFT p99 +20.0% → regression\n')).toBe(true);
    expect(md).toContain('| TTFT p99 <sub>ttft\\_ms\\_p99</sub> | ↓ | 100 ms | 120 ms | 🔴 ▲ +20.0% | ❌ fail |');
    expect(md).toContain('| Output tokens/s <sub>output\\_tps</sub> | ↑ | 1000 tok/s | 1010 tok/s | ▲ +1.0% | ✅ pass |');
    expect(md).toContain('evil\\|&lt;b&gt;name | · |');
    expect(md).not.toContain('<b>');
    expect(md).toContain('<details><summary>Environment fingerprint</summary>');
    expect(md).toContain('threshold-only');
    expect(md).toContain('[run folder artifact](https://example.test/a/1)');
  });

  it('stays under maxChars, keeping the failures', () => {
    const headline: Record<string, number> = { ttft_ms_p99: 100 };
    const current: Record<string, number> = { ttft_ms_p99: 150 };
    for (let i = 0; i < 3000; i++) {
      headline[`custom_metric_${i}`] = i;
      current[`custom_metric_${i}`] = i + 1;
    }
    const c = compareResults({ source: 'b', documents: [makeResults(headline)] }, makeResults(current), DEFAULT_THRESHOLDS);
    const full = renderComparisonMarkdown(c);
    expect(full.length).toBeGreaterThan(65_536);
    const md = renderComparisonMarkdown(c, { maxChars: 65_536 });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toContain('| TTFT p99 <sub>ttft\\_ms\\_p99</sub> | ↓ | 100 ms | 150 ms | 🔴 ▲ +50.0% | ❌ fail |');
    expect(md).toMatch(/more rows left out/);
  });

  it('says why there is no comparison', () => {
    const other = makeResults({ ttft_ms_p99: 100 });
    other.environment = { ...other.environment, model: 'other/model' };
    const c = compareResults({ source: 'b', documents: [other] }, makeResults({ ttft_ms_p99: 100 }), DEFAULT_THRESHOLDS);
    const md = renderComparisonMarkdown(c);
    expect(md).toContain('⏭️ not compared — the baseline ran in another environment (model)');
    expect(md).toMatch(/> No comparison: .*model/);
    expect(md).toContain('| model ⚠️ | other/model |');
  });
});
