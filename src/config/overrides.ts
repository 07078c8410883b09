import yaml from 'js-yaml';
import { InputError } from '../util/errors.js';
import { isPlainObject } from '../util/deep-merge.js';
import { assertBoundedYaml } from '../util/yaml-expansion.js';

const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Parses `--set key=value` overrides into one nested object. The value is read as YAML, so numbers,
 * booleans and lists (`--set load.sweep=[1,2,4]`) keep their types; anything else stays a string.
 */
export function parseOverrides(assignments: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const assignment of assignments) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new InputError(`--set ${assignment}: expected key=value, e.g. --set load.concurrency=8`);
    const path = assignment.slice(0, eq).trim().split('.');
    if (path.some((segment) => !/^[A-Za-z0-9_-]+$/.test(segment))) {
      throw new InputError(`--set ${assignment}: "${assignment.slice(0, eq)}" is not a key path (letters, digits, _ and - separated by dots)`);
    }
    // Assigning through these names would reach Object.prototype (every object of the process), not a
    // setting; a benchmark profile, which a pull request can edit, turns its settings into --set paths.
    const unsafe = path.find((segment) => PROTOTYPE_KEYS.has(segment));
    if (unsafe !== undefined) throw new InputError(`--set ${assignment.slice(0, eq)}: "${unsafe}" cannot be a key (no setting has that name)`);
    const text = assignment.slice(eq + 1);
    let value: unknown;
    try {
      value = text === '' ? '' : yaml.load(text, { schema: yaml.CORE_SCHEMA });
    } catch {
      value = text;
    }
    assertBoundedYaml(value, `--set ${assignment.slice(0, eq)}`);
    let node = result;
    for (const segment of path.slice(0, -1)) {
      const child = node[segment];
      if (child !== undefined && !isPlainObject(child)) throw new InputError(`--set ${assignment}: "${segment}" was already set to a value`);
      node = (node[segment] ??= {}) as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
  }
  return result;
}
