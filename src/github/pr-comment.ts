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
 * Creates the comment, or updates the one already carrying `marker`. Anyone can paste the marker into a
 * comment, so comments written by a bot account are tried first, and a comment the token may not edit
 * (403/404) is passed over; when none can be updated, a new one is created.
 */
export async function upsertPrComment(octokit: Octokit, target: CommentTarget, body: string, marker: string): Promise<CommentResult> {
  if (!body.includes(marker)) throw new Error('comment body must carry its marker');
  const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
  const candidates: Array<{ id: number; bot: boolean }> = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, params)) {
    for (const c of page.data) {
      if (typeof c.body === 'string' && c.body.includes(marker)) candidates.push({ id: c.id, bot: c.user?.type === 'Bot' });
    }
    // The usual case: our own bot comment found; no need to read further pages.
    if (candidates.some((c) => c.bot)) break;
  }
  candidates.sort((a, b) => Number(b.bot) - Number(a.bot));
  for (const candidate of candidates) {
    try {
      const res = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: candidate.id, body });
      return { action: 'updated', id: res.data.id, url: res.data.html_url };
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status !== 403 && status !== 404) throw error;
    }
  }
  const res = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return { action: 'created', id: res.data.id, url: res.data.html_url };
}
