import * as core from '@actions/core';
import { runBenchmark, type RunOutcome } from '../pipeline/run-benchmark.js';
import { ExitCode, InfergateError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { readActionSettings } from './inputs.js';
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

/** The main step: settings → pipeline → outputs, summary, comment and artifacts → exit code. */
export async function runAction(): Promise<number> {
  const settings = readActionSettings();
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => controller.abort(new Error(name));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let outcome: RunOutcome;
  try {
    outcome = await runBenchmark(
      { hostPath: settings.hostPath, overrides: settings.overrides, outDir: settings.outDir },
      { log: actionLogger, printLine: (line) => core.info(line), signal: controller.signal, onEngineSpawn: saveEngineProcess, mask: (s) => core.setSecret(s) },
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  clearEngineProcess();
  core.setOutput('run-dir', outcome.runDir);
  core.setOutput('results-path', `${outcome.runDir}/results.json`);
  for (const [name, key, scale] of OUTPUTS) {
    const value = outcome.results.headline[key];
    if (typeof value === 'number') core.setOutput(name, String(value * scale));
  }
  const exitCode = await publish(outcome, settings);
  if (outcome.error) core.setFailed(outcome.error.message);
  return outcome.error ? outcome.exitCode : exitCode;
}

/** Gate, job summary, PR comment and artifact upload (src/github). */
async function publish(_outcome: RunOutcome, _settings: ReturnType<typeof readActionSettings>): Promise<number> {
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
