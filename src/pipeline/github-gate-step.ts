import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { appendToHistory } from '../gate/baseline-set.js';
import { DEFAULT_THRESHOLDS, loadThresholds } from '../gate/thresholds-config.js';
import type { ArtifactClientLike } from '../github/artifact-client.js';
import { commentForFork, forkBaseline, readForkRun, type ForkCommentOptions, type ForkCommentResult } from '../github/fork-comment.js';
import { makeOctokit, type Octokit } from '../github/octokit.js';
import { publishToGitHub, writeCommentFile, type PublishResult } from '../github/publish.js';
import { resolveBaseline, type BaselineSource } from '../github/resolve-baseline.js';
import { readRunContext, runUrl, type GitHubRunContext } from '../github/run-context.js';
import { readTrustedGateFiles } from '../github/trusted-gate-files.js';
import { uploadRunFolder, type UploadResult } from '../github/upload-run-folder.js';
import type { ResultsDocument } from '../results/results-document.js';
import type { Logger } from '../util/logger.js';
import { decideGate, type GateDecision, type GateInputs } from './gate-step.js';
import { writeRunReport } from './report-step.js';

export interface GateStepOptions {
  current: ResultsDocument;
  runDir: string;
  /** Default: <runDir>/results.json. */
  resultsPath?: string;
  /** Tried in order; the first that yields is the baseline. */
  baselineSources: BaselineSource[];
  thresholdsPath?: string;
  token?: string;
  /** Name of the run folder artifact; upload is skipped when null. */
  artifactName: string | null;
  retentionDays?: number;
  comment?: boolean;
  title?: string;
  /** Default-branch runs append to this history file (PR runs never do). */
  history?: { path: string; keep: number };
  /** Default-branch runs copy results.json here, to be committed as the repository baseline file. */
  baselineFileToUpdate?: string;
  /** Read thresholds and baseline file/history at this commit (`base`: the PR's base), not the checkout. */
  trustedRef?: string;
  /** The checkout trustedRef is looked up in; default the working directory. */
  cwd?: string;
  /**
   * Draw the report (report.html, report.md, exports) with the comparison before the upload, so the
   * artifact carries it and its charts reach the summary and the comment; problems go to this logger.
   */
  report?: { log: Logger };
  ctx?: GitHubRunContext;
  octokit?: Octokit;
  artifactClient?: ArtifactClientLike;
}

export interface GateStepResult extends GateDecision {
  publish: PublishResult;
  upload: UploadResult | null;
  /** Files written for the default branch's baseline (history, baseline file); empty on PRs. */
  baselineWrites: string[];
}

/**
 * The action's gate, top to bottom: the gate's inputs from the trusted commit and GitHub artifacts, the
 * decision (pipeline/gate-step.ts, comparison.json kept in the run folder), the report drawn with it, the
 * run folder uploaded, the decision published (summary, comment, annotations, outputs), and on the default
 * branch only, the history / baseline file updated.
 */
export async function runGateStep(options: GateStepOptions): Promise<GateStepResult> {
  const ctx = options.ctx ?? readRunContext();
  const octokit = options.octokit ?? (options.token ? makeOctokit(options.token, ctx) : undefined);
  const decision = decideGate(options.current, await gateInputsFromGitHub(options, ctx, octokit), options.runDir);
  const { comparison } = decision;

  // Kept in the run folder before the upload, so the artifact carries it (the workflow_run comment pattern).
  writeCommentFile(options.runDir, comparison, ctx, options.title);
  const charts = options.report ? writeRunReport(options.runDir, options.report.log, comparison).charts : undefined;
  const upload = options.artifactName
    ? await uploadRunFolder(options.runDir, options.artifactName, {
        runUrl: runUrl(ctx),
        ...(options.artifactClient ? { client: options.artifactClient } : {}),
        ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
      })
    : null;

  const publish = await publishToGitHub({
    comparison,
    current: options.current,
    runDir: options.runDir,
    resultsPath: options.resultsPath ?? join(options.runDir, 'results.json'),
    ctx,
    artifactUrl: upload?.url ?? null,
    ...(octokit ? { octokit } : {}),
    ...(options.comment !== undefined ? { comment: options.comment } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(charts ? { charts } : {}),
  });
  const baselineWrites = ctx.onDefaultBranch && options.current.status === 'completed' ? updateDefaultBranchBaseline(options) : [];
  return { ...decision, publish, upload, baselineWrites };
}

/**
 * Thresholds and baseline as the action reads them: from the trusted commit when `trusted-ref` is set
 * (a pull request must not grade itself with its own thresholds.yaml), else from the checkout; baseline
 * artifacts downloaded with the token.
 */
async function gateInputsFromGitHub(options: GateStepOptions, ctx: GitHubRunContext, octokit: Octokit | undefined): Promise<GateInputs> {
  const trusted = options.trustedRef
    ? await readTrustedGateFiles({
        ref: options.trustedRef,
        thresholdsPath: options.thresholdsPath,
        baselineSources: options.baselineSources,
        ctx,
        cwd: options.cwd ?? process.cwd(),
        tempDir: process.env.RUNNER_TEMP ?? tmpdir(),
      })
    : null;
  if (trusted) core.info(`thresholds and baseline files read from the ${trusted.described}, not from the checkout`);
  const thresholds = trusted ? (trusted.thresholds ?? DEFAULT_THRESHOLDS) : loadThresholds(options.thresholdsPath);
  const artifactDeps =
    octokit && options.token
      ? { octokit, ctx, token: options.token, destDir: join(process.env.RUNNER_TEMP ?? tmpdir(), 'infergate-baseline'), ...(options.artifactClient ? { client: options.artifactClient } : {}) }
      : null;
  const { baseline } = await resolveBaseline(trusted?.baselineSources ?? options.baselineSources, artifactDeps);
  return { thresholds, baseline };
}

/** A completed default-branch run becomes the baseline: appended to the history, copied to the baseline file. */
function updateDefaultBranchBaseline(options: GateStepOptions): string[] {
  const writes: string[] = [];
  if (options.history) {
    appendToHistory(options.history.path, options.current, options.history.keep, true);
    writes.push(options.history.path);
  }
  if (options.baselineFileToUpdate) {
    mkdirSync(dirname(options.baselineFileToUpdate), { recursive: true });
    copyFileSync(options.resultsPath ?? join(options.runDir, 'results.json'), options.baselineFileToUpdate);
    writes.push(options.baselineFileToUpdate);
  }
  if (writes.length > 0) core.info(`default-branch run: updated ${writes.join(', ')}`);
  return writes;
}

/**
 * `mode: fork-comment` (docs/gate.md): the fork's results.json judged here, with this checkout's thresholds
 * and baseline, by the same decision; the comment rendered and posted here. Nothing is written into the
 * fork's artifact folder.
 */
export async function publishForkComment(options: ForkCommentOptions): Promise<ForkCommentResult> {
  const ctx = options.ctx ?? readRunContext();
  const { run, current } = readForkRun(options.resultsDir, ctx);
  const octokit = options.octokit ?? (options.token ? makeOctokit(options.token, ctx) : undefined);
  const inputs = { thresholds: loadThresholds(options.thresholdsPath), baseline: await forkBaseline(options, ctx, octokit) };
  const { comparison } = decideGate(current, inputs, null);
  return { comparison, comment: await commentForFork(comparison, current, run, ctx, octokit, options.title) };
}
