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

/** Under `pull_request` a fork's GITHUB_TOKEN is read-only, so a comment would fail with 403. */
export function commentBlockedByFork(ctx: GitHubRunContext): boolean {
  return ctx.pullRequest?.isFork === true && ctx.eventName === 'pull_request';
}
