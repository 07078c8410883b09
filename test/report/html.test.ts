import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportHtml } from '../../src/report/html/build-report-html.js';
import { readComparisonFile } from '../../src/gate/comparison-file.js';
import { reportInputFromFolder } from '../../src/report/write-report.js';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { FAILED_LISTED } from '../../src/run-folder/prediction-summary.js';
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

  it('draws every chart the real fixture has data for', () => {
    const ids = chartIds(html);
    for (const id of ['ttft-hist', 'ttft-cdf', 'tpot-hist', 'e2el-cdf', 'throughput-req', 'throughput-tok', 'latency-time', 'concurrency', 'pareto-ttft-ms-p99', 'pareto-e2el-ms-p99', 'pareto-tpot-ms-mean']) {
      expect(ids, id).toContain(id);
    }
    expect(html).not.toContain('data-chart-empty');
    expect(html).toContain('data-verdict="fail"');
    // The recorded run has no telemetry (a CPU runner) and no per-pair ROUGE: those sections say so or stay out.
    expect(html).not.toContain('id="telemetry"');
    expect(html).toContain('no per-document ROUGE scores');
  });

  it('takes its cards, verdict and change table from the gate\'s comparison.json', () => {
    const comparison = readComparisonFile(join(FIXTURE_RUN, 'comparison.json'));
    const results = JSON.parse(readFileSync(join(FIXTURE_RUN, 'results.json'), 'utf8')) as { headline: Record<string, number> };
    // TTFT card in ms from ttft_ms_mean: the same figure the comment and the summary show.
    const card = /<div class="card ([a-z]*)" data-seed="TTFT" data-key="ttft_ms_mean">.*?<div class="value">([^<]+)</.exec(html)!;
    expect(Number(card[2])).toBeCloseTo(results.headline.ttft_ms_mean!, 2);
    expect(html).toMatch(/data-key="ttft_ms_mean">.*?<span class="unit">ms<\/span>/);
    expect(card[1]).toBe(comparison.metrics.find((m) => m.name === 'ttft_ms_mean')!.status);
    for (const name of comparison.regressed) expect(html).toContain(`<code>${name}</code></td>`);
    for (const notice of comparison.notices) expect(html).toContain(notice);
    const throughput = /data-seed="Throughput" data-key="throughput_rps">.*?<div class="value">([^<]+)</.exec(html)!;
    expect(Number(throughput[1])).toBeCloseTo(results.headline.throughput_rps!, 2);
  });

  it('charts telemetry in the sampler\'s shape, one series per device', () => {
    const dir = scratchRun();
    // Test data in the shape src/engine/telemetry/telemetry-sampler.ts writes (not a measurement).
    const samples = [0, 1000, 2000, 3000].flatMap((t, i) =>
      ['0', '1'].map((device) => ({ t_ms: t, time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), device, power_w: 100 + 50 * i, utilization_pct: 20 * i, memory_used_mib: 1000 + i, memory_total_mib: 81559, sm_clock_mhz: null, mem_clock_mhz: null })),
    );
    writeFileSync(join(dir, 'telemetry.jsonl'), samples.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const page = buildReportHtml(reportInputFromFolder(dir));
    const ids = chartIds(page);
    expect(ids).toEqual(expect.arrayContaining(['power', 'utilization', 'memory']));
    expect(ids).not.toContain('sm-clock');
    expect(page).toContain('device 0');
    expect(page).toContain('device 1');
  });

  it('escapes predictions and references next to each other, worst first, when predictions carry ROUGE', () => {
    const dir = scratchRun();
    const file = join(dir, 'predictions.jsonl');
    const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    // A per-pair `rouge` field as the ROUGE stage may add it; one prediction carries markup.
    rows.forEach((r, i) => (r.rouge = { rouge1: { fmeasure: 0.5 + i / 100 }, rouge2: i / 100 }));
    rows[1]!.prediction = 'Click <script>alert("x")</script> & see';
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const page = buildReportHtml(reportInputFromFolder(dir));
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('Click &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; see');
    expect(chartIds(page)).toEqual(expect.arrayContaining(['rouge-rouge1-hist', 'rouge-rouge2-cdf']));
    const worst = page.slice(page.indexOf('<table class="worst">'));
    expect(worst.indexOf(String(rows[0]!.id))).toBeLessThan(worst.indexOf(String(rows[1]!.id)));
  });

  it('lists the failed predictions with their error, escaped', () => {
    const failed = readFileSync(join(FIXTURE_RUN, 'predictions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; error: string | null }).filter((p) => p.error !== null);
    expect(failed).toHaveLength(2);
    const table = html.slice(html.indexOf('<table class="failed">'));
    for (const p of failed) expect(table).toContain(`<td>${p.id}</td>`);
  });

  it('lists the first FAILED_LISTED failed predictions and counts every one (a run whose requests all failed)', () => {
    const dir = scratchRun();
    const count = FAILED_LISTED + 7;
    const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `f${i}`, reference: 'r', prediction: '', error: 'http_status: 500', finish_reason: null, rouge: { rouge1: 0 } }));
    writeFileSync(join(dir, 'predictions.jsonl'), `${lines.join('\n')}\n`);
    const page = buildReportHtml(reportInputFromFolder(dir));
    expect(page).toContain(`Failed predictions (${count})`);
    expect(page).toContain(`The first ${FAILED_LISTED} are listed`);
    const table = page.slice(page.indexOf('<table class="failed">'));
    expect(table).toContain(`<td>f${FAILED_LISTED - 1}</td>`);
    expect(table).not.toContain(`<td>f${FAILED_LISTED}</td>`);
  });

  it('draws from the results document it is handed, not results.json read back (the run just wrote it)', () => {
    const dir = scratchRun();
    const results = readResultsFile(join(dir, 'results.json'));
    const page = buildReportHtml(reportInputFromFolder(dir, { results }));
    writeFileSync(join(dir, 'results.json'), '{ not json');
    expect(buildReportHtml(reportInputFromFolder(dir, { results }))).toBe(page);
    expect(() => reportInputFromFolder(dir)).toThrow(/results\.json/);
  });

  it('leaves out the sections whose files are absent, and says so where a chart has no data', () => {
    const dir = scratchRun();
    for (const f of ['predictions.jsonl', 'comparison.json']) rmSync(join(dir, f));
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
