import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GATE_FILES, RUN_FILES } from '../run-folder/layout.js';
import * as core from '@actions/core';
import { predictionsBeside, withBaselineQuality } from '../gate/baseline-predictions.js';
import { appendToHistory } from '../gate/baseline-set.js';
import { compareResults } from '../gate/compare-results.js';
import { comparisonFails, type Comparison, type MismatchOutcome } from '../gate/comparison.js';
import { writeComparisonFile } from '../gate/comparison-file.js';
import { renderComparisonMarkdown } from '../gate/render-markdown.js';
import { loadThresholds } from '../gate/thresholds-config.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import type { ArtifactClientLike } from './artifact-client.js';
import { makeOctokit, type Octokit } from './octokit.js';
import { GATE_COMMENT_MARKER } from './pr-comment.js';
import { publishToGitHub, type PublishResult } from './publish.js';
import { resolveBaseline, type BaselineSource } from './resolve-baseline.js';
import { readRunContext, runUrl, type GitHubRunContext } from './run-context.js';
import { readTrustedGateFiles } from './trusted-gate-files.js';
import { uploadRunFolder, type UploadResult } from './upload-run-folder.js';

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
  /** Overrides the thresholds file's fingerprint.on_mismatch (action input on-mismatch). */
  onMismatch?: MismatchOutcome;
  /** The checkout trustedRef is looked up in; default the working directory. */
  cwd?: string;
  ctx?: GitHubRunContext;
  octokit?: Octokit;
  artifactClient?: ArtifactClientLike;
  /**
   * Runs once the comparison exists and before the upload, so files it writes into the run folder (the
   * report) travel with the artifact; returns Mermaid charts for the summary and the comment.
   */
  beforeUpload?: (comparison: Comparison) => { charts?: string } | void;
}

export interface GateStepResult {
  comparison: Comparison;
  publish: PublishResult;
  upload: UploadResult | null;
  /** Files written for the default branch's baseline (history, baseline file); empty on PRs. */
  baselineWrites: string[];
  /** 1 when a metric regressed past its fail level, else 0. */
  exitCode: 0 | 1;
}

/**
 * The whole gate as the action runs it after the benchmark: find the baseline, compare, keep the
 * comparison in the run folder, upload the folder, publish (summary, comment, annotations, outputs),
 * and on the default branch only, update the history / baseline file.
 */
export async function runGateStep(options: GateStepOptions): Promise<GateStepResult> {
  const ctx = options.ctx ?? readRunContext();
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
  const configured = trusted ? (trusted.thresholds ?? loadThresholds(undefined)) : loadThresholds(options.thresholdsPath);
  const thresholds = options.onMismatch ? { ...configured, fingerprint: { ...configured.fingerprint, on_mismatch: options.onMismatch } } : configured;
  const octokit = options.octokit ?? (options.token ? makeOctokit(options.token, ctx) : undefined);
  const artifactDeps =
    octokit && options.token
      ? { octokit, ctx, token: options.token, destDir: join(process.env.RUNNER_TEMP ?? tmpdir(), 'infergate-baseline'), ...(options.artifactClient ? { client: options.artifactClient } : {}) }
      : null;
  const { baseline } = await resolveBaseline(trusted?.baselineSources ?? options.baselineSources, artifactDeps);
  const comparison = withBaselineQuality(compareResults(baseline, options.current, thresholds), baseline, options.resultsPath ?? join(options.runDir, RUN_FILES.results));

  // Kept in the run folder before the upload, so the artifact carries them (aggregate, workflow_run comment).
  writeComparisonFile(join(options.runDir, GATE_FILES.comparison), comparison);
  mkdirSync(dirname(join(options.runDir, GATE_FILES.prComment)), { recursive: true });
  writeFileSync(join(options.runDir, GATE_FILES.prComment), renderComparisonMarkdown(comparison, { marker: GATE_COMMENT_MARKER, runUrl: runUrl(ctx), maxChars: 65_000, ...(options.title ? { title: options.title } : {}) }));
  if (ctx.pullRequest) writeFileSync(join(options.runDir, GATE_FILES.prNumber), `${ctx.pullRequest.number}\n`);

  const extra = options.beforeUpload?.(comparison) ?? {};
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
    resultsPath: options.resultsPath ?? join(options.runDir, RUN_FILES.results),
    ctx,
    artifactUrl: upload?.url ?? null,
    ...(octokit ? { octokit } : {}),
    ...(options.comment !== undefined ? { comment: options.comment } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(extra.charts ? { charts: extra.charts } : {}),
  });

  const baselineWrites: string[] = [];
  if (ctx.onDefaultBranch && options.current.status === 'completed') {
    if (options.history) {
      appendToHistory(options.history.path, options.current, options.history.keep, true);
      baselineWrites.push(options.history.path);
    }
    if (options.baselineFileToUpdate) {
      mkdirSync(dirname(options.baselineFileToUpdate), { recursive: true });
      copyFileSync(options.resultsPath ?? join(options.runDir, RUN_FILES.results), options.baselineFileToUpdate);
      baselineWrites.push(options.baselineFileToUpdate);
      // The predictions go beside it, so the next pull request's quality checks pair against them.
      const predictions = predictionsBeside(options.resultsPath ?? join(options.runDir, RUN_FILES.results));
      if (existsSync(predictions)) {
        copyFileSync(predictions, predictionsBeside(options.baselineFileToUpdate));
        baselineWrites.push(predictionsBeside(options.baselineFileToUpdate));
      }
    }
    if (baselineWrites.length > 0) core.info(`default-branch run: updated ${baselineWrites.join(', ')}`);
  }
  return { comparison, publish, upload, baselineWrites, exitCode: comparisonFails(comparison) ? 1 : 0 };
}
