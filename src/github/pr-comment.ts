import type { Octokit } from './octokit.js';

/** Hidden marker that identifies infergate's comment on a pull request, so it is updated, not duplicated. */
export const GATE_COMMENT_MARKER = '<!-- infergate:gate -->';
export const AGGREGATE_COMMENT_MARKER = '<!-- infergate:aggregate -->';

/** GitHub rejects issue comments of 65,536 characters or more. */
export const COMMENT_MAX_CHARS = 65_000;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentResult = { action: 'created' | 'updated'; id: number; url: string };

/** Who the token acts as: its user id (a bot's too) as comments carry it in `user.id`. */
export interface TokenIdentity {
  id: number;
  login: string;
}

/**
 * The token's own account: GraphQL `viewer` answers for every kind of token (the job's GITHUB_TOKEN acts
 * as github-actions[bot]); REST `GET /user` is the fallback for a personal token. null when neither
 * answers: then no existing comment is ever updated.
 */
export async function tokenIdentity(octokit: Octokit): Promise<TokenIdentity | null> {
  try {
    const answer = await octokit.graphql<{ viewer: { databaseId: number; login: string } }>('query { viewer { databaseId login } }');
    if (typeof answer.viewer?.databaseId === 'number') return { id: answer.viewer.databaseId, login: answer.viewer.login };
  } catch {
    // GHES without GraphQL, or a token GraphQL refuses: try REST.
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { id: data.id, login: data.login };
  } catch {
    return null;
  }
}

/**
 * Creates the comment, or updates the one already carrying `marker` that the token's own account wrote.
 * Anyone can paste the marker into a comment, and a token that may edit others' comments (a maintainer's
 * personal token, an app with wide rights) would otherwise write the report into a stranger's comment,
 * whose author could then edit the verdict: a marked comment by anyone else is never touched. When the
 * token's identity cannot be read, a new comment is created each time rather than guessing.
 */
export async function upsertPrComment(octokit: Octokit, target: CommentTarget, body: string, marker: string): Promise<CommentResult> {
  if (!body.includes(marker)) throw new Error('comment body must carry its marker');
  const identity = await tokenIdentity(octokit);
  const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
  let ours: number | null = null;
  if (identity !== null) {
    search: for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, params)) {
      for (const c of page.data) {
        if (c.user?.id === identity.id && typeof c.body === 'string' && c.body.includes(marker)) {
          ours = c.id;
          break search;
        }
      }
    }
  }
  if (ours !== null) {
    try {
      const res = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: ours, body });
      return { action: 'updated', id: res.data.id, url: res.data.html_url };
    } catch (error) {
      // Deleted between the listing and the update: write a new one.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  const res = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return { action: 'created', id: res.data.id, url: res.data.html_url };
}
