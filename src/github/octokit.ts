import { getOctokit } from '@actions/github';
import type { GitHubRunContext } from './run-context.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** An Octokit for the run's API (GITHUB_API_URL, so GHES and the test mock work alike). */
export function makeOctokit(token: string, ctx: Pick<GitHubRunContext, 'apiUrl'>): Octokit {
  return getOctokit(token, { baseUrl: ctx.apiUrl });
}
