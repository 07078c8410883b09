import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small stand-in for the GitHub REST API on 127.0.0.1: issue comments (list with Link-header paging,
 * create, update) and workflow runs. It records every request so tests can assert what was called.
 */
export interface MockComment {
  id: number;
  issue: number;
  body: string;
  /** Who wrote it; the token may only edit the bot's own comments. */
  author: string;
}

const BOT = 'github-actions[bot]';
/** github-actions[bot]'s user id, as GitHub gives it. */
export const BOT_USER_ID = 41898282;

/** A stable user id per login, as comments carry it in `user.id`. */
function userId(login: string): number {
  return login === BOT ? BOT_USER_ID : 1_000_000 + [...login].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 0) % 1_000_000;
}

export interface MockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  auth: string | undefined;
}

export class MockGitHubApi {
  comments: MockComment[] = [];
  /** workflow file → successful runs on each branch, newest first. */
  workflowRuns: Record<string, Record<string, number[]>> = {};
  requests: MockRequest[] = [];
  /** Answer writes with 403, as GitHub does for a fork's read-only token. */
  readOnly = false;
  /** Who the token acts as (GraphQL viewer); null: GraphQL and GET /user both fail. */
  viewer: string | null = BOT;
  /** Open pull requests: `head` is "owner:branch", as the pulls API filters by it. */
  pulls: Array<{ number: number; head: string; sha: string }> = [];
  /** The token may edit anyone's comment (a maintainer's token, a wide app): no 403 on others' comments. */
  mayEditOthers = false;
  private nextId = 1000;
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addComment(issue: number, body: string, author = BOT): MockComment {
    const comment = { id: this.nextId++, issue, body, author };
    this.comments.push(comment);
    return comment;
  }

  private json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(value));
  }

  private view(c: MockComment) {
    return { id: c.id, body: c.body, html_url: `https://github.test/o/r/pull/${c.issue}#issuecomment-${c.id}`, user: { login: c.author, id: userId(c.author), type: c.author.endsWith('[bot]') ? 'Bot' : 'User' } };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body, auth: req.headers.authorization });

    let m: RegExpExecArray | null;
    if (url.pathname === '/graphql' && method === 'POST') {
      if (this.viewer === null) return this.json(res, 403, { message: 'Resource not accessible by integration' });
      return this.json(res, 200, { data: { viewer: { login: this.viewer.replace(/\[bot\]$/, ''), databaseId: userId(this.viewer) } } });
    }
    if (url.pathname === '/user' && method === 'GET') {
      if (this.viewer === null) return this.json(res, 403, { message: 'Resource not accessible by integration' });
      return this.json(res, 200, { login: this.viewer, id: userId(this.viewer) });
    }
    if ((method === 'POST' || method === 'PATCH') && this.readOnly) {
      return this.json(res, 403, { message: 'Resource not accessible by integration' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = this.comments.filter((c) => c.issue === issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.toString()}>; rel="next"`;
        }
        return this.json(res, 200, slice.map((c) => this.view(c)), headers);
      }
      if (method === 'POST') return this.json(res, 201, this.view(this.addComment(issue, String(body?.body), this.viewer ?? BOT)));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return this.json(res, 404, { message: 'Not Found' });
      if (comment.author !== (this.viewer ?? BOT) && !this.mayEditOthers) return this.json(res, 403, { message: 'Must have admin rights to Repository.' });
      comment.body = String(body?.body);
      return this.json(res, 200, this.view(comment));
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname) && method === 'GET') {
      const head = url.searchParams.get('head');
      const open = this.pulls.filter((p) => head === null || p.head === head);
      return this.json(res, 200, open.map((p) => ({ number: p.number, state: 'open', head: { sha: p.sha, label: p.head, ref: p.head.split(':')[1] } })));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/([^/]+)\/runs$/.exec(url.pathname)) && method === 'GET') {
      const workflow = decodeURIComponent(m[1]!);
      const byBranch = this.workflowRuns[workflow];
      if (!byBranch) return this.json(res, 404, { message: 'Not Found' });
      const ids = url.searchParams.get('status') === 'success' ? (byBranch[url.searchParams.get('branch') ?? ''] ?? []) : [];
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      return this.json(res, 200, { total_count: ids.length, workflow_runs: ids.slice(0, perPage).map((id) => ({ id, conclusion: 'success' })) });
    }
    return this.json(res, 404, { message: `mock has no route for ${method} ${url.pathname}` });
  }
}
