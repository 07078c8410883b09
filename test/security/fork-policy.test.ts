import { describe, expect, it } from 'vitest';
import { assertForkRunnerAllowed, commentBlockedByFork, forkCommentReason } from '../../src/github/fork-policy.js';
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

  it.each(['pull_request', 'pull_request_target'])('are refused on a self-hosted runner unless allowed (%s)', (event) => {
    expect(() => assertForkRunnerAllowed(ctx(event, true, 'self-hosted'), false)).toThrow(/refusing to run pull request #7 from fork/);
    expect(() => assertForkRunnerAllowed(ctx(event, true, 'self-hosted'), true)).not.toThrow();
    expect(() => assertForkRunnerAllowed(ctx(event, false, 'self-hosted'), false)).not.toThrow();
    expect(() => assertForkRunnerAllowed(ctx(event, true, 'github-hosted'), false)).not.toThrow();
  });
});
