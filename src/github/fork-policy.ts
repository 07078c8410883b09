import { RunError } from '../util/errors.js';
import type { GitHubRunContext } from './run-context.js';

/**
 * Events whose workflow file comes from the base repository's default branch: an input set there is the
 * maintainers' word. Under `pull_request` the workflow file is the pull request's own, so a fork could set
 * any input it likes, allow-fork-on-self-hosted included.
 */
const BASE_WORKFLOW_EVENTS = new Set(['pull_request_target', 'issue_comment', 'workflow_run']);

export interface ForkPolicyInput {
  /** The action input allow-fork-on-self-hosted. */
  allowForkOnSelfHosted: boolean;
  /** The commit of the checkout holding host.yaml (null: not a git checkout); asked only under pull_request_target. */
  checkedOutCommit: () => Promise<string | null>;
}

/**
 * Decides whether a run acting for a fork's pull request may start an engine; fails closed. A fork's code
 * (its engine build, its configuration) runs only on a runner known to be GitHub-hosted (a fresh machine
 * per job), or where the maintainers opted in with allow-fork-on-self-hosted in a workflow a fork cannot
 * edit (pull_request_target, issue_comment, workflow_run). A runner that does not say what it is counts as
 * self-hosted. Under `pull_request_target` the job holds secrets and a write token: the engine is launched
 * only from the base commit's configuration (host.yaml's checkout at GITHUB_SHA), never from a
 * checkout of the pull request's head, whatever the runner. GitHub's own advice is to never run untrusted
 * pull requests on self-hosted runners of a public repository.
 */
export async function assertForkRunAllowed(ctx: GitHubRunContext, policy: ForkPolicyInput): Promise<void> {
  const pr = ctx.pullRequest;
  if (!pr?.isFork) return;
  const who = `pull request #${pr.number} from ${pr.headRepo === null ? 'a fork (or a head it cannot tell)' : `fork ${pr.headRepo}`}`;
  if (ctx.eventName === 'pull_request_target') {
    const checkedOut = await policy.checkedOutCommit();
    if (checkedOut === null || checkedOut !== ctx.sha) {
      throw new RunError(
        `refusing to run ${who} under pull_request_target from ${checkedOut === null ? 'a workspace that is not a git checkout' : `commit ${checkedOut.slice(0, 12)}`}: ` +
          `this job holds secrets and a write token, so the engine starts only from the base commit's configuration (${ctx.sha.slice(0, 12) || 'GITHUB_SHA'}); ` +
          'benchmark the pull request under pull_request and comment from a workflow_run workflow (docs/gate.md)',
      );
    }
  }
  if (ctx.runnerEnvironment === 'github-hosted') return;
  if (policy.allowForkOnSelfHosted && BASE_WORKFLOW_EVENTS.has(ctx.eventName)) return;
  const runner = ctx.runnerEnvironment === 'self-hosted' ? 'a self-hosted runner' : 'a runner that is not known to be GitHub-hosted (RUNNER_ENVIRONMENT is not set)';
  const optIn = BASE_WORKFLOW_EVENTS.has(ctx.eventName)
    ? 'require approval for fork workflows and set allow-fork-on-self-hosted: true if you accept that risk'
    : `under ${ctx.eventName || 'this event'} the workflow file is the pull request's own, so allow-fork-on-self-hosted is not taken from it; run forks on GitHub-hosted runners, or behind a label or an environment with required reviewers in a pull_request_target / workflow_run workflow (SECURITY.md)`;
  throw new RunError(`refusing to run ${who} on ${runner}: the fork's code would run on your machine with its accelerator and network access; ${optIn}`);
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
