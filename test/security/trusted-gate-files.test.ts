import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { readRunContext } from '../../src/github/run-context.js';
import { isPlainRef } from '../../src/github/git.js';
import { runGateStep } from '../../src/pipeline/gate-step.js';
import { InputError } from '../../src/util/errors.js';
import { makeGitHubEnv } from '../github/github-env.js';

/**
 * Issue 14, finding 10 (the gate's half): thresholds and the baseline file were read from the pull
 * request's own checkout, so a pull request could loosen them to pass. With trusted-ref they are read at
 * the base commit.
 */
const FIXTURES = join(process.cwd(), 'test/fixtures/gate');
const STRICT = 'metrics:\n  ttft_ms_p99:\n    warn_pct: 1\n    fail_pct: 5\n';
const LOOSE = 'metrics:\n  ttft_ms_p99:\n    warn_pct: 100000\n    fail_pct: 100000\n  output_tps:\n    warn_pct: 100000\n    fail_pct: 100000\n';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A checkout whose base commit has strict thresholds and the real baseline; the PR commit loosens both. */
function pullRequestCheckout(): { repo: string; base: string; head: string } {
  const repo = mkdtempSync(join(tmpdir(), 'ig-trusted-'));
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'bench'));
  writeFileSync(join(repo, 'thresholds.yaml'), STRICT);
  cpSync(join(FIXTURES, 'baseline.json'), join(repo, 'bench', 'baseline.json'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(join(repo, 'thresholds.yaml'), LOOSE);
  cpSync(join(FIXTURES, 'current-fail.json'), join(repo, 'bench', 'baseline.json'));
  git(repo, 'commit', '-q', '-am', 'the pull request grades itself');
  return { repo, base, head: git(repo, 'rev-parse', 'HEAD') };
}

function prContext(baseSha: string) {
  const { env } = makeGitHubEnv({ apiUrl: 'http://127.0.0.1:9', event: 'pull_request', pr: 4 });
  const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH!, 'utf8')) as { pull_request: { base: Record<string, unknown> } };
  payload.pull_request.base.sha = baseSha;
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(payload));
  return readRunContext(env);
}

const work = mkdtempSync(join(tmpdir(), 'ig-trusted-run-'));
beforeEach(() => {
  process.env.GITHUB_STEP_SUMMARY = join(work, 'summary.md');
  process.env.GITHUB_OUTPUT = join(work, 'output.txt');
  process.env.RUNNER_TEMP = work;
  writeFileSync(join(work, 'summary.md'), '');
  writeFileSync(join(work, 'output.txt'), '');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

async function gate(repo: string, ctx: ReturnType<typeof prContext>, trustedRef?: string) {
  const runDir = mkdtempSync(join(work, 'run-'));
  cpSync(join(FIXTURES, 'current-fail.json'), join(runDir, 'results.json'));
  return runGateStep({
    current: readResultsFile(join(runDir, 'results.json')),
    runDir,
    baselineSources: [{ kind: 'file', path: join(repo, 'bench', 'baseline.json') }],
    thresholdsPath: join(repo, 'thresholds.yaml'),
    artifactName: null,
    comment: false,
    ctx,
    cwd: repo,
    ...(trustedRef ? { trustedRef } : {}),
  });
}

describe('the gate reads its files at a trusted commit', () => {
  it("a pull request that loosens thresholds.yaml and rewrites the baseline passes from its own checkout, and fails with trusted-ref: base", async () => {
    const { repo, base } = pullRequestCheckout();
    const ctx = prContext(base);
    expect((await gate(repo, ctx)).exitCode).toBe(0);
    const trusted = await gate(repo, ctx, 'base');
    expect(trusted.exitCode).toBe(1);
    expect(trusted.comparison.regressed).toContain('ttft_ms_p99');
    expect(trusted.comparison.thresholds_source).toMatch(/thresholds\.yaml at base commit [0-9a-f]{12}/);
  });

  it('takes a branch name too, and says clearly when the ref is not in the checkout', async () => {
    const { repo, base } = pullRequestCheckout();
    git(repo, 'branch', 'trusted-main', base);
    expect((await gate(repo, prContext(base), 'trusted-main')).exitCode).toBe(1);
    await expect(gate(repo, prContext('0'.repeat(40)), 'base')).rejects.toThrow(InputError);
    await expect(gate(repo, prContext(base), '--output=/tmp/x')).rejects.toThrow(/not a branch, tag or commit name/);
  });
});

describe('isPlainRef', () => {
  it('takes branch, tag, remote and commit names', () => {
    for (const ref of ['main', 'origin/main', 'v1.2.3', 'release/2026-12', 'a'.repeat(40)]) expect(isPlainRef(ref), ref).toBe(true);
  });

  it('property: nothing that git could read as an option, a range or a path climb is a plain ref', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(isPlainRef(`-${a}`)).toBe(false);
        expect(isPlainRef(`${a}..${b}`)).toBe(false);
        expect(isPlainRef(`${a}:${b}`)).toBe(false);
        expect(isPlainRef(`${a} ${b}`)).toBe(false);
      }),
    );
  });
});
