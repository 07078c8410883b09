import yaml from 'js-yaml';
import { InputError, located } from '../util/errors.js';
import { refuseSpecialFile } from '../util/file-kind.js';
import { readFileOrFail } from '../util/read-file.js';
import { decodeUtf8Text } from '../util/utf8-text.js';
import { assertBoundedYaml } from '../util/yaml-expansion.js';
import { keyLines } from './key-lines.js';

/** A parsed YAML configuration file, with where each key was written. */
export interface YamlFile {
  /** The path as the user gave it (used in every message). */
  path: string;
  data: Record<string, unknown>;
  lines: Map<string, number>;
}

/** Reads and parses one YAML mapping; every failure is one InputError naming the file (and line). */
export function readYamlFile(path: string, what: string): YamlFile {
  refuseSpecialFile(path, what);
  const text = decodeUtf8Text(readFileOrFail(path, { what: `the ${what}`, missing: `cannot read the ${what}: no such file` }), path);
  let data: unknown;
  try {
    data = yaml.load(text, { filename: path, schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + 1 : undefined;
      throw new InputError(located(path, line, `YAML syntax error: ${error.reason}`));
    }
    throw error;
  }
  // Before anything walks the document: an alias bomb would otherwise expand in validation and merging.
  assertBoundedYaml(data, path);
  if (data === undefined || data === null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(located(path, 1, `the ${what} must be a mapping of keys to values, not ${Array.isArray(data) ? 'a list' : typeof data}`));
  }
  return { path, data: data as Record<string, unknown>, lines: keyLines(text) };
}
