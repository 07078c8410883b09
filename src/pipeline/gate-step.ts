import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { predictionsBeside, withBaselineQuality } from '../gate/baseline-predictions.js';
import { appendToHistory, baselineFromAnyFile, type BaselineSet } from '../gate/baseline-set.js';
import { compareResults } from '../gate/compare-results.js';
import { comparisonFails, type Comparison, type MismatchOutcome } from '../gate/comparison.js';
import { writeComparisonFile } from '../gate/comparison-file.js';
import { readNoiseProfile, type NoiseProfile } from '../gate/noise-profile.js';
import { DEFAULT_THRESHOLDS, loadThresholds, type ThresholdConfig } from '../gate/thresholds-config.js';
import type { ArtifactClientLike } from '../github/artifact-client.js';
import { commentForFork, forkBaseline, readForkRun, type ForkCommentOptions, type ForkCommentResult } from '../github/fork-comment.js';
import { makeOctokit, type Octokit } from '../github/octokit.js';
import { publishToGitHub, writeCommentFile, type PublishResult } from '../github/publish.js';
import { resolveBaseline, type BaselineSource } from '../github/resolve-baseline.js';
import { readRunContext, runUrl, type GitHubRunContext } from '../github/run-context.js';
import { readTrustedGateFiles, type TrustedGateFiles } from '../github/trusted-gate-files.js';
import { uploadRunFolder, type UploadResult } from '../github/upload-run-folder.js';
import { GATE_FILES, RUN_FILES } from '../run-folder/layout.js';
import { eachRecord } from '../run-folder/request-columns.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { ExitCode } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { untrustedLogLines } from '../util/workflow-commands.js';
import { writeRunReport } from './report-step.js';
import type { RunOutcome } from './run-benchmark.js';

/**
 * The gate, driven from one place for every entry: `infergate run --baseline`, `infergate compare`,
 * `infergate report --baseline`, the action's main step and its fork-comment mode. Where the thresholds and
 * the baseline come from differs (local files for the CLI; the trusted commit and GitHub artifacts for the
 * action); what is done with them does not: decideGate compares, keeps comparison.json once and hands the
 * comparison on. github/ publishes it and report/ renders it; neither compares.
 */

/** What a run is judged against: the thresholds, the baseline and, when calibrated, the runner's noise. */
export interface GateReference {
  thresholds: ThresholdConfig;
  /** An empty set (no documents) when no baseline was found: the comparison says so. */
  baseline: BaselineSet;
  /** A noise profile from `infergate calibrate`: the between-run noise on its environment. */
  profile?: NoiseProfile | null;
}

export interface GateDecision {
  comparison: Comparison;
  /** ExitCode.regression when a metric regressed past its fail level (or a fingerprint mismatch is set to fail), else ExitCode.ok. */
  exitCode: typeof ExitCode.ok | typeof ExitCode.regression;
}

/**
 * Compares `current` with the baseline under the thresholds. With a run folder, the comparison is kept
 * there as comparison.json — the only place it is written — so the report, the artifact and a matrix
 * aggregate job all read the same decision.
 */
export function decideGate(current: ResultsDocument, reference: GateReference, runDir: string | null, currentResultsPath?: string, currentRequests?: RunOutcome['columns']): GateDecision {
  const measured = compareResults(reference.baseline, current, reference.thresholds, { profile: reference.profile ?? null });
  // Quality (paired ROUGE, output integrity) needs the current run's predictions, found beside its results
  // file, and its records: read back a line at a time through the columns the run read when it has them
  // (requests.jsonl is parsed once per run).
  const comparison = currentResultsPath
    ? withBaselineQuality(measured, reference.baseline, currentResultsPath, { results: current, settings: reference.thresholds.quality, ...(currentRequests ? { records: eachRecord(currentRequests) } : {}) })
    : measured;
  if (runDir !== null) writeComparisonFile(join(runDir, GATE_FILES.comparison), comparison);
  return { comparison, exitCode: comparisonFails(comparison) ? ExitCode.regression : ExitCode.ok };
}

export interface LocalGateFiles {
  /** A results.json, or a history file of past results. */
  baselineFile: string;
  /** With a history file: use only its last n runs. */
  last?: number;
  /** thresholds.yaml; the built-in thresholds without it. */
  thresholdsPath?: string;
  /** A noise profile from `infergate calibrate`. */
  noiseProfile?: string;
}

/** The gate's reference read from local files, as the CLI names them (--baseline, --last, --config). */
export function gateReferenceFromFiles(files: LocalGateFiles): GateReference {
  return {
    thresholds: loadThresholds(files.thresholdsPath),
    baseline: baselineFromAnyFile(files.baselineFile, files.last),
    profile: files.noiseProfile ? readNoiseProfile(files.noiseProfile) : null,
  };
}

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
  /**
   * A noise profile from `infergate calibrate` (action input noise-profile): read at trustedRef when set,
   * like the thresholds; a file that is not there is a gate without a profile, said in one log line.
   */
  noiseProfilePath?: string;
  /** Read thresholds, baseline file/history and noise profile at this commit (`base`: the PR's base), not the checkout. */
  trustedRef?: string;
  /** Overrides the thresholds file's fingerprint.on_mismatch (action input on-mismatch). */
  onMismatch?: MismatchOutcome;
  /** The gate's files when already read (readGateFiles, before the benchmark); read here otherwise. */
  files?: GateFiles;
  /** The checkout trustedRef is looked up in; default the working directory. */
  cwd?: string;
  /**
   * Draw the report (report.html, report.md, exports) with the comparison before the upload, so the
   * artifact carries it and its charts reach the summary and the comment; problems go to this logger.
   */
  report?: { run: Pick<RunOutcome, 'runDir' | 'columns' | 'predictions' | 'results'>; log: Logger };
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
 * The action's gate, top to bottom: the gate's reference from the trusted commit and GitHub artifacts, the
 * decision (decideGate, comparison.json kept in the run folder), the report drawn with it, the
 * run folder uploaded, the decision published (summary, comment, annotations, outputs), and on the default
 * branch only, the history / baseline file updated.
 */
export async function runGateStep(options: GateStepOptions): Promise<GateStepResult> {
  const ctx = options.ctx ?? readRunContext();
  const octokit = options.octokit ?? (options.token ? makeOctokit(options.token, ctx) : undefined);
  const decision = decideGate(options.current, await gateReferenceFromGitHub(options, ctx, octokit), options.runDir, options.resultsPath ?? join(options.runDir, RUN_FILES.results), options.report?.run.columns);
  const { comparison } = decision;

  // Kept in the run folder before the upload, so the artifact carries it (the workflow_run comment pattern).
  writeCommentFile(options.runDir, comparison, ctx, options.title);
  const charts = options.report ? writeRunReport(options.report.run, options.report.log, comparison).charts : undefined;
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
    ...(charts ? { charts } : {}),
  });
  const baselineWrites = ctx.onDefaultBranch && options.current.status === 'completed' ? updateDefaultBranchBaseline(options) : [];
  return { ...decision, publish, upload, baselineWrites };
}

/** The gate's own files as the action reads them: thresholds and noise profile parsed, the baseline's sources. */
export interface GateFiles {
  thresholds: ThresholdConfig;
  /** As the inputs name them, or copied out of the trusted commit. */
  baselineSources: BaselineSource[];
  profile: NoiseProfile | null;
}

export type GateFileOptions = Pick<GateStepOptions, 'baselineSources' | 'thresholdsPath' | 'noiseProfilePath' | 'trustedRef' | 'onMismatch' | 'cwd' | 'ctx'>;

/**
 * Thresholds, baseline sources and noise profile as the action reads them: from the trusted commit when
 * `trusted-ref` is set (a pull request must not grade itself with its own thresholds.yaml), else from the
 * checkout. The action reads them before the benchmark, so a malformed one ends the job before the engine
 * starts (exit 2), not after the run.
 */
export async function readGateFiles(options: GateFileOptions): Promise<GateFiles> {
  const trusted = options.trustedRef
    ? await readTrustedGateFiles({
        ref: options.trustedRef,
        thresholdsPath: options.thresholdsPath,
        baselineSources: options.baselineSources,
        noiseProfilePath: options.noiseProfilePath,
        ctx: options.ctx ?? readRunContext(),
        cwd: options.cwd ?? process.cwd(),
        tempDir: process.env.RUNNER_TEMP ?? tmpdir(),
      })
    : null;
  if (trusted) core.info(`thresholds, baseline and noise profile files read from the ${trusted.described}, not from the checkout`);
  const configured = trusted ? (trusted.thresholds ?? DEFAULT_THRESHOLDS) : loadThresholds(options.thresholdsPath);
  const thresholds = options.onMismatch ? { ...configured, fingerprint: { ...configured.fingerprint, on_mismatch: options.onMismatch } } : configured;
  return { thresholds, baselineSources: trusted?.baselineSources ?? [...options.baselineSources], profile: actionNoiseProfile(options.noiseProfilePath, trusted) };
}

/** The gate's reference: its files (read before the benchmark, or now), the baseline resolved, artifacts downloaded with the token. */
async function gateReferenceFromGitHub(options: GateStepOptions, ctx: GitHubRunContext, octokit: Octokit | undefined): Promise<GateReference> {
  const files = options.files ?? (await readGateFiles({ ...options, ctx }));
  const artifactDeps =
    octokit && options.token
      ? { octokit, ctx, token: options.token, destDir: join(process.env.RUNNER_TEMP ?? tmpdir(), 'infergate-baseline'), ...(options.artifactClient ? { client: options.artifactClient } : {}) }
      : null;
  const { baseline } = await resolveBaseline(files.baselineSources, artifactDeps);
  return { thresholds: files.thresholds, baseline, profile: files.profile };
}

/**
 * The noise profile the action's gate uses: the one at the trusted commit when there is one (a profile
 * decides how wide the noise is, so a pull request must not widen its own), else the checkout's. A file
 * that is not there is a gate without a profile (docs/gate.md, "Calibration"), said in one line.
 */
function actionNoiseProfile(path: string | undefined, trusted: TrustedGateFiles | null): NoiseProfile | null {
  if (path === undefined) return null;
  const where = trusted ? `${path} at ${trusted.described}` : path;
  const profile = trusted ? trusted.profile : existsSync(path) ? readNoiseProfile(path) : null;
  const line = profile
    ? `noise profile ${where}: ${profile.runs} calibration runs, used as the between-run noise where its environment fingerprint matches the run's`
    : `no noise profile at ${where}: the between-run noise comes from the baseline history, or with one baseline run only the noise within each run is known`;
  // The path is the workflow's input: printed as text, never as a workflow command.
  for (const text of untrustedLogLines(line)) core.info(text);
  return profile;
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
    const resultsPath = options.resultsPath ?? join(options.runDir, RUN_FILES.results);
    copyFileSync(resultsPath, options.baselineFileToUpdate);
    writes.push(options.baselineFileToUpdate);
    // The predictions go beside it, so the next pull request's quality checks pair against them.
    if (existsSync(predictionsBeside(resultsPath))) {
      copyFileSync(predictionsBeside(resultsPath), predictionsBeside(options.baselineFileToUpdate));
      writes.push(predictionsBeside(options.baselineFileToUpdate));
    }
  }
  if (writes.length > 0) core.info(`default-branch run: updated ${writes.join(', ')}`);
  return writes;
}

/**
 * `mode: fork-comment` (docs/gate.md): the fork's results.json judged here, with this checkout's thresholds,
 * baseline and noise profile, by the same decision; the comment rendered and posted here. Nothing is written into the
 * fork's artifact folder.
 */
export async function publishForkComment(options: ForkCommentOptions): Promise<ForkCommentResult> {
  const ctx = options.ctx ?? readRunContext();
  const { run, current } = readForkRun(options.resultsDir, ctx);
  const octokit = options.octokit ?? (options.token ? makeOctokit(options.token, ctx) : undefined);
  const reference = { thresholds: loadThresholds(options.thresholdsPath), baseline: await forkBaseline(options, ctx, octokit), profile: actionNoiseProfile(options.noiseProfilePath, null) };
  const { comparison } = decideGate(current, reference, null);
  return { comparison, comment: await commentForFork(comparison, current, run, ctx, octokit, options.title) };
}
