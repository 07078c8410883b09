import { RunError } from '../util/errors.js';
import type { GitHubRunContext } from './run-context.js';

/**
 * Refuses a pull request from a fork on a self-hosted runner unless the workflow explicitly allows it:
 * the fork's code (its engine build, its configs) would run on the machine with the accelerator, which
 * keeps state between jobs and can reach the network it sits in. GitHub's own advice is to never run
 * untrusted pull requests on self-hosted runners of a public repository.
 */
export function assertForkRunnerAllowed(ctx: GitHubRunContext, allowForkOnSelfHosted: boolean): void {
  const pr = ctx.pullRequest;
  if (!pr?.isFork || ctx.runnerEnvironment !== 'self-hosted' || allowForkOnSelfHosted) return;
  throw new RunError(
    `refusing to run pull request #${pr.number} from fork ${pr.headRepo ?? '(deleted)'} on a self-hosted runner: ` +
      "the fork's code would run on your machine with its accelerator and network access; " +
      'require approval for fork workflows and set allow-fork-on-self-hosted: true if you accept that risk',
  );
}

/**
 * A fork's pull request never gets a comment: under `pull_request` its GITHUB_TOKEN is read-only (a comment
 * would fail with 403), and under `pull_request_target` the token can write while the text comes from the
 * fork's code, so infergate will not post with it (docs/gate.md: comment from a workflow_run workflow).
 */
export function commentBlockedByFork(ctx: GitHubRunContext): boolean {
  return ctx.pullRequest?.isFork === true;
}

/** Why a fork's comment was skipped, for the notice. */
export function forkCommentReason(ctx: GitHubRunContext): string {
  return ctx.eventName === 'pull_request' ? 'whose token is read-only' : 'and infergate does not comment on a fork\'s pull request with a write token';
}
