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
  api.viewer = 'github-actions[bot]';
  api.mayEditOthers = false;
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
      'POST /graphql',
      'GET /repos/octo/engine/issues/5/comments',
      'POST /repos/octo/engine/issues/5/comments',
      'POST /graphql',
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

  it("updates only the token's own marked comment, never another author's, even where the token could edit it (issue 14 finding 5)", async () => {
    api.mayEditOthers = true;
    const octokit = makeOctokit('t', { apiUrl: api.url });
    const pasted = api.addComment(5, `${GATE_COMMENT_MARKER} pasted by a person`, 'mallory');
    const created = await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nreport`, GATE_COMMENT_MARKER);
    expect(created.action).toBe('created');
    expect(api.comments.find((c) => c.id === pasted.id)!.body).toBe(`${GATE_COMMENT_MARKER} pasted by a person`);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    // Another bot's marked comment is not ours either.
    api.addComment(5, `${GATE_COMMENT_MARKER} from another app`, 'other-app[bot]');
    const again = await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nreport 2`, GATE_COMMENT_MARKER);
    expect(again).toMatchObject({ action: 'updated', id: created.id });
    expect(api.comments.map((c) => c.author)).toEqual(['mallory', 'github-actions[bot]', 'other-app[bot]']);
  });

  it("a personal token (another identity) updates that account's comment, not the bot's", async () => {
    api.viewer = 'maintainer';
    api.mayEditOthers = true;
    const octokit = makeOctokit('t', { apiUrl: api.url });
    const bots = api.addComment(5, `${GATE_COMMENT_MARKER}\nbot's`);
    const mine = api.addComment(5, `${GATE_COMMENT_MARKER}\nmaintainer's`, 'maintainer');
    expect(await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nnew`, GATE_COMMENT_MARKER)).toMatchObject({ action: 'updated', id: mine.id });
    expect(api.comments.find((c) => c.id === bots.id)!.body).toBe(`${GATE_COMMENT_MARKER}\nbot's`);
  });

  it('creates a new comment when the token cannot say who it is', async () => {
    api.viewer = null;
    const octokit = makeOctokit('t', { apiUrl: api.url });
    api.addComment(5, `${GATE_COMMENT_MARKER}\nold`);
    expect((await upsertPrComment(octokit, target, `${GATE_COMMENT_MARKER}\nnew`, GATE_COMMENT_MARKER)).action).toBe('created');
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
