import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_FILES } from '../run-folder/layout.js';
import * as core from '@actions/core';
import type { Comparison } from '../gate/comparison.js';
import { renderComparisonMarkdown } from '../report/markdown/comparison-markdown.js';
import type { BaselineSet } from '../gate/baseline-set.js';
import { readResultsFile } from '../run-folder/results-file.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { InputError } from '../util/errors.js';
import type { DownloadBaselineOptions } from './download-baseline.js';
import { writeJobSummary } from './job-summary.js';
import type { Octokit } from './octokit.js';
import { COMMENT_MAX_CHARS, GATE_COMMENT_MARKER, upsertPrComment } from './pr-comment.js';
import { withRunStatus, type CommentOutcome } from './publish.js';
import { resolveBaseline, type BaselineSource } from './resolve-baseline.js';
import { PULL_REQUEST_EVENTS, type GitHubRunContext, type TriggeringRun } from './run-context.js';

/**
 * `mode: fork-comment`, the trusted half of the workflow_run pattern (docs/gate.md). A fork's pull
 * request is benchmarked under `pull_request` with a read-only token; this runs afterwards in the base
 * repository's own workflow, with its own checkout and this action's own code, and comments for it. The
 * fork's artifact is data only: its results.json is read through the results parser and compared here
 * with this checkout's thresholds and baseline; the comment is rendered here and escaped. Nothing the
 * fork wrote as Markdown (github/pr-comment.md), nor its pr-number.txt, nor its comparison.json, is used:
 * the pull request is the open one whose head is the triggering run's head commit.
 */
export interface ForkCommentOptions {
  /** The triggering run's run folder artifact, downloaded (results.json at its top). */
  resultsDir: string;
  baselineSources: readonly BaselineSource[];
  thresholdsPath?: string;
  /** The noise profile of this (trusted) checkout, as `mode: run` reads it; a missing file is no profile. */
  noiseProfilePath?: string;
  token?: string;
  title?: string;
  ctx?: GitHubRunContext;
  octokit?: Octokit;
  /** Where a baseline artifact is downloaded to. */
  workDir: string;
}

export interface ForkCommentResult {
  comparison: Comparison;
  comment: CommentOutcome;
}

/** The triggering run, and its results.json read through the results parser (never its Markdown). */
export function readForkRun(resultsDir: string, ctx: GitHubRunContext): { run: TriggeringRun; current: ResultsDocument } {
  const run = ctx.triggeringRun;
  if (run === null) throw new InputError('mode fork-comment: this is not a workflow_run run (on: workflow_run), so there is no pull request run to comment for');
  const resultsPath = join(resultsDir, RUN_FILES.results);
  // The artifact is the fork's: a link there could lead to a file of this runner.
  if (existsSync(resultsPath) && lstatSync(resultsPath).isSymbolicLink()) throw new InputError(`${resultsPath}: a symbolic link in the triggering run's artifact is not read`);
  return { run, current: readResultsFile(resultsPath) };
}

/** The baseline as this (trusted) checkout configures it, artifacts downloaded with the token. */
export async function forkBaseline(options: ForkCommentOptions, ctx: GitHubRunContext, octokit: Octokit | undefined): Promise<BaselineSet> {
  const artifactDeps: Omit<DownloadBaselineOptions, 'workflow' | 'artifactName' | 'branch'> | null =
    octokit && options.token ? { octokit, ctx, token: options.token, destDir: options.workDir } : null;
  return (await resolveBaseline(options.baselineSources, artifactDeps)).baseline;
}

/** Publishes the decision made here for the fork's run: the job summary and the comment on its pull request. */
export async function commentForFork(comparison: Comparison, current: ResultsDocument, run: TriggeringRun, ctx: GitHubRunContext, octokit: Octokit | undefined, title?: string): Promise<CommentOutcome> {
  const runLink = { runUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${run.id}`, ...(title ? { title } : {}) };
  await writeJobSummary(withRunStatus(renderComparisonMarkdown(comparison, { ...runLink, maxChars: 250_000 }), current));
  const body = withRunStatus(renderComparisonMarkdown(comparison, { ...runLink, marker: GATE_COMMENT_MARKER, maxChars: COMMENT_MAX_CHARS }), current);
  return postFor(run, ctx, octokit, body);
}

async function postFor(run: TriggeringRun, ctx: GitHubRunContext, octokit: Octokit | undefined, body: string): Promise<CommentOutcome> {
  if (!PULL_REQUEST_EVENTS.has(run.event)) return { action: 'skipped', reason: `the triggering run was started by ${run.event || 'an unknown event'}, not a pull request` };
  if (!octokit) return { action: 'skipped', reason: 'no token given: no PR comment posted' };
  try {
    const number = await pullRequestOf(octokit, ctx, run);
    if (number === null) {
      const reason = `no open pull request has head ${run.headRepo ?? '(deleted fork)'}:${run.headBranch} at ${run.headSha.slice(0, 12)}: no comment posted`;
      core.notice(reason);
      return { action: 'skipped', reason };
    }
    const result = await upsertPrComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: number }, body, GATE_COMMENT_MARKER);
    core.info(`PR comment ${result.action}: ${result.url}`);
    return result;
  } catch (error) {
    const reason = `the PR comment could not be posted: ${(error as Error).message}`;
    core.warning(reason);
    return { action: 'skipped', reason };
  }
}

/** The open pull request whose head is the triggering run's head commit, found by the API, not the artifact. */
async function pullRequestOf(octokit: Octokit, ctx: GitHubRunContext, run: TriggeringRun): Promise<number | null> {
  if (run.headRepo === null || run.headSha === '' || run.headBranch === '') return null;
  const owner = run.headRepo.split('/')[0];
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner: ctx.owner, repo: ctx.repo, state: 'open', head: `${owner}:${run.headBranch}`, per_page: 100 });
  return pulls.find((pr) => pr.head.sha === run.headSha)?.number ?? null;
}
