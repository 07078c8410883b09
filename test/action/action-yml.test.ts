import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { Inputs, readActionSettings } from '../../src/action/inputs.js';

/**
 * action.yml is the contract with workflows: the runner passes only what a step's `with:` names (warning
 * about undeclared names) plus each declared input's default. An input the code reads under another name
 * than action.yml declares is silently ignored, so the two lists must be the same.
 */
const actionYml = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
const original = process.env;

/** Runs `read` with process.env replaced by a recorder of the INPUT_* variables looked up. */
function inputsRead(env: Record<string, string>, read: () => void): string[] {
  const looked = new Set<string>();
  process.env = new Proxy({ ...original, ...env }, {
    get(target, key) {
      if (typeof key === 'string' && key.startsWith('INPUT_')) looked.add(key);
      return Reflect.get(target, key) as unknown;
    },
  });
  try {
    read();
  } finally {
    process.env = original;
  }
  return [...looked].sort();
}

const declared = () => Object.keys(actionYml.inputs).map((name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`).sort();

/** Every declared input at its action.yml default, as the runner sets them. */
function defaults(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) env[`INPUT_${name.toUpperCase()}`] = (spec.default ?? '').includes('${{') ? 'token' : (spec.default ?? '');
  return env;
}

describe('action.yml inputs', () => {
  afterEach(() => {
    process.env = original;
  });

  it('declares exactly the inputs the action reads', () => {
    expect(inputsRead(defaults(), () => readActionSettings())).toEqual(declared());
  });

  it("reads action.yml's defaults as valid settings", () => {
    let settings: ReturnType<typeof readActionSettings> | undefined;
    inputsRead(defaults(), () => (settings = readActionSettings()));
    expect(settings?.hostPath).toBe('configs/host.yaml');
    expect(settings?.gate.artifactName).toBe('infergate-run');
    expect(settings?.gate.comment).toBe(true);
    expect(settings?.gate.baselineSources).toEqual([]);
  });

  it('upload-artifact: false turns the run folder upload off', () => {
    let settings: ReturnType<typeof readActionSettings> | undefined;
    inputsRead({ ...defaults(), 'INPUT_UPLOAD-ARTIFACT': 'false' }, () => (settings = readActionSettings()));
    expect(settings?.gate.artifactName).toBeNull();
  });
});

describe('the input-name table', () => {
  it('names exactly the inputs action.yml declares', () => {
    expect(Object.values(Inputs).sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });
});
