import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { isPlainObject } from '../util/deep-merge.js';
import { canonicalJson } from './canonical-json.js';
import type { LoadedProfile } from './load-profile.js';
import type { ProfileSettings } from './profile-schema.js';

/** One setting the profile fixes, as a dotted path and the value the profile gives it. */
export interface ProfileSetting {
  path: string;
  value: unknown;
}

/** Why a run is not certified under its profile: one sentence each. */
export type Deviation = string;

/** What `--set` accepts as one segment of a key path (config/overrides.ts). */
const PATH_SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * The profile's settings as leaves. An empty mapping (`extra_body: {}`) is a leaf: it fixes "nothing
 * extra"; so is a mapping with a key `--set` cannot name (`extra_body: {"a.b": 1}`), fixed as a whole.
 */
export function profileSettingLeaves(settings: ProfileSettings): ProfileSetting[] {
  const leaves: ProfileSetting[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => PATH_SEGMENT.test(key))) {
      for (const [key, child] of Object.entries(value)) if (child !== undefined) walk(child, [...path, key]);
    } else {
      leaves.push({ path: path.join('.'), value });
    }
  };
  walk(settings, []);
  return leaves;
}

/**
 * The profile as `--set` assignments, placed before the user's: the profile wins over host.yaml and
 * task.yaml (whose values it replaces), and a user's `--set` still wins over the profile, which the
 * deviation check then reports. The values are JSON, which the `--set` parser reads as YAML unchanged.
 */
export function profileAssignments(profile: LoadedProfile): string[] {
  return profileSettingLeaves(profile.definition.settings).map((leaf) => `${leaf.path}=${JSON.stringify(leaf.value)}`);
}

function valueAt(config: BenchmarkConfig, path: string): unknown {
  let node: unknown = config;
  for (const segment of path.split('.')) node = isPlainObject(node) ? node[segment] : undefined;
  return node;
}

/** Every fixed setting the resolved configuration does not hold at the profile's value, naming the `--set` that changed it. */
export function profileDeviations(profile: LoadedProfile, config: BenchmarkConfig, userAssignments: readonly string[]): Deviation[] {
  const deviations: Deviation[] = [];
  for (const leaf of profileSettingLeaves(profile.definition.settings)) {
    const actual = valueAt(config, leaf.path);
    if (canonicalJson(actual ?? null) === canonicalJson(leaf.value)) continue;
    const cause = userAssignments.filter((a) => {
      const key = a.slice(0, Math.max(0, a.indexOf('='))).trim();
      return key === leaf.path || leaf.path.startsWith(`${key}.`) || key.startsWith(`${leaf.path}.`);
    });
    const by = cause.length > 0 ? ` (--set ${cause.join(', --set ')})` : '';
    deviations.push(`${leaf.path} is ${JSON.stringify(actual ?? null)} where profile ${profile.id} fixes ${JSON.stringify(leaf.value)}${by}`);
  }
  return deviations;
}

/** The dataset slice must be the profile's, by content: same rows, same order, same text. */
export function datasetDeviation(profile: LoadedProfile, checksum: string): Deviation | null {
  const expected = profile.definition.dataset.checksum;
  if (expected === null) return `profile ${profile.id} pins no dataset checksum, so the slice used (${checksum}) cannot be certified as the profile's`;
  return expected === checksum ? null : `the dataset slice's checksum ${checksum} differs from profile ${profile.id}'s ${expected}`;
}
