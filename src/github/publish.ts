import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GATE_FILES, RUN_FILES } from '../run-folder/layout.js';
import * as core from '@actions/core';
import type { Comparison } from '../gate/comparison.js';
import { escapeMarkdown } from '../util/escape.js';
import { renderComparisonMarkdown } from '../report/markdown/comparison-markdown.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { annotateRegressions } from './annotations.js';
import { commentBlockedByFork, forkCommentReason } from './fork-policy.js';
import { writeJobSummary } from './job-summary.js';
import { makeOctokit, type Octokit } from './octokit.js';
import { setGateOutputs, type GateOutputs } from './outputs.js';
import { COMMENT_MAX_CHARS, GATE_COMMENT_MARKER, upsertPrComment, type CommentResult } from './pr-comment.js';
import { readRunContext, runUrl, type GitHubRunContext } from './run-context.js';

export interface PublishOptions {
  comparison: Comparison;
  current: ResultsDocument;
  runDir: string;
  /** Default: <runDir>/results.json. */
  resultsPath?: string;
  /** GITHUB_TOKEN (or a PAT); without it no comment is posted. */
  token?: string;
  /** Default: read from the runner's environment. */
  ctx?: GitHubRunContext;
  /** Default: an Octokit on ctx.apiUrl with `token`. */
  octokit?: Octokit;
  /** Link to the run folder artifact, when it was uploaded before publishing. */
  artifactUrl?: string | null;
  /** Post the PR comment (default true; matrix jobs set false and let the aggregate job comment). */
  comment?: boolean;
  maxAnnotations?: number;
  /** Heading of the summary and comment, e.g. "infergate · vllm on H100". */
  title?: string;
  /** Mermaid charts (from the report stage) appended to the summary and the comment when they fit. */
  charts?: string;
}

export type CommentOutcome = CommentResult | { action: 'skipped'; reason: string };

export interface PublishResult {
  summary: boolean;
  comment: CommentOutcome;
  annotations: number;
  outputs: GateOutputs;
  /** The comment body, kept in the run folder for the fork-safe workflow_run pattern (docs/gate.md). */
  commentFile: string;
}

/**
 * Everything the gate shows on GitHub: job summary (always), one PR comment updated in place (not for
 * fork PRs, whose token is read-only: a notice instead), annotations for the top regressions, outputs.
 * It is handed the gate's decision (pipeline/gate-step.ts wrote comparison.json) and compares nothing.
 * Also writes github/pr-comment.md (+ pr-number.txt) into the run folder, for commenting from a trusted
 * workflow_run.
 * Problems with the comment are warnings: publishing never fails the job; the verdict does.
 */
export async function publishToGitHub(options: PublishOptions): Promise<PublishResult> {
  const ctx = options.ctx ?? readRunContext();
  const { comparison, runDir } = options;
  const resultsPath = options.resultsPath ?? join(runDir, RUN_FILES.results);
  const links = { runUrl: runUrl(ctx), ...(options.artifactUrl ? { artifactUrl: options.artifactUrl } : {}) };
  const title = options.title ?? 'infergate';

  // Charts come after the verdict and table, and are the first thing dropped when the limit is near.
  const withCharts = (markdown: string, max: number) =>
    options.charts && markdown.length + options.charts.length + 2 <= max ? `${markdown}\n\n${options.charts}\n` : markdown;
  const summaryMarkdown = withCharts(withRunStatus(renderComparisonMarkdown(comparison, { ...links, title, maxChars: 250_000 }), options.current), 1_000_000);
  const summary = await writeJobSummary(summaryMarkdown);

  const body = withCharts(withRunStatus(renderComparisonMarkdown(comparison, { ...links, title, marker: GATE_COMMENT_MARKER, maxChars: COMMENT_MAX_CHARS }), options.current), COMMENT_MAX_CHARS);
  const commentFile = keepCommentBody(runDir, body, ctx);

  const comment = await postComment(ctx, options, body);
  const annotations = annotateRegressions(comparison, options.maxAnnotations ?? 5);
  const outputs = setGateOutputs(comparison, resultsPath, 'url' in comment ? comment.url : null);
  return { summary, comment, annotations, outputs, commentFile };
}

/**
 * github/pr-comment.md (+ pr-number.txt) written before the run folder is uploaded, so the artifact carries
 * the comment for the workflow_run pattern; publishToGitHub rewrites it with the artifact's link.
 */
export function writeCommentFile(runDir: string, comparison: Comparison, ctx: GitHubRunContext, title?: string): string {
  const body = renderComparisonMarkdown(comparison, { marker: GATE_COMMENT_MARKER, runUrl: runUrl(ctx), maxChars: COMMENT_MAX_CHARS, ...(title ? { title } : {}) });
  return keepCommentBody(runDir, body, ctx);
}

function keepCommentBody(runDir: string, body: string, ctx: GitHubRunContext): string {
  const commentFile = join(runDir, GATE_FILES.prComment);
  mkdirSync(dirname(commentFile), { recursive: true });
  writeFileSync(commentFile, body);
  if (ctx.pullRequest) writeFileSync(join(runDir, GATE_FILES.prNumber), `${ctx.pullRequest.number}\n`);
  return commentFile;
}

async function postComment(ctx: GitHubRunContext, options: PublishOptions, body: string): Promise<CommentOutcome> {
  const pr = ctx.pullRequest;
  if (options.comment === false) return { action: 'skipped', reason: 'commenting is turned off' };
  if (!pr) return { action: 'skipped', reason: 'not a pull request' };
  if (commentBlockedByFork(ctx)) {
    const reason = `pull request #${pr.number} comes from fork ${pr.headRepo ?? '(deleted)'}, ${forkCommentReason(ctx)}: no comment posted; the results are in the job summary (see docs/gate.md for commenting from a workflow_run workflow)`;
    core.notice(reason, { title: 'infergate: PR comment skipped' });
    return { action: 'skipped', reason };
  }
  if (!options.octokit && !options.token) {
    const reason = 'no token given: no PR comment posted';
    core.warning(reason);
    return { action: 'skipped', reason };
  }
  try {
    const octokit = options.octokit ?? makeOctokit(options.token!, ctx);
    const result = await upsertPrComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number }, body, GATE_COMMENT_MARKER);
    core.info(`PR comment ${result.action}: ${result.url}`);
    return result;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint = status === 403 ? ' (the token needs `pull-requests: write`)' : '';
    const reason = `the PR comment could not be posted: ${(error as Error).message}${hint}`;
    core.warning(reason);
    return { action: 'skipped', reason };
  }
}

/**
 * A run that failed or was interrupted says so right under the heading: the comparison alone (often
 * "skipped — no comparison" for a run that measured nothing) would read as if the run had been fine.
 */
export function withRunStatus(markdown: string, current: ResultsDocument): string {
  if (current.status === 'completed') return markdown;
  const what = current.status === 'interrupted' ? 'Run interrupted' : 'Run failed';
  const line = `> **${what}** (exit ${current.failure?.exit_code ?? '?'}): ${escapeMarkdown(current.failure?.message ?? 'no reason recorded')}`;
  const lines = markdown.split('\n');
  const heading = lines.findIndex((l) => l.startsWith('#'));
  lines.splice(heading + 1, 0, '', line);
  return lines.join('\n');
}
