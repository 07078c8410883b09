import * as core from '@actions/core';
import { readGateInputs, type GateInputs } from '../github/index.js';
import { InputError } from '../util/errors.js';
import { registerSecret } from '../util/secrets.js';

/**
 * Every action input, parsed once into a typed object (the way actions/checkout does), so the rest of
 * the code never calls core.getInput. The benchmark's inputs are read here, the gate's by
 * readGateInputs(); action.yml documents each.
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

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

function flag(name: string, fallback: boolean): boolean {
  const value = (optional(name) ?? '').toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new InputError(`input ${name}: expected true or false, got "${value}"`);
}

/** A multiline input of key=value lines; blank lines and # comments are left out. */
function assignments(name: string): string[] {
  return core.getMultilineInput(name).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

export function readActionSettings(): ActionSettings {
  const gate = readGateInputs();
  if (gate.token) {
    core.setSecret(gate.token);
    registerSecret(gate.token);
  }
  return {
    hostPath: optional('host') ?? 'configs/host.yaml',
    overrides: assignments('set'),
    baseOverrides: assignments('base-set'),
    outDir: optional('out'),
    failOnRegression: flag('fail-on-regression', true),
    allowPathsOutsideWorkspace: flag('allow-paths-outside-workspace', false),
    profile: optional('profile'),
    gate,
  };
}
