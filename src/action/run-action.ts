import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { interceptSignals } from '../engine/index.js';
import { assertForkRunAllowed, checkedOutCommit, publishAggregate, readRunContext, type ArtifactClientLike } from '../github/index.js';
import { publishForkComment, readGateFiles, runGateStep } from '../pipeline/gate-step.js';
import { settleLateSignal } from '../pipeline/late-signal.js';
import { runCalibration } from '../pipeline/calibrate.js';
import { runBenchmark, type RunOutcome } from '../pipeline/run-benchmark.js';
import { seedLines } from '../pipeline/seed-lines.js';
import { ExitCode, InfergateError } from '../util/errors.js';
import type { Headline } from '../run-folder/results-document.js';
import { SEED_FIGURES } from '../run-folder/seed-figures.js';
import { secretValuesFromEnv } from '../util/secrets.js';
import { abMode } from './ab-mode.js';
import { actionLogger, infoUntrusted } from './action-logger.js';
import { readActionSettings, type ActionSettings } from './inputs.js';
import { groupOf, PhaseGroups } from './log-groups.js';
import { clearEngineProcess, saveEngineProcess } from './state.js';

/** What the main step talks to outside the runner; tests pass fakes, the action passes nothing. */
export interface ActionDeps {
  /** The run folder's upload (default: @actions/artifact's client). */
  artifactClient?: ArtifactClientLike;
}

/** The main step: settings → (fork policy) → pipeline → gate, summary, comment, artifacts → exit code. */
export async function runAction(deps: ActionDeps = {}): Promise<number> {
  // Before anything can print one: the job log masks every token in the environment (HF_TOKEN, *_TOKEN...).
  for (const secret of secretValuesFromEnv(process.env)) core.setSecret(secret);
  const settings = readActionSettings();
  if (settings.gate.mode === 'aggregate') return aggregate(settings);
  if (settings.gate.mode === 'fork-comment') return forkComment(settings);
  await assertForkRunAllowed(readRunContext(), { allowForkOnSelfHosted: settings.gate.allowForkOnSelfHosted, checkedOutCommit: () => checkedOutCommit(dirname(resolve(settings.hostPath))) });
  if (settings.gate.mode === 'calibrate') return calibrate(settings);

  // The one shutdown path (src/engine/shutdown-guard.ts): the first signal aborts the run, which stops the
  // engine and still writes partial results and the summary; a second exits 130 at once.
  const interrupt = interceptSignals((name) => core.info(`infergate: ${name} received: stopping the engine and writing partial results`));
  try {
    if (settings.gate.mode === 'ab') return await abMode(settings, interrupt.signal, deps.artifactClient);
    return await benchmarkAndGate(settings, interrupt.signal, deps);
  } finally {
    interrupt.dispose();
  }
}

async function benchmarkAndGate(settings: ActionSettings, signal: AbortSignal, deps: ActionDeps): Promise<number> {
  // The job log, one collapsible group per phase with a status line after each (log-groups.ts).
  const groups = new PhaseGroups();
  // The gate's own files before the engine starts: a malformed thresholds file or noise profile ends the
  // job in seconds (exit 2), not after the benchmark without its upload.
  const gateFiles = await readGateFiles({
    baselineSources: settings.gate.baselineSources,
    thresholdsPath: settings.gate.thresholdsPath,
    noiseProfilePath: settings.gate.calibration.profilePath,
    ...(settings.gate.trustedRef ? { trustedRef: settings.gate.trustedRef } : {}),
    ...(settings.gate.onMismatch ? { onMismatch: settings.gate.onMismatch } : {}),
  });
  let outcome = await runBenchmark(
    { hostPath: settings.hostPath, overrides: settings.overrides, outDir: settings.outDir, allowPathsOutsideWorkspace: settings.allowPathsOutsideWorkspace, profile: settings.profile },
    { log: actionLogger, printLine: infoUntrusted, signal, onEngineSpawn: saveEngineProcess, mask: (s) => core.setSecret(s), onPhase: (phase) => groups.enter(groupOf(phase)) },
  ).catch((error: unknown) => {
    groups.close('failed');
    throw error;
  });
  clearEngineProcess();
  core.setOutput('run-dir', outcome.runDir);
  setMetricOutputs(outcome);
  // The folded log still shows the figures: the results group's status line is the seed's lines.
  groups.close(outcome.error ? `${outcome.results.status}, exit code ${outcome.exitCode}` : seedLines(outcome.results.headline).join(' '));

  // The gate step runs for failed runs too: it uploads the partial run folder and reports the failure.
  groups.enter('gate');
  const gate = await runGateStep({
    current: outcome.results,
    runDir: outcome.runDir,
    baselineSources: settings.gate.baselineSources,
    files: gateFiles,
    token: settings.gate.token,
    artifactName: settings.gate.artifactName,
    retentionDays: settings.gate.retentionDays,
    comment: settings.gate.comment,
    history: settings.gate.history,
    baselineFileToUpdate: settings.gate.baselineFileToUpdate,
    ...(deps.artifactClient ? { artifactClient: deps.artifactClient } : {}),
    report: { run: outcome, log: actionLogger },
  });
  groups.close(`verdict: ${gate.comparison.verdict}`);
  // A signal while the report was drawn or the folder uploaded: the local results.json says interrupted.
  outcome = await settleLateSignal(outcome, signal, 'report and upload');
  if (outcome.error) {
    core.setFailed(outcome.error.message);
    return outcome.exitCode;
  }
  if (gate.exitCode !== 0 && settings.failOnRegression) {
    core.setFailed(
      gate.comparison.verdict === 'not-compared'
        ? 'the baseline ran on another environment and on-mismatch is fail'
        : `regression past a fail threshold: ${gate.comparison.regressed.join(", ")}`,
    );
    return ExitCode.regression;
  }
  return ExitCode.ok;
}

/**
 * Headline metrics as step outputs. A figure that was not measured (no request completed, no MFU inputs)
 * is written as `null`, as in results.json: never as 0, which a vendor's parser would read as a result.
 */
export function metricOutputs(headline: Headline): Array<[name: string, value: string]> {
  // The seed's figures that have an output (run-folder/seed-figures.ts), same units as its console lines.
  return SEED_FIGURES.flatMap(({ output, key, scale }) => {
    if (output === undefined) return [];
    const value = headline[key];
    return [[output, typeof value === 'number' && Number.isFinite(value) ? String(value * scale) : 'null']];
  });
}

function setMetricOutputs(outcome: RunOutcome): void {
  for (const [name, value] of metricOutputs(outcome.results.headline)) core.setOutput(name, value);
}

/** `mode: calibrate`: k runs of the configuration and the noise profile of this runner (docs/gate.md, "Calibration"). */
async function calibrate(settings: ActionSettings): Promise<number> {
  const interrupt = interceptSignals((name) => core.info(`infergate: ${name} received: stopping the engine and writing partial results`));
  try {
    const outcome = await runCalibration(
      {
        run: { hostPath: settings.hostPath, overrides: settings.overrides, allowPathsOutsideWorkspace: settings.allowPathsOutsideWorkspace, profile: settings.profile },
        runs: settings.gate.calibration.runs,
        profilePath: settings.gate.calibration.profilePath,
      },
      { log: actionLogger, printLine: infoUntrusted, signal: interrupt.signal, onEngineSpawn: saveEngineProcess, mask: (s) => core.setSecret(s) },
    );
    clearEngineProcess();
    if (outcome.error) {
      core.setFailed(outcome.error.message);
      return outcome.exitCode;
    }
    core.setOutput('noise-profile', settings.gate.calibration.profilePath);
    return ExitCode.ok;
  } finally {
    interrupt.dispose();
  }
}

async function aggregate(settings: ActionSettings): Promise<number> {
  const result = await publishAggregate({
    namePrefix: settings.gate.aggregatePrefix,
    workDir: join(process.env.RUNNER_TEMP ?? tmpdir(), 'infergate-aggregate'),
    token: settings.gate.token,
    comment: settings.gate.comment,
  });
  if (result.verdict === 'fail' && settings.failOnRegression) {
    core.setFailed('a job of this workflow run regressed past a fail threshold, or produced no results');
    return ExitCode.regression;
  }
  return ExitCode.ok;
}

export function failAction(error: unknown): number {
  if (error instanceof InfergateError) {
    core.setFailed(error.message);
    return error.exitCode;
  }
  core.setFailed(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  return ExitCode.internal;
}

/** mode fork-comment: the trusted workflow_run half of commenting on a fork's pull request (docs/gate.md). */
async function forkComment(settings: ActionSettings): Promise<number> {
  const result = await publishForkComment({
    resultsDir: settings.gate.resultsDir!,
    baselineSources: settings.gate.baselineSources,
    ...(settings.gate.thresholdsPath ? { thresholdsPath: settings.gate.thresholdsPath } : {}),
    noiseProfilePath: settings.gate.calibration.profilePath,
    ...(settings.gate.token ? { token: settings.gate.token } : {}),
    workDir: join(process.env.RUNNER_TEMP ?? tmpdir(), 'infergate-baseline'),
  });
  core.setOutput('verdict', result.comparison.verdict);
  core.setOutput('regressed', result.comparison.regressed.join(','));
  return ExitCode.ok;
}
