import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportHtml } from '../../src/report/html/build-report-html.js';
import { reportInputFromFolder } from '../../src/report/write-report.js';
import { FIXTURE_BASELINE, FIXTURE_RUN, scratchRun } from './fixture-paths.js';

const chartIds = (html: string): string[] => [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]!);

describe('report.html', () => {
  const html = buildReportHtml(reportInputFromFolder(FIXTURE_RUN, { baselineFile: FIXTURE_BASELINE }));

  it('is self-contained: no script, no external reference, and a CSP that forbids fetching', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('draws every chart the fixture has data for', () => {
    const ids = chartIds(html);
    for (const id of ['ttft-hist', 'ttft-cdf', 'tpot-hist', 'e2el-cdf', 'throughput-req', 'throughput-tok', 'latency-time', 'concurrency', 'power', 'utilization', 'pareto-ttft-p99-ms', 'rouge-rouge1-hist', 'rouge-rouge2-cdf']) {
      expect(ids, id).toContain(id);
    }
    expect(html).not.toContain('data-chart-empty');
    expect(html).toContain('data-verdict="fail"');
  });

  it('escapes predictions and references next to each other, worst first', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('Click &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; see');
    const worst = html.slice(html.indexOf('<table class="worst">'));
    expect(worst.indexOf('36288301')).toBeLessThan(worst.indexOf('29603725'));
  });

  it('leaves out the sections whose files are absent, and says so where a chart has no data', () => {
    const dir = scratchRun();
    for (const f of ['telemetry.jsonl', 'predictions.jsonl', 'comparison.json']) rmSync(join(dir, f));
    const input = reportInputFromFolder(dir);
    const bare = buildReportHtml(input);
    expect(bare).not.toContain('id="telemetry"');
    expect(bare).not.toContain('id="rouge"');
    expect(bare).toContain('data-verdict="no-baseline"');
    expect(bare).toContain('No baseline requests.jsonl was given');
    rmSync(join(dir, 'requests.jsonl'));
    const noRequests = buildReportHtml(reportInputFromFolder(dir));
    expect(noRequests).toContain('This run folder has no requests.jsonl.');
  });
});
