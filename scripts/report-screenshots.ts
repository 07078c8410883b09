/**
 * Regenerates docs/images/report.png and docs/images/pr-comment.png from the fixture run folder:
 * `npm run docs:screenshots` (needs /usr/bin/chromium). The comment image is a preview (see
 * markdown-preview.ts); report.png is report.html exactly as written.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeReport } from '../src/report/write-report.js';
import { launchChromium } from './chromium.js';
import { markdownPreview, PREVIEW_CSS } from './markdown-preview.js';

const images = join(process.cwd(), 'docs', 'images');
mkdirSync(images, { recursive: true });
// Imports stay inside src/ and scripts/ (the dist build type-checks scripts/ without test/).
const fixtures = join(process.cwd(), 'test', 'fixtures', 'report');
const dir = mkdtempSync(join(tmpdir(), 'infergate-screens-'));
cpSync(join(fixtures, 'run'), dir, { recursive: true });
const FIXTURE_BASELINE = join(fixtures, 'baseline', 'results.json');
const { markdown } = writeReport(dir, { baselineFile: FIXTURE_BASELINE, reportUrl: 'https://github.com/OWNER/REPO/actions/runs/1/artifacts/2' });
const commentFile = join(dir, 'pr-comment.html');
writeFileSync(
  commentFile,
  `<!doctype html><html><head><meta charset="utf-8"><style>${PREVIEW_CSS}</style></head><body><div class="comment"><header><b>github-actions</b> bot commented</header><div class="body">${markdownPreview(markdown)}</div></div></body></html>`,
);

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
} finally {
  await context.close();
}
process.stdout.write(`wrote ${images}/report.png, report-timeline.png, pr-comment.png\n`);
