import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeOctokit } from '../../src/github/octokit.js';
import { GATE_COMMENT_MARKER, upsertPrComment } from '../../src/github/pr-comment.js';
import { MockGitHubApi } from './mock-github-api.js';

const api = new MockGitHubApi();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => {
  api.comments = [];
  api.requests = [];
  api.readOnly = false;
});

const target = { owner: 'octo', repo: 'engine', issueNumber: 5 };

describe('upsertPrComment against the mock REST API', () => {
  it('creates the comment once, then updates it in place', async () => {
    const octokit = makeOctokit('t0ken', { apiUrl: api.url });
    api.addComment(5, 'an unrelated review comment');
    const first = await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nfirst`, GATE_COMMENT_MARKER);
    expect(first.action).toBe('created');
    const second = await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nsecond`, GATE_COMMENT_MARKER);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const ours = api.comments.filter((c) => c.body.includes(GATE_COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${GATE_COMMENT_MARKER}\nsecond`);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo/engine/issues/5/comments',
      'POST /repos/octo/engine/issues/5/comments',
      'GET /repos/octo/engine/issues/5/comments',
      `PATCH /repos/octo/engine/issues/comments/${first.id}`,
    ]);
    expect(api.requests[0]!.auth).toBe('token t0ken');
  });

  it('finds the marker on a later page of comments', async () => {
    const octokit = makeOctokit('t', { apiUrl: api.url });
    for (let i = 0; i < 130; i++) api.addComment(5, `chatter ${i}`);
    const ours = api.addComment(5, `${GATE_COMMENT_MARKER}\nold`);
    const result = await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nnew`, GATE_COMMENT_MARKER);
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    expect(api.requests.filter((r) => r.method === 'GET').map((r) => r.query.get('page'))).toEqual([null, '2']);
    expect(api.comments).toHaveLength(131);
  });

  it("prefers the bot's own marked comment and passes over one it may not edit", async () => {
    const octokit = makeOctokit('t', { apiUrl: api.url });
    api.addComment(5, `${GATE_COMMENT_MARKER} pasted by a person`, 'mallory');
    const ours = api.addComment(5, `${GATE_COMMENT_MARKER}\nold`);
    expect(await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nnew`, GATE_COMMENT_MARKER)).toMatchObject({ action: 'updated', id: ours.id });
    expect(api.comments[0]!.body).toBe(`${GATE_COMMENT_MARKER} pasted by a person`);

    api.comments = [];
    api.addComment(5, `${GATE_COMMENT_MARKER} pasted by a person`, 'mallory');
    const created = await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nfresh`, GATE_COMMENT_MARKER);
    expect(created.action).toBe('created');
    expect(api.comments.map((c) => c.author)).toEqual(['mallory', 'github-actions[bot]']);
  });

  it('surfaces a 403 from a read-only token as an error with its status', async () => {
    api.readOnly = true;
    const octokit = makeOctokit('t', { apiUrl: api.url });
    await expect(upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nx`, GATE_COMMENT_MARKER)).rejects.toMatchObject({ status: 403 });
  });
});
