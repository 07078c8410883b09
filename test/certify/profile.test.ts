import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/certify/canonical-json.js';
import { loadProfile, profileHash, PROFILES_DIR } from '../../src/certify/load-profile.js';
import { profileAssignments, profileSettingLeaves } from '../../src/certify/profile-settings.js';
import { profileSchema, type Profile } from '../../src/certify/profile-schema.js';
import { parseOverrides } from '../../src/config/overrides.js';
import { tempTree } from '../support/temp-tree.js';

const REPO_PROFILES = join(new URL('../..', import.meta.url).pathname, PROFILES_DIR);
const shipped = readdirSync(REPO_PROFILES).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));

/** Every leaf of a JSON value with its path, arrays included. */
function leaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    if (entries.length === 0) return [path];
    return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [path];
}

function mutateAt(doc: unknown, path: Array<string | number>, change: (old: unknown) => unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  node[last] = change(node[last]);
  return copy;
}

/** A different value of the same kind, so the changed definition still validates where it can. */
function otherValue(old: unknown, salt: number): unknown {
  if (typeof old === 'number') return old + (Number.isInteger(old) ? 1 + salt : 1e-9 * (1 + salt));
  if (typeof old === 'string') return `${old}~${salt}`;
  if (typeof old === 'boolean') return !old;
  if (old === null) return `sha256:${'a'.repeat(64)}`;
  return { changed: salt };
}

describe('benchmark profiles', () => {
  it('ships xsum-latency-v1, xsum-throughput-v1, xsum-capacity-v1 and each loads, named after itself', () => {
    expect(shipped).toEqual(expect.arrayContaining(['xsum-latency-v1', 'xsum-throughput-v1', 'xsum-capacity-v1']));
    for (const name of shipped) {
      const profile = loadProfile(name);
      expect(profile.id).toBe(name);
      expect(profile.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it('the hash changes on any change to any value of the definition (property, every shipped profile)', () => {
    for (const name of shipped) {
      const definition = loadProfile(name).definition;
      const paths = leaves(definition);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.nat(1000), (i, salt) => {
          const changed = mutateAt(definition, paths[i] as Array<string | number>, (old) => otherValue(old, salt)) as Profile;
          expect(profileHash(changed)).not.toBe(profileHash(definition));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('the hash changes when a key is added or removed, and not when keys are reordered or the YAML is re-laid out', () => {
    const profile = loadProfile('xsum-latency-v1');
    const withClaim = { ...profile.definition, criteria: { ...profile.definition.criteria, performance: [...(profile.definition.criteria.performance ?? []), { metric: 'output_tps', min: 1 }] } };
    expect(profileHash(withClaim)).not.toBe(profile.hash);
    const { criteria: _dropped, ...rest } = profile.definition;
    expect(profileHash({ ...rest, criteria: {} } as Profile)).not.toBe(profile.hash);
    // Same definition, keys reversed at every level, written as block YAML with comments stripped.
    const reversed = JSON.parse(JSON.stringify(profile.definition, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    const dir = tempTree({ 'xsum-latency-v1.yaml': yaml.dump(reversed) });
    expect(loadProfile(join(dir, 'xsum-latency-v1.yaml')).hash).toBe(profile.hash);
  });

  it('canonical JSON sorts keys at every level and is stable under reordering (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('the profile as --set assignments parses back to exactly its settings (every shipped profile)', () => {
    for (const name of shipped) {
      const profile = loadProfile(name);
      const parsed = parseOverrides(profileAssignments(profile));
      expect(canonicalJson(parsed)).toBe(canonicalJson(profile.definition.settings));
      expect(profileSettingLeaves(profile.definition.settings).length).toBe(profileAssignments(profile).length);
    }
  });

  it('any string or JSON value survives the trip through --set unchanged (property)', () => {
    const base = loadProfile('xsum-demo-v1');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.dictionary(fc.oneof(fc.stringMatching(/^[a-z_]{1,8}$/), fc.string()), fc.jsonValue()), (system, extra) => {
      // Keys that would reach Object.prototype are refused by --set (test/config/overrides-prototype.test.ts).
      fc.pre(!Object.keys(extra).some((key) => ['__proto__', 'prototype', 'constructor'].includes(key)));
      const settings = { ...base.definition.settings, prompt: { system }, request: { extra_body: extra } };
      const parsed = parseOverrides(profileAssignments({ ...base, definition: { ...base.definition, settings } }));
      const expected = JSON.parse(JSON.stringify(settings));
      // An empty extra_body is one leaf ({}); a filled one is a leaf per key: both rebuild the same object.
      expect(canonicalJson(parsed)).toBe(canonicalJson(expected));
    }), { numRuns: 300 });
  });

  it('a bad profile is one sentence naming the file, line and key', () => {
    const text = readFileSync(join(REPO_PROFILES, 'xsum-demo-v1.yaml'), 'utf8');
    const dir = tempTree({
      'xsum-demo-v1.yaml': text.replace('  task_nums: 50', '  task_nums: 50\n  tasks_num: 3'),
      'other-v1.yaml': text,
    });
    expect(() => loadProfile(join(dir, 'xsum-demo-v1.yaml'))).toThrow(/xsum-demo-v1\.yaml:\d+: unknown key "settings\.tasks_num"/);
    expect(() => loadProfile(join(dir, 'other-v1.yaml'))).toThrow(/the profile is xsum-demo-v1 \(name \+ version\) but its file is named other-v1/);
    expect(() => loadProfile('no-such-profile-v9', dir)).toThrow(/--profile no-such-profile-v9: no configs\/profiles\/no-such-profile-v9\.yaml/);
    expect(() => loadProfile('Bad Name')).toThrow(/not a profile name/);
    writeFileSync(join(dir, 'x-v1.yaml'), 'name: x\nversion: 1\ndescription: d\ndataset: { checksum: null }\nsettings: {}\ncriteria: {}\ncapacity: { low: 4, high: 2, tolerance: 0.05, repeats: 3, slo: {} }\n');
    expect(() => loadProfile(join(dir, 'x-v1.yaml'))).toThrow(/x-v1\.yaml:7: capacity/);
    writeFileSync(join(dir, 'x-v1.yaml'), 'name: x\nversion: 1\ndescription: d\ndataset: { checksum: null }\nsettings: {}\ncriteria: {}\ncapacity: { low: 1, high: 2, tolerance: 0.05, repeats: 3, slo: {} }\n');
    expect(() => loadProfile(join(dir, 'x-v1.yaml'))).toThrow(/x-v1\.yaml:7: .*slo needs ttft_ms_p99 or tpot_ms_p99/);
    expect(profileSchema.safeParse({}).success).toBe(false);
  });
});

describe('profile parser', () => {
  it('any mapping is either a valid profile or one InputError naming the file (property)', async () => {
    const { InputError } = await import('../../src/util/errors.js');
    const base = loadProfile('xsum-demo-v1').definition as unknown as Record<string, unknown>;
    const dir = tempTree({});
    const path = join(dir, 'xsum-demo-v1.yaml');
    const mutation = fc.record({ key: fc.constantFrom('name', 'version', 'description', 'dataset', 'settings', 'criteria', 'references', 'capacity', 'extra'), value: fc.jsonValue() });
    fc.assert(fc.property(fc.array(mutation, { maxLength: 3 }), (mutations) => {
      const doc = { ...base };
      for (const m of mutations) doc[m.key] = m.value;
      writeFileSync(path, yaml.dump(doc));
      try {
        expect(loadProfile(path).id).toBe('xsum-demo-v1');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as Error).message.startsWith(`${path}`)).toBe(true);
      }
    }), { numRuns: 150 });
  });
});
