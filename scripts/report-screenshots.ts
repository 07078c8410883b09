/**
 * Regenerates docs/images/report.png, report-timeline.png, pr-comment.png and job-summary.png from the
 * fixture run folder: `npm run docs:screenshots` (needs /usr/bin/chromium). The comment and the summary
 * are the Markdown the action publishes (the gate's comparison, then the charts, as github/publish.ts
 * builds them), shown through a preview (see markdown-preview.ts); report.png is report.html exactly as
 * written.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readComparisonFile } from '../src/gate/comparison-file.js';
import { buildChartsMarkdown } from '../src/report/markdown/build-markdown.js';
import { renderComparisonMarkdown } from '../src/report/markdown/comparison-markdown.js';
import { reportInputFromFolder, writeReport } from '../src/report/write-report.js';
import { launchChromium } from './chromium.js';
import { markdownPreview, PREVIEW_CSS } from './markdown-preview.js';

const images = join(process.cwd(), 'docs', 'images');
mkdirSync(images, { recursive: true });
// Imports stay inside src/ and scripts/ (the dist build type-checks scripts/ without test/).
const fixtures = join(process.cwd(), 'test', 'fixtures', 'report');
const dir = mkdtempSync(join(tmpdir(), 'infergate-screens-'));
cpSync(join(fixtures, 'run'), dir, { recursive: true });
const FIXTURE_BASELINE = join(fixtures, 'baseline', 'results.json');
writeReport(dir, { baselineFile: FIXTURE_BASELINE, reportUrl: 'https://github.com/OWNER/REPO/actions/runs/1/artifacts/2' });
const comparison = readComparisonFile(join(dir, 'comparison.json'));
const charts = buildChartsMarkdown(reportInputFromFolder(dir, { baselineFile: FIXTURE_BASELINE }));
const links = { runUrl: 'https://github.com/OWNER/REPO/actions/runs/1', artifactUrl: 'https://github.com/OWNER/REPO/actions/runs/1/artifacts/2' };
const comment = `${renderComparisonMarkdown(comparison, { ...links, title: 'infergate', marker: '<!-- infergate:gate -->' })}\n\n${charts}\n`;
const summary = `${renderComparisonMarkdown(comparison, { ...links, title: 'infergate' })}\n\n${charts}\n`;
const page = (who: string, markdown: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><style>${PREVIEW_CSS}</style></head><body><div class="comment"><header>${who}</header><div class="body">${markdownPreview(markdown)}</div></div></body></html>`;
const commentFile = join(dir, 'pr-comment.html');
writeFileSync(commentFile, page('<b>github-actions</b> bot commented', comment));
const summaryFile = join(dir, 'job-summary.html');
writeFileSync(summaryFile, page('<b>benchmark</b> summary', summary));

const context = await launchChromium({ width: 1280, height: 900 });
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  // The top of the report: verdict, cards, comparison and the latency distributions.
  await page.screenshot({ path: join(images, 'report.png'), clip: { x: 0, y: 0, width: 1280, height: 1900 }, fullPage: true });
  await page.screenshot({ path: join(images, 'report-timeline.png'), clip: { x: 0, y: (await page.locator('#timeline').boundingBox())!.y - 10, width: 1280, height: 1000 }, fullPage: true });
  await page.setViewportSize({ width: 860, height: 900 });
  await page.goto(pathToFileURL(commentFile).href);
  await page.locator('.comment').screenshot({ path: join(images, 'pr-comment.png') });
  await page.goto(pathToFileURL(summaryFile).href);
  await page.locator('.comment').screenshot({ path: join(images, 'job-summary.png') });
} finally {
  await context.close();
}
process.stdout.write(`wrote ${images}/report.png, report-timeline.png, pr-comment.png, job-summary.png\n`);
