import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareResults } from '../../src/gate/compare-results.js';
import { DEFAULT_THRESHOLDS } from '../../src/gate/thresholds-config.js';
import { assertForkRunAllowed } from '../../src/github/fork-policy.js';
import { GATE_COMMENT_MARKER } from '../../src/github/pr-comment.js';
import { publishToGitHub } from '../../src/github/publish.js';
import { decideGate } from '../../src/pipeline/gate-step.js';
import { readRunContext } from '../../src/github/run-context.js';
import { makeResults } from '../gate/make-results.js';
import { makeGitHubEnv } from './github-env.js';
import { MockGitHubApi } from './mock-github-api.js';

const api = new MockGitHubApi();
const files = mkdtempSync(join(tmpdir(), 'ig-pub-'));
const summaryFile = join(files, 'summary.md');
const outputFile = join(files, 'output.txt');
let stdout = '';

beforeAll(async () => {
  await api.start();
  // @actions/core reads these when it writes; the summary path is cached after first use, so set it once.
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
  process.env.GITHUB_OUTPUT = outputFile;
});
afterAll(() => api.stop());
beforeEach(() => {
  api.comments = [];
  api.requests = [];
  api.readOnly = false;
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

function outputs(): Record<string, string> {
  const text = readFileSync(outputFile, 'utf8');
  const result: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) result[m[1]!] = m[3]!;
  return result;
}

const baseline = { source: 'file base.json', documents: [makeResults({ ttft_ms_p99: 100, output_tps: 1000, tpot_ms_mean: 10 })] };
const regressed = makeResults({ ttft_ms_p99: 130, output_tps: 850, tpot_ms_mean: 10.5 }, { run_id: 'pr-run' });

function runDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ig-run-'));
  writeFileSync(join(dir, 'results.json'), JSON.stringify(regressed));
  return dir;
}

describe('publishToGitHub', () => {
  it('writes the summary, one comment updated in place, top annotations and outputs on a PR', async () => {
    const { env } = makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 12 });
    const ctx = readRunContext(env);
    // The gate's decision as the action makes it: comparison.json kept by the driver, publishing only publishes.
    const dir = runDir();
    const { comparison } = decideGate(regressed, { baseline, thresholds: DEFAULT_THRESHOLDS }, dir);
    const first = await publishToGitHub({ comparison, current: regressed, runDir: dir, token: 'tok', ctx, artifactUrl: 'https://github.test/art/1', maxAnnotations: 1 });
    expect(first.comment).toMatchObject({ action: 'created' });
    const firstStdout = stdout;
    const second = await publishToGitHub({ comparison, current: regressed, runDir: dir, token: 'tok', ctx });
    expect(second.comment).toMatchObject({ action: 'updated' });
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body.startsWith(GATE_COMMENT_MARKER)).toBe(true);
    expect(api.comments[0]!.body).toContain('| TTFT p99 <sub>ttft\\_ms\\_p99</sub> | ↓ | 100 ms | 130 ms | 🔴 ▲ +30.0% | ❌ fail |');

    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('[run folder artifact](https://github.test/art/1)');
    expect(summary).toContain('[workflow run](https://github.com/octo/engine/actions/runs/777)');
    expect(first.annotations).toBe(1);
    // Workflow commands escape ':' in properties and '%' everywhere.
    expect(firstStdout).toMatch(/::error title=infergate%3A ttft_ms_p99 regressed::ttft_ms_p99: \+30\.0%25 is past the fail level/);
    expect(firstStdout).not.toMatch(/output_tps/);
    expect(outputs()).toMatchObject({ verdict: 'fail', regressed: 'ttft_ms_p99,output_tps', 'results-path': join(dir, 'results.json'), 'baseline-source': 'file base.json' });
    expect(outputs()['comment-url']).toMatch(/issuecomment-/);
    expect(readFileSync(join(dir, 'github', 'pr-number.txt'), 'utf8')).toBe('12\n');
    expect(JSON.parse(readFileSync(join(dir, 'comparison.json'), 'utf8'))).toMatchObject({ schema: 'infergate/comparison', verdict: 'fail' });
  });

  it('skips the comment on a fork PR with a notice, without calling the API or failing', async () => {
    const { env } = makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 13, fork: true });
    const comparison = compareResults(baseline, regressed, DEFAULT_THRESHOLDS);
    const result = await publishToGitHub({ comparison, current: regressed, runDir: runDir(), token: 'read-only', ctx: readRunContext(env) });
    expect(result.comment).toMatchObject({ action: 'skipped' });
    expect(api.requests).toEqual([]);
    expect(stdout).toMatch(/::notice title=infergate%3A PR comment skipped::pull request #13 comes from fork stranger\/engine/);
    expect(readFileSync(summaryFile, 'utf8')).toContain('❌ fail');
    expect(readFileSync(result.commentFile, 'utf8')).toContain(GATE_COMMENT_MARKER);
  });

  it('turns a 403 on the comment into a warning', async () => {
    api.readOnly = true;
    const { env } = makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 14 });
    const comparison = compareResults(baseline, regressed, DEFAULT_THRESHOLDS);
    const result = await publishToGitHub({ comparison, current: regressed, runDir: runDir(), token: 'tok', ctx: readRunContext(env) });
    expect(result.comment).toMatchObject({ action: 'skipped' });
    expect(stdout).toMatch(/::warning::the PR comment could not be posted: .*needs `pull-requests: write`/);
  });

  it('does not comment outside pull requests', async () => {
    const { env } = makeGitHubEnv({ apiUrl: api.url, event: 'push' });
    const ctx = readRunContext(env);
    expect(ctx.onDefaultBranch).toBe(true);
    const comparison = compareResults(baseline, makeResults({ ttft_ms_p99: 100, output_tps: 1000, tpot_ms_mean: 10 }), DEFAULT_THRESHOLDS);
    const result = await publishToGitHub({ comparison, current: regressed, runDir: runDir(), token: 'tok', ctx });
    expect(result.comment).toEqual({ action: 'skipped', reason: 'not a pull request' });
    expect(api.requests).toEqual([]);
    expect(outputs().verdict).toBe('pass');
  });
});

describe('fork policy', () => {
  it('refuses a fork PR on a self-hosted runner unless a base-branch workflow allows it', async () => {
    const policy = (allow: boolean) => ({ allowForkOnSelfHosted: allow, checkedOutCommit: async () => 'abc123' });
    const fork = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 3, fork: true, runner: 'self-hosted' }).env);
    expect(fork.pullRequest?.isFork).toBe(true);
    expect(fork.onDefaultBranch).toBe(false);
    await expect(assertForkRunAllowed(fork, policy(false))).rejects.toThrow(/refusing to run pull request #3 from fork stranger\/engine on a self-hosted runner/);
    const target = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request_target', pr: 3, fork: true, runner: 'self-hosted' }).env);
    await expect(assertForkRunAllowed(target, policy(true))).resolves.toBeUndefined();
    const hosted = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 3, fork: true }).env);
    await expect(assertForkRunAllowed(hosted, policy(false))).resolves.toBeUndefined();
    const own = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 3, runner: 'self-hosted' }).env);
    await expect(assertForkRunAllowed(own, policy(false))).resolves.toBeUndefined();
  });
});
