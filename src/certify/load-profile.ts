import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from '../config/validate.js';
import { readYamlFile } from '../config/yaml-file.js';
import { InputError, located } from '../util/errors.js';
import { findUp } from '../util/find-up.js';
import { canonicalHash } from './canonical-json.js';
import { profileSchema, type Profile } from './profile-schema.js';

export const PROFILES_DIR = join('configs', 'profiles');

/** A profile as a run uses it: the definition, its file and the hash that enters the fingerprint. */
export interface LoadedProfile {
  /** `<name>-v<version>`, e.g. xsum-latency-v1. */
  id: string;
  file: string;
  /** sha256 of the canonical JSON of the validated definition (docs/certification.md). */
  hash: string;
  definition: Profile;
}

/** `name-vN` → `<cwd>/configs/profiles/name-vN.yaml`, else the one shipped with infergate; a path is read as given. */
export function resolveProfilePath(nameOrPath: string, cwd = process.cwd()): string {
  const ext = extname(nameOrPath);
  if (ext === '.yaml' || ext === '.yml' || nameOrPath.includes('/') || nameOrPath.includes('\\')) return nameOrPath;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(nameOrPath)) throw new InputError(`--profile ${JSON.stringify(nameOrPath)}: not a profile name (lower-case letters, digits and -) nor a .yaml path`);
  const relative = join(PROFILES_DIR, `${nameOrPath}.yaml`);
  const found = findUp(relative, cwd) ?? findUp(relative, dirname(fileURLToPath(import.meta.url)));
  if (found === null) throw new InputError(`--profile ${nameOrPath}: no ${relative} in this directory or above it, nor among the profiles shipped with infergate`);
  return found;
}

/** The hash of a validated definition: layout, comments and key order do not change it; any value does. */
export function profileHash(definition: Profile): string {
  return canonicalHash(definition);
}

/** Reads and validates a profile; every problem is one InputError naming the file, line and key. */
export function loadProfile(nameOrPath: string, cwd?: string): LoadedProfile {
  const file = readYamlFile(resolveProfilePath(nameOrPath, cwd), 'profile');
  const definition = validate(profileSchema, file.data, file);
  const id = `${definition.name}-v${definition.version}`;
  const stem = basename(file.path, extname(file.path));
  if (stem !== id) throw new InputError(located(file.path, file.lines.get('name'), `the profile is ${id} (name + version) but its file is named ${stem}: rename one of them`));
  return { id, file: file.path, hash: profileHash(definition), definition };
}
