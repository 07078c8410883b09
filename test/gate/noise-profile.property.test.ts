import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNoiseProfile, parseNoiseProfile, readNoiseProfile, writeNoiseProfile } from '../../src/gate/noise-profile.js';
import { InputError } from '../../src/util/errors.js';
import { makeSampledRun } from './make-results.js';

const dir = mkdtempSync(join(tmpdir(), 'ig-profile-'));
const runs = [0, 1, 2, 3, 4, 5].map((i) => makeSampledRun(900 + i, { run_id: `cal-${i}` }));

describe('noise profile file (property)', () => {
  it('round-trips: what calibrate writes, the gate reads back unchanged', () => {
    const profile = buildNoiseProfile(runs, new Date('2026-12-07T00:00:00Z'));
    const path = join(dir, 'profile.json');
    writeNoiseProfile(path, profile);
    expect(readNoiseProfile(path)).toEqual(profile);
  });

  it('any JSON is either a profile or one InputError naming the file, never another exception', () => {
    const valid = buildNoiseProfile(runs, new Date('2026-12-07T00:00:00Z'));
    // Valid profiles with one key replaced by arbitrary JSON, and arbitrary JSON documents.
    const mutated = fc.tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue()).map(([key, value]) => ({ ...valid, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(mutated, fc.jsonValue()), (doc) => {
        const path = join(dir, 'fuzz.json');
        writeFileSync(path, JSON.stringify(doc));
        try {
          readNoiseProfile(path);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toContain(path);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('text read at a trusted commit: any text is the same profile a file gives, or one InputError naming where it was read', () => {
    const valid = buildNoiseProfile(runs, new Date('2026-12-07T00:00:00Z'));
    const where = 'noise-profile.json at base commit 0123456789ab';
    expect(parseNoiseProfile(JSON.stringify(valid, null, 2), where)).toEqual(valid);
    const texts = fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue()).map(([key, value]) => JSON.stringify({ ...valid, [key]: value })));
    fc.assert(
      fc.property(texts, (text) => {
        try {
          parseNoiseProfile(text, where);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message.startsWith(`${where}`)).toBe(true);
          expect((error as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses fewer than 5 runs and runs from different environments', () => {
    expect(() => buildNoiseProfile(runs.slice(0, 4), new Date())).toThrow(/at least 5 completed runs, got 4/);
    const moved = { ...runs[5]!, environment: { ...runs[5]!.environment, engine: 'sglang' } };
    expect(() => buildNoiseProfile([...runs.slice(0, 5), moved], new Date())).toThrow(/calibration run cal-5: its environment fingerprint differs from the first run's in engine/);
  });
});
