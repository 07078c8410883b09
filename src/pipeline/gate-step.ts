import { join } from 'node:path';
import { baselineFromAnyFile, type BaselineSet } from '../gate/baseline-set.js';
import { compareResults } from '../gate/compare-results.js';
import type { Comparison } from '../gate/comparison.js';
import { writeComparisonFile } from '../gate/comparison-file.js';
import { loadThresholds, type ThresholdConfig } from '../gate/thresholds-config.js';
import type { ResultsDocument } from '../results/results-document.js';
import { ExitCode } from '../util/errors.js';

/**
 * The gate, driven from one place for every entry: `infergate run --baseline`, `infergate compare`,
 * `infergate report --baseline`, the action's main step and its fork-comment mode. Where the thresholds and
 * the baseline come from differs (local files here; the trusted commit and GitHub artifacts in
 * github-gate-step.ts); what is done with them does not: compare, keep comparison.json once, hand the
 * comparison on. github/ publishes it and report/ renders it; neither compares.
 */
export interface GateInputs {
  thresholds: ThresholdConfig;
  /** An empty set (no documents) when no baseline was found: the comparison says so. */
  baseline: BaselineSet;
}

export interface GateDecision {
  comparison: Comparison;
  /** ExitCode.regression when a metric regressed past its fail level, else ExitCode.ok. */
  exitCode: typeof ExitCode.ok | typeof ExitCode.regression;
}

/** comparison.json's name in the run folder. */
export const COMPARISON_FILE = 'comparison.json';

/**
 * Compares `current` with the baseline under the thresholds. With a run folder, the comparison is kept
 * there as comparison.json — the only place it is written — so the report, the artifact and a matrix
 * aggregate job all read the same decision.
 */
export function decideGate(current: ResultsDocument, inputs: GateInputs, runDir: string | null): GateDecision {
  const comparison = compareResults(inputs.baseline, current, inputs.thresholds);
  if (runDir !== null) writeComparisonFile(join(runDir, COMPARISON_FILE), comparison);
  return { comparison, exitCode: comparison.verdict === 'fail' ? ExitCode.regression : ExitCode.ok };
}

export interface LocalGateFiles {
  /** A results.json, or a history file of past results. */
  baselineFile: string;
  /** With a history file: use only its last n runs. */
  last?: number;
  /** thresholds.yaml; the built-in thresholds without it. */
  thresholdsPath?: string;
}

/** The gate's inputs read from local files, as the CLI names them (--baseline, --last, --config). */
export function gateInputsFromFiles(files: LocalGateFiles): GateInputs {
  return { thresholds: loadThresholds(files.thresholdsPath), baseline: baselineFromAnyFile(files.baselineFile, files.last) };
}
