import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertForkRunAllowed, commentBlockedByFork, forkCommentReason } from '../../src/github/fork-policy.js';
import { readRunContext } from '../../src/github/run-context.js';
import { makeGitHubEnv } from '../github/github-env.js';

/** Fork pull requests: never a comment (with any token), and refused on self-hosted runners by default. */
const ctx = (event: string, fork: boolean, runner = 'github-hosted') => readRunContext(makeGitHubEnv({ apiUrl: 'http://127.0.0.1:9', event, pr: 7, fork, runner }).env);

describe('fork pull requests', () => {
  it.each(['pull_request', 'pull_request_target'])('are never commented on (%s)', (event) => {
    expect(commentBlockedByFork(ctx(event, true))).toBe(true);
    expect(commentBlockedByFork(ctx(event, false))).toBe(false);
  });

  it('say why: a read-only token, or a write token infergate will not use for a fork', () => {
    expect(forkCommentReason(ctx('pull_request', true))).toBe('whose token is read-only');
    expect(forkCommentReason(ctx('pull_request_target', true))).toMatch(/does not comment on a fork's pull request with a write token/);
  });

  it.each(['pull_request_target', 'issue_comment', 'workflow_run'])('are refused on a self-hosted runner unless the base workflow opts in (%s)', async (event) => {
    const policy = (allow: boolean) => ({ allowForkOnSelfHosted: allow, checkedOutCommit: async () => 'abc123' });
    await expect(assertForkRunAllowed(ctx(event, true, 'self-hosted'), policy(false))).rejects.toThrow(/refusing to run pull request #7 from fork/);
    await expect(assertForkRunAllowed(ctx(event, true, 'self-hosted'), policy(true))).resolves.toBeUndefined();
    await expect(assertForkRunAllowed(ctx(event, false, 'self-hosted'), policy(false))).resolves.toBeUndefined();
    await expect(assertForkRunAllowed(ctx(event, true, 'github-hosted'), policy(false))).resolves.toBeUndefined();
  });
});

/** Issue 14, finding 8: the refusal failed open. */
describe('the fork policy fails closed', () => {
  const allowed = { allowForkOnSelfHosted: true, checkedOutCommit: async () => 'abc123' };
  const notAllowed = { ...allowed, allowForkOnSelfHosted: false };

  it('a runner that does not say it is GitHub-hosted (no RUNNER_ENVIRONMENT) counts as self-hosted', async () => {
    const { env } = makeGitHubEnv({ apiUrl: 'http://127.0.0.1:9', event: 'pull_request', pr: 7, fork: true });
    delete env.RUNNER_ENVIRONMENT;
    await expect(assertForkRunAllowed(readRunContext(env), notAllowed)).rejects.toThrow(/not known to be GitHub-hosted/);
  });

  it("under pull_request the fork's own workflow file cannot opt in", async () => {
    await expect(assertForkRunAllowed(ctx('pull_request', true, 'self-hosted'), allowed)).rejects.toThrow(/allow-fork-on-self-hosted is not taken from it/);
    await expect(assertForkRunAllowed(ctx('pull_request', true, 'github-hosted'), notAllowed)).resolves.toBeUndefined();
    await expect(assertForkRunAllowed(ctx('pull_request', false, 'self-hosted'), notAllowed)).resolves.toBeUndefined();
  });

  it('a comment on a pull request (issue_comment) is a fork until shown otherwise', async () => {
    const { env } = makeGitHubEnv({ apiUrl: 'http://127.0.0.1:9', event: 'issue_comment', runner: 'self-hosted' });
    writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify({ repository: { full_name: 'octo/engine' }, issue: { number: 12, pull_request: { url: 'x' } } }));
    const run = readRunContext(env);
    expect(run.pullRequest).toMatchObject({ number: 12, isFork: true });
    expect(commentBlockedByFork(run)).toBe(true);
    await expect(assertForkRunAllowed(run, notAllowed)).rejects.toThrow(/refusing to run pull request #12/);
  });

  it("a workflow_run started by a fork's pull request is recognised", async () => {
    const { env } = makeGitHubEnv({ apiUrl: 'http://127.0.0.1:9', event: 'workflow_run', runner: 'self-hosted' });
    writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify({ repository: { full_name: 'octo/engine' }, workflow_run: { event: 'pull_request', head_repository: { full_name: 'stranger/engine' }, pull_requests: [] } }));
    const run = readRunContext(env);
    expect(run.pullRequest).toMatchObject({ headRepo: 'stranger/engine', isFork: true });
    await expect(assertForkRunAllowed(run, notAllowed)).rejects.toThrow(/from fork stranger\/engine on a self-hosted runner/);
    writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify({ repository: { full_name: 'octo/engine' }, workflow_run: { event: 'push', head_repository: { full_name: 'octo/engine' } } }));
    expect(readRunContext(env).pullRequest).toBeNull();
  });

  it('a pull request event without its payload is a fork', async () => {
    const { env } = makeGitHubEnv({ apiUrl: 'http://127.0.0.1:9', event: 'pull_request', runner: 'self-hosted' });
    delete env.GITHUB_EVENT_PATH;
    expect(readRunContext(env).pullRequest).toMatchObject({ isFork: true });
  });

  it("under pull_request_target the engine never starts from a checkout of the fork's head, even on a GitHub-hosted runner", async () => {
    const run = ctx('pull_request_target', true, 'github-hosted');
    await expect(assertForkRunAllowed(run, { allowForkOnSelfHosted: true, checkedOutCommit: async () => 'f00dfeed0000' })).rejects.toThrow(/under pull_request_target from commit f00dfeed0000/);
    await expect(assertForkRunAllowed(run, { allowForkOnSelfHosted: true, checkedOutCommit: async () => null })).rejects.toThrow(/not a git checkout/);
    await expect(assertForkRunAllowed(run, { allowForkOnSelfHosted: false, checkedOutCommit: async () => 'abc123' })).resolves.toBeUndefined();
  });
});
