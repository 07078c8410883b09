import { readFileSync } from 'node:fs';
import { InputError } from '../util/errors.js';

/**
 * What the GitHub side needs to know about the workflow run, read from the runner's environment and
 * event payload (not from @actions/github's `context`, which is frozen when the module loads, so tests
 * and the action can build one from any environment).
 */
export interface PullRequestInfo {
  number: number;
  /** owner/name of the head repository; null when the fork was deleted. */
  headRepo: string | null;
  baseRepo: string;
  /**
   * The head is another repository: under `pull_request` its token is read-only and secrets are absent.
   * Also true when it cannot be told (an `issue_comment` on a pull request, a PR event without its
   * payload): the fork policy fails closed.
   */
  isFork: boolean;
  /** The base commit the pull request targets, when the payload says (the trusted gate files' `base`). */
  baseSha: string | null;
}

export interface GitHubRunContext {
  owner: string;
  repo: string;
  runId: number;
  eventName: string;
  ref: string;
  sha: string;
  serverUrl: string;
  apiUrl: string;
  defaultBranch: string | null;
  pullRequest: PullRequestInfo | null;
  runnerEnvironment: 'github-hosted' | 'self-hosted' | 'unknown';
  /** GitHub Enterprise Server: the artifact client (v2 backend) does not work there. */
  isGhes: boolean;
  /** A push, schedule or manual run on the default branch: the only runs that may write baselines. */
  onDefaultBranch: boolean;
  /** Under workflow_run: the run that triggered this one (the fork-comment pattern). */
  triggeringRun: TriggeringRun | null;
}

export interface TriggeringRun {
  id: number;
  event: string;
  headSha: string;
  headBranch: string;
  /** owner/name of the head repository; null when the fork was deleted. */
  headRepo: string | null;
}

interface EventPayload {
  pull_request?: { number: number; head?: { repo?: { full_name?: string } | null }; base?: { sha?: string; repo?: { full_name?: string } } };
  repository?: { default_branch?: string; full_name?: string };
  /** issue_comment: a comment on a pull request carries `issue.pull_request`. */
  issue?: { number?: number; pull_request?: unknown };
  /** workflow_run: the run that triggered this one, and the pull request it ran for. */
  workflow_run?: {
    id?: number;
    event?: string;
    head_sha?: string;
    head_branch?: string;
    head_repository?: { full_name?: string } | null;
    pull_requests?: Array<{ number?: number }>;
  };
}

/** Events that run a pull request's code (or react to one) and so fall under the fork policy. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export function isGhesUrl(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname.toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com');
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch {
    // A missing or unreadable event file only loses PR details; the run itself can go on.
    return {};
  }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): GitHubRunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY is not set to owner/name: the GitHub features need to run inside GitHub Actions');
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const pullRequest = pullRequestOf(eventName, payload, repository);
  const defaultBranch = payload.repository?.default_branch ?? null;
  const ref = env.GITHUB_REF ?? '';
  const runner = env.RUNNER_ENVIRONMENT;
  return {
    owner,
    repo,
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    eventName,
    ref,
    sha: env.GITHUB_SHA ?? '',
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    defaultBranch,
    pullRequest,
    runnerEnvironment: runner === 'github-hosted' || runner === 'self-hosted' ? runner : 'unknown',
    isGhes: isGhesUrl(serverUrl),
    onDefaultBranch:
      defaultBranch !== null && ref === `refs/heads/${defaultBranch}` && ['push', 'schedule', 'workflow_dispatch'].includes(eventName),
    triggeringRun: triggeringRunOf(eventName, payload),
  };
}

/**
 * The pull request a run acts for, from the event payload. Where the payload cannot say whether the head
 * is a fork, it is taken for one: an `issue_comment` payload has no head, a `workflow_run` from a fork has
 * an empty `pull_requests` list, and a pull request event whose payload is missing says nothing at all.
 */
function pullRequestOf(eventName: string, payload: EventPayload, repository: string): PullRequestInfo | null {
  const pr = payload.pull_request;
  if (pr && typeof pr.number === 'number') {
    const headRepo = pr.head?.repo?.full_name ?? null;
    const baseRepo = pr.base?.repo?.full_name ?? repository;
    return { number: pr.number, headRepo, baseRepo, isFork: headRepo === null || !sameRepo(headRepo, baseRepo), baseSha: pr.base?.sha ?? null };
  }
  if (eventName === 'issue_comment' && payload.issue?.pull_request !== undefined) {
    return { number: payload.issue.number ?? 0, headRepo: null, baseRepo: repository, isFork: true, baseSha: null };
  }
  const run = payload.workflow_run;
  if (eventName === 'workflow_run' && run && PULL_REQUEST_EVENTS.has(run.event ?? '')) {
    const headRepo = run.head_repository?.full_name ?? null;
    return { number: run.pull_requests?.[0]?.number ?? 0, headRepo, baseRepo: repository, isFork: headRepo === null || !sameRepo(headRepo, repository), baseSha: null };
  }
  if (PULL_REQUEST_EVENTS.has(eventName)) return { number: 0, headRepo: null, baseRepo: repository, isFork: true, baseSha: null };
  return null;
}

function triggeringRunOf(eventName: string, payload: EventPayload): TriggeringRun | null {
  const run = payload.workflow_run;
  if (eventName !== 'workflow_run' || !run || typeof run.id !== 'number') return null;
  return { id: run.id, event: run.event ?? '', headSha: run.head_sha ?? '', headBranch: run.head_branch ?? '', headRepo: run.head_repository?.full_name ?? null };
}

function sameRepo(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function runUrl(ctx: GitHubRunContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
