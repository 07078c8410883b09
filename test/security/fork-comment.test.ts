import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildNoiseProfile, writeNoiseProfile } from '../../src/gate/noise-profile.js';
import { publishForkComment } from '../../src/pipeline/gate-step.js';
import { GATE_COMMENT_MARKER } from '../../src/github/pr-comment.js';
import { readRunContext } from '../../src/github/run-context.js';
import { makeGitHubEnv } from '../github/github-env.js';
import { MockGitHubApi } from '../github/mock-github-api.js';
import { makeSampledRun } from '../gate/make-results.js';

/**
 * Issue 14, finding 6: the fork-comment workflow posted pr-comment.md from the fork's own artifact, so a
 * fork could post any Markdown as the bot. The trusted workflow now renders the comment itself from the
 * fork's results.json, compared with its own baseline and thresholds, and finds the pull request by API.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/gate', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../../.github/workflow-templates/fork-comment.yml', import.meta.url));
const HEAD_SHA = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';
const FORGED = `${GATE_COMMENT_MARKER}\n### ✅ infergate: pass\n[claim your prize](https://evil.example) @everyone`;

const api = new MockGitHubApi();
const work = mkdtempSync(join(tmpdir(), 'ig-forkc-'));
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => {
  api.comments = [];
  api.requests = [];
  api.pulls = [{ number: 12, head: 'stranger:speedup', sha: HEAD_SHA }, { number: 13, head: 'victim:other', sha: 'a'.repeat(40) }];
  process.env.GITHUB_STEP_SUMMARY = join(work, 'summary.md');
  writeFileSync(join(work, 'summary.md'), '');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

/** The fork's artifact: its results, and a forged comment and PR number it hopes will be used. */
function forkArtifact(): string {
  const dir = mkdtempSync(join(work, 'artifact-'));
  cpSync(join(FIXTURES, 'current-fail.json'), join(dir, 'results.json'));
  mkdirSync(join(dir, 'github'));
  writeFileSync(join(dir, 'github', 'pr-comment.md'), FORGED);
  writeFileSync(join(dir, 'github', 'pr-number.txt'), '13\n');
  writeFileSync(join(dir, 'comparison.json'), JSON.stringify({ verdict: 'pass', forged: true }));
  return dir;
}

function workflowRunContext(event = 'pull_request') {
  const { env } = makeGitHubEnv({ apiUrl: api.url, event: 'workflow_run' });
  writeFileSync(
    env.GITHUB_EVENT_PATH!,
    JSON.stringify({ repository: { full_name: 'octo/engine', default_branch: 'main' }, workflow_run: { id: 4242, event, head_sha: HEAD_SHA, head_branch: 'speedup', head_repository: { full_name: 'stranger/engine' }, pull_requests: [] } }),
  );
  return readRunContext(env);
}

describe('mode fork-comment', () => {
  it("renders the comment from the fork's results with the trusted baseline, on the PR the API names, ignoring the fork's Markdown and PR number", async () => {
    const result = await publishForkComment({
      resultsDir: forkArtifact(),
      baselineSources: [{ kind: 'file', path: join(FIXTURES, 'baseline.json') }],
      token: 'tok',
      ctx: workflowRunContext(),
      workDir: work,
    });
    expect(result.comparison.verdict).toBe('fail');
    expect(result.comment).toMatchObject({ action: 'created' });
    expect(api.comments).toHaveLength(1);
    const comment = api.comments[0]!;
    expect(comment.issue).toBe(12);
    expect(comment.body.startsWith(GATE_COMMENT_MARKER)).toBe(true);
    expect(comment.body).not.toContain('claim your prize');
    expect(comment.body).not.toContain('✅ infergate: pass');
    expect(comment.body).toContain('ttft\\_ms\\_p99</sub> | ↓ | 80.4 ms | 96.5 ms');
    expect(comment.body).toContain('/actions/runs/4242');
  });

  it("judges the fork's run with this checkout's noise profile, as mode run does (a missing one: none)", async () => {
    const dir = mkdtempSync(join(work, 'artifact-'));
    writeFileSync(join(dir, 'results.json'), JSON.stringify(makeSampledRun(11, { run_id: 'fork' })));
    const baseline = join(dir, '..', `baseline-${Date.now()}.json`);
    writeFileSync(baseline, JSON.stringify(makeSampledRun(12, { run_id: 'base' })));
    const profile = join(work, 'noise-profile.json');
    writeNoiseProfile(profile, buildNoiseProfile([1, 2, 3, 4, 5].map((i) => makeSampledRun(20 + i, { run_id: `cal-${i}` })), new Date()));
    const judged = async (noiseProfilePath: string) =>
      (await publishForkComment({ resultsDir: dir, baselineSources: [{ kind: 'file', path: baseline }], noiseProfilePath, token: 'tok', ctx: workflowRunContext('push'), workDir: work })).comparison;
    const details = (c: Awaited<ReturnType<typeof judged>>) => c.metrics.filter((m) => m.noise.method === 'robust-interval').map((m) => m.noise.detail);
    const withProfile = details(await judged(profile));
    expect(withProfile.length).toBeGreaterThan(0);
    for (const detail of withProfile) expect(detail).toContain('between runs: calibration profile of 5 runs');
    for (const detail of details(await judged(join(work, 'absent-profile.json')))) expect(detail).not.toContain('calibration profile');
  });

  it('posts nothing when no open pull request has the run\'s head commit, or the run was not for a pull request', async () => {
    api.pulls = [{ number: 13, head: 'stranger:speedup', sha: 'b'.repeat(40) }];
    const moved = await publishForkComment({ resultsDir: forkArtifact(), baselineSources: [], token: 'tok', ctx: workflowRunContext(), workDir: work });
    expect(moved.comment).toMatchObject({ action: 'skipped' });
    const push = await publishForkComment({ resultsDir: forkArtifact(), baselineSources: [], token: 'tok', ctx: workflowRunContext('push'), workDir: work });
    expect(push.comment).toMatchObject({ action: 'skipped', reason: expect.stringContaining('not a pull request') });
    expect(api.comments).toEqual([]);
  });

  it("refuses a results.json that is a link (to a file of the trusted runner)", async () => {
    const dir = mkdtempSync(join(work, 'artifact-'));
    symlinkSync(join(FIXTURES, 'baseline.json'), join(dir, 'results.json'));
    await expect(publishForkComment({ resultsDir: dir, baselineSources: [], token: 'tok', ctx: workflowRunContext(), workDir: work })).rejects.toThrow(/symbolic link/);
  });

  it('the workflow template uses mode fork-comment and never reads the fork-written Markdown or PR number', () => {
    const template = readFileSync(TEMPLATE, 'utf8');
    const code = template.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n');
    expect(code).toMatch(/mode: fork-comment/);
    expect(code).not.toMatch(/pr-comment\.md|pr-number\.txt|github-script/);
  });
});
