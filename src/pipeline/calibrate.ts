import { buildNoiseProfile, MIN_CALIBRATION_RUNS, writeNoiseProfile, type NoiseProfile } from '../gate/noise-profile.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { InputError, type InfergateError } from '../util/errors.js';
import { runBenchmark, type RunHooks, type RunPlan } from './run-benchmark.js';

/**
 * `infergate calibrate`: runs the same configuration k times and stores how much each metric moves from one
 * run to the next on this environment, keyed by its fingerprint (docs/gate.md, "Calibration"). Each run is an
 * ordinary run with its own run folder; a run that fails or is interrupted ends the calibration with that
 * run's exit code and no profile (its folder, and every earlier one, are kept).
 */
export interface CalibrationPlan {
  run: RunPlan;
  /** How many runs; at least MIN_CALIBRATION_RUNS. */
  runs: number;
  /** Where the profile is written. */
  profilePath: string;
}

export interface CalibrationOutcome {
  profile: NoiseProfile | null;
  runDirs: string[];
  exitCode: number;
  error: InfergateError | null;
}

export function checkCalibrationRuns(runs: number): void {
  if (!Number.isInteger(runs) || runs < MIN_CALIBRATION_RUNS) {
    throw new InputError(`--runs: expected a whole number ≥ ${MIN_CALIBRATION_RUNS} (the spread of fewer runs is too rough to gate on), got ${runs}`);
  }
}

export async function runCalibration(plan: CalibrationPlan, hooks: RunHooks): Promise<CalibrationOutcome> {
  checkCalibrationRuns(plan.runs);
  const results: ResultsDocument[] = [];
  const runDirs: string[] = [];
  for (let i = 1; i <= plan.runs; i++) {
    hooks.log.info(`calibration run ${i} of ${plan.runs}`);
    const outcome = await runBenchmark({ ...plan.run, outDir: undefined }, hooks);
    runDirs.push(outcome.runDir);
    if (outcome.error || outcome.results.status !== 'completed') {
      hooks.log.warn(`calibration stopped: run ${i} of ${plan.runs} did not complete (${outcome.runDir}); no noise profile written`);
      return { profile: null, runDirs, exitCode: outcome.exitCode, error: outcome.error };
    }
    results.push(outcome.results);
  }
  const profile = buildNoiseProfile(results, new Date());
  writeNoiseProfile(plan.profilePath, profile);
  hooks.log.info(`noise profile of ${plan.runs} runs written to ${plan.profilePath} (${Object.keys(profile.metrics).length} metrics)`);
  return { profile, runDirs, exitCode: 0, error: null };
}
