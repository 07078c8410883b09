import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program.js';
import { REPORT_FILES } from '../../src/report/write-report.js';
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
    for (let i = 0; i < 4; i++) expect(existsSync(join(dir, 'exports', `vllm-bench-result.step-${i}.json`))).toBe(true);
  });

  it('takes the gate verdict from --comparison, and refuses a malformed one', async () => {
    const dir = scratchRun();
    const verdict = join(dir, 'gate.json');
    writeFileSync(verdict, JSON.stringify({ verdict: 'pass', rows: [{ metric: 'ttft_mean_s', baseline: 0.12, current: 0.1213, change_pct: 1.08, status: 'pass' }] }));
    expect((await cli(['report', dir, '--comparison', verdict])).code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^### infergate: ✅ pass/);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('data-verdict="pass"');
    writeFileSync(verdict, JSON.stringify({ verdict: 'pass', rows: [{ current: 1 }] }));
    const r = await cli(['report', dir, '--comparison', verdict]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`infergate: ${verdict}: rows[0] must be an object with a "metric" name\n`);
  });

  it('fails with exit 2 and one located sentence on a bad requests.jsonl line', async () => {
    const dir = scratchRun();
    const file = join(dir, 'requests.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4] = '{"id": "x", "index": "four"}';
    writeFileSync(file, lines.join('\n'));
    const r = await cli(['report', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`infergate: ${file}:5: "index" must be a number\n`);
  });

  it('fails with exit 2 on a missing run folder or an unreadable baseline', async () => {
    expect((await cli(['report', '/nonexistent/run'])).stderr).toBe('infergate: /nonexistent/run: run folder not found\n');
    const dir = scratchRun();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schema": "something else"}');
    const r = await cli(['report', dir, '--baseline', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: "schema" must be "infergate/results"`);
  });
});
