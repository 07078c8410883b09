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
      // 3 latency metrics × (histogram, CDF) + 4 timeline + 2 telemetry + 3 Pareto + 2 ROUGE × 2.
      expect(charts).toHaveLength(19);
      for (const c of charts) {
        expect(c.drawn, `chart ${c.id} drew no marks`).toBeGreaterThan(0);
        expect(c.width, `chart ${c.id} has no size`).toBeGreaterThan(100);
        expect(c.height).toBeGreaterThan(100);
      }
      const verdict = await page.textContent('[data-verdict]');
      expect(verdict).toContain('FAIL');
      const cards = await page.$$eval('.card', (els) => els.map((e) => e.getAttribute('data-seed')));
      expect(cards).toEqual(['TTFT', 'Throughput', 'Tps', 'Time', 'MFU', 'ROUGE1', 'ROUGE2']);
      // The injected prediction is shown as text, never run or parsed as markup.
      expect(await page.$$eval('table.worst script', (s) => s.length)).toBe(0);
      expect(await page.textContent('table.worst')).toContain('<script>alert("x")</script>');
    } finally {
      await context.close();
    }
  });
});
