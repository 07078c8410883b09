import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program.js';
import { REPORT_FILES } from '../../src/report/write-report.js';
import { baselineFromFile } from '../../src/gate/baseline-set.js';
import { compareResults } from '../../src/gate/compare-results.js';
import { readComparisonFile, writeComparisonFile } from '../../src/gate/comparison-file.js';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { DEFAULT_THRESHOLDS } from '../../src/gate/thresholds-config.js';
import { FIXTURE_BASELINE, scratchRun } from './fixture-paths.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const so = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const se = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    return { code: await runCli(args), stdout: out.join(''), stderr: err.join('') };
  } finally {
    so.mockRestore();
    se.mockRestore();
  }
}

describe('infergate report RUN_DIR', () => {
  it('rebuilds report.html, report.md and every export', async () => {
    const dir = scratchRun();
    const r = await cli(['report', dir, '--baseline', FIXTURE_BASELINE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const rel of Object.values(REPORT_FILES)) expect(existsSync(join(dir, rel)), rel).toBe(true);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('```mermaid');
    for (let i = 0; i < 3; i++) expect(existsSync(join(dir, 'exports', `vllm-bench-result.step-${i}.json`))).toBe(true);
  });

  it('takes the gate\'s comparison.json from --comparison, and refuses a file that is not one', async () => {
    const dir = scratchRun();
    const file = join(dir, 'gate.json');
    const comparison = readComparisonFile(join(dir, 'comparison.json'));
    writeComparisonFile(file, { ...comparison, verdict: 'pass', regressed: [], metrics: comparison.metrics.map((m) => ({ ...m, status: m.status === 'fail' ? 'pass' : m.status })) });
    expect((await cli(['report', dir, '--comparison', file])).code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^### infergate: ✅ pass/);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('data-verdict="pass"');
    writeFileSync(file, JSON.stringify({ verdict: 'pass', rows: [] }));
    const r = await cli(['report', dir, '--comparison', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`infergate: ${file}: not an infergate comparison file (expected schema "infergate/comparison" with verdict and metrics)\n`);
  });

  it('without comparison.json, compares with --baseline through the gate itself', async () => {
    const dir = scratchRun();
    rmSync(join(dir, 'comparison.json'));
    expect((await cli(['report', dir, '--baseline', FIXTURE_BASELINE])).code).toBe(0);
    const expected = compareResults(baselineFromFile(FIXTURE_BASELINE), readResultsFile(join(dir, 'results.json')), DEFAULT_THRESHOLDS);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain(`data-verdict="${expected.verdict}"`);
  });

  it('fails with exit 2 and one located sentence on a bad requests.jsonl line', async () => {
    const dir = scratchRun();
    const file = join(dir, 'requests.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4] = '{"id": "x", "index": "four"}';
    writeFileSync(file, lines.join('\n'));
    const r = await cli(['report', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`infergate: ${file}:5: index must be an integer.\n`);
  });

  it('fails with exit 2 on a missing run folder or an unreadable baseline', async () => {
    expect((await cli(['report', '/nonexistent/run'])).stderr).toBe('infergate: /nonexistent/run: run folder not found\n');
    const dir = scratchRun();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schema": "something else"}');
    const r = await cli(['report', dir, '--baseline', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: not an infergate results document (schema is "something else", expected "infergate/results")`);
  });
});
