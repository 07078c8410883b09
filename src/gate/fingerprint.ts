import type { Fingerprint } from '../run-folder/results-document.js';

/** The fields that must match for a baseline to be comparable with the current run (docs/gate.md). */
export const FINGERPRINT_FIELDS = [
  'accelerator',
  'accelerator_count',
  'driver',
  'engine',
  'engine_version',
  'model',
  'dataset_rows',
  'load_shape',
  'infergate_version',
  'profile',
] as const satisfies ReadonlyArray<keyof Fingerprint>;

export type FingerprintField = (typeof FINGERPRINT_FIELDS)[number];

export interface FingerprintDifference {
  field: FingerprintField;
  baseline: string | number | null | undefined;
  current: string | number | null | undefined;
}

/** Fields that differ between two fingerprints, leaving out the ones the thresholds config ignores. */
export function fingerprintDifferences(
  baseline: Fingerprint,
  current: Fingerprint,
  ignore: readonly string[] = [],
): FingerprintDifference[] {
  const differences: FingerprintDifference[] = [];
  for (const field of FINGERPRINT_FIELDS) {
    if (ignore.includes(field)) continue;
    // Results written before a field existed lack it: absent and null mean the same ("none").
    if ((baseline[field] ?? null) !== (current[field] ?? null)) differences.push({ field, baseline: baseline[field], current: current[field] });
  }
  return differences;
}

export function describeDifferences(differences: readonly FingerprintDifference[]): string {
  return differences
    .map((d) => `${d.field} (baseline ${JSON.stringify(d.baseline)}, current ${JSON.stringify(d.current)})`)
    .join(', ');
}

/** Picks the fingerprint fields out of a results document's environment block. */
export function fingerprintOf(environment: Fingerprint): Fingerprint {
  const out = {} as Record<FingerprintField, unknown>;
  for (const field of FINGERPRINT_FIELDS) out[field] = environment[field];
  return out as unknown as Fingerprint;
}
