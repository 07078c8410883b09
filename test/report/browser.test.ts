import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeReport } from '../../src/report/write-report.js';
import { browserAvailable, browserRequired, CHROMIUM, launchChromium } from '../../scripts/chromium.js';
import { FIXTURE_BASELINE, scratchRun, TEST_OUTPUT } from './fixture-paths.js';

const skip = !browserAvailable() && !browserRequired();
if (skip) {
  console.warn(`browser test skipped: ${CHROMIUM} is not installed (apt-get install chromium) and INFERGATE_REQUIRE_BROWSER is not set`);
}

describe.skipIf(skip)('report.html in a real browser (Debian chromium, headless)', () => {
  it('loads offline with no console errors, and every chart draws marks', async () => {
    expect(browserAvailable(), `INFERGATE_REQUIRE_BROWSER is set but ${CHROMIUM} is missing (apt-get install chromium)`).toBe(true);
    const dir = scratchRun();
    writeReport(dir, { baselineFile: FIXTURE_BASELINE });
    const context = await launchChromium();
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      const fetched: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => fetched.push(r.url()));
      const url = pathToFileURL(join(dir, 'report.html')).href;
      await page.goto(url, { waitUntil: 'load' });

      const charts = await page.$$eval('figure[data-chart]', (figures) =>
        figures.map((f) => {
          const marks = [...f.querySelectorAll('g.marks path, g.marks rect, g.marks circle')];
          const drawn = marks.filter((m) => {
            // Runs in the page; typed structurally because the project compiles without the DOM lib.
            const box = (m as unknown as { getBBox(): { width: number; height: number } }).getBBox();
            return box.width > 0 || box.height > 0;
          });
          const svg = f.querySelector('svg')!.getBoundingClientRect();
          return { id: f.getAttribute('data-chart'), marks: marks.length, drawn: drawn.length, width: svg.width, height: svg.height };
        }),
      );
      const empty = await page.$$eval('[data-chart-empty]', (els) => els.map((e) => e.getAttribute('data-chart-empty')));

      mkdirSync(TEST_OUTPUT, { recursive: true });
      await page.screenshot({ path: join(TEST_OUTPUT, 'report.png'), fullPage: true });

      expect(problems).toEqual([]);
      expect(fetched).toEqual([url]);
      expect(empty).toEqual([]);
      // The recorded run: 3 latency metrics × (histogram, CDF) + 4 timeline + 3 Pareto (sweep of 3 steps).
      // It has no telemetry (CPU runner) and no per-pair ROUGE, so those sections draw nothing (html.test.ts).
      expect(charts.map((c) => c.id).sort()).toEqual(
        ['ttft-hist', 'ttft-cdf', 'tpot-hist', 'tpot-cdf', 'e2el-hist', 'e2el-cdf', 'throughput-req', 'throughput-tok', 'latency-time', 'concurrency', 'pareto-ttft-ms-p99', 'pareto-e2el-ms-p99', 'pareto-tpot-ms-mean'].sort(),
      );
      for (const c of charts) {
        expect(c.drawn, `chart ${c.id} drew no marks`).toBeGreaterThan(0);
        expect(c.width, `chart ${c.id} has no size`).toBeGreaterThan(100);
        expect(c.height).toBeGreaterThan(100);
      }
      const verdict = await page.textContent('[data-verdict]');
      expect(verdict).toContain('FAIL');
      const cards = await page.$$eval('.card', (els) => els.map((e) => e.getAttribute('data-seed')));
      expect(cards).toEqual(['TTFT', 'Throughput', 'Tps', 'Time', 'MFU', 'ROUGE1', 'ROUGE2', 'ROUGEL']);
      // The failed requests' predictions are listed with their error, as text.
      expect(await page.$$eval('table.failed tbody tr', (rows) => rows.length)).toBe(2);
    } finally {
      await context.close();
    }
  });
});
