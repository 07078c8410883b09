/* eslint-disable no-control-regex -- these tests look for control characters */
import { readPredictionsFile } from '../../src/run-folder/predictions-file.js';
import { PredictionSummaryBuilder } from '../../src/run-folder/prediction-summary.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { annotateRegressions } from '../../src/github/annotations.js';
import { compareResults, DEFAULT_THRESHOLDS } from '../../src/gate/index.js';
import { renderComparisonMarkdown } from '../../src/report/markdown/comparison-markdown.js';
import { AGGREGATE_COMMENT_MARKER, GATE_COMMENT_MARKER, renderAggregateMarkdown } from '../../src/github/index.js';
import { withRunStatus } from '../../src/github/publish.js';
import { buildMarkdown, buildReportHtml, reportInputFromFolder } from '../../src/report/index.js';
import { makeResults } from '../gate/make-results.js';

/**
 * Model output, server answers and config strings are untrusted: a pull request controls the config, an
 * engine controls its output. None of this may become markup in report.html, the job summary or the PR
 * comment: no HTML, no @mention that notifies someone, no Markdown link or image, no forged table cell,
 * and no copy of infergate's hidden comment marker (which would let it hijack which comment is updated).
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '@octocat please look',
  '[click here](https://evil.example/steal)',
  '![pixel](https://evil.example/p.png)',
  'see https://evil.example/bare and www.evil.example',
  '<!-- infergate:gate -->',
  '<!-- infergate:aggregate -->',
  '</td></tr></table><h1>owned</h1>',
  '| forged | cell |',
  '<details open><summary>x</summary>',
].join(' ');

function expectInertMarkdown(markdown: string, legitimateMarkers: string[] = []): void {
  let rest = markdown;
  for (const marker of legitimateMarkers) {
    expect(rest.split(marker)).toHaveLength(2); // exactly once: the real one
    rest = rest.replace(marker, '');
  }
  expect(rest).not.toContain('<!--');
  for (const tag of ['<script', '<img', '<h1', '</table', '<details open', '<summary>x']) expect(rest).not.toContain(tag);
  expect(rest).not.toMatch(/@octocat/); // a mention notifies; the escaped form breaks the name from the @
  expect(rest).not.toMatch(/\]\(https?:/); // no [text](url) or ![alt](url)
  expect(rest).not.toMatch(/https?:\/\/evil|www\.evil/); // no bare autolink
  expect(rest).not.toMatch(/[^\\]\| forged/); // a cell cannot be forged
}

describe('hostile text in the report (src/report)', () => {
  const input = reportInputFromFolder(fileURLToPath(new URL('../fixtures/report/run', import.meta.url)));
  const hostileRows = readPredictionsFile(fileURLToPath(new URL('../fixtures/report/run/predictions.jsonl', import.meta.url))).map((p) => ({ ...p, prediction: HOSTILE, reference: HOSTILE, id: HOSTILE }));
  const summary = new PredictionSummaryBuilder();
  for (const row of hostileRows) summary.add(row);
  input.run.predictions = summary.build();
  const results = input.run.results as unknown as Record<string, any>;
  results.run_id = HOSTILE;
  results.failure = { message: `engine said: ${HOSTILE}`, exit_code: 4 };
  results.environment = { ...results.environment, model: HOSTILE, engine_version: HOSTILE, accelerator: HOSTILE };

  it('report.html shows hostile predictions as text', () => {
    const html = buildReportHtml(input);
    expect(hostileRows.length).toBeGreaterThan(0);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<h1>owned');
    expect(html).not.toContain('<!-- infergate:');
    expect(html).not.toContain('<details open>');
  });

  it('the report Markdown (job summary) keeps them inert', () => {
    const markdown = buildMarkdown(input);
    expect(markdown).toContain('octocat');
    expectInertMarkdown(markdown);
  });
});

describe('hostile config strings in the gate Markdown (src/gate, src/github)', () => {
  const baseline = makeResults({ ttft_ms_p99: 80, [HOSTILE]: 1 }, { environment: { ...makeResults({}).environment, model: HOSTILE } });
  const current = makeResults({ ttft_ms_p99: 120, [HOSTILE]: 2 }, { run_id: HOSTILE, environment: { ...makeResults({}).environment, model: HOSTILE, engine_version: HOSTILE } });
  const comparison = compareResults({ source: `file ${HOSTILE}`, documents: [baseline], notices: [HOSTILE] }, current, DEFAULT_THRESHOLDS);

  it('the PR comment body carries exactly one marker, and nothing hostile is markup', () => {
    const markdown = renderComparisonMarkdown(comparison, { marker: GATE_COMMENT_MARKER, title: HOSTILE });
    expect(markdown.startsWith(GATE_COMMENT_MARKER)).toBe(true);
    expect(markdown).toContain('octocat');
    expectInertMarkdown(markdown, [GATE_COMMENT_MARKER]);
  });

  it('a fingerprint mismatch notice quotes both sides escaped', () => {
    const other = makeResults({ ttft_ms_p99: 80 }, { environment: { ...makeResults({}).environment, model: 'a-model' } });
    const skipped = compareResults({ source: 'file b.json', documents: [other] }, current, DEFAULT_THRESHOLDS);
    const markdown = renderComparisonMarkdown(skipped, { marker: GATE_COMMENT_MARKER });
    expect(skipped.notices.join(' ')).toContain('octocat');
    expectInertMarkdown(markdown, [GATE_COMMENT_MARKER]);
  });

  it('the status line of a failed run, under the heading, quotes the failure escaped', () => {
    const failed = { ...current, status: 'failed' as const, failure: { message: `engine said: ${HOSTILE}`, exit_code: 3 } };
    const markdown = withRunStatus(renderComparisonMarkdown(comparison, { marker: GATE_COMMENT_MARKER }), failed);
    expect(markdown).toMatch(/\n\n> \*\*Run failed\*\* \(exit 3\): engine said: /);
    expectInertMarkdown(markdown, [GATE_COMMENT_MARKER]);
    expect(withRunStatus('### x', current)).toBe('### x');
  });

  it('the matrix aggregate comment keeps them inert', () => {
    const markdown = renderAggregateMarkdown([{ artifact: HOSTILE, results: current, comparison, problem: HOSTILE }], { marker: AGGREGATE_COMMENT_MARKER, title: HOSTILE });
    expectInertMarkdown(markdown, [AGGREGATE_COMMENT_MARKER]);
  });
});

/**
 * Finding 4 of issue 14: the gate's own escaper let a lone CR through, and an engine version with `\r`
 * rendered a forged heading in the PR comment. One escaper (src/util/escape.ts) now serves every place,
 * and no line break or control character of untrusted text survives: lone CR, NEL, U+2028/2029, ANSI.
 */
describe('control characters in untrusted text (every rendered place)', () => {
  const FORGED = '1.0\r### ✅ pass\u2028### ✅ pass\u2029### ✅ pass\u0085### ✅ pass\r\n### ✅ pass\u001b[2K\u001b]8;;https://evil.example\u0007x\u202eeman';
  const current = makeResults({ ttft_ms_p99: 120, [FORGED]: 2 }, { run_id: FORGED, environment: { ...makeResults({}).environment, model: FORGED, engine_version: FORGED } });
  const baseline = makeResults({ ttft_ms_p99: 80, [FORGED]: 1 }, { environment: { ...makeResults({}).environment, model: FORGED } });
  const comparison = compareResults({ source: `file ${FORGED}`, documents: [baseline], notices: [FORGED] }, current, DEFAULT_THRESHOLDS);

  function expectNoBreakOrControl(markdown: string): void {
    expect(markdown).not.toMatch(/[\r\u0085\u2028\u2029\u001b\u202e]/);
    // Every line that says "✅ pass" is a cell or a sentence of the real comment, never a heading of its own.
    for (const line of markdown.split('\n')) expect(line).not.toMatch(/^\s*#+ ✅ pass/);
  }

  it('the PR comment, the job summary and the failed-run status line', () => {
    expectNoBreakOrControl(renderComparisonMarkdown(comparison, { marker: GATE_COMMENT_MARKER, title: FORGED }));
    const failed = { ...current, status: 'failed' as const, failure: { message: FORGED, exit_code: 3 } };
    expectNoBreakOrControl(withRunStatus(renderComparisonMarkdown(comparison, {}), failed));
  });

  it('the aggregate comment and the report Markdown', () => {
    expectNoBreakOrControl(renderAggregateMarkdown([{ artifact: FORGED, results: current, comparison, problem: FORGED }], { marker: AGGREGATE_COMMENT_MARKER, title: FORGED }));
    const input = reportInputFromFolder(fileURLToPath(new URL('../fixtures/report/run', import.meta.url)));
    const results = input.run.results as unknown as Record<string, any>;
    results.environment = { ...results.environment, model: FORGED, engine_version: FORGED };
    results.failure = { message: FORGED, exit_code: 3 };
    expectNoBreakOrControl(buildMarkdown(input));
  });

  it('annotations: one line, no control characters', () => {
    const regressed = compareResults({ source: 'file b.json', documents: [makeResults({ [FORGED]: 1 })] }, makeResults({ [FORGED]: 1000 }), { ...DEFAULT_THRESHOLDS, metrics: { ...DEFAULT_THRESHOLDS.metrics, [FORGED]: { direction: 'lower', warn_pct: 1, fail_pct: 2 } } } as never);
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      annotateRegressions(regressed, 5);
    } finally {
      spy.mockRestore();
    }
    const commands = written.join('');
    expect(commands).toContain('::error');
    // @actions/core escapes CR and LF as %0D / %0A; none should be there to escape, nor any other control.
    expect(commands).not.toMatch(/%0D|%0A.|[\u0085\u2028\u2029\u001b]/);
  });

  it('src/ has one Markdown escaper', () => {
    const SRC = fileURLToPath(new URL('../../src', import.meta.url));
    const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const definitions = files.filter((f) => /function escapeMarkdown\b/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(definitions).toEqual(['util/escape.ts']);
  });
});
