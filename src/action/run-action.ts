import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertForkRunnerAllowed, publishAggregate, readRunContext, runGateStep } from '../github/index.js';
import { writeRunReport } from '../pipeline/report-step.js';
import { runBenchmark, type RunOutcome } from '../pipeline/run-benchmark.js';
import { seedLines } from '../pipeline/seed-lines.js';
import { ExitCode, InfergateError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { secretValuesFromEnv } from '../util/secrets.js';
import { readActionSettings, type ActionSettings } from './inputs.js';
import { PhaseGroups } from './log-groups.js';
import { clearEngineProcess, saveEngineProcess } from './state.js';

const actionLogger: Logger = { info: (m) => core.info(m), warn: (m) => core.warning(m) };

/** Headline metrics exposed as step outputs (the seed's figures, same units as its console lines). */
const OUTPUTS: Array<[string, string, number]> = [
  ['ttft', 'ttft_ms_mean', 1 / 1000],
  ['throughput', 'throughput_rps', 1],
  ['tps', 'output_tps', 1],
  ['time', 'duration_s', 1],
  ['mfu', 'mfu', 1],
  ['rouge1', 'rouge1', 1],
  ['rouge2', 'rouge2', 1],
];

/** The main step: settings → (fork policy) → pipeline → gate, summary, comment, artifacts → exit code. */
export async function runAction(): Promise<number> {
  // Before anything can print one: the job log masks every token in the environment (HF_TOKEN, *_TOKEN...).
  for (const secret of secretValuesFromEnv(process.env)) core.setSecret(secret);
  const settings = readActionSettings();
  if (settings.gate.mode === 'aggregate') return aggregate(settings);
  assertForkRunnerAllowed(readRunContext(), settings.gate.allowForkOnSelfHosted);

  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => controller.abort(new Error(name));
  // `on`, not `once`: the engine's shutdown guard re-raises a signal nobody else listens to once it has
  // stopped the engine, which would kill this step before it writes partial results and the summary.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let outcome: RunOutcome;
  const groups = new PhaseGroups();
  groups.enter('setup');
  try {
    outcome = await runBenchmark(
      { hostPath: settings.hostPath, overrides: settings.overrides, outDir: settings.outDir, allowPathsOutsideWorkspace: settings.allowPathsOutsideWorkspace },
      { log: actionLogger, printLine: (line) => core.info(line), signal: controller.signal, onEngineSpawn: saveEngineProcess, mask: (s) => core.setSecret(s), onPhase: (phase) => groups.enter(phase) },
    );
  } catch (error) {
    groups.close('failed');
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  clearEngineProcess();
  core.setOutput('run-dir', outcome.runDir);
  for (const [name, key, scale] of OUTPUTS) {
    const value = outcome.results.headline[key];
    if (typeof value === 'number') core.setOutput(name, String(value * scale));
  }

  // The folded log still shows the figures: the results group's status line is the seed's lines.
  groups.close(outcome.error ? `${outcome.results.status}, exit code ${outcome.exitCode}` : seedLines(outcome.results.headline).join(' '));

  // The gate step runs for failed runs too: it uploads the partial run folder and reports the failure.
  groups.enter('gate');
  const gate = await runGateStep({
    current: outcome.results,
    runDir: outcome.runDir,
    baselineSources: settings.gate.baselineSources,
    thresholdsPath: settings.gate.thresholdsPath,
    token: settings.gate.token,
    artifactName: settings.gate.artifactName,
    retentionDays: settings.gate.retentionDays,
    comment: settings.gate.comment,
    history: settings.gate.history,
    baselineFileToUpdate: settings.gate.baselineFileToUpdate,
    beforeUpload: (comparison) => writeRunReport(outcome.runDir, actionLogger, comparison),
  });
  groups.close(`verdict: ${gate.comparison.verdict}`);
  if (outcome.error) {
    core.setFailed(outcome.error.message);
    return outcome.exitCode;
  }
  if (gate.exitCode !== 0 && settings.failOnRegression) {
    core.setFailed(`regression past a fail threshold: ${gate.comparison.regressed.join(", ")}`);
    return ExitCode.regression;
  }
  return ExitCode.ok;
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
  return 70;
}
