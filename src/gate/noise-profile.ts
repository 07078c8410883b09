import { z } from 'zod';
import type { Fingerprint, ResultsDocument } from '../run-folder/results-document.js';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { InputError, located } from '../util/errors.js';
import { fingerprintDifferences, fingerprintOf } from './fingerprint.js';
import { parseJsonText, readJsonFile } from '../util/json-file.js';
import { median, robustSd } from './statistics.js';

/**
 * A noise profile: how much each metric moves from one run to the next on one environment, measured by
 * `infergate calibrate` (k runs of the same configuration), keyed by the environment fingerprint. The gate
 * uses it as the between-run noise of a comparison on the same fingerprint (docs/gate.md, "Calibration").
 */
export const NOISE_PROFILE_SCHEMA = 'infergate/noise-profile';
export const NOISE_PROFILE_SCHEMA_VERSION = 1;

const profileSchema = z
  .object({
    schema: z.literal(NOISE_PROFILE_SCHEMA),
    schema_version: z.literal(NOISE_PROFILE_SCHEMA_VERSION),
    created_at: z.string(),
    fingerprint: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    runs: z.number().int().min(2),
    run_ids: z.array(z.string()),
    /** Per metric: robust SD of ln(value) over the runs, and the median value (for the report). */
    metrics: z.record(z.string(), z.object({ sd_log: z.number().nonnegative().finite(), median: z.number().finite() }).strict()),
  })
  .strict();

export type NoiseProfile = z.infer<typeof profileSchema>;

/** Minimum runs for a profile: the MAD of fewer than five values is too rough to stand for a runner's noise. */
export const MIN_CALIBRATION_RUNS = 5;

/** The profile of k completed runs of one configuration; every run must share the first one's fingerprint. */
export function buildNoiseProfile(runs: readonly ResultsDocument[], createdAt: Date): NoiseProfile {
  if (runs.length < MIN_CALIBRATION_RUNS) throw new InputError(`calibration needs at least ${MIN_CALIBRATION_RUNS} completed runs, got ${runs.length}`);
  const fingerprint = fingerprintOf(runs[0]!.environment);
  for (const run of runs) {
    const differences = fingerprintDifferences(fingerprint, fingerprintOf(run.environment));
    if (differences.length > 0) throw new InputError(`calibration run ${run.run_id}: its environment fingerprint differs from the first run's in ${differences.map((d) => d.field).join(', ')}`);
  }
  const metrics: NoiseProfile['metrics'] = {};
  for (const name of Object.keys(runs[0]!.headline)) {
    const values = runs.map((r) => r.headline[name]);
    if (!values.every((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0)) continue;
    metrics[name] = { sd_log: robustSd(values.map(Math.log)), median: median(values) };
  }
  return {
    schema: NOISE_PROFILE_SCHEMA,
    schema_version: NOISE_PROFILE_SCHEMA_VERSION,
    created_at: createdAt.toISOString(),
    fingerprint: fingerprint as unknown as NoiseProfile['fingerprint'],
    runs: runs.length,
    run_ids: runs.map((r) => r.run_id),
    metrics,
  };
}

export function writeNoiseProfile(path: string, profile: NoiseProfile): void {
  writeJsonAtomic(path, profile);
}

/** Reads and checks a noise profile file; bad input names the file and key (exit 2). */
export function readNoiseProfile(path: string): NoiseProfile {
  return checkNoiseProfile(readJsonFile(path), path);
}

/** Checks a noise profile's text read from elsewhere (a file at a trusted commit); `name` says where in errors. */
export function parseNoiseProfile(text: string, name: string): NoiseProfile {
  return checkNoiseProfile(parseJsonText(text, name), name);
}

function checkNoiseProfile(raw: unknown, name: string): NoiseProfile {
  if (raw === null || typeof raw !== 'object' || (raw as { schema?: unknown }).schema !== NOISE_PROFILE_SCHEMA) {
    throw new InputError(located(name, undefined, `not an infergate noise profile (expected schema "${NOISE_PROFILE_SCHEMA}")`));
  }
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(located(name, undefined, `key ${issue.path.length > 0 ? issue.path.join('.') : '(document)'}: ${issue.message}`));
  }
  return parsed.data;
}

/** Fingerprint fields where the profile's environment differs from the run's (empty: the profile applies). */
export function profileMismatch(profile: NoiseProfile, current: Fingerprint, ignore: readonly string[]): string[] {
  return fingerprintDifferences(profile.fingerprint as unknown as Fingerprint, current, ignore).map((d) => d.field);
}
