import * as core from '@actions/core';
import { InputError } from '../util/errors.js';

/**
 * Every action input, parsed once into a typed object (the way actions/checkout does), so the rest of
 * the code never calls core.getInput. action.yml documents each input.
 */
export interface ActionSettings {
  hostPath: string;
  overrides: string[];
  outDir: string | undefined;
  thresholdsPath: string | undefined;
  baselinePath: string | undefined;
  baselineWorkflow: string | undefined;
  historyPath: string | undefined;
  uploadArtifact: boolean;
  artifactName: string;
  comment: boolean;
  allowForkOnSelfHosted: boolean;
  failOnRegression: boolean;
  token: string;
  mode: 'run' | 'aggregate';
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(`action input "${name}" must be true or false, got "${value}"`);
}

export function readActionSettings(): ActionSettings {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const mode = (optional('mode') ?? 'run').toLowerCase();
  if (mode !== 'run' && mode !== 'aggregate') throw new InputError(`action input "mode" must be run or aggregate, got "${mode}"`);
  return {
    hostPath: optional('host') ?? 'configs/host.yaml',
    overrides: core.getMultilineInput('set').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')),
    outDir: optional('out'),
    thresholdsPath: optional('thresholds'),
    baselinePath: optional('baseline'),
    baselineWorkflow: optional('baseline-workflow'),
    historyPath: optional('history'),
    uploadArtifact: flag('upload-artifact', true),
    artifactName: optional('artifact-name') ?? 'infergate-results',
    comment: flag('comment', true),
    allowForkOnSelfHosted: flag('allow-fork-on-self-hosted', false),
    failOnRegression: flag('fail-on-regression', true),
    token,
    mode,
  };
}
