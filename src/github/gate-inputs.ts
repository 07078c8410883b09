import * as core from '@actions/core';
import { InputError } from '../util/errors.js';
import type { BaselineSource } from './resolve-baseline.js';

/** The action inputs the gate reads (action.yml lists them; docs/gate.md explains them). */
export interface GateInputs {
  mode: 'run' | 'aggregate' | 'fork-comment' | 'ab';
  /** mode fork-comment: the downloaded run folder artifact of the triggering run. */
  resultsDir: string | undefined;
  baselineSources: BaselineSource[];
  thresholdsPath: string | undefined;
  artifactName: string | null;
  retentionDays: number | undefined;
  comment: boolean;
  aggregatePrefix: string;
  history: { path: string; keep: number } | undefined;
  baselineFileToUpdate: string | undefined;
  allowForkOnSelfHosted: boolean;
  token: string | undefined;
  /** Read thresholds and baseline files at this commit (`base`: the pull request's base), not the checkout. */
  trustedRef: string | undefined;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function bool(name: string, fallback: boolean): boolean {
  const value = optional(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new InputError(`input ${name}: expected true or false, got "${value}"`);
}

function positiveInt(name: string): number | undefined {
  const value = optional(name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`input ${name}: expected a whole number ≥ 1, got "${value}"`);
  return n;
}

/**
 * Reads the gate's inputs (INPUT_* variables). Baseline sources are tried in the order
 * `baseline-history`, `baseline-workflow` (+ `baseline-artifact`), `baseline-file`, or in the order given
 * by `baseline-order` (a comma-separated list of file, artifact, history).
 */
export function readGateInputs(): GateInputs {
  const mode = optional('mode') ?? 'run';
  if (mode !== 'run' && mode !== 'aggregate' && mode !== 'fork-comment' && mode !== 'ab') throw new InputError(`input mode: expected run, aggregate, fork-comment or ab, got "${mode}"`);
  const resultsDir = optional('results-dir');
  if (mode === 'fork-comment' && resultsDir === undefined) throw new InputError('input results-dir: mode fork-comment needs the folder the triggering run\'s artifact was downloaded to');
  const file = optional('baseline-file');
  const workflow = optional('baseline-workflow');
  const artifact = optional('baseline-artifact');
  const historyPath = optional('baseline-history');
  const historyKeep = positiveInt('history-keep') ?? 20;
  if (workflow && !artifact) throw new InputError('input baseline-workflow needs baseline-artifact (the name of the run folder artifact in that workflow)');
  const available: Record<string, BaselineSource | undefined> = {
    file: file ? { kind: 'file', path: file } : undefined,
    artifact: workflow && artifact ? { kind: 'artifact', workflow, artifactName: artifact } : undefined,
    history: historyPath ? { kind: 'history', path: historyPath, last: historyKeep } : undefined,
  };
  const order = (optional('baseline-order') ?? 'history,artifact,file').split(',').map((s) => s.trim());
  for (const name of order) {
    if (!(name in available)) throw new InputError(`input baseline-order: unknown source "${name}" (use file, artifact, history)`);
  }
  return {
    mode,
    resultsDir,
    baselineSources: order.map((name) => available[name]).filter((s): s is BaselineSource => s !== undefined),
    thresholdsPath: optional('thresholds'),
    // upload-artifact: false turns the upload off (artifactName null), as action.yml promises.
    artifactName: bool('upload-artifact', true) ? (optional('artifact-name') ?? 'infergate-run') : null,
    retentionDays: positiveInt('retention-days'),
    comment: bool('comment', true),
    aggregatePrefix: optional('aggregate-prefix') ?? 'infergate-',
    history: historyPath ? { path: historyPath, keep: historyKeep } : undefined,
    baselineFileToUpdate: bool('update-baseline-file', true) ? file : undefined,
    allowForkOnSelfHosted: bool('allow-fork-on-self-hosted', false),
    token: optional('github-token'),
    trustedRef: optional('trusted-ref'),
  };
}
