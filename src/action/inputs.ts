import * as core from '@actions/core';
import type { BaselineSource, GateInputs } from '../github/index.js';
import { MISMATCH_OUTCOMES, type MismatchOutcome } from '../gate/comparison.js';
import { InputError } from '../util/errors.js';
import { parseBoolean, parseWholeNumber } from '../util/parse-value.js';
import { registerSecret } from '../util/secrets.js';

/**
 * Every action input's name, as action.yml declares it (test/action/action-yml.test.ts holds the two
 * together), in one table the way actions/upload-artifact's constants.ts keeps them: every reader of an
 * input reads it through this table.
 */
export const Inputs = {
  Host: 'host',
  Set: 'set',
  BaseSet: 'base-set',
  Out: 'out',
  Profile: 'profile',
  AllowPathsOutsideWorkspace: 'allow-paths-outside-workspace',
  Mode: 'mode',
  ResultsDir: 'results-dir',
  BaselineFile: 'baseline-file',
  BaselineWorkflow: 'baseline-workflow',
  BaselineArtifact: 'baseline-artifact',
  BaselineHistory: 'baseline-history',
  HistoryKeep: 'history-keep',
  BaselineOrder: 'baseline-order',
  UpdateBaselineFile: 'update-baseline-file',
  Thresholds: 'thresholds',
  TrustedRef: 'trusted-ref',
  FailOnRegression: 'fail-on-regression',
  Comment: 'comment',
  UploadArtifact: 'upload-artifact',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  AggregatePrefix: 'aggregate-prefix',
  AllowForkOnSelfHosted: 'allow-fork-on-self-hosted',
  GithubToken: 'github-token',
  OnMismatch: 'on-mismatch',
  CalibrateRuns: 'calibrate-runs',
  NoiseProfile: 'noise-profile',
} as const;
type InputName = (typeof Inputs)[keyof typeof Inputs];

/**
 * Every action input, parsed once into a typed object (the way actions/checkout does), so the rest of
 * the code never calls core.getInput. action.yml documents each.
 */
export interface ActionSettings {
  hostPath: string;
  overrides: string[];
  /** mode: ab — settings for the base only, after the configuration's ab.base (docs/gate.md, "A/B mode"). */
  baseOverrides: string[];
  outDir: string | undefined;
  failOnRegression: boolean;
  allowPathsOutsideWorkspace: boolean;
  /** A benchmark profile's name or path (docs/certification.md). */
  profile: string | undefined;
  gate: GateInputs;
}

function optional(name: InputName): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function flag(name: InputName, fallback: boolean): boolean {
  const value = optional(name);
  if (value === undefined) return fallback;
  const parsed = parseBoolean(value);
  if (parsed === undefined) throw new InputError(`input ${name}: expected true or false, got "${value}"`);
  return parsed;
}

function positiveInt(name: InputName): number | undefined {
  const value = optional(name);
  if (value === undefined) return undefined;
  const parsed = parseWholeNumber(value, 1);
  if (parsed === undefined) throw new InputError(`input ${name}: expected a whole number ≥ 1, got "${value}"`);
  return parsed;
}

/** A multiline input of key=value lines; blank lines and # comments are left out. */
function assignments(name: InputName): string[] {
  return core.getMultilineInput(name).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

export function readActionSettings(): ActionSettings {
  const gate = readGateInputs();
  if (gate.token) {
    core.setSecret(gate.token);
    registerSecret(gate.token);
  }
  return {
    hostPath: optional(Inputs.Host) ?? 'configs/host.yaml',
    overrides: assignments(Inputs.Set),
    baseOverrides: assignments(Inputs.BaseSet),
    outDir: optional(Inputs.Out),
    failOnRegression: flag(Inputs.FailOnRegression, true),
    allowPathsOutsideWorkspace: flag(Inputs.AllowPathsOutsideWorkspace, false),
    profile: optional(Inputs.Profile),
    gate,
  };
}

/**
 * Reads the gate's inputs (INPUT_* variables; docs/gate.md explains them). Baseline sources are tried in
 * the order `baseline-history`, `baseline-workflow` (+ `baseline-artifact`), `baseline-file`, or in the
 * order given by `baseline-order` (a comma-separated list of file, artifact, history).
 */
export function readGateInputs(): GateInputs {
  const mode = optional(Inputs.Mode) ?? 'run';
  if (mode !== 'run' && mode !== 'aggregate' && mode !== 'fork-comment' && mode !== 'calibrate' && mode !== 'ab') throw new InputError(`input ${Inputs.Mode}: expected run, aggregate, fork-comment, calibrate or ab, got "${mode}"`);
  const resultsDir = optional(Inputs.ResultsDir);
  if (mode === 'fork-comment' && resultsDir === undefined) throw new InputError(`input ${Inputs.ResultsDir}: mode fork-comment needs the folder the triggering run's artifact was downloaded to`);
  const file = optional(Inputs.BaselineFile);
  const historyPath = optional(Inputs.BaselineHistory);
  const historyKeep = positiveInt(Inputs.HistoryKeep) ?? 20;
  return {
    mode,
    resultsDir,
    baselineSources: readBaselineSources(file, historyPath, historyKeep),
    thresholdsPath: optional(Inputs.Thresholds),
    // upload-artifact: false turns the upload off (artifactName null), as action.yml promises.
    artifactName: flag(Inputs.UploadArtifact, true) ? (optional(Inputs.ArtifactName) ?? 'infergate-run') : null,
    retentionDays: positiveInt(Inputs.RetentionDays),
    comment: flag(Inputs.Comment, true),
    aggregatePrefix: optional(Inputs.AggregatePrefix) ?? 'infergate-',
    history: historyPath ? { path: historyPath, keep: historyKeep } : undefined,
    baselineFileToUpdate: flag(Inputs.UpdateBaselineFile, true) ? file : undefined,
    allowForkOnSelfHosted: flag(Inputs.AllowForkOnSelfHosted, false),
    token: optional(Inputs.GithubToken),
    trustedRef: optional(Inputs.TrustedRef),
    onMismatch: mismatchOutcome(),
    calibration: { runs: positiveInt(Inputs.CalibrateRuns) ?? 6, profilePath: optional(Inputs.NoiseProfile) ?? 'noise-profile.json' },
  };
}

function mismatchOutcome(): MismatchOutcome | undefined {
  const value = optional(Inputs.OnMismatch);
  if (value === undefined) return undefined;
  if (!(MISMATCH_OUTCOMES as readonly string[]).includes(value)) throw new InputError(`input ${Inputs.OnMismatch}: expected ${MISMATCH_OUTCOMES.join(', ')}, got "${value}"`);
  return value as MismatchOutcome;
}

/** The baseline sources the inputs name, in `baseline-order`. */
function readBaselineSources(file: string | undefined, historyPath: string | undefined, historyKeep: number): BaselineSource[] {
  const workflow = optional(Inputs.BaselineWorkflow);
  const artifact = optional(Inputs.BaselineArtifact);
  if (workflow && !artifact) throw new InputError(`input ${Inputs.BaselineWorkflow} needs ${Inputs.BaselineArtifact} (the name of the run folder artifact in that workflow)`);
  const available: Record<string, BaselineSource | undefined> = {
    file: file ? { kind: 'file', path: file } : undefined,
    artifact: workflow && artifact ? { kind: 'artifact', workflow, artifactName: artifact } : undefined,
    history: historyPath ? { kind: 'history', path: historyPath, last: historyKeep } : undefined,
  };
  const order = (optional(Inputs.BaselineOrder) ?? 'history,artifact,file').split(',').map((s) => s.trim());
  for (const name of order) {
    if (!(name in available)) throw new InputError(`input ${Inputs.BaselineOrder}: unknown source "${name}" (use file, artifact, history)`);
  }
  return order.map((name) => available[name]).filter((s): s is BaselineSource => s !== undefined);
}
