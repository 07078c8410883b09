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

/**
 * Creates the comment, or updates the one already carrying `marker` (the first one found, oldest first).
 * The body must contain the marker.
 */
export async function upsertPrComment(octokit: Octokit, target: CommentTarget, body: string, marker: string): Promise<CommentResult> {
  if (!body.includes(marker)) throw new Error('comment body must carry its marker');
  const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
  let existing: { id: number } | undefined;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, params)) {
    existing = page.data.find((c) => typeof c.body === 'string' && c.body.includes(marker));
    if (existing) break;
  }
  if (existing) {
    const res = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
    return { action: 'updated', id: res.data.id, url: res.data.html_url };
  }
  const res = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return { action: 'created', id: res.data.id, url: res.data.html_url };
}
